//! The message catalogue: every text the interface shows, in Danish (the default) and
//! English. Each language is one exhaustive `match`, so a key without a translation does not
//! compile; the tests below catch empty texts and placeholders that differ between languages.

mod da;
mod en;

use crate::error::{AppError, Problem};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// A language of the interface.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Lang {
    #[default]
    Da,
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Da, Lang::En];

    /// The BCP 47 code, used in `lang` attributes and the language cookie.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Da => "da",
            Lang::En => "en",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        match code.trim() {
            "da" => Some(Lang::Da),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// The language's own name for itself, shown on the switch.
    pub fn endonym(self) -> &'static str {
        match self {
            Lang::Da => "Dansk",
            Lang::En => "English",
        }
    }

    pub fn text(self, msg: Msg) -> &'static str {
        match self {
            Lang::Da => da::text(msg),
            Lang::En => en::text(msg),
        }
    }
}

macro_rules! messages {
    ($($key:ident),* $(,)?) => {
        /// A key of the catalogue.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum Msg { $($key),* }

        impl Msg {
            pub const ALL: &'static [Msg] = &[$(Msg::$key),*];
        }
    };
}

messages! {
    SiteName, SkipToContent, MainNavigation, NavHome, NavLogIn, NavRegister, NavAccount,
    NavLogOut, LanguageSwitch, FooterAccessibility, FooterAbout, Loading, LoggedInAs,
    HomeTitle, HomeLead, HomeHowTitle, HomeHowText, HomeLevelsTitle, HomeLevelsIntro,
    HomeJoinCta, HomeLogInCta, HomeWelcomeBack, HomeGoToAccount,
    LevelObserving, LevelObservingText, LevelActive, LevelActiveText, LevelCoCreating,
    LevelCoCreatingText, LevelInitiator, LevelInitiatorText,
    RegisterTitle, RegisterLead, RegisterSubmit, RegisterHaveAccount,
    FieldDisplayName, FieldDisplayNameHint, FieldEmail, FieldEmailHint, FieldPassword,
    FieldPasswordHint, FieldPasswordRepeat, FieldNeighbourhood, FieldNeighbourhoodHint,
    NeighbourhoodNone, Optional,
    LogInTitle, LogInSubmit, LogInNoAccount, LogInPassword,
    AccountTitle, AccountDetailsTitle, AccountEmail, AccountRoles, AccountMemberSince,
    AccountNeighbourhoodNone, RoleCitizen, RoleModerator, RolePolitician, RoleAdministrator,
    AccountCreated, ProfileTitle, ProfileSubmit, ProfileSaved,
    PasswordTitle, FieldCurrentPassword, FieldNewPassword, FieldNewPasswordRepeat,
    PasswordSubmit, PasswordChanged, MustLogIn, MustLogInLink,
    NotFoundTitle, NotFoundText, BackHome,
    AccessibilityTitle, AccessibilityStandard, AccessibilityHow, AccessibilityKnownIssues,
    AccessibilityContactTitle, AccessibilityContact,
    ErrorSummaryTitle, ErrRequired, ErrTooLong, ErrControlCharacters, ErrInvalidEmail, ErrInvalidWebAddress, AdminSettingStatement, AdminSettingStatementHint, AccessibilityOfficialStatement,
    ErrEmailTaken, ErrPasswordTooShort, ErrPasswordTooLong, ErrPasswordsDiffer,
    ErrWrongCurrentPassword, ErrUnknownNeighbourhood, ErrNotLoggedIn, ErrForbidden,
    ErrNotFound, ErrWrongCredentials, ErrTooManyAttempts, ErrBadRequest, ErrInternal,
    KindEvent, KindActivity, KindIdea, KindProposal, StatePending, StatePublished, StateSentBack, StateRejected, StateWithdrawn, StateCarriedOut, StateArchived, ErrUnknownKind, ErrInvalidDateTime, ErrInPast, ErrEndBeforeStart, ErrEndWithoutStart, ErrTooManyNeeds, NavInitiatives, NavPropose, NavMine, ProposeTitle, ProposeLead, FieldTitle, FieldTitleHint, FieldDescription, FieldDescriptionHint, FieldKind, FieldStartsAt, FieldEndsAt, FieldTimeHint, FieldPlace, FieldPlaceHint, FieldInitiativeNeighbourhood, WholeTown, FieldNeedsList, FieldNeedsHint, ProposeSubmit, ProposeSent, MineTitle, MineLead, MineEmpty, DetailKind, DetailWhen, DetailWhere, DetailNeighbourhood, DetailInitiators, DetailByLevel, DetailNeeds, DetailNeedCovered, DetailNotPublic, DetailWithdrawn, JoinTitle, JoinIntro, JoinSubmit, ChangeLevelSubmit, LeaveSubmit, YouTakePart, JoinLogIn, JoinedSaved, LeftSaved, ErrLastInitiator, ListParticipants, ListEmpty, DetailYourWay,
    FilterTitle, FilterSearch, FilterAllNeighbourhoods, FilterAllKinds, FilterAnyTime, FilterUpcoming, FilterPast, FilterSort, SortNewest, SortSoonest, SortParticipants, FilterSubmit, ListCount, Pagination, PagePrevious, PageNext, PageOf,
    NavParticipation, ParticipationEmpty, WithdrawTitle, WithdrawReason, WithdrawHint, WithdrawSubmit,
    EditTitle, EditLead, EditSubmit, EditSaved, SentBackReason,
    NeedsWhoCanOffer, NeedYouOffered, NeedOfferedBy, NeedOffer, NeedTakeBack, NeedMarkCovered, NeedMarkOpen,
    InitiatorRequestHint, InitiatorRequestSubmit, InitiatorRequestPending, InitiatorRequestDeclined, InitiatorRequestsTitle, InitiatorRequestAccept, InitiatorRequestDecline,
    ReportTitle, ReportReason, ReportHint, ReportSubmit, ReportSaved,
    ErrCommentsClosed, ErrCommentGone, CommentsTitle, CommentsEmpty, CommentsLogIn, CommentsClosed, CommentLabel, CommentHint, CommentSubmit, ReplyTitle, ReplyLabel, ReplySubmit, CommentEditTitle, CommentEditSubmit, CommentDeleteTitle, CommentDeleteConfirm, CommentDeleteSubmit, CommentReportTitle, CommentEdited, CommentDeleted, CommentEarlierReplies, CommentRepliesTo, CommentSaved, CommentEditSaved, CommentDeleteSaved, CommentsNew, CommentsShowNew, CommentsPagination, CommentsNewTitle,
    GoalNumbered, FilterAllGoals, FilterGoal, DetailGoals,
    ErrAlreadyDecided, ErrNoGoal, ErrUnknownGoal, NoticePublished, NoticeSentBack, NoticeRejected, NoticeReason, NoticesTitle, NoticesEmpty, NoticesMarkRead, NoticesUnread, NavNotices, NavReview, ReviewTitle, ReviewLead, ReviewEmpty, ReviewProposedBy, ReviewWaitedHours, ReviewWaitedDays, ReviewPublished, ReviewSentBack, ReviewRejected, ReviewOneTitle, ReviewBack, ReviewSeeAll, ReviewOwn, ReviewPublishTitle, ReviewGoals, ReviewNote, ReviewNoteHint, ReviewPublishSubmit, ReviewSendBackTitle, ReviewReason, ReviewSendBackHint, ReviewSendBackSubmit, ReviewRejectTitle, ReviewRejectHint, ReviewRejectSubmit,
    ErrSuspended, ErrAlreadyHandled, ErrUnknownChoice, ErrInvalidNumber, ErrNameTaken, ErrLastAdministrator, AuditPublish, AuditSendBack, AuditReject, AuditChangeGoals, AuditCarryOut, AuditArchive, AuditHide, AuditRestore, AuditDismiss, AuditSuspend, AuditLift, AuditGrantRole, AuditRevokeRole, AuditAddNeighbourhood, AuditEditNeighbourhood, AuditRetireNeighbourhood, AuditReinstateNeighbourhood, AuditAddGoal, AuditEditGoal, AuditRetireGoal, AuditReinstateGoal, AuditEditSettings, NoticeGoalsChanged, NoticeCarriedOut, NoticeArchived, NoticeHidden, NoticeRestored, NoticeSuspended,
    SuspendedUntil, SuspendedIndefinitely, SuspendOneDay, SuspendDays, SuspendIndefinite,
    HiddenByModerator, HiddenPendingReview, HiddenInitiativeTitle, ReportsTitle, ReportsLead, ReportsEmpty, ReportsHidden, ReportsRestored, ReportsDismissed, ReportsKindInitiative, ReportsKindComment, ReportsWrittenBy, ReportsAboutAuthor, ReportsReporters, ReportsOwn, ReportsHideTitle, ReportsHideReason, ReportsHideHint, ReportsHideSubmit, ReportsRestoreTitle, ReportsRestoreHint, ReportsRestoreSubmit, ReportsDismissTitle, ReportsDismissHint, ReportsDismissSubmit, ReportsNote, ReviewState, ReviewVisibilityTitle, ModerationNavLabel, PublishedGoalsTitle, PublishedGoalsReason, PublishedGoalsHint, PublishedGoalsSubmit, PublishedGoalsSaved, PublishedCarryOutTitle, PublishedCarryOutHint, PublishedCarryOutSubmit, PublishedCarryOutSaved, PublishedArchiveTitle, PublishedArchiveHint, PublishedArchiveSubmit, PublishedArchiveSaved, ModAccountTitle, ModAccountHeading, ModAccountWritten, ModAccountCounts, ModAccountSuspensions, ModAccountNoSuspensions, ModAccountOwn, SuspendTitle, SuspendAgainTitle, SuspendLead, SuspendPeriod, SuspendReasonHint, SuspendSubmit, SuspendSaved, LiftTitle, LiftHint, LiftSubmit, LiftSaved, SuspensionInForce, SuspensionFromTo, SuspensionFromOn, SuspensionBy, SuspensionLiftedAt, AuditTitle, AuditLead, AuditEmpty, AuditCount, AuditAllActions, AuditAllTargets, AuditAllActors, AuditAction, AuditTarget, AuditActor, AuditFrom, AuditTo, AuditWhen, AuditReason, AuditTargetInitiative, AuditTargetComment, AuditTargetAccount, AuditTargetNeighbourhood, AuditTargetGoal, AuditTargetSettings,
    NavSummary, SummaryTitle, SummaryLead, SummaryChoose, SummaryPeriod, SummaryPeriod30, SummaryPeriodQuarter, SummaryPeriodYear, SummaryPeriodCustom, SummaryFrom, SummaryTo, SummaryDatesHint, SummaryWhereHeld, SummaryPeriodText, SummaryDownload, SummaryThisPeriod, SummaryPreviousPeriod, SummaryFewerThan5, SummaryHours, SummaryCsvFigure, SummaryCsvFrom, SummaryCsvTo, SummaryCsvValue, SummaryCsvPreviousFrom, SummaryCsvPreviousTo, SummaryCsvPreviousValue, SummaryCsvPreviousInitiatives, SummaryCsvPreviousPeople, SummaryCsvPreviousPerThousand, SummaryHeadlineTitle, SummaryHeadlineRule, SummaryParticipants, SummaryNew, SummaryProposed, SummaryPublished, SummaryCarriedOut, SummaryComments, SummarySteppedUp, SummaryLadderTitle, SummaryLadderRule, SummaryLadderText, SummaryLevel, SummaryPeople, SummaryGoalsTitle, SummaryGoalsRule, SummaryGoal, SummaryInitiatives, SummaryPlacesTitle, SummaryPlacesRule, SummaryPlacesText, SummaryPlacesNone, SummaryNeighbourhood, SummaryResidents, SummaryPerThousand, SummaryInitiativesThere, SummaryNotStated, SummaryNoResidents, SummaryMeetingTitle, SummaryMeetingRule, SummaryMeetingText, SummaryMeetingNone, SummaryMatrixCaption, SummaryLivesIn, SummaryHomeNotStated, SummaryTrendTitle, SummaryTrendRule, SummaryTrendText, SummaryTrendQuiet, SummaryMonth, SummaryModerationTitle, SummaryModerationRule, SummaryWaitText, SummaryDecisions, SummarySentBack, SummaryRejected, SummaryMedianWait, SummaryLongestWait, SummaryWithheld, SummaryPrivacyRule, SummaryNarrowedGoal, SummaryNarrowedPlace, SummaryNarrowedNone, SummaryTakenPartIn, SummaryAcross, SummaryAcrossShare, SummaryDownloadAcross, SummaryMatrixPrevious, SummaryCsvPreviousOf,
    AdminTitle, AdminNav, AdminNavLabel, AdminLead, AdminLogLead, AdminSave, AdminRetired, AdminNotGiven, AdminNote, AdminNoteHint, AdminAccountsTitle, AdminAccountsLead, AdminAccountsSearch, AdminAccountsSearchSubmit, AdminAccountsCount, AdminAccountsEmpty, AdminRolesChange, AdminRoleGrantTitle, AdminRoleRevokeTitle, AdminRoleToGrant, AdminRoleToRevoke, AdminRoleChoose, AdminRoleGrant, AdminRoleRevoke, AdminRoleGranted, AdminRoleRevoked, AdminNeighbourhoodsTitle, AdminNeighbourhoodsLead, AdminNeighbourhoodsAll, AdminNeighbourhoodsEmpty, AdminNeighbourhoodAddTitle, AdminNeighbourhoodAddSubmit, AdminNeighbourhoodName, AdminNeighbourhoodResidents, AdminNeighbourhoodResidentsHint, AdminNeighbourhoodAccounts, AdminNeighbourhoodChange, AdminNeighbourhoodRetire, AdminNeighbourhoodRetireHint, AdminNeighbourhoodReinstate, AdminNeighbourhoodAdded, AdminNeighbourhoodUpdated, AdminNeighbourhoodRetired, AdminNeighbourhoodReinstated, AdminGoalsTitle, AdminGoalsLead, AdminGoalsAll, AdminGoalsEmpty, AdminGoalTitleDa, AdminGoalTitleEn, AdminGoalSummaryDa, AdminGoalSummaryEn, AdminGoalSummaryHint, AdminGoalInitiatives, AdminGoalEdit, AdminGoalRetire, AdminGoalRetireHint, AdminGoalReinstate, AdminGoalAddTitle, AdminGoalAddLead, AdminGoalAddSubmit, AdminGoalAdded, AdminGoalUpdated, AdminGoalRetired, AdminGoalReinstated, AdminSettingsTitle, AdminSettingsLead, AdminSettingMunicipality, AdminSettingMunicipalityHint, AdminSettingAccessibility, AdminSettingAccessibilityHint, AdminSettingsContactTitle, AdminSettingsContactHint, AdminSettingEmail, AdminSettingPhone, AdminSettingAddress, AdminSettingAddressHint, AdminSettingsSubmit, AdminSettingsSaved, AdminFooterContact, AdminAccessibilityWriteTo,
    ModAccountStaff,
    ReportsTextNow,
    ReportsTextReported,
    ErrChangedMeanwhile,
}

/// Fills `{name}` placeholders in a catalogue text.
pub fn fill(text: &str, args: &[(&str, &str)]) -> String {
    args.iter().fold(text.to_owned(), |acc, (name, value)| {
        acc.replace(&format!("{{{name}}}"), value)
    })
}

/// The reader's message for one refused field.
pub fn problem_message(lang: Lang, problem: Problem) -> String {
    let n = |msg, name, value: usize| fill(lang.text(msg), &[(name, &value.to_string())]);
    match problem {
        Problem::Required => lang.text(Msg::ErrRequired).to_owned(),
        Problem::TooLong { max } => n(Msg::ErrTooLong, "max", max),
        Problem::ControlCharacters => lang.text(Msg::ErrControlCharacters).to_owned(),
        Problem::InvalidEmail => lang.text(Msg::ErrInvalidEmail).to_owned(),
        Problem::EmailTaken => lang.text(Msg::ErrEmailTaken).to_owned(),
        Problem::PasswordTooShort { min } => n(Msg::ErrPasswordTooShort, "min", min),
        Problem::PasswordTooLong { max } => n(Msg::ErrPasswordTooLong, "max", max),
        Problem::PasswordsDiffer => lang.text(Msg::ErrPasswordsDiffer).to_owned(),
        Problem::WrongCurrentPassword => lang.text(Msg::ErrWrongCurrentPassword).to_owned(),
        Problem::WrongCredentials => lang.text(Msg::ErrWrongCredentials).to_owned(),
        Problem::TooManyAttempts => lang.text(Msg::ErrTooManyAttempts).to_owned(),
        Problem::UnknownNeighbourhood => lang.text(Msg::ErrUnknownNeighbourhood).to_owned(),
        Problem::UnknownKind => lang.text(Msg::ErrUnknownKind).to_owned(),
        Problem::InvalidDateTime => lang.text(Msg::ErrInvalidDateTime).to_owned(),
        Problem::InPast => lang.text(Msg::ErrInPast).to_owned(),
        Problem::EndBeforeStart => lang.text(Msg::ErrEndBeforeStart).to_owned(),
        Problem::EndWithoutStart => lang.text(Msg::ErrEndWithoutStart).to_owned(),
        Problem::TooManyNeeds { max } => n(Msg::ErrTooManyNeeds, "max", max),
        Problem::LastInitiator => lang.text(Msg::ErrLastInitiator).to_owned(),
        Problem::CommentsClosed => lang.text(Msg::ErrCommentsClosed).to_owned(),
        Problem::CommentGone => lang.text(Msg::ErrCommentGone).to_owned(),
        Problem::AlreadyDecided => lang.text(Msg::ErrAlreadyDecided).to_owned(),
        Problem::NoGoal => lang.text(Msg::ErrNoGoal).to_owned(),
        Problem::UnknownGoal => lang.text(Msg::ErrUnknownGoal).to_owned(),
        Problem::AlreadyHandled => lang.text(Msg::ErrAlreadyHandled).to_owned(),
        Problem::UnknownChoice => lang.text(Msg::ErrUnknownChoice).to_owned(),
        Problem::InvalidNumber => lang.text(Msg::ErrInvalidNumber).to_owned(),
        Problem::NameTaken => lang.text(Msg::ErrNameTaken).to_owned(),
        Problem::LastAdministrator => lang.text(Msg::ErrLastAdministrator).to_owned(),
        Problem::InvalidWebAddress => lang.text(Msg::ErrInvalidWebAddress).to_owned(),
        Problem::ChangedMeanwhile => lang.text(Msg::ErrChangedMeanwhile).to_owned(),
    }
}

/// The reader's message for an error that is not about one field.
pub fn error_message(lang: Lang, error: &AppError) -> &'static str {
    lang.text(match error {
        AppError::NotLoggedIn => Msg::ErrNotLoggedIn,
        AppError::Forbidden => Msg::ErrForbidden,
        AppError::NotFound => Msg::ErrNotFound,
        AppError::Invalid(_) => Msg::ErrorSummaryTitle,
        AppError::BadRequest => Msg::ErrBadRequest,
        AppError::Suspended => Msg::ErrSuspended,
        AppError::Internal => Msg::ErrInternal,
    })
}

/// The interface language of this page, shared by every component.
#[derive(Clone, Copy, Debug)]
pub struct I18n {
    lang: RwSignal<Lang>,
}

impl I18n {
    pub fn new(lang: Lang) -> Self {
        I18n {
            lang: RwSignal::new(lang),
        }
    }

    /// The language, tracked: read it inside a closure to re-render when it changes.
    pub fn lang(&self) -> Lang {
        self.lang.get()
    }

    pub fn set(&self, lang: Lang) {
        self.lang.set(lang);
    }

    pub fn t(&self, msg: Msg) -> &'static str {
        self.lang.get().text(msg)
    }

    /// Like `t`, for the document title. The server reads the title after the page has
    /// rendered; when the visitor has gone meanwhile, leptos may already have dropped the
    /// page's signals, and the title must then not panic (the response goes nowhere).
    pub fn t_if_alive(&self, msg: Msg) -> &'static str {
        self.lang.try_get().unwrap_or_default().text(msg)
    }
}

pub fn use_i18n() -> I18n {
    expect_context::<I18n>()
}

/// A reactive text for `msg`, to place straight into a view.
pub fn tr(msg: Msg) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    let i18n = use_i18n();
    move || i18n.t(msg)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn placeholders(text: &str) -> Vec<&str> {
        let mut found: Vec<&str> = text
            .split('{')
            .skip(1)
            .filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
            .collect();
        found.sort_unstable();
        found
    }

    #[test]
    fn every_message_has_a_text_in_every_language() {
        for msg in Msg::ALL {
            for lang in Lang::ALL {
                assert!(
                    !lang.text(*msg).trim().is_empty(),
                    "{msg:?} has no {} text",
                    lang.code()
                );
            }
        }
    }

    #[test]
    fn placeholders_are_the_same_in_every_language() {
        for msg in Msg::ALL {
            assert_eq!(
                placeholders(Lang::Da.text(*msg)),
                placeholders(Lang::En.text(*msg)),
                "{msg:?} has different placeholders in Danish and English"
            );
        }
    }

    #[test]
    fn english_is_not_a_copy_of_danish() {
        // A key copied untranslated is a missing translation in disguise. Names that are the
        // same in both languages are listed here on purpose.
        let same_in_both = [Msg::SiteName, Msg::RoleModerator, Msg::RoleAdministrator];
        for msg in Msg::ALL.iter().filter(|m| !same_in_both.contains(m)) {
            assert_ne!(
                Lang::Da.text(*msg),
                Lang::En.text(*msg),
                "{msg:?} is not translated"
            );
        }
    }

    #[test]
    fn every_problem_has_a_message_with_its_numbers_filled_in() {
        let message = problem_message(Lang::En, Problem::TooLong { max: 60 });
        assert!(message.contains("60"), "{message}");
        assert!(!message.contains('{'));
    }

    #[test]
    fn language_codes_round_trip() {
        for lang in Lang::ALL {
            assert_eq!(Lang::from_code(lang.code()), Some(lang));
        }
        assert_eq!(Lang::from_code("fr"), None);
    }
}
