//! Comments and replies on SQLite and PostgreSQL: writing, paging, editing, deleting and
//! reporting them; who may do what; bad input; and the same form posted twice at once.

use crate::helpers::{
    TestApp, Visitor, comment_on, first_comment_page, form_key, idea, post_comment as comment,
    problem, propose, published_initiative, report_comment, withdraw,
};
use app::accounts::role::Role;
use app::comments::section::{CommentsActivity, LoadComments};
use app::comments::write::{DeleteComment, EditComment, PostComment, ReplyToComment};
use app::comments::{CommentPage, Thread};
use app::error::{AppError, Problem};
use app::ids::{AccountId, CommentId, InitiativeId};
use app::initiatives::propose::Propose;
use app::participation::level::Level;
use app::timestamp::Timestamp;

on_both_databases!(
    a_citizen_comments_and_another_replies_for_everyone_to_read,
    a_comment_needs_text_within_the_limit_and_comes_back_kept,
    only_published_initiatives_take_comments,
    replies_go_one_level_deep_and_stay_on_their_initiative,
    only_the_author_edits_and_the_page_says_it_was_edited,
    a_deleted_comment_leaves_a_placeholder_where_replies_hang_off,
    a_logged_in_person_reports_someone_elses_comment_once,
    long_discussions_come_a_page_at_a_time_with_replies_collapsed,
    the_same_form_posted_many_times_at_once_stores_one_comment,
    markup_in_a_comment_is_shown_as_text,
    activity_changes_with_every_new_edited_or_deleted_comment,
    after_posting_the_page_opens_where_the_comment_is,
);

async fn reply(
    visitor: &Visitor,
    comment: CommentId,
    body: &str,
    n: usize,
) -> Result<(), AppError> {
    visitor
        .run(ReplyToComment {
            comment_id: comment,
            body: body.to_owned(),
            submission_key: form_key(n),
        })
        .await
}

/// Mette's published initiative "Fællesspisning", on which Lars comments `body` and Mette
/// replies `answer`: Mette, the initiative, Lars and his comment's id.
async fn answered_comment(
    app: &TestApp,
    body: &str,
    answer: &str,
) -> (Visitor, InitiativeId, Visitor, CommentId) {
    let mette = app.citizen("Mette").await;
    let id = published_initiative(app, &mette, "Fællesspisning").await;
    let lars = app.citizen("Lars").await;
    let comment = comment_on(&lars, id, body, 1).await;
    reply(&mette, comment, answer, 2).await.unwrap();
    (mette, id, lars, comment)
}

/// The first page of the initiative's comments.
async fn page(visitor: &Visitor, initiative: InitiativeId) -> CommentPage {
    page_of(visitor, first_comment_page(initiative)).await
}

/// The comments `query` asks for.
async fn page_of(visitor: &Visitor, query: LoadComments) -> CommentPage {
    visitor.run(query).await.expect("comments load")
}

/// Page `n` of an initiative's comments, with no thread expanded.
fn load_page(initiative: InitiativeId, n: i64) -> LoadComments {
    LoadComments {
        page: Some(n),
        ..first_comment_page(initiative)
    }
}

/// The id of the newest comment or reply on the initiative.
async fn newest(app: &TestApp, initiative: InitiativeId) -> CommentId {
    sqlx::query_scalar("SELECT MAX(id) FROM comments WHERE initiative_id = $1")
        .bind(initiative)
        .fetch_one(app.db().pool())
        .await
        .unwrap()
}

async fn a_citizen_comments_and_another_replies_for_everyone_to_read(app: TestApp) {
    let (_, id, lars, first) =
        answered_comment(&app, "Jeg kan tage en gryderet med.", "Dejligt, tak!").await;

    let seen = page(&app.visitor(), id).await;
    assert_eq!(seen.total, 2);
    assert!(seen.open);
    assert!(!seen.viewer_logged_in);
    let thread = &seen.threads[0];
    assert_eq!(thread.comment.author.as_deref(), Some("Lars"));
    assert_eq!(
        thread.comment.body.as_deref(),
        Some("Jeg kan tage en gryderet med.")
    );
    assert_eq!(thread.comment.author_level, None);
    assert!(!thread.comment.mine);
    assert_eq!(thread.reply_count, 1);
    assert_eq!(thread.replies[0].author.as_deref(), Some("Mette"));
    assert_eq!(thread.replies[0].author_level, Some(Level::Initiator));
    assert_eq!(thread.replies[0].body.as_deref(), Some("Dejligt, tak!"));

    let as_lars = page(&lars, id).await;
    assert!(as_lars.threads[0].comment.mine);
    assert!(!as_lars.threads[0].replies[0].mine);

    assert_eq!(
        comment(&app.visitor(), id, "Anonym", 3).await,
        Err(AppError::NotLoggedIn)
    );
    assert_eq!(
        reply(&app.visitor(), first, "Anonym", 4).await,
        Err(AppError::NotLoggedIn)
    );
    // Staff and politicians comment like anyone else.
    let pia = app.with_role("Pia", Role::Politician).await;
    comment(&pia, id, "Godt initiativ.", 5).await.unwrap();
    assert_eq!(page(&pia, id).await.total, 3);
}

async fn a_comment_needs_text_within_the_limit_and_comes_back_kept(app: TestApp) {
    let mette = app.citizen("Mette").await;
    let id = published_initiative(&app, &mette, "Loppemarked").await;
    let blank = comment(&mette, id, "  \n ", 1).await;
    assert_eq!(problem(&blank, "body"), Some(Problem::Required));

    let long = "å".repeat(app::comments::BODY_MAX + 1);
    let too_long = comment(&mette, id, &long, 2).await;
    assert_eq!(
        problem(&too_long, "body"),
        Some(Problem::TooLong {
            max: app::comments::BODY_MAX
        })
    );
    let Err(AppError::Invalid(invalid)) = too_long else {
        panic!("refused");
    };
    assert_eq!(
        invalid.value_of("body"),
        Some(long.as_str()),
        "the text is kept"
    );

    let bell = comment(&mette, id, "ding\u{7}dong", 3).await;
    assert_eq!(problem(&bell, "body"), Some(Problem::ControlCharacters));
    let exactly = "ø".repeat(app::comments::BODY_MAX);
    comment(&mette, id, &exactly, 4).await.unwrap();

    // A form key that did not come from our page is refused outright.
    let forged = mette
        .run(PostComment {
            initiative_id: id,
            body: "Hej".to_owned(),
            submission_key: "<script>".to_owned(),
        })
        .await;
    assert_eq!(forged, Err(AppError::BadRequest));
    assert_eq!(app.count("SELECT COUNT(*) FROM comments").await, 1);

    // Other writing systems and direction marks are text like any other (the page isolates
    // each comment's direction, so an override cannot turn the page around it).
    comment(&mette, id, "مرحبا \u{202e}olleh", 5).await.unwrap();
    let seen = page(&mette, id).await;
    assert_eq!(
        seen.threads[0].comment.body.as_deref(),
        Some("مرحبا \u{202e}olleh")
    );
}

async fn only_published_initiatives_take_comments(app: TestApp) {
    let mette = app.citizen("Mette").await;
    let open = published_initiative(&app, &mette, "Åbent").await;
    let first = comment_on(&mette, open, "Første", 1).await;

    // Pending: as if it did not exist, even to its author's comment form.
    let pending = propose(
        &mette,
        Propose {
            description: "x".to_owned(),
            ..idea("Venter")
        },
    )
    .await;
    let lars = app.citizen("Lars").await;
    assert_eq!(
        comment(&lars, pending, "Hej", 2).await,
        Err(AppError::NotFound)
    );
    assert_eq!(
        lars.run(first_comment_page(pending)).await,
        Err(AppError::NotFound)
    );

    // Withdrawn: still readable, but closed, and the message stands by the text.
    withdraw(&mette, open, "Aflyst").await.unwrap();
    let closed = comment(&lars, open, "For sent?", 3).await;
    assert_eq!(problem(&closed, "body"), Some(Problem::CommentsClosed));
    let late_reply = reply(&lars, first, "For sent?", 4).await;
    assert_eq!(problem(&late_reply, "body"), Some(Problem::CommentsClosed));
    let seen = page(&lars, open).await;
    assert!(!seen.open);
    assert_eq!(seen.total, 1);
}

async fn replies_go_one_level_deep_and_stay_on_their_initiative(app: TestApp) {
    let mette = app.citizen("Mette").await;
    let id = published_initiative(&app, &mette, "Sprogcafé").await;
    let other = published_initiative(&app, &mette, "Andet").await;
    let top = comment_on(&mette, id, "Kommentar", 1).await;
    reply(&mette, top, "Svar", 2).await.unwrap();
    let first_reply = newest(&app, id).await;
    assert_eq!(
        reply(&mette, first_reply, "Svar på svar", 3).await,
        Err(AppError::BadRequest)
    );
    assert_eq!(
        reply(&mette, CommentId(999_999), "Til ingen", 4).await,
        Err(AppError::NotFound)
    );
    // The database itself refuses a reply on another initiative than its comment's.
    let crossed = sqlx::query(
        "INSERT INTO comments (initiative_id, parent_id, author_id, body, created_at, submission_key) \
         VALUES ($1, $2, (SELECT MIN(id) FROM accounts), 'x', 0, 'k')",
    )
    .bind(other)
    .bind(top)
    .execute(app.db().pool())
    .await;
    assert!(crossed.is_err(), "a reply cannot leave its initiative");
    assert_eq!(app.count("SELECT COUNT(*) FROM comments").await, 2);
}

async fn only_the_author_edits_and_the_page_says_it_was_edited(app: TestApp) {
    let mette = app.citizen("Mette").await;
    let id = published_initiative(&app, &mette, "Bænke").await;
    let lars = app.citizen("Lars").await;
    let mine = comment_on(&lars, id, "Første udgave", 1).await;
    let edit = |body: &'static str| {
        move |visitor: Visitor| async move {
            visitor
                .run(EditComment {
                    comment_id: mine,
                    body: body.to_owned(),
                })
                .await
        }
    };
    assert_eq!(
        edit("Kapret")(app.visitor()).await,
        Err(AppError::NotLoggedIn)
    );
    assert_eq!(
        edit("Kapret")(mette.clone()).await,
        Err(AppError::Forbidden)
    );
    let moderator = app.with_role("Mona", Role::Moderator).await;
    assert_eq!(edit("Kapret")(moderator).await, Err(AppError::Forbidden));
    let blank = edit(" ")(lars.clone()).await;
    assert_eq!(problem(&blank, "body"), Some(Problem::Required));
    let Err(AppError::Invalid(invalid)) = blank else {
        panic!("refused")
    };
    assert_eq!(
        invalid.value_of("comment_id"),
        Some(mine.to_string().as_str()),
        "the error names its comment, for the form under it"
    );

    let before = page(&app.visitor(), id).await;
    assert!(!before.threads[0].comment.edited);
    edit("Anden udgave")(lars.clone()).await.unwrap();
    let after = page(&app.visitor(), id).await;
    assert_eq!(
        after.threads[0].comment.body.as_deref(),
        Some("Anden udgave")
    );
    assert!(after.threads[0].comment.edited);
}

async fn a_deleted_comment_leaves_a_placeholder_where_replies_hang_off(app: TestApp) {
    let (mette, id, lars, answered) = answered_comment(&app, "Med svar", "Et svar").await;
    let alone = comment_on(&lars, id, "Uden svar", 3).await;

    let delete = |visitor: &Visitor, comment: CommentId| {
        let visitor = visitor.clone();
        async move {
            visitor
                .run(DeleteComment {
                    comment_id: comment,
                })
                .await
        }
    };
    assert_eq!(delete(&mette, answered).await, Err(AppError::Forbidden));
    delete(&lars, answered).await.unwrap();
    delete(&lars, alone).await.unwrap();
    assert_eq!(delete(&lars, alone).await, Err(AppError::NotFound));

    let seen = page(&app.visitor(), id).await;
    assert_eq!(seen.total, 1, "only the reply stands");
    let threads = &seen.threads;
    assert_eq!(
        threads.len(),
        1,
        "a deleted comment with no replies is gone"
    );
    assert_eq!(threads[0].comment.body, None);
    assert!(!threads[0].comment.mine);
    assert_eq!(threads[0].replies[0].body.as_deref(), Some("Et svar"));
    let text: String = sqlx::query_scalar("SELECT body FROM comments WHERE id = $1")
        .bind(answered)
        .fetch_one(app.db().pool())
        .await
        .unwrap();
    assert_eq!(text, "", "the deleted text is not kept");

    // Nothing more happens to a deleted comment.
    let edited = lars
        .run(EditComment {
            comment_id: answered,
            body: "Tilbage".to_owned(),
        })
        .await;
    assert_eq!(edited, Err(AppError::NotFound));
    let late = reply(&mette, answered, "Hallo?", 4).await;
    assert_eq!(problem(&late, "body"), Some(Problem::CommentGone));
    let Err(AppError::Invalid(invalid)) = late else {
        panic!("refused")
    };
    assert_eq!(invalid.value_of("body"), Some("Hallo?"));
}

async fn a_logged_in_person_reports_someone_elses_comment_once(app: TestApp) {
    let mette = app.citizen("Mette").await;
    let id = published_initiative(&app, &mette, "Loppemarked").await;
    let spam = comment_on(&mette, id, "Køb mine ting!", 1).await;
    let report = |visitor: &Visitor, reason: &'static str| {
        let visitor = visitor.clone();
        async move { report_comment(&visitor, spam, reason).await }
    };
    assert_eq!(
        report(&app.visitor(), "Reklame").await,
        Err(AppError::NotLoggedIn)
    );
    assert_eq!(report(&mette, "Min egen").await, Err(AppError::Forbidden));
    let lars = app.citizen("Lars").await;
    let blank = report(&lars, "").await;
    assert_eq!(problem(&blank, "report_reason"), Some(Problem::Required));
    report(&lars, "Reklame").await.unwrap();
    report(&lars, "Reklame igen").await.unwrap();
    let moderator = app.with_role("Mona", Role::Moderator).await;
    report(&moderator, "Reklame").await.unwrap();
    assert_eq!(
        app.count("SELECT COUNT(*) FROM reports WHERE target_kind = 'comment'")
            .await,
        2,
        "one report per person"
    );
    assert_eq!(app.first_report_reason().await, "Reklame");
}

async fn long_discussions_come_a_page_at_a_time_with_replies_collapsed(app: TestApp) {
    let mette = app.citizen("Mette").await;
    let id = published_initiative(&app, &mette, "Stort møde").await;
    // 45 comments, the first of which gets 60 replies.
    let first = discussion(&app, &mette, id, 45, 60).await;

    let one = page(&app.visitor(), id).await;
    assert_eq!(one.total, 105);
    assert_eq!(one.pages, 3);
    let threads = &one.threads;
    assert_eq!(threads.len(), 20);
    assert_eq!(
        threads[0].comment.body.as_deref(),
        Some("Kommentar 45"),
        "newest first"
    );

    let three = page_of(&app.visitor(), load_page(id, 3)).await;
    let threads = &three.threads;
    assert_eq!(threads.len(), 5);
    let oldest = &threads[4];
    assert_eq!(oldest.comment.body.as_deref(), Some("Kommentar 1"));
    assert_eq!(oldest.reply_count, 60);
    let bodies = |thread: &Thread| -> Vec<String> {
        thread
            .replies
            .iter()
            .map(|r| r.body.clone().unwrap())
            .collect()
    };
    assert_eq!(
        bodies(oldest),
        ["Svar 58", "Svar 59", "Svar 60"],
        "the latest replies, oldest of them first"
    );

    let more = page_of(
        &app.visitor(),
        LoadComments {
            thread: Some(first),
            replies: Some(4),
            ..load_page(id, 3)
        },
    )
    .await;
    let shown = bodies(&more.threads[4]);
    assert_eq!(shown.len(), 53);
    assert_eq!(shown[0], "Svar 8");
    // Other threads on the page stay collapsed; a page past the end shows the last.
    assert!(more.threads[0].replies.is_empty());
    let past = page_of(&app.visitor(), load_page(id, 99)).await;
    assert_eq!(past.page, 3);
}

/// A discussion written straight to the database: `comments` comments by `author`, the
/// first (the oldest) of which gets `replies` replies; answers the first's id.
async fn discussion(
    app: &TestApp,
    author: &Visitor,
    initiative: InitiativeId,
    comments: usize,
    replies: usize,
) -> CommentId {
    let author = author.account_id().await.expect("logged in");
    for n in 1..=comments {
        insert(app, initiative, None, author, &format!("Kommentar {n}"), n).await;
    }
    let first = CommentId(app.count("SELECT MIN(id) FROM comments").await);
    for n in 1..=replies {
        let reply = format!("Svar {n}");
        insert(app, initiative, Some(first), author, &reply, 100 + n).await;
    }
    first
}

/// A comment written straight to the database, `n` seconds after 1970 began.
async fn insert(
    app: &TestApp,
    initiative: InitiativeId,
    parent: Option<CommentId>,
    author: AccountId,
    body: &str,
    n: usize,
) {
    let mut tx = app.db().begin_write().await.unwrap();
    app::comments::store::insert(
        &mut tx,
        initiative,
        parent,
        author,
        body,
        &form_key(n),
        Timestamp(n as i64),
    )
    .await
    .unwrap()
    .expect("stored");
    tx.commit().await.unwrap();
}

async fn the_same_form_posted_many_times_at_once_stores_one_comment(app: TestApp) {
    let mette = app.citizen("Mette").await;
    let id = published_initiative(&app, &mette, "Travlt").await;
    let lars = app.citizen("Lars").await;
    // Eight posts of one form (a double click, a resent request) and eight different forms,
    // all at once.
    let same = (0..8).map(|_| comment(&lars, id, "Én gang", 1));
    let different = (0..8).map(|n| comment(&mette, id, "Hver sin", 100 + n));
    let results = futures::future::join_all(same.chain(different)).await;
    assert!(results.iter().all(Result::is_ok), "{results:?}");
    let mut stored: Vec<(String, i64)> =
        sqlx::query_as("SELECT body, COUNT(*) FROM comments GROUP BY body")
            .fetch_all(app.db().pool())
            .await
            .unwrap();
    stored.sort();
    assert_eq!(
        stored,
        [("Hver sin".to_owned(), 8), ("Én gang".to_owned(), 1)],
        "one comment for the form posted eight times, one for each other form"
    );
    assert_eq!(page(&lars, id).await.total, 9);
}

async fn markup_in_a_comment_is_shown_as_text(app: TestApp) {
    let mette = app.citizen("Mette").await;
    let id = published_initiative(&app, &mette, "Sikkert").await;
    comment(
        &mette,
        id,
        "<script>alert('x')</script> <b>fed</b> https://example.dk/\"onmouseover=x",
        1,
    )
    .await
    .unwrap();
    let (status, html) = app.visitor().get(&format!("/initiatives/{id}")).await;
    assert!(status.is_success());
    assert!(html.contains("&lt;script&gt;alert("), "shown as text");
    assert!(!html.contains("<script>alert("), "never as markup");
    assert!(!html.contains("<b>fed</b>"));
}

async fn activity_changes_with_every_new_edited_or_deleted_comment(app: TestApp) {
    let mette = app.citizen("Mette").await;
    let id = published_initiative(&app, &mette, "Levende").await;
    let activity = || async {
        app.visitor()
            .run(CommentsActivity { initiative_id: id })
            .await
            .unwrap()
    };
    let mut seen = vec![activity().await];
    comment(&mette, id, "Ny", 1).await.unwrap();
    seen.push(activity().await);
    let mine = newest(&app, id).await;
    mette
        .run(EditComment {
            comment_id: mine,
            body: "Rettet".to_owned(),
        })
        .await
        .unwrap();
    seen.push(activity().await);
    mette.run(DeleteComment { comment_id: mine }).await.unwrap();
    seen.push(activity().await);
    assert!(seen.windows(2).all(|w| w[0] < w[1]), "{seen:?}");
    assert_eq!(page(&mette, id).await.activity, seen[3]);
}

async fn after_posting_the_page_opens_where_the_comment_is(app: TestApp) {
    let mette = app.citizen("Mette").await;
    let id = published_initiative(&app, &mette, "Mange ord").await;
    // 25 comments, the oldest of which has 5 replies.
    let oldest = discussion(&app, &mette, id, 25, 5).await;
    let lars = app.citizen("Lars").await;
    // A reply to the oldest comment opens its thread on page 2; a new comment is on page 1.
    for (endpoint, (field, target), body, n, opens_at) in [
        (
            "reply_to_comment",
            ("comment_id", oldest.to_string()),
            "Et sent svar",
            999,
            format!("/initiatives/{id}?saved=commented&cpage=2&thread={oldest}&replies=3"),
        ),
        (
            "post_comment",
            ("initiative_id", id.to_string()),
            "Nyeste",
            1000,
            format!("/initiatives/{id}?saved=commented&cpage=1"),
        ),
    ] {
        let fields = [
            (field, target.as_str()),
            ("body", body),
            ("submission_key", &form_key(n)),
        ];
        let location = lars.post_form(endpoint, &fields).await.expect("redirected");
        let posted = newest(&app, id).await;
        assert_eq!(
            location,
            format!("{opens_at}#comment-{posted}"),
            "{endpoint}"
        );
    }
}
