//! Danish, the default language. Plain words: many readers have Danish as a second language.

use super::Msg;

pub fn text(msg: Msg) -> &'static str {
    match msg {
        Msg::SiteName => "Forsamlingshuset",
        Msg::SkipToContent => "Gå til indholdet",
        Msg::MainNavigation => "Hovedmenu",
        Msg::NavHome => "Forside",
        Msg::NavLogIn => "Log ind",
        Msg::NavRegister => "Opret konto",
        Msg::NavAccount => "Min konto",
        Msg::NavLogOut => "Log ud",
        Msg::LanguageSwitch => "Sprog",
        Msg::FooterAccessibility => "Tilgængelighedserklæring",
        Msg::FooterAbout => {
            "Et online forsamlingshus, hvor borgere, politikere og kommunens medarbejdere mødes om fællesskaber og initiativer i byen."
        }
        Msg::Loading => "Henter …",
        Msg::LoggedInAs => "Logget ind som {name}",

        Msg::HomeTitle => "Fælles om byen",
        Msg::HomeLead => {
            "Her kan du finde og starte arrangementer, aktiviteter og idéer i din by – og være med på den måde, der passer dig."
        }
        Msg::HomeHowTitle => "Sådan virker det",
        Msg::HomeHowText => {
            "Borgere foreslår initiativer. Kommunens medarbejdere ser forslaget igennem, før det bliver offentligt. Alle kan melde sig til og kommentere. Politikerne kan følge, hvem der er med, og hvem der mangler."
        }
        Msg::HomeLevelsTitle => "Fire måder at være med på",
        Msg::HomeLevelsIntro => {
            "Al deltagelse, der bidrager til fællesskabet, er værdifuld. Du vælger selv, og du kan altid skifte."
        }
        Msg::HomeJoinCta => "Opret en konto",
        Msg::HomeLogInCta => "Log ind",
        Msg::HomeWelcomeBack => "Velkommen tilbage, {name}.",
        Msg::HomeGoToAccount => "Gå til din konto",

        Msg::LevelObserving => "Observerende deltagelse",
        Msg::LevelObservingText => "Du møder op og viser din støtte.",
        Msg::LevelActive => "Aktiv deltagelse",
        Msg::LevelActiveText => {
            "Du tager del: tager naboen med, byder nye velkommen, dækker et bord eller bager en kage."
        }
        Msg::LevelCoCreating => "Medskabende deltagelse",
        Msg::LevelCoCreatingText => {
            "Du hjælper med at få det op at stå: inviterer andre, låner lokaler og den slags."
        }
        Msg::LevelInitiator => "Initiativtager",
        Msg::LevelInitiatorText => {
            "Du har idéen – alene eller sammen med andre – og finder folk til at gøre den til virkelighed."
        }

        Msg::RegisterTitle => "Opret konto",
        Msg::RegisterLead => {
            "Med en konto kan du foreslå initiativer, melde dig til og skrive kommentarer."
        }
        Msg::RegisterSubmit => "Opret konto",
        Msg::RegisterHaveAccount => "Har du allerede en konto? Log ind",
        Msg::FieldDisplayName => "Navn",
        Msg::FieldDisplayNameHint => "Det navn, andre ser. Det må gerne være dit fornavn.",
        Msg::FieldEmail => "E-mail",
        Msg::FieldEmailHint => {
            "Vi bruger den kun til at logge dig ind og skrive til dig om dine initiativer."
        }
        Msg::FieldPassword => "Adgangskode",
        Msg::FieldPasswordHint => "Mindst 12 tegn. En sætning, du kan huske, er god.",
        Msg::FieldPasswordRepeat => "Gentag adgangskoden",
        Msg::FieldNeighbourhood => "Bydel",
        Msg::FieldNeighbourhoodHint => {
            "Hjælper kommunen med at se, om alle dele af byen er med. Andre kan ikke se den."
        }
        Msg::NeighbourhoodNone => "Vil ikke oplyse / bor ikke i kommunen",
        Msg::Optional => "(valgfri)",

        Msg::LogInTitle => "Log ind",
        Msg::LogInSubmit => "Log ind",
        Msg::LogInNoAccount => "Har du ikke en konto? Opret en",
        Msg::LogInPassword => "Adgangskode",

        Msg::AccountTitle => "Min konto",
        Msg::AccountDetailsTitle => "Dine oplysninger",
        Msg::AccountEmail => "E-mail",
        Msg::AccountRoles => "Roller",
        Msg::AccountMemberSince => "Oprettet",
        Msg::AccountNeighbourhoodNone => "Ikke oplyst",
        Msg::RoleCitizen => "Borger",
        Msg::RoleModerator => "Moderator",
        Msg::RolePolitician => "Politiker",
        Msg::RoleAdministrator => "Administrator",
        Msg::AccountCreated => "Velkommen! Din konto er oprettet, og du er logget ind.",
        Msg::ProfileTitle => "Ret navn og bydel",
        Msg::ProfileSubmit => "Gem",
        Msg::ProfileSaved => "Dine oplysninger er gemt.",
        Msg::PasswordTitle => "Skift adgangskode",
        Msg::FieldCurrentPassword => "Nuværende adgangskode",
        Msg::FieldNewPassword => "Ny adgangskode",
        Msg::FieldNewPasswordRepeat => "Gentag den nye adgangskode",
        Msg::PasswordSubmit => "Skift adgangskode",
        Msg::PasswordChanged => "Din adgangskode er skiftet. Du er logget ud alle andre steder.",
        Msg::MustLogIn => "Du skal være logget ind for at se denne side.",
        Msg::MustLogInLink => "Log ind",

        Msg::NotFoundTitle => "Siden findes ikke",
        Msg::NotFoundText => {
            "Vi kan ikke finde den side, du leder efter. Måske er den flyttet, eller adressen er skrevet forkert."
        }
        Msg::BackHome => "Gå til forsiden",

        Msg::AccessibilityTitle => "Tilgængelighedserklæring",
        Msg::AccessibilityStandard => {
            "Forsamlingshuset skal kunne bruges af alle. Vi arbejder efter standarden WCAG 2.1 på niveau AA."
        }
        Msg::AccessibilityHow => {
            "Alle sider virker med tastatur alene, med skærmlæser og uden JavaScript. Hver side bliver automatisk tjekket for kendte tilgængelighedsfejl, før en ny version tages i brug."
        }
        Msg::AccessibilityKnownIssues => {
            "Vi kender ikke til fejl lige nu. Hvis du møder en side, du ikke kan bruge, vil vi gerne vide det."
        }
        Msg::AccessibilityContactTitle => "Kontakt",
        Msg::AccessibilityContact => {
            "Skriv til kommunen og fortæl, hvilken side det drejer sig om, og hvad der gik galt."
        }

        Msg::ErrorSummaryTitle => "Der er fejl i formularen. Ret det, der står ved felterne:",
        Msg::ErrRequired => "Skriv noget i feltet.",
        Msg::ErrTooLong => "Højst {max} tegn.",
        Msg::ErrControlCharacters => "Feltet indeholder tegn, der ikke kan bruges.",
        Msg::ErrInvalidEmail => "Skriv en e-mailadresse som navn@eksempel.dk.",
        Msg::ErrInvalidWebAddress => {
            "Skriv en webadresse, der begynder med https://, som https://www.kommune.dk/side."
        }
        Msg::AdminSettingStatement => "Webadresse på den officielle tilgængelighedserklæring",
        Msg::AdminSettingStatementHint => {
            "Hvis kommunen har lavet en tilgængelighedserklæring for platformen (fx i Digitaliseringsstyrelsens værktøj), linker siden Tilgængelighed til den."
        }
        Msg::AccessibilityOfficialStatement => "Læs kommunens officielle tilgængelighedserklæring",
        Msg::ErrEmailTaken => "Der findes allerede en konto med den e-mail. Prøv at logge ind.",
        Msg::ErrPasswordTooShort => "Adgangskoden skal være mindst {min} tegn.",
        Msg::ErrPasswordTooLong => "Adgangskoden må højst være {max} tegn.",
        Msg::ErrPasswordsDiffer => "De to adgangskoder er ikke ens.",
        Msg::ErrWrongCurrentPassword => "Den nuværende adgangskode er forkert.",
        Msg::ErrUnknownNeighbourhood => "Vælg en bydel fra listen.",
        Msg::ErrNotLoggedIn => "Du skal logge ind først.",
        Msg::ErrForbidden => "Du har ikke adgang til at gøre dette.",
        Msg::ErrNotFound => "Det, du leder efter, findes ikke.",
        Msg::ErrWrongCredentials => "E-mail eller adgangskode er forkert.",
        Msg::ErrTooManyAttempts => "For mange forkerte forsøg. Vent et kvarter, og prøv igen.",
        Msg::ErrBadRequest => "Vi kunne ikke læse det, du sendte. Prøv igen.",
        Msg::ErrInternal => "Noget gik galt hos os. Prøv igen om lidt.",

        Msg::KindEvent => "Arrangement",
        Msg::KindActivity => "Fast aktivitet",
        Msg::KindIdea => "Idé til byen",
        Msg::KindProposal => "Forslag til byrådet",
        Msg::StatePending => "Venter på en medarbejder",
        Msg::StatePublished => "Offentligt",
        Msg::StateSentBack => "Sendt tilbage til dig",
        Msg::StateRejected => "Afvist",
        Msg::StateWithdrawn => "Trukket tilbage",
        Msg::StateCarriedOut => "Gennemført",
        Msg::StateArchived => "Arkiveret",
        Msg::ErrUnknownKind => "Vælg en af mulighederne.",
        Msg::ErrInvalidDateTime => "Skriv dato og tid som 01-12-2026 18:00.",
        Msg::ErrInPast => "Tidspunktet er allerede passeret.",
        Msg::ErrEndBeforeStart => "Slut skal være efter start.",
        Msg::ErrEndWithoutStart => "Skriv også, hvornår det starter.",
        Msg::ErrTooManyNeeds => "Højst {max} behov.",
        Msg::NavInitiatives => "Initiativer",
        Msg::NavPropose => "Foreslå et initiativ",
        Msg::NavMine => "Mine initiativer",
        Msg::ProposeTitle => "Foreslå et initiativ",
        Msg::ProposeLead => {
            "Fortæl, hvad du gerne vil sætte i gang. En medarbejder fra kommunen ser forslaget igennem, før andre kan se det."
        }
        Msg::FieldTitle => "Titel",
        Msg::FieldTitleHint => "Kort og klart, fx »Fællesspisning i Hedemarken«.",
        Msg::FieldDescription => "Beskrivelse",
        Msg::FieldDescriptionHint => {
            "Hvad skal der ske, og hvem er det for? Lav en tom linje mellem afsnit. Links begynder med https://."
        }
        Msg::FieldKind => "Hvad slags initiativ er det?",
        Msg::FieldStartsAt => "Starter",
        Msg::FieldEndsAt => "Slutter",
        Msg::FieldTimeHint => "Dato og klokkeslæt.",
        Msg::FieldPlace => "Sted",
        Msg::FieldPlaceHint => "Fx »Medborgerhuset, sal 2«.",
        Msg::FieldInitiativeNeighbourhood => "Bydel",
        Msg::WholeTown => "Hele byen",
        Msg::FieldNeedsList => "Hvad har I brug for?",
        Msg::FieldNeedsHint => {
            "Ét behov pr. linje, fx »Nogen der vil bage«. Andre kan tilbyde at tage et behov."
        }
        Msg::ProposeSubmit => "Send forslaget",
        Msg::ProposeSent => {
            "Tak! Dit forslag er sendt. Det bliver offentligt, når en medarbejder har set det igennem."
        }
        Msg::MineTitle => "Mine initiativer",
        Msg::MineLead => "Her er de initiativer, du har foreslået, og hvor langt de er.",
        Msg::MineEmpty => "Du har ikke foreslået noget endnu.",
        Msg::DetailKind => "Slags",
        Msg::DetailWhen => "Hvornår",
        Msg::DetailWhere => "Hvor",
        Msg::DetailNeighbourhood => "Bydel",
        Msg::DetailInitiators => "Initiativtagere",
        Msg::DetailByLevel => "Deltagere efter måde",
        Msg::DetailNeeds => "Det har vi brug for",
        Msg::DetailNeedCovered => "dækket",
        Msg::DetailNotPublic => {
            "Kun du og kommunens medarbejdere kan se dette initiativ, indtil det er gjort offentligt."
        }
        Msg::DetailWithdrawn => {
            "Initiativet er trukket tilbage. Man kan ikke længere melde sig til."
        }
        Msg::JoinTitle => "Vær med",
        Msg::JoinIntro => "Vælg den måde, der passer dig. Du kan altid skifte eller melde fra.",
        Msg::JoinSubmit => "Meld mig til",
        Msg::ChangeLevelSubmit => "Skift måde",
        Msg::LeaveSubmit => "Meld mig fra",
        Msg::YouTakePart => "Du er med som: {level}.",
        Msg::JoinLogIn => "Log ind for at være med",
        Msg::JoinedSaved => "Du er med. Tak!",
        Msg::LeftSaved => "Du er meldt fra.",
        Msg::ErrLastInitiator => {
            "Du er den eneste initiativtager. Find en mere, før du melder fra eller skifter måde."
        }
        Msg::ListParticipants => "{count} er med",
        Msg::ListEmpty => {
            "Der er ingen offentlige initiativer endnu. Vær den første til at foreslå et!"
        }
        Msg::DetailYourWay => "Din måde at være med på",
        Msg::FilterTitle => "Find initiativer",
        Msg::FilterSearch => "Søg",
        Msg::FilterAllNeighbourhoods => "Alle bydele",
        Msg::FilterAllKinds => "Alle slags",
        Msg::FilterAnyTime => "Når som helst",
        Msg::FilterUpcoming => "Kommende",
        Msg::FilterPast => "Tidligere",
        Msg::FilterSort => "Sortér efter",
        Msg::SortNewest => "Nyeste",
        Msg::SortSoonest => "Starter snarest",
        Msg::SortParticipants => "Flest deltagere",
        Msg::FilterSubmit => "Vis",
        Msg::ListCount => "{count} initiativer",
        Msg::Pagination => "Sider",
        Msg::PagePrevious => "Forrige side",
        Msg::PageNext => "Næste side",
        Msg::PageOf => "Side {page} af {pages}",
        Msg::NavParticipation => "Det er jeg med i",
        Msg::ParticipationEmpty => {
            "Du er ikke med i noget endnu. Find et initiativ, du har lyst til at være med i."
        }
        Msg::WithdrawTitle => "Træk initiativet tilbage",
        Msg::WithdrawReason => "Begrundelse",
        Msg::WithdrawHint => {
            "Fortæl de andre, hvorfor det ikke bliver til noget. Initiativet kan stadig læses, men ingen kan melde sig til."
        }
        Msg::WithdrawSubmit => "Træk tilbage",
        Msg::EditTitle => "Ret forslaget",
        Msg::EditLead => {
            "Du kan rette forslaget, indtil det er gjort offentligt. Er det sendt tilbage til dig, kommer det igen i kø, når du gemmer."
        }
        Msg::EditSubmit => "Gem ændringerne",
        Msg::EditSaved => "Dine ændringer er gemt.",
        Msg::SentBackReason => "Medarbejderen skrev",
        Msg::NeedsWhoCanOffer => {
            "Er du med som aktiv eller medskabende, kan du tilbyde at tage et behov."
        }
        Msg::NeedYouOffered => "Du har tilbudt at tage den. Tak!",
        Msg::NeedOfferedBy => "Tilbudt af: {names}",
        Msg::NeedOffer => "Jeg tager den",
        Msg::NeedTakeBack => "Jeg tager den ikke alligevel",
        Msg::NeedMarkCovered => "Markér som dækket",
        Msg::NeedMarkOpen => "Markér som ikke dækket",
        Msg::InitiatorRequestHint => {
            "Vil du være med til at stå for det? Initiativtagerne svarer på din anmodning."
        }
        Msg::InitiatorRequestSubmit => "Bed om at blive initiativtager",
        Msg::InitiatorRequestPending => {
            "Du har bedt om at blive initiativtager. Initiativtagerne svarer snart."
        }
        Msg::InitiatorRequestDeclined => {
            "Initiativtagerne sagde nej tak sidste gang. Du kan spørge igen."
        }
        Msg::InitiatorRequestsTitle => "Vil være initiativtager",
        Msg::InitiatorRequestAccept => "Sig ja",
        Msg::InitiatorRequestDecline => "Sig nej tak",
        Msg::ReportTitle => "Anmeld initiativet til kommunen",
        Msg::ReportReason => "Hvad er der galt?",
        Msg::ReportHint => "Fx noget krænkende eller ulovligt. En medarbejder ser på det.",
        Msg::ReportSubmit => "Send anmeldelsen",
        Msg::ReportSaved => "Tak. En medarbejder ser på din anmeldelse.",
        Msg::ErrCommentsClosed => {
            "Initiativet tager ikke imod kommentarer, fordi det ikke er offentliggjort."
        }
        Msg::ErrCommentGone => {
            "Kommentaren, du svarer på, er blevet slettet. Din tekst står her stadig."
        }
        Msg::CommentsTitle => "Kommentarer ({count})",
        Msg::CommentsEmpty => "Ingen har kommenteret endnu.",
        Msg::CommentsLogIn => "Log ind for at kommentere",
        Msg::CommentsClosed => "Initiativet tager ikke imod nye kommentarer.",
        Msg::CommentsNewTitle => "Skriv en kommentar",
        Msg::CommentLabel => "Din kommentar",
        Msg::CommentHint => {
            "Skriv venligt og til sagen, som på et møde. Tomme linjer deler teksten i afsnit, og webadresser bliver til links."
        }
        Msg::CommentSubmit => "Send kommentar",
        Msg::ReplyTitle => "Svar",
        Msg::ReplyLabel => "Dit svar",
        Msg::ReplySubmit => "Send svar",
        Msg::CommentEditTitle => "Ret",
        Msg::CommentEditSubmit => "Gem ændringer",
        Msg::CommentDeleteTitle => "Slet",
        Msg::CommentDeleteConfirm => {
            "Vil du slette din kommentar? Teksten forsvinder, men svar på den bliver stående."
        }
        Msg::CommentDeleteSubmit => "Ja, slet kommentaren",
        Msg::CommentReportTitle => "Anmeld",
        Msg::CommentEdited => "redigeret",
        Msg::CommentDeleted => "Kommentaren er slettet.",
        Msg::CommentEarlierReplies => "Vis {count} tidligere svar",
        Msg::CommentRepliesTo => "Svar til {name}",
        Msg::CommentSaved => "Din kommentar er sendt.",
        Msg::CommentEditSaved => "Din kommentar er rettet.",
        Msg::CommentDeleteSaved => "Din kommentar er slettet.",
        Msg::CommentsNew => "Der er kommet nye kommentarer.",
        Msg::CommentsShowNew => "Vis nye kommentarer",
        Msg::CommentsPagination => "Sider med kommentarer",
        Msg::GoalNumbered => "Målsætning {number}: {title}",
        Msg::FilterAllGoals => "Alle målsætninger",
        Msg::FilterGoal => "Målsætning i fællesskabspolitikken",
        Msg::DetailGoals => "Fællesskabspolitikkens målsætninger",
        Msg::ErrAlreadyDecided => "En anden medarbejder har allerede behandlet forslaget.",
        Msg::ErrNoGoal => "Vælg mindst én målsætning.",
        Msg::ErrUnknownGoal => "Vælg blandt målsætningerne på listen.",
        Msg::NoticePublished => {
            "Dit initiativ “{title}” er offentliggjort. Nu kan alle se det og være med."
        }
        Msg::NoticeSentBack => {
            "Dit forslag “{title}” er sendt tilbage til dig. Ret det, så kommer det i køen igen."
        }
        Msg::NoticeRejected => "Dit forslag “{title}” er afvist.",
        Msg::NoticeReason => "Kommunens begrundelse",
        Msg::NoticesTitle => "Beskeder",
        Msg::NoticesEmpty => "Du har ingen beskeder.",
        Msg::NoticesMarkRead => "Marker alle som læst",
        Msg::NoticesUnread => "Ny",
        Msg::NavNotices => "Beskeder ({count})",
        Msg::NavReview => "Forslag til behandling",
        Msg::ReviewTitle => "Forslag til behandling",
        Msg::ReviewLead => "Forslagene står med det, der har ventet længst, først.",
        Msg::ReviewEmpty => "Der er ingen forslag, der venter.",
        Msg::ReviewProposedBy => "foreslået af {name}",
        Msg::ReviewWaitedHours => "Har ventet {hours} t.",
        Msg::ReviewWaitedDays => "Har ventet {days} døgn",
        Msg::ReviewPublished => {
            "Initiativet er offentliggjort, og initiativtagerne har fået besked."
        }
        Msg::ReviewSentBack => "Forslaget er sendt tilbage, og initiativtagerne har fået besked.",
        Msg::ReviewRejected => "Forslaget er afvist, og initiativtagerne har fået besked.",
        Msg::ReviewOneTitle => "Behandl et forslag",
        Msg::ReviewBack => "Tilbage til forslagene",
        Msg::ReviewSeeAll => "Se hele forslaget",
        Msg::ReviewOwn => {
            "Du er initiativtager på dette forslag, så en anden medarbejder skal behandle det."
        }
        Msg::ReviewPublishTitle => "Offentliggør",
        Msg::ReviewGoals => {
            "Hvilke af fællesskabspolitikkens målsætninger hører initiativet under?"
        }
        Msg::ReviewNote => "Note om valget",
        Msg::ReviewNoteHint => {
            "Valgfri. Skriv kort, hvorfor initiativet hører under målsætningerne. Initiativtagerne kan se noten."
        }
        Msg::ReviewPublishSubmit => "Offentliggør initiativet",
        Msg::ReviewSendBackTitle => "Send tilbage til initiativtagerne",
        Msg::ReviewReason => "Begrundelse",
        Msg::ReviewSendBackHint => {
            "Skriv, hvad initiativtagerne skal rette. De ser begrundelsen og kan sende forslaget igen."
        }
        Msg::ReviewSendBackSubmit => "Send forslaget tilbage",
        Msg::ReviewRejectTitle => "Afvis",
        Msg::ReviewRejectHint => {
            "Skriv, hvorfor forslaget afvises. Initiativtagerne ser begrundelsen."
        }
        Msg::ReviewRejectSubmit => "Afvis forslaget",
        Msg::ErrSuspended => {
            "Din konto er suspenderet. Du kan læse med, men ikke skrive, foreslå eller melde dig til."
        }
        Msg::ErrAlreadyHandled => "En anden moderator har allerede behandlet dette.",
        Msg::ErrUnknownChoice => "Vælg en af mulighederne.",
        Msg::ErrInvalidNumber => "Skriv et helt tal, 0 eller derover.",
        Msg::ErrNameTaken => "Det navn er allerede i brug.",
        Msg::ErrLastAdministrator => "Der skal altid være mindst én administrator.",
        Msg::AuditPublish => "Offentliggjorde",
        Msg::AuditSendBack => "Sendte tilbage",
        Msg::AuditReject => "Afviste",
        Msg::AuditChangeGoals => "Ændrede målsætninger",
        Msg::AuditCarryOut => "Markerede som gennemført",
        Msg::AuditArchive => "Arkiverede",
        Msg::AuditHide => "Skjulte",
        Msg::AuditRestore => "Gendannede",
        Msg::AuditDismiss => "Afviste anmeldelser",
        Msg::AuditSuspend => "Suspenderede",
        Msg::AuditLift => "Ophævede suspension",
        Msg::AuditGrantRole => "Gav rolle",
        Msg::AuditRevokeRole => "Fjernede rolle",
        Msg::AuditAddNeighbourhood => "Tilføjede bydel",
        Msg::AuditEditNeighbourhood => "Ændrede bydel",
        Msg::AuditRetireNeighbourhood => "Tog bydel ud af brug",
        Msg::AuditReinstateNeighbourhood => "Tog bydel i brug igen",
        Msg::AuditAddGoal => "Tilføjede målsætning",
        Msg::AuditEditGoal => "Ændrede målsætning",
        Msg::AuditRetireGoal => "Tog målsætning ud af brug",
        Msg::AuditReinstateGoal => "Tog målsætning i brug igen",
        Msg::AuditEditSettings => "Ændrede indstillinger",
        Msg::NoticeGoalsChanged => {
            "Kommunen har ændret, hvilke målsætninger \"{title}\" hører under."
        }
        Msg::NoticeCarriedOut => "\"{title}\" er markeret som gennemført. Tak for indsatsen!",
        Msg::NoticeArchived => {
            "\"{title}\" er arkiveret. Den kan stadig læses, men ikke længere meldes til."
        }
        Msg::NoticeHidden => "En moderator har skjult dit indhold på \"{title}\".",
        Msg::NoticeRestored => "Dit indhold på \"{title}\" kan ses igen.",
        Msg::NoticeSuspended => {
            "Din konto er suspenderet. Du kan læse med, men ikke skrive, foreslå eller melde dig til."
        }
        Msg::SuspendedUntil => "Suspensionen gælder til {until}.",
        Msg::SuspendedIndefinitely => "Suspensionen gælder, indtil en moderator ophæver den.",
        Msg::SuspendOneDay => "1 døgn",
        Msg::SuspendDays => "{days} døgn",
        Msg::SuspendIndefinite => "Indtil videre (til en moderator ophæver den)",
        Msg::HiddenByModerator => "Skjult af en moderator.",
        Msg::HiddenPendingReview => "Skjult, fordi flere har anmeldt det. En moderator ser på det.",
        Msg::HiddenInitiativeTitle => "Skjult initiativ",
        Msg::ReportsTitle => "Anmeldelser",
        Msg::ReportsLead => {
            "Indhold, som borgere har anmeldt. Det, der er skjult automatisk, står først."
        }
        Msg::ReportsEmpty => "Der er ingen anmeldelser at se på.",
        Msg::ReportsHidden => "Indholdet er skjult, og forfatteren har fået besked.",
        Msg::ReportsRestored => "Indholdet kan ses igen.",
        Msg::ReportsDismissed => "Anmeldelserne er afvist.",
        Msg::ReportsKindInitiative => "Initiativ",
        Msg::ReportsKindComment => "Kommentar på",
        Msg::ReportsWrittenBy => "Skrevet af {name}",
        Msg::ReportsAboutAuthor => "Om skribenten og suspension",
        Msg::ReportsReporters => "Anmeldt af {count}",
        Msg::ReportsOwn => "Du har selv skrevet dette, så en anden moderator skal tage sig af det.",
        Msg::ReportsHideTitle => "Skjul",
        Msg::ReportsHideReason => "Begrundelse",
        Msg::ReportsHideHint => {
            "Skribenten får begrundelsen at se. Andre ser kun, at en moderator har skjult det."
        }
        Msg::ReportsHideSubmit => "Skjul indholdet",
        Msg::ReportsRestoreTitle => "Gendan",
        Msg::ReportsRestoreHint => {
            "Valgfrit. Skrives i loggen og sendes til skribenten, hvis en moderator skjulte det."
        }
        Msg::ReportsRestoreSubmit => "Vis indholdet igen",
        Msg::ReportsDismissTitle => "Afvis anmeldelserne",
        Msg::ReportsDismissHint => {
            "Valgfrit. Skrives i loggen. Er indholdet skjult automatisk, bliver det vist igen."
        }
        Msg::ReportsDismissSubmit => "Afvis anmeldelserne",
        Msg::ReportsNote => "Bemærkning",
        Msg::ReviewState => "Status",
        Msg::ReviewVisibilityTitle => "Skjul eller vis",
        Msg::ModerationNavLabel => "Moderatorernes sider",
        Msg::PublishedGoalsTitle => "Skift målsætninger",
        Msg::PublishedGoalsReason => "Begrundelse",
        Msg::PublishedGoalsHint => "Initiativtagerne får begrundelsen at se.",
        Msg::PublishedGoalsSubmit => "Gem målsætningerne",
        Msg::PublishedGoalsSaved => {
            "Målsætningerne er ændret, og initiativtagerne har fået besked."
        }
        Msg::PublishedCarryOutTitle => "Marker som gennemført",
        Msg::PublishedCarryOutHint => "Valgfrit. Initiativtagerne får bemærkningen at se.",
        Msg::PublishedCarryOutSubmit => "Marker som gennemført",
        Msg::PublishedCarryOutSaved => "Initiativet er markeret som gennemført.",
        Msg::PublishedArchiveTitle => "Arkiver",
        Msg::PublishedArchiveHint => {
            "Valgfrit. Et arkiveret initiativ kan læses, men ikke meldes til."
        }
        Msg::PublishedArchiveSubmit => "Arkiver initiativet",
        Msg::PublishedArchiveSaved => "Initiativet er arkiveret.",
        Msg::ModAccountTitle => "Konto",
        Msg::ModAccountHeading => "Konto: {name}",
        Msg::ModAccountWritten => "Har skrevet",
        Msg::ModAccountCounts => "{initiatives} forslag og {comments} kommentarer",
        Msg::ModAccountSuspensions => "Suspensioner",
        Msg::ModAccountNoSuspensions => "Kontoen har aldrig været suspenderet.",
        Msg::ModAccountOwn => "Det er din egen konto. Du kan ikke suspendere dig selv.",
        Msg::SuspendTitle => "Suspender kontoen",
        Msg::SuspendAgainTitle => "Suspender igen (erstatter den nuværende)",
        Msg::SuspendLead => {
            "En suspenderet konto kan læse med, men ikke skrive, foreslå, melde sig til eller anmelde. Personen får begrundelsen at se."
        }
        Msg::SuspendPeriod => "Hvor længe",
        Msg::SuspendReasonHint => "Personen får begrundelsen at se. Skriv den, så den kan forstås.",
        Msg::SuspendSubmit => "Suspender kontoen",
        Msg::SuspendSaved => "Kontoen er suspenderet, og personen har fået besked.",
        Msg::LiftTitle => "Ophæv suspensionen",
        Msg::LiftHint => "Valgfrit. Skrives i loggen.",
        Msg::LiftSubmit => "Ophæv suspensionen",
        Msg::LiftSaved => "Suspensionen er ophævet.",
        Msg::SuspensionInForce => "Gælder nu",
        Msg::SuspensionFromTo => "Fra {from} til {to}",
        Msg::SuspensionFromOn => "Fra {from}, indtil den ophæves",
        Msg::SuspensionBy => "Suspenderet af {name}",
        Msg::SuspensionLiftedAt => "Ophævet {at}",
        Msg::AuditTitle => "Log over handlinger",
        Msg::AuditLead => {
            "Alt, hvad moderatorer og administratorer har gjort, med hvem, hvornår og hvorfor. Loggen kan ikke ændres."
        }
        Msg::AuditEmpty => "Ingen handlinger passer til filtrene.",
        Msg::AuditCount => "{count} handlinger",
        Msg::AuditAllActions => "Alle handlinger",
        Msg::AuditAllTargets => "Alt",
        Msg::AuditAllActors => "Alle",
        Msg::AuditAction => "Handling",
        Msg::AuditTarget => "Gjort ved",
        Msg::AuditActor => "Hvem",
        Msg::AuditFrom => "Fra dato",
        Msg::AuditTo => "Til og med dato",
        Msg::AuditWhen => "Hvornår",
        Msg::AuditReason => "Begrundelse",
        Msg::AuditTargetInitiative => "Initiativ",
        Msg::AuditTargetComment => "Kommentar",
        Msg::AuditTargetAccount => "Konto",
        Msg::AuditTargetNeighbourhood => "Bydel",
        Msg::AuditTargetGoal => "Målsætning",
        Msg::AuditTargetSettings => "Indstillinger",
        Msg::NavSummary => "Overblik",
        Msg::SummaryTitle => "Overblik over deltagelsen",
        Msg::SummaryLead => {
            "Hvem tager del, hvordan og hvor – og hvem mangler. Kun samlede tal: ingen navne, og tal under 5 personer vises ikke."
        }
        Msg::SummaryChoose => "Vælg periode og afgrænsning",
        Msg::SummaryPeriod => "Periode",
        Msg::SummaryPeriod30 => "De seneste 30 dage",
        Msg::SummaryPeriodQuarter => "Det seneste kvartal (91 dage)",
        Msg::SummaryPeriodYear => "Det seneste år (365 dage)",
        Msg::SummaryPeriodCustom => "Valgte datoer",
        Msg::SummaryFrom => "Fra dato",
        Msg::SummaryTo => "Til og med dato",
        Msg::SummaryDatesHint => "Bruges, når perioden er \"Valgte datoer\".",
        Msg::SummaryWhereHeld => "Hvor initiativet holdes",
        Msg::SummaryPeriodText => {
            "Perioden {from} – {to}, sammenlignet med {previous_from} – {previous_to}."
        }
        Msg::SummaryDownload => "Hent tabellen som CSV",
        Msg::SummaryThisPeriod => "Perioden",
        Msg::SummaryPreviousPeriod => "Forrige periode",
        Msg::SummaryFewerThan5 => "færre end 5",
        Msg::SummaryHours => "{hours} timer",
        Msg::SummaryCsvFigure => "Tal",
        Msg::SummaryCsvFrom => "Fra",
        Msg::SummaryCsvTo => "Til",
        Msg::SummaryCsvValue => "Værdi",
        Msg::SummaryCsvPreviousFrom => "Forrige fra",
        Msg::SummaryCsvPreviousTo => "Forrige til",
        Msg::SummaryCsvPreviousValue => "Forrige periode",
        Msg::SummaryCsvPreviousInitiatives => "Initiativer, forrige periode",
        Msg::SummaryCsvPreviousPeople => "Personer, forrige periode",
        Msg::SummaryCsvPreviousPerThousand => "Pr. 1.000 indbyggere, forrige periode",
        Msg::SummaryHeadlineTitle => "Hovedtal",
        Msg::SummaryHeadlineRule => {
            "Deltagere er borgere, der var meldt til et offentliggjort initiativ på et tidspunkt i perioden: også dem, der meldte sig fra i løbet af perioden, men ikke dem, der meldte sig fra før den. Nye er dem, der meldte sig til for første gang. Afviste, ventende og skjulte initiativer tæller ikke med, undtagen under \"foreslået\". Slettede og skjulte kommentarer tæller ikke."
        }
        Msg::SummaryParticipants => "Deltagere",
        Msg::SummaryNew => "Nye deltagere",
        Msg::SummaryProposed => "Foreslået",
        Msg::SummaryPublished => "Offentliggjort",
        Msg::SummaryCarriedOut => "Gennemført",
        Msg::SummaryComments => "Kommentarer",
        Msg::SummarySteppedUp => "Gået et trin op",
        Msg::SummaryLadderTitle => "Deltagelsestrappen",
        Msg::SummaryLadderRule => {
            "Hver person tælles én gang, på det højeste trin, de havde i perioden. \"Gået et trin op\" er dem, hvis højeste trin i perioden er højere end det højeste, de havde før perioden, også hvis de meldte sig fra imellem."
        }
        Msg::SummaryLadderText => {
            "Deltagere efter højeste trin: {levels}. Gået et trin op: {stepped}."
        }
        Msg::SummaryLevel => "Trin",
        Msg::SummaryPeople => "Personer",
        Msg::SummaryGoalsTitle => "Efter målsætning",
        Msg::SummaryGoalsRule => {
            "Initiativer offentliggjort i perioden under målsætningen, og personer, der deltog i initiativer under den. Et initiativ under begge målsætninger tælles under hver."
        }
        Msg::SummaryGoal => "Målsætning",
        Msg::SummaryInitiatives => "Initiativer",
        Msg::SummaryPlacesTitle => "Efter bydel",
        Msg::SummaryPlacesRule => {
            "Deltagere efter den bydel, de har oplyst at bo i (som deres konto siger nu), pr. 1.000 indbyggere; initiativer efter hvor de holdes. Bydele med få deltagere pr. 1.000 indbyggere er underrepræsenterede."
        }
        Msg::SummaryPlacesText => {
            "Færrest deltagere pr. 1.000 indbyggere: {lowest}. Flest: {highest}."
        }
        Msg::SummaryPlacesNone => "Der er ikke nok deltagere til at vise tal pr. bydel.",
        Msg::SummaryNeighbourhood => "Bydel",
        Msg::SummaryResidents => "Indbyggere",
        Msg::SummaryPerThousand => "Pr. 1.000 indbyggere",
        Msg::SummaryInitiativesThere => "Initiativer holdt her",
        Msg::SummaryNotStated => "Ikke oplyst (bopæl) / hele byen (initiativer)",
        Msg::SummaryNoResidents => "indbyggertal mangler",
        Msg::SummaryMeetingTitle => "Møder på tværs",
        Msg::SummaryMeetingRule => {
            "Andelen af de initiativer, nogen deltog i, hvor deltagerne bor i mindst to forskellige bydele; personer, der ikke har oplyst en bydel, tæller ikke med i andelen. Tabellen viser personer efter, hvor de bor, og hvor initiativet holdes; en person, der deltager flere steder, tæller hvert sted."
        }
        Msg::SummaryMeetingText => {
            "{across} af {initiatives} initiativer samlede folk fra mindst to bydele ({share}; forrige periode {previous})."
        }
        Msg::SummaryMeetingNone => "Ingen deltog i initiativer i perioden.",
        Msg::SummaryMatrixCaption => {
            "Hvem deltager hvor: bopæl (rækker) og initiativets sted (kolonner)"
        }
        Msg::SummaryLivesIn => "Bor i",
        Msg::SummaryHomeNotStated => "Ikke oplyst",
        Msg::SummaryTrendTitle => "Udvikling måned for måned",
        Msg::SummaryTrendRule => {
            "De tolv kalendermåneder til og med periodens sidste måned. Nye deltagere vises ikke måned for måned, for månederne ville tilsammen afsløre små tal."
        }
        Msg::SummaryTrendText => "Fra {first} til {last}. Flest deltagere i {month}: {count}.",
        Msg::SummaryTrendQuiet => "Fra {first} til {last}: færre end 5 deltagere hver måned.",
        Msg::SummaryMonth => "Måned",
        Msg::SummaryModerationTitle => "Behandling af forslag",
        Msg::SummaryModerationRule => {
            "Afgørelser truffet i perioden, også om initiativer, der siden er skjult. Ventetiden regnes fra forslaget blev sendt (igen) til afgørelsen."
        }
        Msg::SummaryWaitText => {
            "Ventetid: median {median}, længst {longest} (forrige periode: {previous_median} og {previous_longest})."
        }
        Msg::SummaryDecisions => "Afgørelser",
        Msg::SummarySentBack => "Sendt tilbage",
        Msg::SummaryRejected => "Afvist",
        Msg::SummaryMedianWait => "Ventetid, median (timer)",
        Msg::SummaryLongestWait => "Ventetid, længst (timer)",
        Msg::SummaryWithheld => "skjult",
        Msg::SummaryPrivacyRule => {
            "Tal under 5 personer vises som \"færre end 5\". Hvis kun ét tal i en tabel er så lille, skjules ét tal mere (vist som \"skjult\"), så det lille ikke kan regnes ud fra totalen."
        }
        Msg::SummaryNarrowedGoal => "Kun initiativer under målsætning {number}: {title}.",
        Msg::SummaryNarrowedPlace => "Kun initiativer, der holdes i {place}.",
        Msg::SummaryNarrowedNone => "Alle initiativer i kommunen.",
        Msg::SummaryTakenPartIn => "Initiativer, nogen deltog i",
        Msg::SummaryAcross => "Med deltagere fra mindst to bydele",
        Msg::SummaryAcrossShare => "Andel (%)",
        Msg::SummaryDownloadAcross => "Hent tallene om at mødes på tværs som CSV",
        Msg::SummaryMatrixPrevious => {
            "I parentes: samme tal for den foregående periode. \"<5\" betyder færre end 5 personer."
        }
        Msg::SummaryCsvPreviousOf => "{name}, foregående periode",
        Msg::AdminTitle => "Administration",
        Msg::AdminNav => "Administration",
        Msg::AdminNavLabel => "Administrationens sider",
        Msg::AdminLead => {
            "Her styrer du, hvem der har hvilke roller, bydelene, politikkens målsætninger og sidens indstillinger. Alt, du ændrer, skrives i loggen."
        }
        Msg::AdminLogLead => {
            "Se, hvad moderatorer og administratorer har gjort, hvornår og hvorfor."
        }
        Msg::AdminSave => "Gem",
        Msg::AdminRetired => "Ikke i brug",
        Msg::AdminNotGiven => "Ikke oplyst",
        Msg::AdminNote => "Bemærkning",
        Msg::AdminNoteHint => "Valgfri. Skrives i loggen.",
        Msg::AdminAccountsTitle => "Roller",
        Msg::AdminAccountsLead => {
            "Giv og fjern roller. Alle konti er borgere. Moderatorer ser forslag igennem, politikere læser opgørelserne, og administratorer styrer siden. Der skal altid være mindst én administrator."
        }
        Msg::AdminAccountsSearch => "Søg på navn eller e-mail",
        Msg::AdminAccountsSearchSubmit => "Søg",
        Msg::AdminAccountsCount => "{count} konti",
        Msg::AdminAccountsEmpty => "Ingen konti passer til søgningen.",
        Msg::AdminRolesChange => "Skift roller for {name}",
        Msg::AdminRoleGrantTitle => "Giv en rolle",
        Msg::AdminRoleRevokeTitle => "Fjern en rolle",
        Msg::AdminRoleToGrant => "Rolle, der skal gives",
        Msg::AdminRoleToRevoke => "Rolle, der skal fjernes",
        Msg::AdminRoleChoose => "Vælg en rolle",
        Msg::AdminRoleGrant => "Giv rollen",
        Msg::AdminRoleRevoke => "Fjern rollen",
        Msg::AdminRoleGranted => "Rollen er givet.",
        Msg::AdminRoleRevoked => "Rollen er fjernet.",
        Msg::AdminNeighbourhoodsTitle => "Bydele",
        Msg::AdminNeighbourhoodsLead => {
            "Borgerne vælger blandt bydelene, når de fortæller, hvor de bor. En bydel slettes aldrig, men den kan tages ud af brug."
        }
        Msg::AdminNeighbourhoodsAll => "Alle bydele",
        Msg::AdminNeighbourhoodsEmpty => "Der er ingen bydele endnu.",
        Msg::AdminNeighbourhoodAddTitle => "Tilføj en bydel",
        Msg::AdminNeighbourhoodAddSubmit => "Tilføj bydelen",
        Msg::AdminNeighbourhoodName => "Navn",
        Msg::AdminNeighbourhoodResidents => "Antal indbyggere",
        Msg::AdminNeighbourhoodResidentsHint => {
            "Et helt tal, fx 2300 eller 2.300. Bruges til at regne deltagere pr. 1.000 indbyggere."
        }
        Msg::AdminNeighbourhoodAccounts => "Konti, der bor her",
        Msg::AdminNeighbourhoodChange => "Ret navn eller antal indbyggere for {name}",
        Msg::AdminNeighbourhoodRetire => "Tag {name} ud af brug",
        Msg::AdminNeighbourhoodRetireHint => {
            "Borgerne kan ikke længere vælge den. De, der har valgt den, beholder den, og opgørelserne tæller den stadig med."
        }
        Msg::AdminNeighbourhoodReinstate => "Tag {name} i brug igen",
        Msg::AdminNeighbourhoodAdded => "Bydelen er tilføjet.",
        Msg::AdminNeighbourhoodUpdated => "Bydelen er gemt.",
        Msg::AdminNeighbourhoodRetired => "Bydelen er taget ud af brug.",
        Msg::AdminNeighbourhoodReinstated => "Bydelen er i brug igen.",
        Msg::AdminGoalsTitle => "Målsætninger",
        Msg::AdminGoalsLead => {
            "Moderatorerne knytter hvert offentliggjort initiativ til en eller flere af politikkens målsætninger. En målsætning slettes aldrig, men den kan tages ud af brug."
        }
        Msg::AdminGoalsAll => "Politikkens målsætninger",
        Msg::AdminGoalsEmpty => "Der er ingen målsætninger endnu.",
        Msg::AdminGoalTitleDa => "Titel på dansk",
        Msg::AdminGoalTitleEn => "Titel på engelsk",
        Msg::AdminGoalSummaryDa => "Kort forklaring på dansk",
        Msg::AdminGoalSummaryEn => "Kort forklaring på engelsk",
        Msg::AdminGoalSummaryHint => "Et par sætninger om, hvad målsætningen handler om.",
        Msg::AdminGoalInitiatives => "Initiativer under den",
        Msg::AdminGoalEdit => "Ret teksterne i målsætning {number}",
        Msg::AdminGoalRetire => "Tag målsætning {number} ud af brug",
        Msg::AdminGoalRetireHint => {
            "Moderatorerne kan ikke længere vælge den. Initiativer, der allerede hører under den, beholder den."
        }
        Msg::AdminGoalReinstate => "Tag målsætning {number} i brug igen",
        Msg::AdminGoalAddTitle => "Tilføj en målsætning",
        Msg::AdminGoalAddLead => {
            "Den nye målsætning får det næste nummer. Skriv teksterne på både dansk og engelsk."
        }
        Msg::AdminGoalAddSubmit => "Tilføj målsætningen",
        Msg::AdminGoalAdded => "Målsætningen er tilføjet.",
        Msg::AdminGoalUpdated => "Målsætningen er gemt.",
        Msg::AdminGoalRetired => "Målsætningen er taget ud af brug.",
        Msg::AdminGoalReinstated => "Målsætningen er i brug igen.",
        Msg::AdminSettingsTitle => "Indstillinger",
        Msg::AdminSettingsLead => {
            "Kommunens navn og kontaktoplysninger, som siden viser dem. Et tomt felt betyder, at oplysningen ikke vises."
        }
        Msg::AdminSettingMunicipality => "Kommunens navn",
        Msg::AdminSettingMunicipalityHint => "Vises øverst på hver side.",
        Msg::AdminSettingAccessibility => "Kontaktadresse i tilgængelighedserklæringen",
        Msg::AdminSettingAccessibilityHint => {
            "En e-mailadresse, som folk kan skrive til, hvis en side er svær at bruge."
        }
        Msg::AdminSettingsContactTitle => "Kontaktoplysninger",
        Msg::AdminSettingsContactHint => "Vises nederst på hver side.",
        Msg::AdminSettingEmail => "E-mail",
        Msg::AdminSettingPhone => "Telefon",
        Msg::AdminSettingAddress => "Adresse",
        Msg::AdminSettingAddressHint => "Valgfri. Du kan skrive på flere linjer.",
        Msg::AdminSettingsSubmit => "Gem indstillingerne",
        Msg::AdminSettingsSaved => "Indstillingerne er gemt.",
        Msg::AdminFooterContact => "Kontakt",
        Msg::AdminAccessibilityWriteTo => "Skriv til:",
        Msg::ErrChangedMeanwhile => {
            "Nogen har ændret det imens, så intet er gemt. Se siden igen, og prøv så igen."
        }
        Msg::ReportsTextReported => "Det anmeldte (før det blev rettet)",
        Msg::ReportsTextNow => "Sådan står det nu",
        Msg::ModAccountStaff => {
            "Denne konto er moderator eller administrator. Kun en administrator kan udelukke den."
        }
    }
}
