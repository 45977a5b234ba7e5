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
    }
}
