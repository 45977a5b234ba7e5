### Forsamlingshuset: every text of the interface, in English. Complete, so that nobody
### has to read Danish to take part.
###
### The rules for this file are at the top of da.ftl, the reference language.

## This language

# The language's name in itself, as the language switch shows it.
language-name = English

## Every page: the site's name, the menu and the footer

site-name = Forsamlingshuset
skip-to-content = Skip to content
main-navigation = Main menu
nav-home = Home
nav-log-in = Log in
nav-register = Create account
nav-account = My account
nav-log-out = Log out
language-switch = Language
footer-accessibility = Accessibility statement
footer-about = An online assembly house where citizens, politicians and municipal staff meet about communities and initiatives in the town.
loading = Loading …
logged-in-as = Logged in as { $name }

## The front page

home-title = Together for our town
home-lead = Find and start events, activities and ideas in your town – and take part in the way that suits you.
home-how-title = How it works
home-how-text = Citizens propose initiatives. Municipal staff look each proposal over before it goes public. Everyone can join and comment. Politicians can follow who takes part and who is missing.
home-levels-title = Four ways to take part
home-levels-intro = Every kind of taking part that adds to the community is valuable. You choose, and you can always change.
home-join-cta = Create an account
home-log-in-cta = Log in
home-welcome-back = Welcome back, { $name }.
home-go-to-account = Go to your account

## The four ways to take part (levels)

level-observing = Observing
level-observing-text = You turn up and show your support.
level-active = Active
level-active-text = You take part: bring the neighbour, welcome newcomers, set a table or bake a cake.
level-co-creating = Co-creating
level-co-creating-text = You help get it on its feet: invite others, arrange the loan of rooms and the like.
level-initiator = Initiator
level-initiator-text = You have the idea – alone or with others – and find the people to make it real.

## Creating an account

register-title = Create account
register-lead = With an account you can propose initiatives, join them and write comments.
register-submit = Create account
register-have-account = Already have an account? Log in
field-display-name = Name
field-display-name-hint = The name others see. Your first name is fine.
field-email = Email
field-email-hint = We only use it to log you in and to write to you about your initiatives.
field-password = Password
field-password-hint = At least 12 characters. A sentence you can remember works well.
field-password-repeat = Repeat the password
field-neighbourhood = Neighbourhood
field-neighbourhood-hint = Helps the municipality see whether every part of town takes part. Others cannot see it.
neighbourhood-none = Rather not say / I don't live in the municipality
optional = (optional)

## Logging in

log-in-title = Log in
log-in-submit = Log in
log-in-no-account = No account yet? Create one
log-in-password = Password

## My account: details, roles, name and password

account-title = My account
account-details-title = Your details
account-email = Email
account-roles = Roles
account-member-since = Created
account-neighbourhood-none = Not given
role-citizen = Citizen
role-moderator = Moderator
role-politician = Politician
role-administrator = Administrator
account-created = Welcome! Your account is created and you are logged in.
profile-title = Change name and neighbourhood
profile-submit = Save
profile-saved = Your details are saved.
password-title = Change password
field-current-password = Current password
field-new-password = New password
field-new-password-repeat = Repeat the new password
password-submit = Change password
password-changed = Your password is changed. You are logged out everywhere else.
must-log-in = You need to be logged in to see this page.
must-log-in-link = Log in

## A page that does not exist

not-found-title = Page not found
not-found-text = We cannot find the page you are looking for. It may have moved, or the address may be mistyped.
back-home = Go to the front page

## The accessibility statement

accessibility-title = Accessibility statement
accessibility-standard = Forsamlingshuset must be usable by everyone. We work to the WCAG 2.1 standard at level AA.
accessibility-how = Every page works with a keyboard alone, with a screen reader and without JavaScript. Every page is checked automatically for known accessibility faults before a new version goes live.
accessibility-known-issues = We know of no faults right now. If you meet a page you cannot use, we want to hear about it.
accessibility-contact-title = Contact
accessibility-contact = Write to the municipality and tell us which page it is and what went wrong.

## Errors in forms and requests

error-summary-title = There are errors in the form. Correct what it says by the fields:
err-required = Fill in this field.
err-too-long = { $max ->
    [one] At most { $max } character.
   *[other] At most { $max } characters.
}
err-control-characters = The field contains characters that cannot be used.
err-invalid-email = Enter an email address like name@example.com.
err-invalid-web-address = Enter a web address starting with https://, like https://www.kommune.dk/page.
admin-setting-statement = Web address of the official accessibility statement
admin-setting-statement-hint = If the municipality has written an accessibility statement for the platform (for example with the Danish Agency for Digital Government's tool), the Accessibility page links to it.
accessibility-official-statement = Read the municipality's official accessibility statement
err-email-taken = An account with this email already exists. Try logging in.
err-password-too-short = { $min ->
    [one] The password must be at least { $min } character.
   *[other] The password must be at least { $min } characters.
}
err-password-too-long = { $max ->
    [one] The password can be at most { $max } character.
   *[other] The password can be at most { $max } characters.
}
err-passwords-differ = The two passwords are not the same.
err-wrong-current-password = The current password is wrong.
err-unknown-neighbourhood = Choose a neighbourhood from the list.
err-not-logged-in = You need to log in first.
err-forbidden = You are not allowed to do this.
err-not-found = What you are looking for does not exist.
err-wrong-credentials = The email or password is wrong.
err-bad-request = We could not read what you sent. Please try again.
err-internal = Something went wrong on our side. Please try again shortly.

## Initiatives: kinds and states

kind-event = Event
kind-activity = Recurring activity
kind-idea = Idea for the town
kind-proposal = Proposal to the council
state-pending = Waiting for a member of staff
state-published = Public
state-sent-back = Sent back to you
state-rejected = Rejected
state-withdrawn = Withdrawn
state-carried-out = Carried out
state-archived = Archived

## Proposing an initiative

err-unknown-kind = Choose one of the options.
err-invalid-date-time = Enter date and time like 01-12-2026 18:00.
err-in-past = That time has already passed.
err-end-before-start = The end must be after the start.
err-end-without-start = Say when it starts, too.
err-too-many-needs = { $max ->
    [one] At most { $max } need.
   *[other] At most { $max } needs.
}
nav-initiatives = Initiatives
nav-propose = Propose an initiative
nav-mine = My initiatives
propose-title = Propose an initiative
propose-lead = Tell us what you would like to start. A member of municipal staff looks the proposal over before others can see it.
field-title = Title
field-title-hint = Short and clear, such as “Shared dinner in Hedemarken”.
field-description = Description
field-description-hint = What will happen, and who is it for? Leave an empty line between paragraphs. Links start with https://.
field-kind = What kind of initiative is it?
field-starts-at = Starts
field-ends-at = Ends
field-time-hint = Date and time.
field-place = Place
field-place-hint = Such as “The community centre, hall 2”.
field-initiative-neighbourhood = Neighbourhood
whole-town = The whole town
field-needs-list = What do you need?
field-needs-hint = One need per line, such as “Someone to bake”. Others can offer to take a need.
propose-submit = Send the proposal
propose-sent = Thank you! Your proposal is sent. It becomes public once a member of staff has looked it over.

## My initiatives

mine-title = My initiatives
mine-lead = Here are the initiatives you have proposed, and how far they have come.
mine-empty = You have not proposed anything yet.

## An initiative's page: details and taking part

detail-kind = Kind
detail-when = When
detail-where = Where
detail-neighbourhood = Neighbourhood
detail-initiators = Initiators
detail-initiators-more = { $count ->
    [one] { $names } and { $count } other
   *[other] { $names } and { $count } others
}
detail-by-level = Taking part, by way
detail-needs = What we need
detail-need-covered = covered
detail-not-public = Only you and municipal staff can see this initiative until it is made public.
detail-withdrawn = This initiative has been withdrawn. Nobody can join it any more.
join-title = Take part
join-intro = Choose the way that suits you. You can always change or leave.
join-submit = Sign me up
change-level-submit = Change my way
leave-submit = Leave
you-take-part = You take part as: { $level }.
join-log-in = Log in to take part
joined-saved = You are taking part. Thank you!
left-saved = You have left.
err-last-initiator = You are the only initiator. Find another before you leave or change your way.
list-participants = { $count ->
   *[other] { $count } taking part
}
list-empty = There are no public initiatives yet. Be the first to propose one!
detail-your-way = Your way of taking part

## The list of initiatives: search, filters and pages

filter-title = Find initiatives
filter-search = Search
filter-all-neighbourhoods = All neighbourhoods
filter-all-kinds = All kinds
filter-any-time = Any time
filter-upcoming = Upcoming
filter-past = Past
filter-sort = Sort by
sort-newest = Newest
sort-soonest = Starting soonest
sort-participants = Most participants
filter-submit = Show
list-count = { $count ->
    [one] { $count } initiative
   *[other] { $count } initiatives
}
pagination = Pages
page-previous = Previous page
page-next = Next page
page-of = Page { $page } of { $pages }

## What I take part in; withdrawing and editing a proposal

nav-participation = What I take part in
participation-empty = You do not take part in anything yet. Find an initiative you would like to join.
withdraw-title = Withdraw the initiative
withdraw-reason = Reason
withdraw-hint = Tell the others why it will not happen. The initiative can still be read, but nobody can join.
withdraw-submit = Withdraw
edit-title = Edit the proposal
edit-lead = You can change the proposal until it is made public. If it was sent back to you, saving puts it back in the queue.
edit-submit = Save the changes
edit-saved = Your changes are saved.
sent-back-reason = The member of staff wrote

## Needs and offers

needs-who-can-offer = If you take part as active or co-creating, you can offer to take a need.
need-you-offered = You have offered to take this. Thank you!
need-offered-by = Offered by: { $names }
need-offer = I will take this
need-take-back = I will not take this after all
need-mark-covered = Mark as covered
need-mark-open = Mark as not covered

## Asking to become an initiator

initiator-request-hint = Would you like to help run it? The initiators answer your request.
initiator-request-submit = Ask to become an initiator
initiator-request-pending = You have asked to become an initiator. The initiators will answer soon.
initiator-request-declined = The initiators said no thank you last time. You can ask again.
initiator-requests-title = Asking to be initiators
initiator-request-accept = Accept
initiator-request-decline = Decline

## Reporting an initiative

report-title = Report the initiative to the municipality
report-reason = What is wrong?
report-hint = Such as something offensive or unlawful. A member of staff will look at it.
report-submit = Send the report
report-saved = Thank you. A member of staff will look at your report.

## Comments

err-comments-closed = This initiative does not take comments, because it is not published.
err-comment-gone = The comment you are replying to has been deleted. Your text is still here.
comments-title = { $count ->
   *[other] Comments ({ $count })
}
comments-empty = Nobody has commented yet.
comments-log-in = Log in to comment
comments-closed = This initiative no longer takes new comments.
comments-new-title = Write a comment
comment-label = Your comment
comment-hint = Be kind and keep to the point, as at a meeting. Blank lines separate paragraphs, and web addresses become links.
comment-submit = Post comment
reply-title = Reply
reply-label = Your reply
reply-submit = Post reply
comment-edit-title = Edit
comment-edit-submit = Save changes
comment-delete-title = Delete
comment-delete-confirm = Delete your comment? Its text disappears, but replies to it stay.
comment-delete-submit = Yes, delete the comment
comment-report-title = Report
comment-edited = edited
comment-deleted = This comment has been deleted.
comment-earlier-replies = { $count ->
    [one] Show { $count } earlier reply
   *[other] Show { $count } earlier replies
}
comment-replies-to = Replies to { $name }
comment-saved = Your comment has been posted.
comment-edit-saved = Your comment has been changed.
comment-delete-saved = Your comment has been deleted.
comments-new = New comments have arrived.
comments-show-new = Show new comments
comments-pagination = Pages of comments

## The community policy's goals

goal-numbered = Goal { $number }: { $title }
filter-all-goals = All goals
filter-goal = Goal of the community policy
detail-goals = Goals of the community policy

## Reviewing proposals: errors

err-already-decided = Another member of staff has already reviewed this proposal.
err-no-goal = Choose at least one goal.
err-unknown-goal = Choose from the goals in the list.

## Notifications

notice-published = Your initiative “{ $title }” has been published. Everyone can now see it and take part.
notice-sent-back = Your proposal “{ $title }” has been sent back to you. Edit it and it returns to the queue.
notice-rejected = Your proposal “{ $title }” has been rejected.
notice-reason = The municipality's reason
notices-title = Messages
notices-empty = You have no messages.
notices-mark-read = Mark all as read
notices-unread = New
nav-notices = { $count ->
   *[other] Messages ({ $count })
}

## The review queue

nav-review = Proposals to review
review-title = Proposals to review
review-lead = The proposal that has waited longest comes first.
review-empty = No proposals are waiting.
review-proposed-by = proposed by { $name }
review-waited-hours = { $hours ->
   *[other] Waiting for { $hours } h
}
review-waited-days = { $days ->
    [one] Waiting for { $days } day
   *[other] Waiting for { $days } days
}
review-published = The initiative is published, and its initiators have been told.
review-sent-back = The proposal was sent back, and its initiators have been told.
review-rejected = The proposal was rejected, and its initiators have been told.
review-one-title = Review a proposal
review-back = Back to the proposals
review-see-all = See the whole proposal
review-own = You are an initiator of this proposal, so another member of staff must review it.
review-publish-title = Publish
review-goals = Which of the community policy's goals does the initiative serve?
review-note = Note on the choice
review-note-hint = Optional. Say briefly why the initiative serves these goals. The initiators can see the note.
review-publish-submit = Publish the initiative
review-send-back-title = Send back to the initiators
review-reason = Reason
review-send-back-hint = Say what the initiators should change. They see the reason and can send the proposal again.
review-send-back-submit = Send the proposal back
review-reject-title = Reject
review-reject-hint = Say why the proposal is rejected. The initiators see the reason.
review-reject-submit = Reject the proposal

## Moderation and administration: errors

err-suspended = Your account is suspended. You can read, but not write, propose or join.
err-already-handled = Another moderator has already dealt with this.
err-unknown-choice = Choose one of the options.
err-invalid-number = Enter a whole number, 0 or more.
err-name-taken = That name is already in use.
err-last-administrator = There must always be at least one administrator.

## The audit log: what was done

audit-publish = Published
audit-send-back = Sent back
audit-reject = Rejected
audit-change-goals = Changed goals
audit-carry-out = Marked as carried out
audit-archive = Archived
audit-hide = Hid
audit-restore = Restored
audit-dismiss = Dismissed reports
audit-suspend = Suspended
audit-lift = Lifted suspension
audit-grant-role = Granted role
audit-revoke-role = Revoked role
audit-add-neighbourhood = Added neighbourhood
audit-edit-neighbourhood = Edited neighbourhood
audit-retire-neighbourhood = Retired neighbourhood
audit-reinstate-neighbourhood = Reinstated neighbourhood
audit-add-goal = Added goal
audit-edit-goal = Edited goal
audit-retire-goal = Retired goal
audit-reinstate-goal = Reinstated goal
audit-edit-settings = Changed settings

## Notifications about published initiatives and suspensions

notice-goals-changed = The municipality has changed which goals "{ $title }" comes under.
notice-carried-out = "{ $title }" has been marked as carried out. Thank you for your work!
notice-archived = "{ $title }" has been archived. It can still be read, but no longer joined.
notice-hidden = A moderator has hidden your content on "{ $title }".
notice-restored = Your content on "{ $title }" can be seen again.
notice-suspended = Your account has been suspended. You can read, but not write, propose or join.

## Suspensions: what the suspended person sees, and the periods

suspended-until = The suspension lasts until { $until }.
suspended-indefinitely = The suspension lasts until a moderator lifts it.
suspend-days = { $days ->
    [one] { $days } day
   *[other] { $days } days
}
suspend-indefinite = Until further notice (until a moderator lifts it)

## Hidden content and the report queue

hidden-by-moderator = Hidden by a moderator.
hidden-pending-review = Hidden because several people reported it. A moderator will look at it.
hidden-initiative-title = Hidden initiative
reports-title = Reports
reports-lead = Content that citizens have reported. What was hidden automatically comes first.
reports-empty = There are no reports to look at.
reports-hidden = The content is hidden, and its author has been told.
reports-restored = The content can be seen again.
reports-dismissed = The reports have been dismissed.
reports-kind-initiative = Initiative
reports-kind-comment = Comment on
reports-written-by = Written by { $name }
reports-about-author = About the writer, and suspension
reports-reporters = { $count ->
   *[other] Reported by { $count }
}
reports-own = You wrote this yourself, so another moderator must deal with it.
reports-hide-title = Hide
reports-hide-reason = Reason
reports-hide-hint = The writer is shown the reason. Others only see that a moderator hid it.
reports-hide-submit = Hide the content
reports-restore-title = Restore
reports-restore-hint = Optional. Written to the log, and sent to the writer if a moderator had hidden it.
reports-restore-submit = Show the content again
reports-dismiss-title = Dismiss the reports
reports-dismiss-hint = Optional. Written to the log. If the content was hidden automatically, it is shown again.
reports-dismiss-submit = Dismiss the reports
reports-note = Note

## Moderating published initiatives

review-state = State
review-visibility-title = Hide or show
moderation-nav-label = Moderators' pages
published-goals-title = Change goals
published-goals-reason = Reason
published-goals-hint = The initiators are shown the reason.
published-goals-submit = Save the goals
published-goals-saved = The goals have been changed, and the initiators have been told.
published-carry-out-title = Mark as carried out
published-carry-out-hint = Optional. The initiators are shown the note.
published-carry-out-submit = Mark as carried out
published-carry-out-saved = The initiative has been marked as carried out.
published-archive-title = Archive
published-archive-hint = Optional. An archived initiative can be read, but not joined.
published-archive-submit = Archive the initiative
published-archive-saved = The initiative has been archived.

## An account as moderators see it; suspending and lifting

mod-account-title = Account
mod-account-heading = Account: { $name }
mod-account-written = Has written
mod-account-counts = { $initiatives ->
    [one] { $initiatives } proposal
   *[other] { $initiatives } proposals
} and { $comments ->
    [one] { $comments } comment
   *[other] { $comments } comments
}
mod-account-suspensions = Suspensions
mod-account-no-suspensions = The account has never been suspended.
mod-account-own = This is your own account. You cannot suspend yourself.
suspend-title = Suspend the account
suspend-again-title = Suspend again (replaces the current one)
suspend-lead = A suspended account can read, but not write, propose, join or report. The person is shown the reason.
suspend-period = For how long
suspend-reason-hint = The person is shown the reason. Write it so it can be understood.
suspend-submit = Suspend the account
suspend-saved = The account is suspended, and the person has been told.
lift-title = Lift the suspension
lift-hint = Optional. Written to the log.
lift-submit = Lift the suspension
lift-saved = The suspension has been lifted.
suspension-in-force = In force
suspension-from-to = From { $from } to { $to }
suspension-from-on = From { $from }, until lifted
suspension-by = Suspended by { $name }
suspension-lifted-at = Lifted { $at }

## The audit log page

audit-title = Audit log
audit-lead = Everything moderators and administrators have done, with who, when and why. The log cannot be changed.
audit-empty = No actions match the filters.
audit-count = { $count ->
    [one] { $count } action
   *[other] { $count } actions
}
audit-all-actions = All actions
audit-all-targets = Everything
audit-all-actors = Everyone
audit-action = Action
audit-target = Done to
audit-actor = Who
audit-from = From date
audit-to = Up to and including
audit-when = When
audit-reason = Reason
audit-target-initiative = Initiative
audit-target-comment = Comment
audit-target-account = Account
audit-target-neighbourhood = Neighbourhood
audit-target-goal = Goal
audit-target-settings = Settings

## The politicians' summary: choosing what to see

nav-summary = Overview
summary-title = Overview of participation
summary-lead = Who takes part, how and where – and who is missing. Totals only: no names, and numbers below 5 people are not shown.
summary-choose = Choose period and scope
summary-period = Period
summary-period-30 = The last 30 days
summary-period-quarter = The last 91 days (a quarter)
summary-period-year = The last 365 days (a year)
summary-period-last-quarter = The last whole quarter
summary-period-last-year = The last whole calendar year
summary-period-custom = Chosen dates
summary-from = From date
summary-to = Up to and including
summary-dates-hint = Used when the period is "Chosen dates".
summary-where-held = Where the initiative is held
summary-period-text = The period { $from } – { $to }, compared with { $previous_from } – { $previous_to }.
summary-download = Download the table as CSV
summary-this-period = This period
summary-previous-period = Previous period
summary-fewer-than-5 = fewer than 5
summary-hours = { $hours ->
    [one] { $hours } hour
   *[other] { $hours } hours
}

## The summary: column names in tables and CSV files

summary-csv-figure = Figure
summary-csv-from = From
summary-csv-to = To
summary-csv-value = Value
summary-csv-previous-from = Previous from
summary-csv-previous-to = Previous to
summary-csv-previous-value = Previous period
summary-csv-previous-initiatives = Initiatives, previous period
summary-csv-previous-people = People, previous period
summary-csv-previous-per-thousand = Per 1,000 residents, previous period

## The summary: the figures, section by section

summary-headline-title = Headline figures
summary-headline-rule = Participants are citizens signed up to a published initiative while it was running in the period: a dated event while it took place; an activity from its start, and an idea or proposal from its publication, until it was carried out, archived or withdrawn. Including those who left during the period, but not those who left before it, or who were only signed up to something that had ended or not yet begun. "Joined or stepped up" are those who, in the period, signed up to something or chose a higher level, whenever it takes place. New ones signed up to anything on the platform for the first time, also when the summary is narrowed to a goal or a place. Rejected, waiting and hidden initiatives do not count, except under "proposed". Deleted and hidden comments do not count. Under a goal "proposed" cannot be counted, as goals are given only at publication.
summary-participants = Participants
summary-new = New participants
summary-joined-or-stepped-up = Joined or stepped up
summary-proposed = Proposed
summary-published = Published
summary-carried-out = Carried out
summary-comments = Comments
summary-stepped-up = Stepped up a level
summary-ladder-title = The participation ladder
summary-ladder-rule = Each person counts once, at the highest level they held in the period. "Stepped up" are those whose highest level in the period is higher than the highest they held before it, even if they left in between.
summary-ladder-text = Participants by highest level: { $levels }. Stepped up a level: { $stepped }.
summary-level = Level
summary-people = People
summary-goals-title = By goal
summary-goals-rule = Initiatives published in the period under the goal, and people who took part in initiatives under it. An initiative under both goals counts under each.
summary-goal = Goal
summary-initiatives = Initiatives
summary-places-title = By neighbourhood
summary-places-rule = Participants by the neighbourhood they say they live in (as their account says now), per 1,000 residents; initiatives by where they are held. Participants who state no neighbourhood and initiatives for the whole town have a row each. Neighbourhoods with few participants per 1,000 residents are under-represented.
summary-places-text = Fewest participants per 1,000 residents: { $lowest }. Most: { $highest }.
summary-places-one = Participants per 1,000 residents can be shown for one neighbourhood only: { $place }.
summary-print = Print the summary
summary-places-none = There are not enough participants to show figures by neighbourhood.
summary-neighbourhood = Neighbourhood
summary-residents = Residents
summary-per-thousand = Per 1,000 residents
summary-initiatives-there = Initiatives held here
summary-no-residents = residents unknown
summary-meeting-title = Meeting across
summary-meeting-rule = The share of the initiatives someone took part in whose participants live in at least two different neighbourhoods; people who have not stated a neighbourhood are left out of the share. The table shows people by where they live and where the initiative is held; a person taking part in several places counts in each. As nearly every initiative with many participants reaches two neighbourhoods, a measure that can move is shown too: for each initiative with at least two participants who state a neighbourhood, the chance that two of them picked at random live in different neighbourhoods (the Gini–Simpson index); the figure is the median over the initiatives, for the whole town and for each goal, shown when there are at least three initiatives. Last, the share of participants who state a neighbourhood who took part in an initiative in a neighbourhood other than their own (whole-town initiatives are not another neighbourhood); shown only when at least 5 did and at least 5 did not.
summary-meeting-text = { $across } of { $initiatives } { $initiatives ->
    [one] initiative
   *[other] initiatives
} gathered people from at least two neighbourhoods ({ $share }; previous period { $previous }).
summary-mixing-text = In the typical initiative, the chance that two participants live in different neighbourhoods was { $mixing } (previous period { $previous }).
summary-meeting-none = Nobody took part in initiatives during the period.
summary-matrix-caption = Who takes part where: home (rows) and the initiative's place (columns)
summary-lives-in = Lives in
summary-home-not-stated = Not stated
summary-trend-title = Month by month
summary-trend-rule = The twelve calendar months up to and including the period's last month; a month that is not over is marked "so far". New participants are not shown month by month: together the months would give away small numbers.
summary-trend-text = { $count ->
   *[other] From { $first } to { $last }. Most participants in { $month }: { $count }.
}
summary-trend-quiet = From { $first } to { $last }: fewer than 5 participants each month.
summary-month = Month
summary-moderation-title = Review of proposals
summary-moderation-rule = Decisions taken in the period, also on initiatives hidden since. Waiting time counts from when the proposal was (re)submitted to the decision. Proposals and ideas answered are counted by the date of the municipality's answer (not "being dealt with"), and the time to an answer counts from publishing.
summary-wait-text = Waiting time: median { $median }, longest { $longest } (previous period: { $previous_median } and { $previous_longest }).
summary-decisions = Decisions
summary-sent-back = Sent back
summary-rejected = Rejected
summary-median-wait = Waiting time, median (hours)
summary-answered = Proposals and ideas answered by the municipality
summary-median-answer-days = Time from publishing to answer, median (days)
summary-longest-wait = Waiting time, longest (hours)
summary-not-under-goal = cannot be counted
summary-moderation-under-goal = Under a goal the decisions and the waiting time cannot be counted: a proposal is given its goals only when it is published, so proposals sent back or rejected belong to none. The number published can.
summary-withheld = hidden
summary-privacy-rule = Numbers under 5 people are not shown. A number that stands alone shows as "fewer than 5". In a table whose numbers add up to a total on the page, every hidden number reads "hidden": at least two are hidden, and never only zeros, so that neither the total nor the numbers shown give a small one away. No rate per 1,000 residents is shown for a hidden number.
summary-narrowed-goal = Only initiatives under goal { $number }: { $title }.
summary-narrowed-place = Only initiatives held in { $place }.
summary-computed-at = The figures were computed on { $when }. They are computed again within a quarter of an hour.
summary-narrowed-none = All initiatives in the municipality.
summary-taken-part-in = Initiatives someone took part in
summary-across = With people from at least two neighbourhoods
summary-mixed-initiatives = Initiatives with at least two participants who state a neighbourhood
summary-mixing = Chance that two participants live in different neighbourhoods, median (%)
summary-mixing-goal = The same, under goal { $number } (%)
summary-outside = Participants who took part outside their own neighbourhood (%)
summary-across-share = Share (%)
summary-download-across = Download the figures on meeting across as CSV
summary-matrix-previous = In brackets: the same number for the previous period. "*" means hidden: fewer than 5 people, or hidden together with a small number.
summary-csv-previous-of = { $name }, previous period

## Administration

admin-title = Site administration
admin-nav = Site administration
admin-nav-label = Administration pages
admin-lead = Here you manage who has which roles, the neighbourhoods, the policy's goals and the site's settings. Everything you change is written to the log.
admin-log-lead = See what moderators and administrators have done, when and why.
admin-save = Save
admin-retired = Not in use
admin-not-given = Not given
admin-note = Note
admin-note-hint = Optional. Written to the log.

## Administration: accounts and roles

admin-accounts-title = Roles
admin-accounts-lead = Give and take away roles. Every account is a citizen. Moderators review proposals, politicians read the summaries, and administrators run the site. There must always be at least one administrator.
admin-accounts-search = Search by name or email
admin-accounts-search-submit = Search
admin-accounts-count = { $count ->
    [one] { $count } account
   *[other] { $count } accounts
}
admin-accounts-empty = No accounts match the search.
admin-roles-change = Change the roles of { $name }
admin-role-grant-title = Give a role
admin-role-revoke-title = Take away a role
admin-role-to-grant = Role to give
admin-role-to-revoke = Role to take away
admin-role-choose = Choose a role
admin-role-grant = Give the role
admin-role-revoke = Take away the role
admin-role-granted = The role has been given.
admin-role-revoked = The role has been taken away.

## Administration: neighbourhoods

admin-neighbourhoods-title = Neighbourhoods
admin-neighbourhoods-lead = Citizens choose from the neighbourhoods when they say where they live. A neighbourhood is never deleted, but it can be taken out of use.
admin-neighbourhoods-all = All neighbourhoods
admin-neighbourhoods-empty = There are no neighbourhoods yet.
admin-neighbourhood-add-title = Add a neighbourhood
admin-neighbourhood-add-submit = Add the neighbourhood
admin-neighbourhood-name = Name
admin-neighbourhood-residents = Residents
admin-neighbourhood-residents-hint = A whole number, for example 2300 or 2,300. Used to count participants per 1,000 residents.
admin-neighbourhood-accounts = Accounts living here
admin-neighbourhood-change = Change the name or residents of { $name }
admin-neighbourhood-retire = Take { $name } out of use
admin-neighbourhood-retire-hint = Citizens can no longer choose it. Those who chose it keep it, and the summaries still count it.
admin-neighbourhood-reinstate = Bring { $name } back into use
admin-neighbourhood-added = The neighbourhood has been added.
admin-neighbourhood-updated = The neighbourhood has been saved.
admin-neighbourhood-retired = The neighbourhood has been taken out of use.
admin-neighbourhood-reinstated = The neighbourhood is in use again.

## Administration: goals

admin-goals-title = Goals
admin-goals-lead = Moderators tie every published initiative to one or more of the policy's goals. A goal is never deleted, but it can be taken out of use.
admin-goals-all = The policy's goals
admin-goals-empty = There are no goals yet.
admin-goal-title-da = Title in Danish
admin-goal-title-en = Title in English
admin-goal-summary-da = Short explanation in Danish
admin-goal-summary-en = Short explanation in English
admin-goal-summary-hint = A few sentences on what the goal is about.
admin-goal-initiatives = Initiatives under it
admin-goal-edit = Edit the texts of goal { $number }
admin-goal-retire = Take goal { $number } out of use
admin-goal-retire-hint = Moderators can no longer choose it. Initiatives already under it keep it.
admin-goal-reinstate = Bring goal { $number } back into use
admin-goal-add-title = Add a goal
admin-goal-add-lead = The new goal gets the next number. Write the texts in both Danish and English.
admin-goal-add-submit = Add the goal
admin-goal-added = The goal has been added.
admin-goal-updated = The goal has been saved.
admin-goal-retired = The goal has been taken out of use.
admin-goal-reinstated = The goal is in use again.

## Administration: settings

admin-settings-title = Settings
admin-settings-lead = The municipality's name and contact details, as the site shows them. An empty field means the detail is not shown.
admin-setting-municipality = The municipality's name
admin-setting-municipality-hint = Shown at the top of every page.
admin-setting-accessibility = Contact address in the accessibility statement
admin-setting-accessibility-hint = An email address people can write to when a page is hard to use.
admin-settings-contact-title = Contact details
admin-settings-contact-hint = Shown at the bottom of every page.
admin-setting-email = Email
admin-setting-phone = Phone
admin-setting-address = Address
admin-setting-address-hint = Optional. You can write on several lines.
admin-settings-submit = Save the settings
admin-settings-saved = The settings have been saved.
admin-footer-contact = Contact
admin-accessibility-write-to = Write to:

## Numbers

# Between each group of three digits in a large number: 28,000
number-thousands-separator = ,
# Before the decimals: 2.5
number-decimal-separator = .

# A percentage: 12.5 %
percent = { $value } %

## Dates

# A date: 22 November 2026. $month is the month's number, 1 to 12.
date = { $day } { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
} { $year }
# A date with the time of day: 22 November 2026, 14:30
date-time = { $date }, { $hour }:{ $minute }
# A month in the summary's charts: Jan 2026
summary-month-so-far = { $month } (so far)
summary-month-year = { $month ->
    [1] Jan
    [2] Feb
    [3] Mar
    [4] Apr
    [5] May
    [6] Jun
    [7] Jul
    [8] Aug
    [9] Sep
    [10] Oct
    [11] Nov
   *[12] Dec
} { $year }

## Added after the move to Fluent

err-changed-meanwhile = Someone changed it in the meantime, so nothing was saved. Look at the page again, then try again.
reports-text-reported = What was reported (before it was edited)
reports-text-now = As it stands now
mod-account-staff = This account is a moderator or administrator. Only an administrator can suspend it.

## Emails about the account

email-greeting = Hello { $name }
email-signature =
    Best wishes
    { $site }
email-confirm-subject = Confirm your email
email-confirm-body =
    Thank you for creating an account. Open this link to confirm that the email address is yours:

    { $link }

    The link works for 48 hours and only once. If you did not create the account, you can ignore this email. The account is then deleted after 30 days.
email-already-subject = You already have an account
email-already-body =
    Someone just tried to create a new account with this email address. You already have an account with it.

    Log in here: { $login }
    Forgot your password? Choose a new one here: { $reset }

    If it was not you, you do not need to do anything. Your account has not changed.
email-reset-subject = Choose a new password
email-reset-body =
    Someone asked for a new password for your account. Open this link to choose one:

    { $link }

    The link works for one hour and only once. If it was not you, you can ignore this email: your password has not changed.
email-password-changed-subject = Your password was changed
email-password-changed-body =
    The password of your account was just changed, and you have been logged out everywhere else.

    If it was not you, choose a new password at once: { $reset }
    Also write to the municipality, so that we can help.
email-change-new-subject = Confirm your new email
email-change-new-body =
    You asked to use this email address for your account. Open this link to confirm it:

    { $link }

    The link works for 48 hours and only once. Until then the account keeps the old address. If it was not you, you can ignore this email.
email-change-old-subject = Your account is to get a new email
email-change-old-body =
    Someone asked to change the email address of your account to another one. The address changes only once the new one is confirmed.

    If it was not you, choose a new password at once: { $reset }
email-in-use-subject = Your email is already in use
email-in-use-body =
    Someone tried to move this email address to another account. The address already belongs to your account, so nothing has changed.

    Log in here: { $login }
email-unsubscribe = Don't want emails like this any more? Stop them here: { $link }
email-see = See it here: { $link }
email-digest-subject = What happened on { $site } this week
email-digest-body = Here is what you were told about since last time:
email-digest-unsubscribe = Would you rather have an email each time? Choose it on My account: { $link }

## What people are told: the new kinds, and the choice of emails

notice-initiator-requested = { $name } would like to be an initiator of “{ $title }” with you. Answer on the initiative's page.
notice-initiator-accepted = You are now an initiator of “{ $title }”.
notice-initiator-declined = Your request to be an initiator of “{ $title }” was not accepted this time.
notice-need-offered = { $name } offers to take care of “{ $need }” on “{ $title }”.
notice-comment-replied = { $name } replied to your comment on “{ $title }”.
notice-open = Open
notice-open-label = Open the message: { $text }
deleted-account = deleted account
email-kind-decisions = The municipality's decisions on my initiatives and my content
email-kind-initiator-requests = When someone wants to be an initiator with me, and the answers to my own requests
email-kind-need-offers = When someone offers to take care of something my initiative needs
email-kind-replies = When someone replies to my comment

## Confirming the address, and getting back in

err-same-email = That is the address you have now.
err-not-confirmed = First confirm your email address: open the link in the email we sent you. You can have it again at the top of the page.
register-sent-title = Check your email
register-sent = Thank you! If the address is right, you will soon get an email with a link. Open it within 48 hours to confirm the address and get started.
register-sent-spam = No email? Look in your spam folder, or log in and have the link again.
register-privacy = How we look after your information
confirm-title = Confirm your email
confirm-lead = Press the button to confirm that the address is yours.
confirm-submit = Confirm my email
confirm-saved = Thank you! Your email is confirmed.
link-unknown = The link does not work. It may have been typed wrongly, or it is no longer valid.
link-used = The link has already been used. Each link works only once.
link-expired = The link has expired.
link-new-confirmation = Log in, and you can have a new link.
link-new-reset = Ask for a new link
unconfirmed-banner = Confirm your email address ({ $email }). Until then you can read and edit your profile, but not propose, join or write.
unconfirmed-resend = Send the link again
unconfirmed-resent = We have sent the link again. The old link no longer works.
forgot-link = Forgot your password?
forgot-title = Forgotten password
forgot-lead = Enter the email you use for your account. We will send a link where you can choose a new password.
forgot-submit = Send me a link
forgot-sent = If there is an account with this address, you will soon get an email with a link. The link works for one hour.
reset-title = Choose a new password
reset-lead = Once you have chosen a new password, you are logged out everywhere else.
reset-submit = Save the new password

## My account: the address, emails, my data, deleting the account

email-change-title = Change email
email-change-lead = We send a link to the new address. The account changes only once you have opened it.
field-new-email = New email
field-email-password = Your password
email-change-submit = Send the link
email-change-sent = We have sent a link to the new address. Open it within 48 hours.
account-pending-email = Waiting for confirmation: { $email }
account-language = Language
emails-title = Emails from us
emails-lead = You are always told here on the site. Choose what you also want an email about.
emails-topics = Email me about
emails-digest = Gather it in one email a week instead of an email each time
emails-submit = Save my choices
emails-saved = Your choices about emails are saved.
data-title = Your data
data-lead = Download everything we have stored about you, as a file (JSON). Most programs can open it.
data-download = Download my data
delete-title = Delete my account
delete-lead = Your name and email are deleted, and you are logged out. You no longer count in any initiative. Your comments stay under the name “deleted account”, unless you choose to delete them too. This cannot be undone.
delete-comments = Delete my comments too
delete-submit = Delete my account
delete-sole-initiator =
    { $count ->
        [one] You are the only initiator of an initiative. Make someone else an initiator, or withdraw it, before you delete your account:
       *[other] You are the only initiator of { $count } initiatives. Make someone else an initiator, or withdraw them, before you delete your account:
    }
account-deleted = Your account has been deleted. Thank you for taking part.
account-confirmed = Thank you! Your email is confirmed.
password-reset-saved = Your new password is saved, and you are logged in.

## The privacy notice (privatlivspolitik)

footer-privacy = Privacy notice
privacy-title = Privacy notice
privacy-lead = Here you can read which information about you the platform stores, why, for how long, and what you can do yourself.
privacy-controller-title = Who is responsible
privacy-controller = { $municipality } is the data controller for the information on the platform.
privacy-controller-unknown = The municipality that runs the platform is the data controller for the information on it.
privacy-contact = Write to:
privacy-stored-title = What we store
privacy-stored = Your email address, your name and – if you choose to – your neighbourhood. Your password is stored only as an encrypted value that nobody can read. The initiatives you propose, how you take part in them, the needs you offer to take, your comments and reports, the messages you get, and the sessions you are logged in with.
privacy-why-title = Why
privacy-why = So that you can take part: log in, propose, join and write. The municipality's staff review proposals and reports. Politicians see only totals in which no single person can be found: how many take part, in which way and in which neighbourhoods. It is a task carried out in the public interest (GDPR article 6(1)(e)).
privacy-how-long-title = For how long
privacy-how-long = For as long as you have your account. A session ends after 14 days without a visit. Wrong passwords are counted only in the server's memory, for a day at most; the server's log notes the address they came from, never the password. Links in emails work for one hour (new password) or 48 hours (confirmation) and are deleted a day later. An account whose email is never confirmed is deleted after 30 days.
privacy-rights-title = Your rights
privacy-rights = You can see and correct your name and neighbourhood on My account. You can download everything we have stored about you as a file. You can delete your account: your name and email are then deleted, and you no longer count. Figures for earlier periods stay, without being traceable to you. You can also complain to the Danish Data Protection Agency (Datatilsynet).
privacy-file-title = The file with your data
privacy-file = The file has these parts: profile (email, name, neighbourhood, language, when the account was created and confirmed, your choices about emails), roles, participations (where and how you take part now), participation_history (each time you joined, changed or left), initiatives_proposed, needs_offered, initiator_requests, comments, reports_made, notifications, suspensions and sessions (when they expire, without keys). Times are in UTC.
unsubscribe-title = Stop emails
unsubscribe-lead = Do you no longer want emails about this: { $topic }? You are still told here on the site.
unsubscribe-submit = Stop these emails
unsubscribe-done = You no longer get emails about this. You can switch them on again on My account.

## Deleting the account

field-delete-password = Your password (to confirm)

## Limits

err-too-many = You have done this too many times just now. Wait a while and try again. What you wrote is kept below.
err-busy = We are very busy just now. Try again in a moment.

## Reports from new accounts

reports-from-new-accounts =
    { $count ->
        [one] 1 of the reports came from a new account (less than a day old, or with an unconfirmed email). It does not count towards hiding content automatically.
       *[other] { $count } of the reports came from new accounts (less than a day old, or with an unconfirmed email). They do not count towards hiding content automatically.
    }
reports-new-account = new account

## Names

err-invisible-characters = The name must not contain invisible characters or characters that turn the writing direction.

## Search

search-hint = At most { $max } characters.

## The municipality's answer to a proposal or idea

answer-title = The municipality's answer
answer-in-progress = Being dealt with
answer-adopted = Adopted
answer-partly-adopted = Partly adopted
answer-not-adopted = Not adopted
answer-answered = Answered
answer-awaited = The municipality has not answered yet. Everyone taking part is told when the answer comes.
answer-minutes-link = Read the minutes of the meeting
answer-form-title = The municipality's answer
answer-form-intro = Write the municipality's official answer. Everyone taking part in the initiative is told. You can change the answer later, for instance once the proposal has been dealt with.
answer-status-field = Answer status
answer-choose-status = Choose a status
answer-body-field = The answer
answer-body-hint = Say briefly and clearly what was decided, and why.
answer-date-field = Date of the answer
answer-date-hint = The day it was decided or answered.
answer-minutes-field = Link to the minutes
answer-minutes-hint = An address that starts with https://.
answer-submit = Save the answer
answer-saved = The answer is saved, and everyone taking part has been told.
audit-answer = Recorded the municipality's answer
notice-answered = The municipality has answered “{ $title }”: { $status }.
filter-answer = The municipality's answer
filter-any-answer = With or without an answer
filter-answer-awaited = Waiting for an answer
err-in-future = The date cannot be in the future.
err-not-answerable = Only published proposals and ideas can get the municipality's answer.

## Calendars

calendar-add = Add to my calendar
calendar-title = Your calendar
calendar-lead = Subscribe from your own calendar (on your phone, for instance) to what you take part in. Your calendar fetches changes and cancellations by itself.
calendar-address = Address for your calendar
calendar-address-hint = Copy the address into your calendar under "Subscribe to calendar". Do not share it: anyone with the address can see what you take part in.
calendar-make = Make an address for my calendar
calendar-renew = Make a new address (the old one stops working)
calendar-saved = Your calendar has a new address.
calendar-feed-name = Forsamlingshuset: what's on
calendar-mine-name = Forsamlingshuset: what I take part in
calendar-subscribe = Subscribe to these initiatives in your calendar

## The front page's week

coming-up-title = Coming up this week
coming-up-near = What happens in { $neighbourhood } comes first.
coming-up-none = Nothing with a date is coming up this week. See all initiatives, or propose your own.
coming-up-all = See everything coming up
coming-up-join = Take part in “{ $title }” as

## Moving an initiative, and telling everyone taking part

reschedule-title = Change the time or place
reschedule-lead = Everyone taking part is told of the new time or place, with a new calendar file.
reschedule-submit = Save the new time and place
reschedule-saved = The time and place have changed, and everyone taking part has been told.
notice-rescheduled = The time or place of “{ $title }” has changed. See the new time and place on its page.
notice-withdrawn = The initiators have withdrawn “{ $title }”: { $reason }
email-kind-participation = News of what I take part in: the municipality's answer, a new time or place, cancellations, a place opening up
email-calendar = Get the new calendar file for your calendar: { $link }

## Reminders the day before

reminder-subject = Reminder: “{ $title }” is tomorrow
reminder-when = “{ $title }” starts on { $when }.
reminder-where = Place: { $place }
email-kind-reminders = A reminder the day before something I take part in

## Places and the waiting list

seats-taken = { $count ->
    [one] { $taken } of { $count } place is taken.
   *[other] { $taken } of { $count } places are taken.
}
seats-full = There are no places left. If you sign up as active or co-creating, you go on the waiting list, and you are told as soon as there is a place for you.
seats-full-observing = There are no places left. If you sign up, you go on the waiting list, and you are told as soon as there is a place for you.
seats-waiting = { $count ->
    [one] { $count } person is on the waiting list.
   *[other] { $count } people are on the waiting list.
}
in-line = You are number { $position } on the waiting list to take part as: { $level }.
leave-line-submit = Leave the waiting list
waiting-saved = There were no places left, so you are now on the waiting list. You are told as soon as there is a place for you.
capacity-title = Places
capacity-lead = Set a number if there is only room for so many. When it is full, the next people go on a waiting list and move up in order when someone leaves.
capacity-places = Number of places
capacity-places-hint = Active and co-creating participants take a place. Initiators do not count. Leave the field empty if there is no limit.
capacity-observing = Observing participants take a place too
capacity-submit = Save the places
capacity-saved = The number of places is saved.
err-below-taken = { $count ->
    [one] { $count } place is already taken. Choose at least { $count }, or leave the field empty.
   *[other] { $count } places are already taken. Choose at least { $count }, or leave the field empty.
}
notice-moved-up = A place has opened up for you in “{ $title }”, and you now take part.

## Similar initiatives while proposing

similar-title = Maybe you can join …
similar-lead = There are already initiatives like yours. You can join them instead, or as well. Your proposal has not been sent yet.
similar-check = See if there is something similar
similar-none = We found nothing similar. You can send your proposal.
opens-in-new-window = (opens in a new window)

## Recurring activities

field-repeats = Repeats
field-repeats-none = No, only once
field-repeats-hint = The same weekday and time as the first time.
repeats-weekly = Every week
repeats-monthly = Every month (e.g. the second Tuesday)
field-repeats-until = Last time, at the latest
field-repeats-until-hint = The last day it can happen. At most two years after the first time.
repeats-weekly-words = Every { $weekday } until { $until }
repeats-monthly-words = The { $week } { $weekday } of every month until { $until }
repeats-next = Next time: { $when }
repeats-over = There are no more times.
monday = Monday
tuesday = Tuesday
wednesday = Wednesday
thursday = Thursday
friday = Friday
saturday = Saturday
sunday = Sunday
week-first = first
week-second = second
week-third = third
week-fourth = fourth
week-last = last
err-repeats-without-end = Say when it can happen for the last time. A repetition must have an end.
err-repeats-without-start = Say when it happens the first time.
err-repeats-too-long = The last time can be at most two years after the first.
err-invalid-places = Write a whole number from 1 to 100,000, or leave the field empty.
