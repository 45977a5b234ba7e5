//! What an attacker from outside tries, on SQLite and PostgreSQL: brigading reports with new
//! accounts, locking a person out with wrong passwords, flooding registration, emails,
//! comments, reports and proposals, exhausting memory with log-ins, and redirecting a
//! person who logs in to another site; plus the smaller holes (long search words, names
//! that pass for others, caching, the script policy, unknown API paths).

use crate::helpers::{
    Backend, PASSWORD, TestApp, Visitor, email_of, idea, post_comment, problem,
    published_initiative, published_list, report_initiative,
};
use app::accounts::my_account::ChangePassword;
use app::accounts::password_reset::RequestPasswordReset;
use app::accounts::role::Role;
use app::admin::roles::AdminAccounts;
use app::error::{AppError, Problem};
use app::ids::InitiativeId;
use app::initiatives::list::PublishedInitiatives;
use app::initiatives::propose::Propose;
use app::limits::Limit;
use app::moderation::reports::queue::{DismissReports, ReportQueue};
use app::moderation::{Hidden, Target};
use reqwest::{Method, StatusCode};

on_both_databases!(
    new_accounts_cannot_hide_content_and_a_dismissal_stands,
    log_in_sends_on_only_to_a_plain_path_on_the_site,
    a_very_long_search_word_is_cut_not_a_failure,
    names_that_pass_for_others_are_refused,
    pages_and_answers_with_personal_data_are_not_cached,
    pages_allow_only_their_own_scripts,
    an_unknown_api_path_is_the_platforms_own_404,
);

on_both_backends!(
    an_outsiders_wrong_passwords_do_not_lock_the_owner_out,
    one_address_guessing_many_accounts_is_stopped,
    a_wrong_current_password_is_throttled_like_a_log_in,
    registration_from_one_address_is_limited_and_the_form_kept,
    emails_with_links_are_limited_per_recipient_whoever_asks,
    comments_reports_and_proposals_are_limited_per_account,
    a_refusal_is_a_429_with_the_platforms_own_error,
    a_forged_forwarded_header_gives_no_fresh_quota,
    many_log_ins_at_once_wait_their_turn_or_are_refused_as_busy,
);

fn limit(text: &str) -> Limit {
    text.parse().unwrap()
}

/// Whether a log-in with a wrong password from `visitor` is refused as one too many, rather
/// than checked and found wrong.
async fn throttled(visitor: &Visitor, email: &str) -> bool {
    match visitor.log_in(email, "gæt et kodeord").await {
        Err(AppError::TooMany(_)) => true,
        Err(AppError::Invalid(_)) => false,
        other => panic!("{other:?}"),
    }
}

async fn hidden(app: &TestApp, id: InitiativeId) -> bool {
    let at: Option<i64> = sqlx::query_scalar("SELECT hidden_at FROM initiatives WHERE id = $1")
        .bind(id)
        .fetch_one(app.db().pool())
        .await
        .unwrap();
    at.is_some()
}

async fn new_accounts_cannot_hide_content_and_a_dismissal_stands(app: TestApp) {
    let author = app.citizen("Mette").await;
    let id = published_initiative(&app, &author, "Fællesspisning").await;
    // Three accounts made a minute ago report: the moderators see it, nothing is hidden.
    for name in ["Ny 1", "Ny 2", "Ny 3"] {
        report_initiative(&app.citizen(name).await, id, "Skjul det")
            .await
            .unwrap();
    }
    assert!(!hidden(&app, id).await);
    let moderator = app.with_role("Mona", Role::Moderator).await;
    let queue = moderator.run(ReportQueue {}).await.unwrap();
    assert_eq!((queue[0].reporters, queue[0].new_reporters), (3, 3));
    assert!(queue[0].reasons.iter().all(|r| r.from_new_account));

    // Three established neighbours report: hidden until a moderator looks.
    let established = [
        app.established("Ali").await,
        app.established("Bo").await,
        app.established("Cai").await,
    ];
    for reporter in &established {
        report_initiative(reporter, id, "Reklame").await.unwrap();
    }
    assert!(hidden(&app, id).await);
    let queue = moderator.run(ReportQueue {}).await.unwrap();
    assert_eq!((queue[0].reporters, queue[0].new_reporters), (6, 3));
    assert_eq!(queue[0].hidden, Some(Hidden::PendingReview));

    // The moderator dismisses the reports: shown again, and the same six reporting again
    // change nothing.
    moderator
        .run(DismissReports {
            target_kind: "initiative".to_owned(),
            target_id: id.0,
            dismiss_note: "Det er i orden".to_owned(),
        })
        .await
        .unwrap();
    assert!(!hidden(&app, id).await);
    for reporter in &established {
        report_initiative(reporter, id, "Igen").await.unwrap();
    }
    assert!(
        !hidden(&app, id).await,
        "a dismissal stands against its reporters"
    );
    assert!(moderator.run(ReportQueue {}).await.unwrap().is_empty());

    // Only new established reporters can bring it back to the moderators' attention.
    for name in ["Dea", "Eik", "Fie"] {
        report_initiative(&app.established(name).await, id, "Stadig reklame")
            .await
            .unwrap();
    }
    assert!(hidden(&app, id).await);
    let queue = moderator.run(ReportQueue {}).await.unwrap();
    assert_eq!(queue[0].target, Target::Initiative(id));
    assert_eq!((queue[0].reporters, queue[0].new_reporters), (3, 0));
}

async fn an_outsiders_wrong_passwords_do_not_lock_the_owner_out(backend: Backend) {
    let app = TestApp::spawn_tuned(backend, |config| {
        config.limits = app::limits::Settings::default().into();
    })
    .await;
    let owner = app.citizen("Anne").await;
    owner.log_out().await.unwrap();
    let email = email_of("Anne");
    let outsider = app.visitor().from("203.0.113.66");
    let mut refused = 0;
    for _ in 0..30 {
        match outsider.log_in(&email, "ikke hendes adgangskode").await {
            Err(AppError::TooMany(_)) => refused += 1,
            Err(AppError::Invalid(invalid)) => {
                assert_eq!(
                    invalid.problem_for("password"),
                    Some(Problem::WrongCredentials)
                )
            }
            other => panic!("{other:?}"),
        }
    }
    assert_eq!(refused, 20, "ten guesses from one address, then refused");
    // The owner, at home, logs in as always.
    owner
        .from("198.51.100.7")
        .log_in(&email, PASSWORD)
        .await
        .expect("the owner is not locked out");
    assert_eq!(owner.display_name().await.as_deref(), Some("Anne"));
}

async fn one_address_guessing_many_accounts_is_stopped(backend: Backend) {
    let app = TestApp::spawn_tuned(backend, |config| {
        config.limits.log_in_per_address = limit("5/15m");
    })
    .await;
    let guesser = app.visitor().from("203.0.113.5");
    for n in 0..5 {
        assert!(!throttled(&guesser, &format!("person{n}@example.dk")).await);
    }
    let sixth = guesser.log_in("person6@example.dk", "gæt et kodeord").await;
    let Err(AppError::TooMany(kept)) = sixth else {
        panic!("{sixth:?}")
    };
    assert_eq!(
        kept.value_of("email"),
        Some("person6@example.dk"),
        "the form keeps the email"
    );
    let other = app.visitor().from("198.51.100.9");
    assert!(
        !throttled(&other, "person6@example.dk").await,
        "another address is not affected"
    );
}

async fn a_wrong_current_password_is_throttled_like_a_log_in(backend: Backend) {
    let app = TestApp::spawn_tuned(backend, |config| {
        config.limits.log_in_per_account_and_address = limit("3/15m");
    })
    .await;
    // A session left open on a shared computer cannot guess the password any faster.
    let anne = app.citizen("Anne").await.from("203.0.113.20");
    let change = |current: &str| ChangePassword {
        current_password: current.to_owned(),
        new_password: "en ny lang adgangskode".to_owned(),
        new_password_repeat: "en ny lang adgangskode".to_owned(),
    };
    for _ in 0..3 {
        let result = anne.run(change("gættet forkert")).await;
        assert_eq!(
            problem(&result, "current_password"),
            Some(Problem::WrongCurrentPassword)
        );
    }
    assert!(matches!(
        anne.run(change(PASSWORD)).await,
        Err(AppError::TooMany(_))
    ));
}

async fn registration_from_one_address_is_limited_and_the_form_kept(backend: Backend) {
    let app = TestApp::spawn_tuned(backend, |config| {
        config.limits.register_per_address = limit("3/1h");
    })
    .await;
    let library = "192.0.2.50";
    for n in 0..3 {
        app.visitor()
            .from(library)
            .register(
                &format!("Nabo {n}"),
                &format!("nabo{n}@example.dk"),
                PASSWORD,
            )
            .await
            .unwrap();
    }
    let fourth = app
        .visitor()
        .from(library)
        .register("Fjerde Nabo", "nabo4@example.dk", PASSWORD)
        .await;
    let Err(AppError::TooMany(kept)) = fourth else {
        panic!("{fourth:?}")
    };
    assert_eq!(kept.value_of("display_name"), Some("Fjerde Nabo"));
    assert_eq!(kept.value_of("email"), Some("nabo4@example.dk"));
    assert_eq!(kept.value_of("password"), None, "never a password");
    assert_eq!(app.count("SELECT COUNT(*) FROM accounts").await, 3);
    // A neighbour at home registers as always.
    app.visitor()
        .from("198.51.100.3")
        .register("Hjemme", "hjemme@example.dk", PASSWORD)
        .await
        .unwrap();
}

async fn emails_with_links_are_limited_per_recipient_whoever_asks(backend: Backend) {
    let app = TestApp::spawn_tuned(backend, |config| {
        config.limits.mail_per_recipient = limit("2/1h");
    })
    .await;
    let anne = app.citizen("Anne").await;
    anne.log_out().await.unwrap();
    let email = email_of("Anne");
    // From three places, as a mail bomb would come.
    for (n, from) in ["203.0.113.1", "203.0.113.2", "203.0.113.3"]
        .iter()
        .enumerate()
    {
        let result = app
            .visitor()
            .from(from)
            .run(RequestPasswordReset {
                email: email.clone(),
            })
            .await;
        if n < 1 {
            // The confirmation email at registration was the first of two.
            result.unwrap();
        } else {
            let Err(AppError::TooMany(kept)) = result else {
                panic!("{result:?}")
            };
            assert_eq!(kept.value_of("email"), Some(email.as_str()));
        }
    }
    // An unknown address is counted the same, so the limit tells nothing about accounts.
    for n in 0..3 {
        let result = app
            .visitor()
            .from("203.0.113.9")
            .run(RequestPasswordReset {
                email: "ingen@example.dk".to_owned(),
            })
            .await;
        assert_eq!(result.is_ok(), n < 2, "{n}: {result:?}");
    }
    app.mailbox().next(&email, 2).await;
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    assert_eq!(app.mailbox().to(&email).len(), 2);
}

async fn comments_reports_and_proposals_are_limited_per_account(backend: Backend) {
    let app = TestApp::spawn_tuned(backend, |config| {
        config.limits.comments_per_account = limit("2/1h");
        config.limits.reports_per_account = limit("1/1d");
        config.limits.proposals_per_account = limit("2/1d");
    })
    .await;
    let mette = app.citizen("Mette").await;
    let id = published_initiative(&app, &mette, "Loppemarked").await;
    let ole = app.citizen("Ole").await;
    post_comment(&ole, id, "Første", 1).await.unwrap();
    post_comment(&ole, id, "Anden", 2).await.unwrap();
    let third = post_comment(&ole, id, "Tredje, som skal blive stående", 3).await;
    let Err(AppError::TooMany(kept)) = third else {
        panic!("{third:?}")
    };
    assert_eq!(
        kept.value_of("body"),
        Some("Tredje, som skal blive stående")
    );
    // Another person is not affected.
    post_comment(&mette, id, "Velkommen", 4).await.unwrap();

    report_initiative(&ole, id, "Forkert sted").await.unwrap();
    let other = published_initiative(&app, &mette, "Gadefest").await;
    let second = report_initiative(&ole, other, "Igen en grund").await;
    let Err(AppError::TooMany(kept)) = second else {
        panic!("{second:?}")
    };
    assert_eq!(kept.value_of("report_reason"), Some("Igen en grund"));

    ole.run(idea("Strikkeklub")).await.unwrap();
    ole.run(idea("Syklub")).await.unwrap();
    let third: Result<(), AppError> = ole
        .run(Propose {
            description: "Vi strikker igen.".to_owned(),
            ..idea("Strikkeklub igen")
        })
        .await;
    let Err(AppError::TooMany(kept)) = third else {
        panic!("{third:?}")
    };
    assert_eq!(kept.value_of("title"), Some("Strikkeklub igen"));
    assert_eq!(kept.value_of("description"), Some("Vi strikker igen."));
}

async fn a_refusal_is_a_429_with_the_platforms_own_error(backend: Backend) {
    let app = TestApp::spawn_tuned(backend, |config| {
        config.limits.log_in_per_address = limit("1/1h");
    })
    .await;
    let visitor = app.visitor();
    let post = || {
        visitor
            .http
            .post(app.url("/api/login"))
            .form(&[("email", "a@example.dk"), ("password", "forkert forkert")])
            .send()
    };
    assert_eq!(
        post().await.unwrap().status(),
        StatusCode::UNPROCESSABLE_ENTITY
    );
    let refused = post().await.unwrap();
    assert_eq!(refused.status(), StatusCode::TOO_MANY_REQUESTS);
    let error: AppError = refused.json().await.unwrap();
    assert!(matches!(error, AppError::TooMany(_)));
    // The page a browser without JavaScript returns to says it in its language.
    let back = visitor
        .post_form_from(
            "/login",
            "login",
            &[("email", "a@example.dk"), ("password", "forkert forkert")],
        )
        .await;
    let location = back.headers()["location"].to_str().unwrap().to_owned();
    assert!(location.starts_with(&app.url("/login?")), "{location}");
    let location = location.trim_start_matches(&app.url(""));
    let (_, page) = visitor.get(location).await;
    let alert = page
        .find("form-alert")
        .map(|at| &page[at..(at + 600).min(page.len())]);
    assert!(
        page.contains("Du har gjort det for mange gange lige nu"),
        "{location} {alert:?}"
    );
    assert!(page.contains("value=\"a@example.dk\""), "the email is kept");
}

async fn a_forged_forwarded_header_gives_no_fresh_quota(backend: Backend) {
    // No proxy is trusted: what a client writes in X-Forwarded-For means nothing.
    let app = TestApp::spawn_tuned(backend, |config| {
        config.trusted_proxies.clear();
        config.limits.log_in_per_address = limit("2/1h");
    })
    .await;
    for n in 0..2 {
        let attempt = app.visitor().from(&format!("203.0.113.{n}"));
        assert!(!throttled(&attempt, "x@example.dk").await);
    }
    let forged = app.visitor().from("198.51.100.200");
    assert!(throttled(&forged, "x@example.dk").await);
}

async fn many_log_ins_at_once_wait_their_turn_or_are_refused_as_busy(backend: Backend) {
    // Two hashes at once, and no waiting: 256 log-ins arriving together mostly find no
    // place, and are refused as busy rather than each taking 19 MiB at the same time.
    let app = TestApp::spawn_tuned(backend, |config| {
        config.hashes_at_once = Some(2);
        config.hash_wait_ms = 0;
    })
    .await;
    let visitors: Vec<Visitor> = (0..256).map(|_| app.visitor()).collect();
    let results = futures::future::join_all(
        visitors
            .iter()
            .map(|v| v.log_in("anne@example.dk", "en forkert adgangskode")),
    )
    .await;
    let busy = results
        .iter()
        .filter(|r| matches!(r, Err(AppError::Busy(_))))
        .count();
    let checked = results
        .iter()
        .filter(|r| matches!(r, Err(AppError::Invalid(_))))
        .count();
    assert_eq!(busy + checked, 256, "{results:?}");
    assert!(busy > 0, "some were refused");
    assert!(checked >= 2, "some were checked");
    assert!(app.state().hashing.most_at_once() <= 2);
    // Once the burst is over, a log-in works again.
    let anne = app.citizen("Anne").await;
    anne.log_out().await.unwrap();
    anne.log_in(&email_of("Anne"), PASSWORD).await.unwrap();
}

async fn log_in_sends_on_only_to_a_plain_path_on_the_site(app: TestApp) {
    let anne = app.citizen("Anne").await;
    anne.log_out().await.unwrap();
    let email = email_of("Anne");
    let log_in_to = |next: &str| {
        let anne = anne.clone();
        let email = email.clone();
        let next = next.to_owned();
        async move {
            let location = anne
                .post_form(
                    "login",
                    &[("email", &email), ("password", PASSWORD), ("next", &next)],
                )
                .await;
            anne.log_out().await.unwrap();
            location
        }
    };
    assert_eq!(log_in_to("/account").await.as_deref(), Some("/account"));
    for next in [
        "/\t/example.invalid/",
        "/account\nSet-Cookie: x=1",
        "//example.invalid/",
        "/\\example.invalid/",
        "\\\\example.invalid",
        "/%2F/example.invalid/",
        "/%5c/example.invalid/",
        "https://example.invalid/",
        "http:example.invalid",
    ] {
        assert_eq!(log_in_to(next).await.as_deref(), Some("/"), "{next:?}");
    }
}

async fn a_very_long_search_word_is_cut_not_a_failure(app: TestApp) {
    // 200 KB, as the attack sent it (a longer form is refused before it is read at all).
    let word = "å".repeat(100) + &"a".repeat(200_000);
    let found = app
        .visitor()
        .run(PublishedInitiatives {
            q: Some(word.clone()),
            ..published_list()
        })
        .await
        .expect("no 500");
    assert_eq!(found.total, 0);
    let admin = app.with_role("Anne", Role::Administrator).await;
    let accounts = admin
        .run(AdminAccounts {
            q: Some(word),
            page: None,
        })
        .await
        .expect("no 500");
    assert_eq!(accounts.total, 0);
}

async fn names_that_pass_for_others_are_refused(app: TestApp) {
    for name in ["ad\u{200b}min", "\u{202e}nimda", "Mod\u{2066}erator"] {
        let result = app
            .visitor()
            .register(name, "navn@example.dk", PASSWORD)
            .await;
        assert_eq!(
            problem(&result, "display_name"),
            Some(Problem::InvisibleCharacters),
            "{name:?}"
        );
    }
}

async fn pages_and_answers_with_personal_data_are_not_cached(app: TestApp) {
    let anne = app.citizen("Anne").await;
    for (method, path) in [
        (Method::GET, "/account"),
        (Method::GET, "/"),
        (Method::GET, "/notifications"),
        (Method::GET, "/account/data"),
        (Method::POST, "/api/site_info"),
    ] {
        let response = anne
            .http
            .request(method, app.url(path))
            .send()
            .await
            .unwrap();
        assert_eq!(
            response
                .headers()
                .get("cache-control")
                .map(|v| v.to_str().unwrap()),
            Some("no-store"),
            "{path}"
        );
    }
}

async fn pages_allow_only_their_own_scripts(app: TestApp) {
    let response = app.visitor().http.get(app.url("/")).send().await.unwrap();
    let policy = response
        .headers()
        .get("content-security-policy")
        .unwrap()
        .to_str()
        .unwrap()
        .to_owned();
    let page = response.text().await.unwrap();
    let nonce = policy
        .split("'nonce-")
        .nth(1)
        .and_then(|rest| rest.split('\'').next())
        .expect("a nonce in the policy");
    assert!(nonce.len() >= 16, "{policy}");
    assert!(policy.contains("'wasm-unsafe-eval'") && policy.contains("object-src 'none'"));
    assert!(policy.contains("base-uri 'none'") && !policy.contains("unsafe-inline"));
    // Every script on the page carries it, and another request gets another.
    let scripts = page.matches("<script").count();
    assert!(scripts > 0);
    assert_eq!(page.matches(&format!("nonce=\"{nonce}\"")).count(), scripts);
    let again = app.visitor().http.get(app.url("/")).send().await.unwrap();
    assert!(
        !again.headers()["content-security-policy"]
            .to_str()
            .unwrap()
            .contains(nonce)
    );
}

async fn an_unknown_api_path_is_the_platforms_own_404(app: TestApp) {
    let visitor = app.visitor();
    let unknown = visitor.http.post(app.url("/api/x")).send().await.unwrap();
    assert_eq!(unknown.status(), StatusCode::NOT_FOUND);
    assert_eq!(
        unknown.json::<AppError>().await.unwrap(),
        AppError::NotFound
    );
    let wrong_method = visitor
        .http
        .get(app.url("/api/login"))
        .send()
        .await
        .unwrap();
    assert_eq!(wrong_method.status(), StatusCode::METHOD_NOT_ALLOWED);
    let text = wrong_method.text().await.unwrap();
    assert!(!text.contains("server function"), "{text}");
}
