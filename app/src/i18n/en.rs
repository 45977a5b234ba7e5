//! English: complete, so that nobody has to read Danish to take part.

use super::Msg;

pub fn text(msg: Msg) -> &'static str {
    match msg {
        Msg::SiteName => "Forsamlingshuset",
        Msg::SkipToContent => "Skip to content",
        Msg::MainNavigation => "Main menu",
        Msg::NavHome => "Home",
        Msg::NavLogIn => "Log in",
        Msg::NavRegister => "Create account",
        Msg::NavAccount => "My account",
        Msg::NavLogOut => "Log out",
        Msg::LanguageSwitch => "Language",
        Msg::FooterAccessibility => "Accessibility statement",
        Msg::FooterAbout => {
            "An online assembly house where citizens, politicians and municipal staff meet about communities and initiatives in the town."
        }
        Msg::Loading => "Loading …",
        Msg::LoggedInAs => "Logged in as {name}",

        Msg::HomeTitle => "Together for our town",
        Msg::HomeLead => {
            "Find and start events, activities and ideas in your town – and take part in the way that suits you."
        }
        Msg::HomeHowTitle => "How it works",
        Msg::HomeHowText => {
            "Citizens propose initiatives. Municipal staff look each proposal over before it goes public. Everyone can join and comment. Politicians can follow who takes part and who is missing."
        }
        Msg::HomeLevelsTitle => "Four ways to take part",
        Msg::HomeLevelsIntro => {
            "Every kind of taking part that adds to the community is valuable. You choose, and you can always change."
        }
        Msg::HomeJoinCta => "Create an account",
        Msg::HomeLogInCta => "Log in",
        Msg::HomeWelcomeBack => "Welcome back, {name}.",
        Msg::HomeGoToAccount => "Go to your account",

        Msg::LevelObserving => "Observing",
        Msg::LevelObservingText => "You turn up and show your support.",
        Msg::LevelActive => "Active",
        Msg::LevelActiveText => {
            "You take part: bring the neighbour, welcome newcomers, set a table or bake a cake."
        }
        Msg::LevelCoCreating => "Co-creating",
        Msg::LevelCoCreatingText => {
            "You help get it on its feet: invite others, arrange the loan of rooms and the like."
        }
        Msg::LevelInitiator => "Initiator",
        Msg::LevelInitiatorText => {
            "You have the idea – alone or with others – and find the people to make it real."
        }

        Msg::RegisterTitle => "Create account",
        Msg::RegisterLead => {
            "With an account you can propose initiatives, join them and write comments."
        }
        Msg::RegisterSubmit => "Create account",
        Msg::RegisterHaveAccount => "Already have an account? Log in",
        Msg::FieldDisplayName => "Name",
        Msg::FieldDisplayNameHint => "The name others see. Your first name is fine.",
        Msg::FieldEmail => "Email",
        Msg::FieldEmailHint => {
            "We only use it to log you in and to write to you about your initiatives."
        }
        Msg::FieldPassword => "Password",
        Msg::FieldPasswordHint => "At least 12 characters. A sentence you can remember works well.",
        Msg::FieldPasswordRepeat => "Repeat the password",
        Msg::FieldNeighbourhood => "Neighbourhood",
        Msg::FieldNeighbourhoodHint => {
            "Helps the municipality see whether every part of town takes part. Others cannot see it."
        }
        Msg::NeighbourhoodNone => "Rather not say / I don't live in the municipality",
        Msg::Optional => "(optional)",

        Msg::LogInTitle => "Log in",
        Msg::LogInSubmit => "Log in",
        Msg::LogInNoAccount => "No account yet? Create one",
        Msg::LogInPassword => "Password",

        Msg::AccountTitle => "My account",
        Msg::AccountDetailsTitle => "Your details",
        Msg::AccountEmail => "Email",
        Msg::AccountRoles => "Roles",
        Msg::AccountMemberSince => "Created",
        Msg::AccountNeighbourhoodNone => "Not given",
        Msg::RoleCitizen => "Citizen",
        Msg::RoleModerator => "Moderator",
        Msg::RolePolitician => "Politician",
        Msg::RoleAdministrator => "Administrator",
        Msg::AccountCreated => "Welcome! Your account is created and you are logged in.",
        Msg::ProfileTitle => "Change name and neighbourhood",
        Msg::ProfileSubmit => "Save",
        Msg::ProfileSaved => "Your details are saved.",
        Msg::PasswordTitle => "Change password",
        Msg::FieldCurrentPassword => "Current password",
        Msg::FieldNewPassword => "New password",
        Msg::FieldNewPasswordRepeat => "Repeat the new password",
        Msg::PasswordSubmit => "Change password",
        Msg::PasswordChanged => "Your password is changed. You are logged out everywhere else.",
        Msg::MustLogIn => "You need to be logged in to see this page.",
        Msg::MustLogInLink => "Log in",

        Msg::NotFoundTitle => "Page not found",
        Msg::NotFoundText => {
            "We cannot find the page you are looking for. It may have moved, or the address may be mistyped."
        }
        Msg::BackHome => "Go to the front page",

        Msg::AccessibilityTitle => "Accessibility statement",
        Msg::AccessibilityStandard => {
            "Forsamlingshuset must be usable by everyone. We work to the WCAG 2.1 standard at level AA."
        }
        Msg::AccessibilityHow => {
            "Every page works with a keyboard alone, with a screen reader and without JavaScript. Every page is checked automatically for known accessibility faults before a new version goes live."
        }
        Msg::AccessibilityKnownIssues => {
            "We know of no faults right now. If you meet a page you cannot use, we want to hear about it."
        }
        Msg::AccessibilityContactTitle => "Contact",
        Msg::AccessibilityContact => {
            "Write to the municipality and tell us which page it is and what went wrong."
        }

        Msg::ErrorSummaryTitle => {
            "There are errors in the form. Correct what it says by the fields:"
        }
        Msg::ErrRequired => "Fill in this field.",
        Msg::ErrTooLong => "At most {max} characters.",
        Msg::ErrControlCharacters => "The field contains characters that cannot be used.",
        Msg::ErrInvalidEmail => "Enter an email address like name@example.com.",
        Msg::ErrInvalidWebAddress => {
            "Enter a web address starting with https://, like https://www.kommune.dk/page."
        }
        Msg::AdminSettingStatement => "Web address of the official accessibility statement",
        Msg::AdminSettingStatementHint => {
            "If the municipality has written an accessibility statement for the platform (for example with the Danish Agency for Digital Government's tool), the Accessibility page links to it."
        }
        Msg::AccessibilityOfficialStatement => {
            "Read the municipality's official accessibility statement"
        }
        Msg::ErrEmailTaken => "An account with this email already exists. Try logging in.",
        Msg::ErrPasswordTooShort => "The password must be at least {min} characters.",
        Msg::ErrPasswordTooLong => "The password can be at most {max} characters.",
        Msg::ErrPasswordsDiffer => "The two passwords are not the same.",
        Msg::ErrWrongCurrentPassword => "The current password is wrong.",
        Msg::ErrUnknownNeighbourhood => "Choose a neighbourhood from the list.",
        Msg::ErrNotLoggedIn => "You need to log in first.",
        Msg::ErrForbidden => "You are not allowed to do this.",
        Msg::ErrNotFound => "What you are looking for does not exist.",
        Msg::ErrWrongCredentials => "The email or password is wrong.",
        Msg::ErrTooManyAttempts => {
            "Too many wrong attempts. Wait a quarter of an hour and try again."
        }
        Msg::ErrBadRequest => "We could not read what you sent. Please try again.",
        Msg::ErrInternal => "Something went wrong on our side. Please try again shortly.",

        Msg::KindEvent => "Event",
        Msg::KindActivity => "Recurring activity",
        Msg::KindIdea => "Idea for the town",
        Msg::KindProposal => "Proposal to the council",
        Msg::StatePending => "Waiting for a member of staff",
        Msg::StatePublished => "Public",
        Msg::StateSentBack => "Sent back to you",
        Msg::StateRejected => "Rejected",
        Msg::StateWithdrawn => "Withdrawn",
        Msg::StateCarriedOut => "Carried out",
        Msg::StateArchived => "Archived",
        Msg::ErrUnknownKind => "Choose one of the options.",
        Msg::ErrInvalidDateTime => "Enter date and time like 01-12-2026 18:00.",
        Msg::ErrInPast => "That time has already passed.",
        Msg::ErrEndBeforeStart => "The end must be after the start.",
        Msg::ErrEndWithoutStart => "Say when it starts, too.",
        Msg::ErrTooManyNeeds => "At most {max} needs.",
        Msg::NavInitiatives => "Initiatives",
        Msg::NavPropose => "Propose an initiative",
        Msg::NavMine => "My initiatives",
        Msg::ProposeTitle => "Propose an initiative",
        Msg::ProposeLead => {
            "Tell us what you would like to start. A member of municipal staff looks the proposal over before others can see it."
        }
        Msg::FieldTitle => "Title",
        Msg::FieldTitleHint => "Short and clear, such as “Shared dinner in Hedemarken”.",
        Msg::FieldDescription => "Description",
        Msg::FieldDescriptionHint => {
            "What will happen, and who is it for? Leave an empty line between paragraphs. Links start with https://."
        }
        Msg::FieldKind => "What kind of initiative is it?",
        Msg::FieldStartsAt => "Starts",
        Msg::FieldEndsAt => "Ends",
        Msg::FieldTimeHint => "Date and time.",
        Msg::FieldPlace => "Place",
        Msg::FieldPlaceHint => "Such as “The community centre, hall 2”.",
        Msg::FieldInitiativeNeighbourhood => "Neighbourhood",
        Msg::WholeTown => "The whole town",
        Msg::FieldNeedsList => "What do you need?",
        Msg::FieldNeedsHint => {
            "One need per line, such as “Someone to bake”. Others can offer to take a need."
        }
        Msg::ProposeSubmit => "Send the proposal",
        Msg::ProposeSent => {
            "Thank you! Your proposal is sent. It becomes public once a member of staff has looked it over."
        }
        Msg::MineTitle => "My initiatives",
        Msg::MineLead => "Here are the initiatives you have proposed, and how far they have come.",
        Msg::MineEmpty => "You have not proposed anything yet.",
        Msg::DetailKind => "Kind",
        Msg::DetailWhen => "When",
        Msg::DetailWhere => "Where",
        Msg::DetailNeighbourhood => "Neighbourhood",
        Msg::DetailInitiators => "Initiators",
        Msg::DetailByLevel => "Taking part, by way",
        Msg::DetailNeeds => "What we need",
        Msg::DetailNeedCovered => "covered",
        Msg::DetailNotPublic => {
            "Only you and municipal staff can see this initiative until it is made public."
        }
        Msg::DetailWithdrawn => "This initiative has been withdrawn. Nobody can join it any more.",
        Msg::JoinTitle => "Take part",
        Msg::JoinIntro => "Choose the way that suits you. You can always change or leave.",
        Msg::JoinSubmit => "Sign me up",
        Msg::ChangeLevelSubmit => "Change my way",
        Msg::LeaveSubmit => "Leave",
        Msg::YouTakePart => "You take part as: {level}.",
        Msg::JoinLogIn => "Log in to take part",
        Msg::JoinedSaved => "You are taking part. Thank you!",
        Msg::LeftSaved => "You have left.",
        Msg::ErrLastInitiator => {
            "You are the only initiator. Find another before you leave or change your way."
        }
        Msg::ListParticipants => "{count} taking part",
        Msg::ListEmpty => "There are no public initiatives yet. Be the first to propose one!",
        Msg::DetailYourWay => "Your way of taking part",
        Msg::FilterTitle => "Find initiatives",
        Msg::FilterSearch => "Search",
        Msg::FilterAllNeighbourhoods => "All neighbourhoods",
        Msg::FilterAllKinds => "All kinds",
        Msg::FilterAnyTime => "Any time",
        Msg::FilterUpcoming => "Upcoming",
        Msg::FilterPast => "Past",
        Msg::FilterSort => "Sort by",
        Msg::SortNewest => "Newest",
        Msg::SortSoonest => "Starting soonest",
        Msg::SortParticipants => "Most participants",
        Msg::FilterSubmit => "Show",
        Msg::ListCount => "{count} initiatives",
        Msg::Pagination => "Pages",
        Msg::PagePrevious => "Previous page",
        Msg::PageNext => "Next page",
        Msg::PageOf => "Page {page} of {pages}",
        Msg::NavParticipation => "What I take part in",
        Msg::ParticipationEmpty => {
            "You do not take part in anything yet. Find an initiative you would like to join."
        }
        Msg::WithdrawTitle => "Withdraw the initiative",
        Msg::WithdrawReason => "Reason",
        Msg::WithdrawHint => {
            "Tell the others why it will not happen. The initiative can still be read, but nobody can join."
        }
        Msg::WithdrawSubmit => "Withdraw",
        Msg::EditTitle => "Edit the proposal",
        Msg::EditLead => {
            "You can change the proposal until it is made public. If it was sent back to you, saving puts it back in the queue."
        }
        Msg::EditSubmit => "Save the changes",
        Msg::EditSaved => "Your changes are saved.",
        Msg::SentBackReason => "The member of staff wrote",
        Msg::NeedsWhoCanOffer => {
            "If you take part as active or co-creating, you can offer to take a need."
        }
        Msg::NeedYouOffered => "You have offered to take this. Thank you!",
        Msg::NeedOfferedBy => "Offered by: {names}",
        Msg::NeedOffer => "I will take this",
        Msg::NeedTakeBack => "I will not take this after all",
        Msg::NeedMarkCovered => "Mark as covered",
        Msg::NeedMarkOpen => "Mark as not covered",
        Msg::InitiatorRequestHint => {
            "Would you like to help run it? The initiators answer your request."
        }
        Msg::InitiatorRequestSubmit => "Ask to become an initiator",
        Msg::InitiatorRequestPending => {
            "You have asked to become an initiator. The initiators will answer soon."
        }
        Msg::InitiatorRequestDeclined => {
            "The initiators said no thank you last time. You can ask again."
        }
        Msg::InitiatorRequestsTitle => "Asking to be initiators",
        Msg::InitiatorRequestAccept => "Accept",
        Msg::InitiatorRequestDecline => "Decline",
        Msg::ReportTitle => "Report the initiative to the municipality",
        Msg::ReportReason => "What is wrong?",
        Msg::ReportHint => {
            "Such as something offensive or unlawful. A member of staff will look at it."
        }
        Msg::ReportSubmit => "Send the report",
        Msg::ReportSaved => "Thank you. A member of staff will look at your report.",
        Msg::ErrCommentsClosed => {
            "This initiative does not take comments, because it is not published."
        }
        Msg::ErrCommentGone => {
            "The comment you are replying to has been deleted. Your text is still here."
        }
        Msg::CommentsTitle => "Comments ({count})",
        Msg::CommentsEmpty => "Nobody has commented yet.",
        Msg::CommentsLogIn => "Log in to comment",
        Msg::CommentsClosed => "This initiative no longer takes new comments.",
        Msg::CommentsNewTitle => "Write a comment",
        Msg::CommentLabel => "Your comment",
        Msg::CommentHint => {
            "Be kind and keep to the point, as at a meeting. Blank lines separate paragraphs, and web addresses become links."
        }
        Msg::CommentSubmit => "Post comment",
        Msg::ReplyTitle => "Reply",
        Msg::ReplyLabel => "Your reply",
        Msg::ReplySubmit => "Post reply",
        Msg::CommentEditTitle => "Edit",
        Msg::CommentEditSubmit => "Save changes",
        Msg::CommentDeleteTitle => "Delete",
        Msg::CommentDeleteConfirm => {
            "Delete your comment? Its text disappears, but replies to it stay."
        }
        Msg::CommentDeleteSubmit => "Yes, delete the comment",
        Msg::CommentReportTitle => "Report",
        Msg::CommentEdited => "edited",
        Msg::CommentDeleted => "This comment has been deleted.",
        Msg::CommentEarlierReplies => "Show {count} earlier replies",
        Msg::CommentRepliesTo => "Replies to {name}",
        Msg::CommentSaved => "Your comment has been posted.",
        Msg::CommentEditSaved => "Your comment has been changed.",
        Msg::CommentDeleteSaved => "Your comment has been deleted.",
        Msg::CommentsNew => "New comments have arrived.",
        Msg::CommentsShowNew => "Show new comments",
        Msg::CommentsPagination => "Pages of comments",
        Msg::GoalNumbered => "Goal {number}: {title}",
        Msg::FilterAllGoals => "All goals",
        Msg::FilterGoal => "Goal of the community policy",
        Msg::DetailGoals => "Goals of the community policy",
        Msg::ErrAlreadyDecided => "Another member of staff has already reviewed this proposal.",
        Msg::ErrNoGoal => "Choose at least one goal.",
        Msg::ErrUnknownGoal => "Choose from the goals in the list.",
        Msg::NoticePublished => {
            "Your initiative “{title}” has been published. Everyone can now see it and take part."
        }
        Msg::NoticeSentBack => {
            "Your proposal “{title}” has been sent back to you. Edit it and it returns to the queue."
        }
        Msg::NoticeRejected => "Your proposal “{title}” has been rejected.",
        Msg::NoticeReason => "The municipality's reason",
        Msg::NoticesTitle => "Messages",
        Msg::NoticesEmpty => "You have no messages.",
        Msg::NoticesMarkRead => "Mark all as read",
        Msg::NoticesUnread => "New",
        Msg::NavNotices => "Messages ({count})",
        Msg::NavReview => "Proposals to review",
        Msg::ReviewTitle => "Proposals to review",
        Msg::ReviewLead => "The proposal that has waited longest comes first.",
        Msg::ReviewEmpty => "No proposals are waiting.",
        Msg::ReviewProposedBy => "proposed by {name}",
        Msg::ReviewWaitedHours => "Waiting for {hours} h",
        Msg::ReviewWaitedDays => "Waiting for {days} days",
        Msg::ReviewPublished => "The initiative is published, and its initiators have been told.",
        Msg::ReviewSentBack => "The proposal was sent back, and its initiators have been told.",
        Msg::ReviewRejected => "The proposal was rejected, and its initiators have been told.",
        Msg::ReviewOneTitle => "Review a proposal",
        Msg::ReviewBack => "Back to the proposals",
        Msg::ReviewSeeAll => "See the whole proposal",
        Msg::ReviewOwn => {
            "You are an initiator of this proposal, so another member of staff must review it."
        }
        Msg::ReviewPublishTitle => "Publish",
        Msg::ReviewGoals => "Which of the community policy's goals does the initiative serve?",
        Msg::ReviewNote => "Note on the choice",
        Msg::ReviewNoteHint => {
            "Optional. Say briefly why the initiative serves these goals. The initiators can see the note."
        }
        Msg::ReviewPublishSubmit => "Publish the initiative",
        Msg::ReviewSendBackTitle => "Send back to the initiators",
        Msg::ReviewReason => "Reason",
        Msg::ReviewSendBackHint => {
            "Say what the initiators should change. They see the reason and can send the proposal again."
        }
        Msg::ReviewSendBackSubmit => "Send the proposal back",
        Msg::ReviewRejectTitle => "Reject",
        Msg::ReviewRejectHint => "Say why the proposal is rejected. The initiators see the reason.",
        Msg::ReviewRejectSubmit => "Reject the proposal",
        Msg::ErrSuspended => {
            "Your account is suspended. You can read, but not write, propose or join."
        }
        Msg::ErrAlreadyHandled => "Another moderator has already dealt with this.",
        Msg::ErrUnknownChoice => "Choose one of the options.",
        Msg::ErrInvalidNumber => "Enter a whole number, 0 or more.",
        Msg::ErrNameTaken => "That name is already in use.",
        Msg::ErrLastAdministrator => "There must always be at least one administrator.",
        Msg::AuditPublish => "Published",
        Msg::AuditSendBack => "Sent back",
        Msg::AuditReject => "Rejected",
        Msg::AuditChangeGoals => "Changed goals",
        Msg::AuditCarryOut => "Marked as carried out",
        Msg::AuditArchive => "Archived",
        Msg::AuditHide => "Hid",
        Msg::AuditRestore => "Restored",
        Msg::AuditDismiss => "Dismissed reports",
        Msg::AuditSuspend => "Suspended",
        Msg::AuditLift => "Lifted suspension",
        Msg::AuditGrantRole => "Granted role",
        Msg::AuditRevokeRole => "Revoked role",
        Msg::AuditAddNeighbourhood => "Added neighbourhood",
        Msg::AuditEditNeighbourhood => "Edited neighbourhood",
        Msg::AuditRetireNeighbourhood => "Retired neighbourhood",
        Msg::AuditReinstateNeighbourhood => "Reinstated neighbourhood",
        Msg::AuditAddGoal => "Added goal",
        Msg::AuditEditGoal => "Edited goal",
        Msg::AuditRetireGoal => "Retired goal",
        Msg::AuditReinstateGoal => "Reinstated goal",
        Msg::AuditEditSettings => "Changed settings",
        Msg::NoticeGoalsChanged => {
            "The municipality has changed which goals \"{title}\" comes under."
        }
        Msg::NoticeCarriedOut => {
            "\"{title}\" has been marked as carried out. Thank you for your work!"
        }
        Msg::NoticeArchived => {
            "\"{title}\" has been archived. It can still be read, but no longer joined."
        }
        Msg::NoticeHidden => "A moderator has hidden your content on \"{title}\".",
        Msg::NoticeRestored => "Your content on \"{title}\" can be seen again.",
        Msg::NoticeSuspended => {
            "Your account has been suspended. You can read, but not write, propose or join."
        }
        Msg::SuspendedUntil => "The suspension lasts until {until}.",
        Msg::SuspendedIndefinitely => "The suspension lasts until a moderator lifts it.",
        Msg::SuspendOneDay => "1 day",
        Msg::SuspendDays => "{days} days",
        Msg::SuspendIndefinite => "Until further notice (until a moderator lifts it)",
        Msg::HiddenByModerator => "Hidden by a moderator.",
        Msg::HiddenPendingReview => {
            "Hidden because several people reported it. A moderator will look at it."
        }
        Msg::HiddenInitiativeTitle => "Hidden initiative",
        Msg::ReportsTitle => "Reports",
        Msg::ReportsLead => {
            "Content that citizens have reported. What was hidden automatically comes first."
        }
        Msg::ReportsEmpty => "There are no reports to look at.",
        Msg::ReportsHidden => "The content is hidden, and its author has been told.",
        Msg::ReportsRestored => "The content can be seen again.",
        Msg::ReportsDismissed => "The reports have been dismissed.",
        Msg::ReportsKindInitiative => "Initiative",
        Msg::ReportsKindComment => "Comment on",
        Msg::ReportsWrittenBy => "Written by {name}",
        Msg::ReportsAboutAuthor => "About the writer, and suspension",
        Msg::ReportsReporters => "Reported by {count}",
        Msg::ReportsOwn => "You wrote this yourself, so another moderator must deal with it.",
        Msg::ReportsHideTitle => "Hide",
        Msg::ReportsHideReason => "Reason",
        Msg::ReportsHideHint => {
            "The writer is shown the reason. Others only see that a moderator hid it."
        }
        Msg::ReportsHideSubmit => "Hide the content",
        Msg::ReportsRestoreTitle => "Restore",
        Msg::ReportsRestoreHint => {
            "Optional. Written to the log, and sent to the writer if a moderator had hidden it."
        }
        Msg::ReportsRestoreSubmit => "Show the content again",
        Msg::ReportsDismissTitle => "Dismiss the reports",
        Msg::ReportsDismissHint => {
            "Optional. Written to the log. If the content was hidden automatically, it is shown again."
        }
        Msg::ReportsDismissSubmit => "Dismiss the reports",
        Msg::ReportsNote => "Note",
        Msg::ReviewState => "State",
        Msg::ReviewVisibilityTitle => "Hide or show",
        Msg::ModerationNavLabel => "Moderators' pages",
        Msg::PublishedGoalsTitle => "Change goals",
        Msg::PublishedGoalsReason => "Reason",
        Msg::PublishedGoalsHint => "The initiators are shown the reason.",
        Msg::PublishedGoalsSubmit => "Save the goals",
        Msg::PublishedGoalsSaved => {
            "The goals have been changed, and the initiators have been told."
        }
        Msg::PublishedCarryOutTitle => "Mark as carried out",
        Msg::PublishedCarryOutHint => "Optional. The initiators are shown the note.",
        Msg::PublishedCarryOutSubmit => "Mark as carried out",
        Msg::PublishedCarryOutSaved => "The initiative has been marked as carried out.",
        Msg::PublishedArchiveTitle => "Archive",
        Msg::PublishedArchiveHint => {
            "Optional. An archived initiative can be read, but not joined."
        }
        Msg::PublishedArchiveSubmit => "Archive the initiative",
        Msg::PublishedArchiveSaved => "The initiative has been archived.",
        Msg::ModAccountTitle => "Account",
        Msg::ModAccountHeading => "Account: {name}",
        Msg::ModAccountWritten => "Has written",
        Msg::ModAccountCounts => "{initiatives} proposals and {comments} comments",
        Msg::ModAccountSuspensions => "Suspensions",
        Msg::ModAccountNoSuspensions => "The account has never been suspended.",
        Msg::ModAccountOwn => "This is your own account. You cannot suspend yourself.",
        Msg::SuspendTitle => "Suspend the account",
        Msg::SuspendAgainTitle => "Suspend again (replaces the current one)",
        Msg::SuspendLead => {
            "A suspended account can read, but not write, propose, join or report. The person is shown the reason."
        }
        Msg::SuspendPeriod => "For how long",
        Msg::SuspendReasonHint => {
            "The person is shown the reason. Write it so it can be understood."
        }
        Msg::SuspendSubmit => "Suspend the account",
        Msg::SuspendSaved => "The account is suspended, and the person has been told.",
        Msg::LiftTitle => "Lift the suspension",
        Msg::LiftHint => "Optional. Written to the log.",
        Msg::LiftSubmit => "Lift the suspension",
        Msg::LiftSaved => "The suspension has been lifted.",
        Msg::SuspensionInForce => "In force",
        Msg::SuspensionFromTo => "From {from} to {to}",
        Msg::SuspensionFromOn => "From {from}, until lifted",
        Msg::SuspensionBy => "Suspended by {name}",
        Msg::SuspensionLiftedAt => "Lifted {at}",
        Msg::AuditTitle => "Audit log",
        Msg::AuditLead => {
            "Everything moderators and administrators have done, with who, when and why. The log cannot be changed."
        }
        Msg::AuditEmpty => "No actions match the filters.",
        Msg::AuditCount => "{count} actions",
        Msg::AuditAllActions => "All actions",
        Msg::AuditAllTargets => "Everything",
        Msg::AuditAllActors => "Everyone",
        Msg::AuditAction => "Action",
        Msg::AuditTarget => "Done to",
        Msg::AuditActor => "Who",
        Msg::AuditFrom => "From date",
        Msg::AuditTo => "Up to and including",
        Msg::AuditWhen => "When",
        Msg::AuditReason => "Reason",
        Msg::AuditTargetInitiative => "Initiative",
        Msg::AuditTargetComment => "Comment",
        Msg::AuditTargetAccount => "Account",
        Msg::AuditTargetNeighbourhood => "Neighbourhood",
        Msg::AuditTargetGoal => "Goal",
        Msg::AuditTargetSettings => "Settings",
        Msg::NavSummary => "Overview",
        Msg::SummaryTitle => "Overview of participation",
        Msg::SummaryLead => {
            "Who takes part, how and where – and who is missing. Totals only: no names, and numbers below 5 people are not shown."
        }
        Msg::SummaryChoose => "Choose period and scope",
        Msg::SummaryPeriod => "Period",
        Msg::SummaryPeriod30 => "The last 30 days",
        Msg::SummaryPeriodQuarter => "The last quarter (91 days)",
        Msg::SummaryPeriodYear => "The last year (365 days)",
        Msg::SummaryPeriodCustom => "Chosen dates",
        Msg::SummaryFrom => "From date",
        Msg::SummaryTo => "Up to and including",
        Msg::SummaryDatesHint => "Used when the period is \"Chosen dates\".",
        Msg::SummaryWhereHeld => "Where the initiative is held",
        Msg::SummaryPeriodText => {
            "The period {from} – {to}, compared with {previous_from} – {previous_to}."
        }
        Msg::SummaryDownload => "Download the table as CSV",
        Msg::SummaryThisPeriod => "This period",
        Msg::SummaryPreviousPeriod => "Previous period",
        Msg::SummaryFewerThan5 => "fewer than 5",
        Msg::SummaryHours => "{hours} hours",
        Msg::SummaryCsvFigure => "Figure",
        Msg::SummaryCsvFrom => "From",
        Msg::SummaryCsvTo => "To",
        Msg::SummaryCsvValue => "Value",
        Msg::SummaryCsvPreviousFrom => "Previous from",
        Msg::SummaryCsvPreviousTo => "Previous to",
        Msg::SummaryCsvPreviousValue => "Previous period",
        Msg::SummaryCsvPreviousInitiatives => "Initiatives, previous period",
        Msg::SummaryCsvPreviousPeople => "People, previous period",
        Msg::SummaryCsvPreviousPerThousand => "Per 1,000 residents, previous period",
        Msg::SummaryHeadlineTitle => "Headline figures",
        Msg::SummaryHeadlineRule => {
            "Participants are citizens signed up to a published initiative at some time in the period: including those who left during it, but not those who left before it. New ones signed up for the first time. Rejected, waiting and hidden initiatives do not count, except under \"proposed\". Deleted and hidden comments do not count."
        }
        Msg::SummaryParticipants => "Participants",
        Msg::SummaryNew => "New participants",
        Msg::SummaryProposed => "Proposed",
        Msg::SummaryPublished => "Published",
        Msg::SummaryCarriedOut => "Carried out",
        Msg::SummaryComments => "Comments",
        Msg::SummarySteppedUp => "Stepped up a level",
        Msg::SummaryLadderTitle => "The participation ladder",
        Msg::SummaryLadderRule => {
            "Each person counts once, at the highest level they held in the period. \"Stepped up\" are those whose highest level in the period is higher than the highest they held before it, even if they left in between."
        }
        Msg::SummaryLadderText => {
            "Participants by highest level: {levels}. Stepped up a level: {stepped}."
        }
        Msg::SummaryLevel => "Level",
        Msg::SummaryPeople => "People",
        Msg::SummaryGoalsTitle => "By goal",
        Msg::SummaryGoalsRule => {
            "Initiatives published in the period under the goal, and people who took part in initiatives under it. An initiative under both goals counts under each."
        }
        Msg::SummaryGoal => "Goal",
        Msg::SummaryInitiatives => "Initiatives",
        Msg::SummaryPlacesTitle => "By neighbourhood",
        Msg::SummaryPlacesRule => {
            "Participants by the neighbourhood they say they live in (as their account says now), per 1,000 residents; initiatives by where they are held. Neighbourhoods with few participants per 1,000 residents are under-represented."
        }
        Msg::SummaryPlacesText => {
            "Fewest participants per 1,000 residents: {lowest}. Most: {highest}."
        }
        Msg::SummaryPlacesNone => {
            "There are not enough participants to show figures by neighbourhood."
        }
        Msg::SummaryNeighbourhood => "Neighbourhood",
        Msg::SummaryResidents => "Residents",
        Msg::SummaryPerThousand => "Per 1,000 residents",
        Msg::SummaryInitiativesThere => "Initiatives held here",
        Msg::SummaryNotStated => "Not stated (home) / whole town (initiatives)",
        Msg::SummaryNoResidents => "residents unknown",
        Msg::SummaryMeetingTitle => "Meeting across",
        Msg::SummaryMeetingRule => {
            "The share of the initiatives someone took part in whose participants live in at least two different neighbourhoods; people who have not stated a neighbourhood are left out of the share. The table shows people by where they live and where the initiative is held; a person taking part in several places counts in each."
        }
        Msg::SummaryMeetingText => {
            "{across} of {initiatives} initiatives gathered people from at least two neighbourhoods ({share}; previous period {previous})."
        }
        Msg::SummaryMeetingNone => "Nobody took part in initiatives during the period.",
        Msg::SummaryMatrixCaption => {
            "Who takes part where: home (rows) and the initiative's place (columns)"
        }
        Msg::SummaryLivesIn => "Lives in",
        Msg::SummaryHomeNotStated => "Not stated",
        Msg::SummaryTrendTitle => "Month by month",
        Msg::SummaryTrendRule => {
            "The twelve calendar months up to and including the period's last month. New participants are not shown month by month: together the months would give away small numbers."
        }
        Msg::SummaryTrendText => "From {first} to {last}. Most participants in {month}: {count}.",
        Msg::SummaryTrendQuiet => "From {first} to {last}: fewer than 5 participants each month.",
        Msg::SummaryMonth => "Month",
        Msg::SummaryModerationTitle => "Review of proposals",
        Msg::SummaryModerationRule => {
            "Decisions taken in the period, also on initiatives hidden since. Waiting time counts from when the proposal was (re)submitted to the decision."
        }
        Msg::SummaryWaitText => {
            "Waiting time: median {median}, longest {longest} (previous period: {previous_median} and {previous_longest})."
        }
        Msg::SummaryDecisions => "Decisions",
        Msg::SummarySentBack => "Sent back",
        Msg::SummaryRejected => "Rejected",
        Msg::SummaryMedianWait => "Waiting time, median (hours)",
        Msg::SummaryLongestWait => "Waiting time, longest (hours)",
        Msg::SummaryWithheld => "hidden",
        Msg::SummaryPrivacyRule => {
            "Numbers under 5 people are shown as \"fewer than 5\". If only one number in a table is that small, one more is hidden (shown as \"hidden\"), so that the small one cannot be worked out from the total."
        }
        Msg::SummaryNarrowedGoal => "Only initiatives under goal {number}: {title}.",
        Msg::SummaryNarrowedPlace => "Only initiatives held in {place}.",
        Msg::SummaryNarrowedNone => "All initiatives in the municipality.",
        Msg::SummaryTakenPartIn => "Initiatives someone took part in",
        Msg::SummaryAcross => "With people from at least two neighbourhoods",
        Msg::SummaryAcrossShare => "Share (%)",
        Msg::SummaryDownloadAcross => "Download the figures on meeting across as CSV",
        Msg::SummaryMatrixPrevious => {
            "In brackets: the same number for the previous period. \"<5\" means fewer than 5 people."
        }
        Msg::SummaryCsvPreviousOf => "{name}, previous period",
        Msg::AdminTitle => "Site administration",
        Msg::AdminNav => "Site administration",
        Msg::AdminNavLabel => "Administration pages",
        Msg::AdminLead => {
            "Here you manage who has which roles, the neighbourhoods, the policy's goals and the site's settings. Everything you change is written to the log."
        }
        Msg::AdminLogLead => "See what moderators and administrators have done, when and why.",
        Msg::AdminSave => "Save",
        Msg::AdminRetired => "Not in use",
        Msg::AdminNotGiven => "Not given",
        Msg::AdminNote => "Note",
        Msg::AdminNoteHint => "Optional. Written to the log.",
        Msg::AdminAccountsTitle => "Roles",
        Msg::AdminAccountsLead => {
            "Give and take away roles. Every account is a citizen. Moderators review proposals, politicians read the summaries, and administrators run the site. There must always be at least one administrator."
        }
        Msg::AdminAccountsSearch => "Search by name or email",
        Msg::AdminAccountsSearchSubmit => "Search",
        Msg::AdminAccountsCount => "{count} accounts",
        Msg::AdminAccountsEmpty => "No accounts match the search.",
        Msg::AdminRolesChange => "Change the roles of {name}",
        Msg::AdminRoleGrantTitle => "Give a role",
        Msg::AdminRoleRevokeTitle => "Take away a role",
        Msg::AdminRoleToGrant => "Role to give",
        Msg::AdminRoleToRevoke => "Role to take away",
        Msg::AdminRoleChoose => "Choose a role",
        Msg::AdminRoleGrant => "Give the role",
        Msg::AdminRoleRevoke => "Take away the role",
        Msg::AdminRoleGranted => "The role has been given.",
        Msg::AdminRoleRevoked => "The role has been taken away.",
        Msg::AdminNeighbourhoodsTitle => "Neighbourhoods",
        Msg::AdminNeighbourhoodsLead => {
            "Citizens choose from the neighbourhoods when they say where they live. A neighbourhood is never deleted, but it can be taken out of use."
        }
        Msg::AdminNeighbourhoodsAll => "All neighbourhoods",
        Msg::AdminNeighbourhoodsEmpty => "There are no neighbourhoods yet.",
        Msg::AdminNeighbourhoodAddTitle => "Add a neighbourhood",
        Msg::AdminNeighbourhoodAddSubmit => "Add the neighbourhood",
        Msg::AdminNeighbourhoodName => "Name",
        Msg::AdminNeighbourhoodResidents => "Residents",
        Msg::AdminNeighbourhoodResidentsHint => {
            "A whole number, for example 2300 or 2,300. Used to count participants per 1,000 residents."
        }
        Msg::AdminNeighbourhoodAccounts => "Accounts living here",
        Msg::AdminNeighbourhoodChange => "Change the name or residents of {name}",
        Msg::AdminNeighbourhoodRetire => "Take {name} out of use",
        Msg::AdminNeighbourhoodRetireHint => {
            "Citizens can no longer choose it. Those who chose it keep it, and the summaries still count it."
        }
        Msg::AdminNeighbourhoodReinstate => "Bring {name} back into use",
        Msg::AdminNeighbourhoodAdded => "The neighbourhood has been added.",
        Msg::AdminNeighbourhoodUpdated => "The neighbourhood has been saved.",
        Msg::AdminNeighbourhoodRetired => "The neighbourhood has been taken out of use.",
        Msg::AdminNeighbourhoodReinstated => "The neighbourhood is in use again.",
        Msg::AdminGoalsTitle => "Goals",
        Msg::AdminGoalsLead => {
            "Moderators tie every published initiative to one or more of the policy's goals. A goal is never deleted, but it can be taken out of use."
        }
        Msg::AdminGoalsAll => "The policy's goals",
        Msg::AdminGoalsEmpty => "There are no goals yet.",
        Msg::AdminGoalTitleDa => "Title in Danish",
        Msg::AdminGoalTitleEn => "Title in English",
        Msg::AdminGoalSummaryDa => "Short explanation in Danish",
        Msg::AdminGoalSummaryEn => "Short explanation in English",
        Msg::AdminGoalSummaryHint => "A few sentences on what the goal is about.",
        Msg::AdminGoalInitiatives => "Initiatives under it",
        Msg::AdminGoalEdit => "Edit the texts of goal {number}",
        Msg::AdminGoalRetire => "Take goal {number} out of use",
        Msg::AdminGoalRetireHint => {
            "Moderators can no longer choose it. Initiatives already under it keep it."
        }
        Msg::AdminGoalReinstate => "Bring goal {number} back into use",
        Msg::AdminGoalAddTitle => "Add a goal",
        Msg::AdminGoalAddLead => {
            "The new goal gets the next number. Write the texts in both Danish and English."
        }
        Msg::AdminGoalAddSubmit => "Add the goal",
        Msg::AdminGoalAdded => "The goal has been added.",
        Msg::AdminGoalUpdated => "The goal has been saved.",
        Msg::AdminGoalRetired => "The goal has been taken out of use.",
        Msg::AdminGoalReinstated => "The goal is in use again.",
        Msg::AdminSettingsTitle => "Settings",
        Msg::AdminSettingsLead => {
            "The municipality's name and contact details, as the site shows them. An empty field means the detail is not shown."
        }
        Msg::AdminSettingMunicipality => "The municipality's name",
        Msg::AdminSettingMunicipalityHint => "Shown at the top of every page.",
        Msg::AdminSettingAccessibility => "Contact address in the accessibility statement",
        Msg::AdminSettingAccessibilityHint => {
            "An email address people can write to when a page is hard to use."
        }
        Msg::AdminSettingsContactTitle => "Contact details",
        Msg::AdminSettingsContactHint => "Shown at the bottom of every page.",
        Msg::AdminSettingEmail => "Email",
        Msg::AdminSettingPhone => "Phone",
        Msg::AdminSettingAddress => "Address",
        Msg::AdminSettingAddressHint => "Optional. You can write on several lines.",
        Msg::AdminSettingsSubmit => "Save the settings",
        Msg::AdminSettingsSaved => "The settings have been saved.",
        Msg::AdminFooterContact => "Contact",
        Msg::AdminAccessibilityWriteTo => "Write to:",
        Msg::ErrChangedMeanwhile => {
            "Someone changed it in the meantime, so nothing was saved. Look at the page again, then try again."
        }
        Msg::ReportsTextReported => "What was reported (before it was edited)",
        Msg::ReportsTextNow => "As it stands now",
        Msg::ModAccountStaff => {
            "This account is a moderator or administrator. Only an administrator can suspend it."
        }
    }
}
