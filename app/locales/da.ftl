### Forsamlingshuset: every text of the interface, in Danish.
###
### Danish is the reference language. Every other file in this folder (en.ftl, and any
### you add) must have exactly the messages this file has, each with the same variables.
### Plain words, please: many readers have Danish as a second language.
###
### To add a language: copy this file to a new one named with the language's code (for
### example sv.ftl for Swedish, pt-BR.ftl for Brazilian Portuguese), and translate the text
### after each "=". Keep the names before the "=" and the variables as they are. Start with
### language-name, the language's name in itself: the language switch shows it. The build
### checks every file and stops with a message that names the file, the line and what is
### wrong. Nothing else needs to change.
###
### What you can write (a small part of Fluent, https://projectfluent.org/):
###
###   message-name = The text.
###
###   A long text can go on over several lines: indent the lines after the first.
###   The line breaks are kept (a web page shows them as spaces).
###
###   { $name } is a value the site fills in: a name, a title, a date or a number.
###   Numbers are written as the language writes them (number-thousands-separator and
###   number-decimal-separator below say how).
###
###   A text that changes with a number (plural forms):
###
###     list-count = { $count ->
###         [one] { $count } initiativ
###        *[other] { $count } initiativer
###     }
###
###   The forms are the plural categories of the Unicode CLDR for your language: [zero],
###   [one], [two], [few], [many] and [other]. Write the ones your language uses (see
###   https://www.unicode.org/cldr/charts/latest/supplemental/language_plural_rules.html).
###   An exact number such as [0] is allowed too; the first form that fits is used. The
###   form marked with * is used when no other fits; every choice needs one.
###
###   { "…" } is text in quotes: for a space at the start or the end of a text, or a
###   brace, which would otherwise have a meaning.
###
###   A line that starts with # is a comment for translators; the site does not show it.
###
### The build refuses anything else: terms (-name), attributes (.name), functions
### (NUMBER(), DATETIME()), references to other messages, and choices on anything but a
### variable.

## This language

# The language's name in itself, as the language switch shows it.
language-name = Dansk

## Every page: the site's name, the menu and the footer

site-name = Forsamlingshuset
skip-to-content = Gå til indholdet
main-navigation = Hovedmenu
nav-home = Forside
nav-log-in = Log ind
nav-register = Opret konto
nav-account = Min konto
nav-log-out = Log ud
language-switch = Sprog
footer-accessibility = Tilgængelighedserklæring
footer-about = Et online forsamlingshus, hvor borgere, politikere og kommunens medarbejdere mødes om fællesskaber og initiativer i byen.
loading = Henter …
logged-in-as = Logget ind som { $name }

## The front page

home-title = Fælles om byen
home-lead = Her kan du finde og starte arrangementer, aktiviteter og idéer i din by – og være med på den måde, der passer dig.
home-how-title = Sådan virker det
home-how-text = Borgere foreslår initiativer. Kommunens medarbejdere ser forslaget igennem, før det bliver offentligt. Alle kan melde sig til og kommentere. Politikerne kan følge, hvem der er med, og hvem der mangler.
home-levels-title = Fire måder at være med på
home-levels-intro = Al deltagelse, der bidrager til fællesskabet, er værdifuld. Du vælger selv, og du kan altid skifte.
home-join-cta = Opret en konto
home-log-in-cta = Log ind
home-welcome-back = Velkommen tilbage, { $name }.
home-go-to-account = Gå til din konto

## The four ways to take part (levels)

level-observing = Observerende deltagelse
level-observing-text = Du møder op og viser din støtte.
level-active = Aktiv deltagelse
level-active-text = Du tager del: tager naboen med, byder nye velkommen, dækker et bord eller bager en kage.
level-co-creating = Medskabende deltagelse
level-co-creating-text = Du hjælper med at få det op at stå: inviterer andre, låner lokaler og den slags.
level-initiator = Initiativtager
level-initiator-text = Du har idéen – alene eller sammen med andre – og finder folk til at gøre den til virkelighed.

## Creating an account

register-title = Opret konto
register-lead = Med en konto kan du foreslå initiativer, melde dig til og skrive kommentarer.
register-submit = Opret konto
register-have-account = Har du allerede en konto? Log ind
field-display-name = Navn
field-display-name-hint = Det navn, andre ser. Det må gerne være dit fornavn.
field-email = E-mail
field-email-hint = Vi bruger den kun til at logge dig ind og skrive til dig om dine initiativer.
field-password = Adgangskode
field-password-hint = Mindst 12 tegn. En sætning, du kan huske, er god.
field-password-repeat = Gentag adgangskoden
field-neighbourhood = Bydel
field-neighbourhood-hint = Hjælper kommunen med at se, om alle dele af byen er med. Andre kan ikke se den.
neighbourhood-none = Vil ikke oplyse / bor ikke i kommunen
optional = (valgfri)

## Logging in

log-in-title = Log ind
log-in-submit = Log ind
log-in-no-account = Har du ikke en konto? Opret en
log-in-password = Adgangskode

## My account: details, roles, name and password

account-title = Min konto
account-details-title = Dine oplysninger
account-email = E-mail
account-roles = Roller
account-member-since = Oprettet
account-neighbourhood-none = Ikke oplyst
role-citizen = Borger
role-moderator = Moderator
role-politician = Politiker
role-administrator = Administrator
account-created = Velkommen! Din konto er oprettet, og du er logget ind.
profile-title = Ret navn og bydel
profile-submit = Gem
profile-saved = Dine oplysninger er gemt.
password-title = Skift adgangskode
field-current-password = Nuværende adgangskode
field-new-password = Ny adgangskode
field-new-password-repeat = Gentag den nye adgangskode
password-submit = Skift adgangskode
password-changed = Din adgangskode er skiftet. Du er logget ud alle andre steder.
must-log-in = Du skal være logget ind for at se denne side.
must-log-in-link = Log ind

## A page that does not exist

not-found-title = Siden findes ikke
not-found-text = Vi kan ikke finde den side, du leder efter. Måske er den flyttet, eller adressen er skrevet forkert.
back-home = Gå til forsiden

## The accessibility statement

accessibility-title = Tilgængelighedserklæring
accessibility-standard = Forsamlingshuset skal kunne bruges af alle. Vi arbejder efter standarden WCAG 2.1 på niveau AA.
accessibility-how = Alle sider virker med tastatur alene, med skærmlæser og uden JavaScript. Hver side bliver automatisk tjekket for kendte tilgængelighedsfejl, før en ny version tages i brug.
accessibility-known-issues = Vi kender ikke til fejl lige nu. Hvis du møder en side, du ikke kan bruge, vil vi gerne vide det.
accessibility-contact-title = Kontakt
accessibility-contact = Skriv til kommunen og fortæl, hvilken side det drejer sig om, og hvad der gik galt.

## Errors in forms and requests

error-summary-title = Der er fejl i formularen. Ret det, der står ved felterne:
err-required = Skriv noget i feltet.
err-too-long = { $max ->
   *[other] Højst { $max } tegn.
}
err-control-characters = Feltet indeholder tegn, der ikke kan bruges.
err-invalid-email = Skriv en e-mailadresse som navn@eksempel.dk.
err-invalid-web-address = Skriv en webadresse, der begynder med https://, som https://www.kommune.dk/side.
admin-setting-statement = Webadresse på den officielle tilgængelighedserklæring
admin-setting-statement-hint = Hvis kommunen har lavet en tilgængelighedserklæring for platformen (fx i Digitaliseringsstyrelsens værktøj), linker siden Tilgængelighed til den.
accessibility-official-statement = Læs kommunens officielle tilgængelighedserklæring
err-email-taken = Der findes allerede en konto med den e-mail. Prøv at logge ind.
err-password-too-short = { $min ->
   *[other] Adgangskoden skal være mindst { $min } tegn.
}
err-password-too-long = { $max ->
   *[other] Adgangskoden må højst være { $max } tegn.
}
err-passwords-differ = De to adgangskoder er ikke ens.
err-wrong-current-password = Den nuværende adgangskode er forkert.
err-unknown-neighbourhood = Vælg en bydel fra listen.
err-not-logged-in = Du skal logge ind først.
err-forbidden = Du har ikke adgang til at gøre dette.
err-not-found = Det, du leder efter, findes ikke.
err-wrong-credentials = E-mail eller adgangskode er forkert.
err-bad-request = Vi kunne ikke læse det, du sendte. Prøv igen.
err-internal = Noget gik galt hos os. Prøv igen om lidt.

## Initiatives: kinds and states

kind-event = Arrangement
kind-activity = Fast aktivitet
kind-idea = Idé til byen
kind-proposal = Forslag til byrådet
state-pending = Venter på en medarbejder
state-published = Offentligt
state-sent-back = Sendt tilbage til dig
state-rejected = Afvist
state-withdrawn = Trukket tilbage
state-carried-out = Gennemført
state-archived = Arkiveret

## Proposing an initiative

err-unknown-kind = Vælg en af mulighederne.
err-invalid-date-time = Skriv dato og tid som 01-12-2026 18:00.
err-in-past = Tidspunktet er allerede passeret.
err-end-before-start = Slut skal være efter start.
err-end-without-start = Skriv også, hvornår det starter.
err-too-many-needs = { $max ->
   *[other] Højst { $max } behov.
}
nav-initiatives = Initiativer
nav-propose = Foreslå et initiativ
nav-mine = Mine initiativer
propose-title = Foreslå et initiativ
propose-lead = Fortæl, hvad du gerne vil sætte i gang. En medarbejder fra kommunen ser forslaget igennem, før andre kan se det.
field-title = Titel
field-title-hint = Kort og klart, fx »Fællesspisning i Hedemarken«.
field-description = Beskrivelse
field-description-hint = Hvad skal der ske, og hvem er det for? Lav en tom linje mellem afsnit. Links begynder med https://.
field-kind = Hvad slags initiativ er det?
field-starts-at = Starter
field-ends-at = Slutter
field-time-hint = Dato og klokkeslæt.
field-place = Sted
field-place-hint = Fx »Medborgerhuset, sal 2«.
field-initiative-neighbourhood = Bydel
whole-town = Hele byen
field-needs-list = Hvad har I brug for?
field-needs-hint = Ét behov pr. linje, fx »Nogen der vil bage«. Andre kan tilbyde at tage et behov.
propose-submit = Send forslaget
propose-sent = Tak! Dit forslag er sendt. Det bliver offentligt, når en medarbejder har set det igennem.

## My initiatives

mine-title = Mine initiativer
mine-lead = Her er de initiativer, du har foreslået, og hvor langt de er.
mine-empty = Du har ikke foreslået noget endnu.

## An initiative's page: details and taking part

detail-kind = Slags
detail-when = Hvornår
detail-where = Hvor
detail-neighbourhood = Bydel
detail-initiators = Initiativtagere
detail-initiators-more = { $count ->
    [one] { $names } og { $count } anden
   *[other] { $names } og { $count } andre
}
detail-by-level = Deltagere efter måde
detail-needs = Det har vi brug for
detail-need-covered = dækket
detail-not-public = Kun du og kommunens medarbejdere kan se dette initiativ, indtil det er gjort offentligt.
detail-withdrawn = Initiativet er trukket tilbage. Man kan ikke længere melde sig til.
join-title = Vær med
join-intro = Vælg den måde, der passer dig. Du kan altid skifte eller melde fra.
join-submit = Meld mig til
change-level-submit = Skift måde
leave-submit = Meld mig fra
you-take-part = Du er med som: { $level }.
join-log-in = Log ind for at være med
joined-saved = Du er med. Tak!
left-saved = Du er meldt fra.
err-last-initiator = Du er den eneste initiativtager. Find en mere, før du melder fra eller skifter måde.
list-participants = { $count ->
   *[other] { $count } er med
}
list-empty = Der er ingen offentlige initiativer endnu. Vær den første til at foreslå et!
detail-your-way = Din måde at være med på

## The list of initiatives: search, filters and pages

filter-title = Find initiativer
filter-search = Søg
filter-all-neighbourhoods = Alle bydele
filter-all-kinds = Alle slags
filter-any-time = Når som helst
filter-upcoming = Kommende
filter-past = Tidligere
filter-sort = Sortér efter
sort-newest = Nyeste
sort-soonest = Starter snarest
sort-participants = Flest deltagere
filter-submit = Vis
list-count = { $count ->
    [one] { $count } initiativ
   *[other] { $count } initiativer
}
pagination = Sider
page-previous = Forrige side
page-next = Næste side
page-of = Side { $page } af { $pages }

## What I take part in; withdrawing and editing a proposal

nav-participation = Det er jeg med i
participation-empty = Du er ikke med i noget endnu. Find et initiativ, du har lyst til at være med i.
withdraw-title = Træk initiativet tilbage
withdraw-reason = Begrundelse
withdraw-hint = Fortæl de andre, hvorfor det ikke bliver til noget. Initiativet kan stadig læses, men ingen kan melde sig til.
withdraw-submit = Træk tilbage
edit-title = Ret forslaget
edit-lead = Du kan rette forslaget, indtil det er gjort offentligt. Er det sendt tilbage til dig, kommer det igen i kø, når du gemmer.
edit-submit = Gem ændringerne
edit-saved = Dine ændringer er gemt.
sent-back-reason = Medarbejderen skrev

## Needs and offers

needs-who-can-offer = Er du med som aktiv eller medskabende, kan du tilbyde at tage et behov.
need-you-offered = Du har tilbudt at tage den. Tak!
need-offered-by = Tilbudt af: { $names }
need-offer = Jeg tager den
need-take-back = Jeg tager den ikke alligevel
need-mark-covered = Markér som dækket
need-mark-open = Markér som ikke dækket

## Asking to become an initiator

initiator-request-hint = Vil du være med til at stå for det? Initiativtagerne svarer på din anmodning.
initiator-request-submit = Bed om at blive initiativtager
initiator-request-pending = Du har bedt om at blive initiativtager. Initiativtagerne svarer snart.
initiator-request-declined = Initiativtagerne sagde nej tak sidste gang. Du kan spørge igen.
initiator-requests-title = Vil være initiativtager
initiator-request-accept = Sig ja
initiator-request-decline = Sig nej tak

## Reporting an initiative

report-title = Anmeld initiativet til kommunen
report-reason = Hvad er der galt?
report-hint = Fx noget krænkende eller ulovligt. En medarbejder ser på det.
report-submit = Send anmeldelsen
report-saved = Tak. En medarbejder ser på din anmeldelse.

## Comments

err-comments-closed = Initiativet tager ikke imod kommentarer, fordi det ikke er offentliggjort.
err-comment-gone = Kommentaren, du svarer på, er blevet slettet. Din tekst står her stadig.
comments-title = { $count ->
   *[other] Kommentarer ({ $count })
}
comments-empty = Ingen har kommenteret endnu.
comments-log-in = Log ind for at kommentere
comments-closed = Initiativet tager ikke imod nye kommentarer.
comments-new-title = Skriv en kommentar
comment-label = Din kommentar
comment-hint = Skriv venligt og til sagen, som på et møde. Tomme linjer deler teksten i afsnit, og webadresser bliver til links.
comment-submit = Send kommentar
reply-title = Svar
reply-label = Dit svar
reply-submit = Send svar
comment-edit-title = Ret
comment-edit-submit = Gem ændringer
comment-delete-title = Slet
comment-delete-confirm = Vil du slette din kommentar? Teksten forsvinder, men svar på den bliver stående.
comment-delete-submit = Ja, slet kommentaren
comment-report-title = Anmeld
comment-edited = redigeret
comment-deleted = Kommentaren er slettet.
comment-earlier-replies = { $count ->
   *[other] Vis { $count } tidligere svar
}
comment-replies-to = Svar til { $name }
comment-saved = Din kommentar er sendt.
comment-edit-saved = Din kommentar er rettet.
comment-delete-saved = Din kommentar er slettet.
comments-new = Der er kommet nye kommentarer.
comments-show-new = Vis nye kommentarer
comments-pagination = Sider med kommentarer

## The community policy's goals

goal-numbered = Målsætning { $number }: { $title }
filter-all-goals = Alle målsætninger
filter-goal = Målsætning i fællesskabspolitikken
detail-goals = Fællesskabspolitikkens målsætninger

## Reviewing proposals: errors

err-already-decided = En anden medarbejder har allerede behandlet forslaget.
err-no-goal = Vælg mindst én målsætning.
err-unknown-goal = Vælg blandt målsætningerne på listen.

## Notifications

notice-published = Dit initiativ “{ $title }” er offentliggjort. Nu kan alle se det og være med.
notice-sent-back = Dit forslag “{ $title }” er sendt tilbage til dig. Ret det, så kommer det i køen igen.
notice-rejected = Dit forslag “{ $title }” er afvist.
notice-reason = Kommunens begrundelse
notices-title = Beskeder
notices-empty = Du har ingen beskeder.
notices-mark-read = Marker alle som læst
notices-unread = Ny
nav-notices = { $count ->
   *[other] Beskeder ({ $count })
}

## The review queue

nav-review = Forslag til behandling
review-title = Forslag til behandling
review-lead = Forslagene står med det, der har ventet længst, først.
review-empty = Der er ingen forslag, der venter.
review-proposed-by = foreslået af { $name }
review-waited-hours = { $hours ->
   *[other] Har ventet { $hours } t.
}
review-waited-days = { $days ->
   *[other] Har ventet { $days } døgn
}
review-published = Initiativet er offentliggjort, og initiativtagerne har fået besked.
review-sent-back = Forslaget er sendt tilbage, og initiativtagerne har fået besked.
review-rejected = Forslaget er afvist, og initiativtagerne har fået besked.
review-one-title = Behandl et forslag
review-back = Tilbage til forslagene
review-see-all = Se hele forslaget
review-own = Du er initiativtager på dette forslag, så en anden medarbejder skal behandle det.
review-publish-title = Offentliggør
review-goals = Hvilke af fællesskabspolitikkens målsætninger hører initiativet under?
review-note = Note om valget
review-note-hint = Valgfri. Skriv kort, hvorfor initiativet hører under målsætningerne. Initiativtagerne kan se noten.
review-publish-submit = Offentliggør initiativet
review-send-back-title = Send tilbage til initiativtagerne
review-reason = Begrundelse
review-send-back-hint = Skriv, hvad initiativtagerne skal rette. De ser begrundelsen og kan sende forslaget igen.
review-send-back-submit = Send forslaget tilbage
review-reject-title = Afvis
review-reject-hint = Skriv, hvorfor forslaget afvises. Initiativtagerne ser begrundelsen.
review-reject-submit = Afvis forslaget

## Moderation and administration: errors

err-suspended = Din konto er suspenderet. Du kan læse med, men ikke skrive, foreslå eller melde dig til.
err-already-handled = En anden moderator har allerede behandlet dette.
err-unknown-choice = Vælg en af mulighederne.
err-invalid-number = Skriv et helt tal, 0 eller derover.
err-name-taken = Det navn er allerede i brug.
err-last-administrator = Der skal altid være mindst én administrator.

## The audit log: what was done

audit-publish = Offentliggjorde
audit-send-back = Sendte tilbage
audit-reject = Afviste
audit-change-goals = Ændrede målsætninger
audit-carry-out = Markerede som gennemført
audit-archive = Arkiverede
audit-hide = Skjulte
audit-restore = Gendannede
audit-dismiss = Afviste anmeldelser
audit-suspend = Suspenderede
audit-lift = Ophævede suspension
audit-grant-role = Gav rolle
audit-revoke-role = Fjernede rolle
audit-add-neighbourhood = Tilføjede bydel
audit-edit-neighbourhood = Ændrede bydel
audit-retire-neighbourhood = Tog bydel ud af brug
audit-reinstate-neighbourhood = Tog bydel i brug igen
audit-add-goal = Tilføjede målsætning
audit-edit-goal = Ændrede målsætning
audit-retire-goal = Tog målsætning ud af brug
audit-reinstate-goal = Tog målsætning i brug igen
audit-edit-settings = Ændrede indstillinger

## Notifications about published initiatives and suspensions

notice-goals-changed = Kommunen har ændret, hvilke målsætninger "{ $title }" hører under.
notice-carried-out = "{ $title }" er markeret som gennemført. Tak for indsatsen!
notice-archived = "{ $title }" er arkiveret. Den kan stadig læses, men ikke længere meldes til.
notice-hidden = En moderator har skjult dit indhold på "{ $title }".
notice-restored = Dit indhold på "{ $title }" kan ses igen.
notice-suspended = Din konto er suspenderet. Du kan læse med, men ikke skrive, foreslå eller melde dig til.

## Suspensions: what the suspended person sees, and the periods

suspended-until = Suspensionen gælder til { $until }.
suspended-indefinitely = Suspensionen gælder, indtil en moderator ophæver den.
suspend-days = { $days ->
   *[other] { $days } døgn
}
suspend-indefinite = Indtil videre (til en moderator ophæver den)

## Hidden content and the report queue

hidden-by-moderator = Skjult af en moderator.
hidden-pending-review = Skjult, fordi flere har anmeldt det. En moderator ser på det.
hidden-initiative-title = Skjult initiativ
reports-title = Anmeldelser
reports-lead = Indhold, som borgere har anmeldt. Det, der er skjult automatisk, står først.
reports-empty = Der er ingen anmeldelser at se på.
reports-hidden = Indholdet er skjult, og forfatteren har fået besked.
reports-restored = Indholdet kan ses igen.
reports-dismissed = Anmeldelserne er afvist.
reports-kind-initiative = Initiativ
reports-kind-comment = Kommentar på
reports-written-by = Skrevet af { $name }
reports-about-author = Om skribenten og suspension
reports-reporters = { $count ->
   *[other] Anmeldt af { $count }
}
reports-own = Du har selv skrevet dette, så en anden moderator skal tage sig af det.
reports-hide-title = Skjul
reports-hide-reason = Begrundelse
reports-hide-hint = Skribenten får begrundelsen at se. Andre ser kun, at en moderator har skjult det.
reports-hide-submit = Skjul indholdet
reports-restore-title = Gendan
reports-restore-hint = Valgfrit. Skrives i loggen og sendes til skribenten, hvis en moderator skjulte det.
reports-restore-submit = Vis indholdet igen
reports-dismiss-title = Afvis anmeldelserne
reports-dismiss-hint = Valgfrit. Skrives i loggen. Er indholdet skjult automatisk, bliver det vist igen.
reports-dismiss-submit = Afvis anmeldelserne
reports-note = Bemærkning

## Moderating published initiatives

review-state = Status
review-visibility-title = Skjul eller vis
moderation-nav-label = Moderatorernes sider
published-goals-title = Skift målsætninger
published-goals-reason = Begrundelse
published-goals-hint = Initiativtagerne får begrundelsen at se.
published-goals-submit = Gem målsætningerne
published-goals-saved = Målsætningerne er ændret, og initiativtagerne har fået besked.
published-carry-out-title = Marker som gennemført
published-carry-out-hint = Valgfrit. Initiativtagerne får bemærkningen at se.
published-carry-out-submit = Marker som gennemført
published-carry-out-saved = Initiativet er markeret som gennemført.
published-archive-title = Arkiver
published-archive-hint = Valgfrit. Et arkiveret initiativ kan læses, men ikke meldes til.
published-archive-submit = Arkiver initiativet
published-archive-saved = Initiativet er arkiveret.

## An account as moderators see it; suspending and lifting

mod-account-title = Konto
mod-account-heading = Konto: { $name }
mod-account-written = Har skrevet
mod-account-counts = { $initiatives ->
   *[other] { $initiatives } forslag
} og { $comments ->
    [one] { $comments } kommentar
   *[other] { $comments } kommentarer
}
mod-account-suspensions = Suspensioner
mod-account-no-suspensions = Kontoen har aldrig været suspenderet.
mod-account-own = Det er din egen konto. Du kan ikke suspendere dig selv.
suspend-title = Suspender kontoen
suspend-again-title = Suspender igen (erstatter den nuværende)
suspend-lead = En suspenderet konto kan læse med, men ikke skrive, foreslå, melde sig til eller anmelde. Personen får begrundelsen at se.
suspend-period = Hvor længe
suspend-reason-hint = Personen får begrundelsen at se. Skriv den, så den kan forstås.
suspend-submit = Suspender kontoen
suspend-saved = Kontoen er suspenderet, og personen har fået besked.
lift-title = Ophæv suspensionen
lift-hint = Valgfrit. Skrives i loggen.
lift-submit = Ophæv suspensionen
lift-saved = Suspensionen er ophævet.
suspension-in-force = Gælder nu
suspension-from-to = Fra { $from } til { $to }
suspension-from-on = Fra { $from }, indtil den ophæves
suspension-by = Suspenderet af { $name }
suspension-lifted-at = Ophævet { $at }

## The audit log page

audit-title = Log over handlinger
audit-lead = Alt, hvad moderatorer og administratorer har gjort, med hvem, hvornår og hvorfor. Loggen kan ikke ændres.
audit-empty = Ingen handlinger passer til filtrene.
audit-count = { $count ->
    [one] { $count } handling
   *[other] { $count } handlinger
}
audit-all-actions = Alle handlinger
audit-all-targets = Alt
audit-all-actors = Alle
audit-action = Handling
audit-target = Gjort ved
audit-actor = Hvem
audit-from = Fra dato
audit-to = Til og med dato
audit-when = Hvornår
audit-reason = Begrundelse
audit-target-initiative = Initiativ
audit-target-comment = Kommentar
audit-target-account = Konto
audit-target-neighbourhood = Bydel
audit-target-goal = Målsætning
audit-target-settings = Indstillinger

## The politicians' summary: choosing what to see

nav-summary = Overblik
summary-title = Overblik over deltagelsen
summary-lead = Hvem tager del, hvordan og hvor – og hvem mangler. Kun samlede tal: ingen navne, og tal under 5 personer vises ikke.
summary-choose = Vælg periode og afgrænsning
summary-period = Periode
summary-period-30 = De seneste 30 dage
summary-period-quarter = De seneste 91 dage (et kvartal)
summary-period-year = De seneste 365 dage (et år)
summary-period-last-quarter = Det seneste hele kvartal
summary-period-last-year = Det seneste hele kalenderår
summary-period-custom = Valgte datoer
summary-from = Fra dato
summary-to = Til og med dato
summary-dates-hint = Bruges, når perioden er "Valgte datoer".
summary-where-held = Hvor initiativet holdes
summary-period-text = Perioden { $from } – { $to }, sammenlignet med { $previous_from } – { $previous_to }.
summary-download = Hent tabellen som CSV
summary-this-period = Perioden
summary-previous-period = Forrige periode
summary-fewer-than-5 = færre end 5
summary-hours = { $hours ->
    [one] { $hours } time
   *[other] { $hours } timer
}

## The summary: column names in tables and CSV files

summary-csv-figure = Tal
summary-csv-from = Fra
summary-csv-to = Til
summary-csv-value = Værdi
summary-csv-previous-from = Forrige fra
summary-csv-previous-to = Forrige til
summary-csv-previous-value = Forrige periode
summary-csv-previous-initiatives = Initiativer, forrige periode
summary-csv-previous-people = Personer, forrige periode
summary-csv-previous-per-thousand = Pr. 1.000 indbyggere, forrige periode

## The summary: the figures, section by section

summary-headline-title = Hovedtal
summary-headline-rule = Deltagere er borgere, der var meldt til et offentliggjort initiativ, mens det løb i perioden: et arrangement med dato, mens det stod på; en aktivitet fra den startede, og en idé eller et forslag fra det blev offentliggjort, til det blev gennemført, arkiveret eller trukket tilbage. Også dem, der meldte sig fra i løbet af perioden, men ikke dem, der meldte sig fra før den, eller som kun var meldt til noget, der var slut eller ikke begyndt. "Meldt til eller gået et trin op" er dem, der i perioden meldte sig til noget eller valgte et højere trin, uanset hvornår det finder sted. Nye er dem, der for første gang meldte sig til noget på platformen, også når oversigten er afgrænset til et mål eller et sted. Afviste, ventende og skjulte initiativer tæller ikke med, undtagen under "foreslået". Slettede og skjulte kommentarer tæller ikke. Under en målsætning kan "foreslået" ikke opgøres, for målsætninger gives først ved offentliggørelsen.
summary-participants = Deltagere
summary-new = Nye deltagere
summary-joined-or-stepped-up = Meldt til eller gået et trin op
summary-proposed = Foreslået
summary-published = Offentliggjort
summary-carried-out = Gennemført
summary-comments = Kommentarer
summary-stepped-up = Gået et trin op
summary-ladder-title = Deltagelsestrappen
summary-ladder-rule = Hver person tælles én gang, på det højeste trin, de havde i perioden. "Gået et trin op" er dem, hvis højeste trin i perioden er højere end det højeste, de havde før perioden, også hvis de meldte sig fra imellem.
summary-ladder-text = Deltagere efter højeste trin: { $levels }. Gået et trin op: { $stepped }.
summary-level = Trin
summary-people = Personer
summary-goals-title = Efter målsætning
summary-goals-rule = Initiativer offentliggjort i perioden under målsætningen, og personer, der deltog i initiativer under den. Et initiativ under begge målsætninger tælles under hver.
summary-goal = Målsætning
summary-initiatives = Initiativer
summary-places-title = Efter bydel
summary-places-rule = Deltagere efter den bydel, de har oplyst at bo i (som deres konto siger nu), pr. 1.000 indbyggere; initiativer efter hvor de holdes. Deltagere, der ikke har oplyst en bydel, og initiativer for hele byen står på hver sin række. Bydele med få deltagere pr. 1.000 indbyggere er underrepræsenterede.
summary-places-text = Færrest deltagere pr. 1.000 indbyggere: { $lowest }. Flest: { $highest }.
summary-places-one = Deltagere pr. 1.000 indbyggere kan kun vises for ét kvarter: { $place }.
summary-print = Udskriv oversigten
summary-places-none = Der er ikke nok deltagere til at vise tal pr. bydel.
summary-neighbourhood = Bydel
summary-residents = Indbyggere
summary-per-thousand = Pr. 1.000 indbyggere
summary-initiatives-there = Initiativer holdt her
summary-no-residents = indbyggertal mangler
summary-meeting-title = Møder på tværs
summary-meeting-rule = Andelen af de initiativer, nogen deltog i, hvor deltagerne bor i mindst to forskellige bydele; personer, der ikke har oplyst en bydel, tæller ikke med i andelen. Tabellen viser personer efter, hvor de bor, og hvor initiativet holdes; en person, der deltager flere steder, tæller hvert sted. Fordi næsten alle initiativer med mange deltagere når to bydele, vises også et mål, der kan bevæge sig: for hvert initiativ med mindst to deltagere med oplyst bydel, chancen for, at to tilfældige af dem bor i hver sin bydel (Gini–Simpson-indekset); tallet er medianen over initiativerne, for hele byen og for hver målsætning, og vises, når der er mindst tre initiativer. Til sidst andelen af deltagerne med oplyst bydel, der var med i et initiativ i en anden bydel end deres egen (initiativer for hele byen tæller ikke som en anden bydel); den vises kun, når mindst 5 var og mindst 5 ikke var.
summary-meeting-text = { $across } af { $initiatives } { $initiatives ->
    [one] initiativ
   *[other] initiativer
} samlede folk fra mindst to bydele ({ $share }; forrige periode { $previous }).
summary-mixing-text = I det typiske initiativ var chancen for, at to deltagere bor i hver sin bydel, { $mixing } (forrige periode { $previous }).
summary-meeting-none = Ingen deltog i initiativer i perioden.
summary-matrix-caption = Hvem deltager hvor: bopæl (rækker) og initiativets sted (kolonner)
summary-lives-in = Bor i
summary-home-not-stated = Ikke oplyst
summary-trend-title = Udvikling måned for måned
summary-trend-rule = De tolv kalendermåneder til og med periodens sidste måned; en måned, der ikke er slut, er markeret "indtil nu". Nye deltagere vises ikke måned for måned, for månederne ville tilsammen afsløre små tal.
summary-trend-text = { $count ->
   *[other] Fra { $first } til { $last }. Flest deltagere i { $month }: { $count }.
}
summary-trend-quiet = Fra { $first } til { $last }: færre end 5 deltagere hver måned.
summary-month = Måned
summary-moderation-title = Behandling af forslag
summary-moderation-rule = Afgørelser truffet i perioden, også om initiativer, der siden er skjult. Ventetiden regnes fra forslaget blev sendt (igen) til afgørelsen. Besvarede forslag og idéer tælles efter datoen på kommunens svar (ikke "under behandling"), og tiden til svar regnes fra offentliggørelsen.
summary-wait-text = Ventetid: median { $median }, længst { $longest } (forrige periode: { $previous_median } og { $previous_longest }).
summary-decisions = Afgørelser
summary-sent-back = Sendt tilbage
summary-rejected = Afvist
summary-median-wait = Ventetid, median (timer)
summary-answered = Forslag og idéer besvaret af kommunen
summary-median-answer-days = Tid fra offentliggørelse til svar, median (dage)
summary-longest-wait = Ventetid, længst (timer)
summary-not-under-goal = kan ikke opgøres
summary-moderation-under-goal = Under en målsætning kan afgørelserne og ventetiden ikke opgøres: et forslag får først sine målsætninger, når det offentliggøres, så forslag, der blev sendt tilbage eller afvist, hører ikke under nogen. Antallet offentliggjort kan.
summary-withheld = skjult
summary-privacy-rule = Tal under 5 personer vises ikke. Et tal, der står alene, vises som "færre end 5". I en tabel, hvis tal lægger op til en total på siden, står alle skjulte tal som "skjult": mindst to skjules, og aldrig kun nuller, så hverken totalen eller de viste tal kan afsløre et lille tal. Der vises ingen rate pr. 1.000 indbyggere for et skjult tal.
summary-narrowed-goal = Kun initiativer under målsætning { $number }: { $title }.
summary-narrowed-place = Kun initiativer, der holdes i { $place }.
summary-computed-at = Tallene er opgjort { $when }. De opgøres igen efter højst et kvarter.
summary-narrowed-none = Alle initiativer i kommunen.
summary-taken-part-in = Initiativer, nogen deltog i
summary-across = Med deltagere fra mindst to bydele
summary-mixed-initiatives = Initiativer med mindst to deltagere med oplyst bydel
summary-mixing = Chancen for, at to deltagere bor i hver sin bydel, median (%)
summary-mixing-goal = Samme, under målsætning { $number } (%)
summary-outside = Deltagere, der var med uden for egen bydel (%)
summary-across-share = Andel (%)
summary-download-across = Hent tallene om at mødes på tværs som CSV
summary-matrix-previous = I parentes: samme tal for den foregående periode. "*" betyder skjult: færre end 5 personer, eller skjult sammen med et lille tal.
summary-csv-previous-of = { $name }, foregående periode

## Administration

admin-title = Administration
admin-nav = Administration
admin-nav-label = Administrationens sider
admin-lead = Her styrer du, hvem der har hvilke roller, bydelene, politikkens målsætninger og sidens indstillinger. Alt, du ændrer, skrives i loggen.
admin-log-lead = Se, hvad moderatorer og administratorer har gjort, hvornår og hvorfor.
admin-save = Gem
admin-retired = Ikke i brug
admin-not-given = Ikke oplyst
admin-note = Bemærkning
admin-note-hint = Valgfri. Skrives i loggen.

## Administration: accounts and roles

admin-accounts-title = Roller
admin-accounts-lead = Giv og fjern roller. Alle konti er borgere. Moderatorer ser forslag igennem, politikere læser opgørelserne, og administratorer styrer siden. Der skal altid være mindst én administrator.
admin-accounts-search = Søg på navn eller e-mail
admin-accounts-search-submit = Søg
admin-accounts-count = { $count ->
    [one] { $count } konto
   *[other] { $count } konti
}
admin-accounts-empty = Ingen konti passer til søgningen.
admin-roles-change = Skift roller for { $name }
admin-role-grant-title = Giv en rolle
admin-role-revoke-title = Fjern en rolle
admin-role-to-grant = Rolle, der skal gives
admin-role-to-revoke = Rolle, der skal fjernes
admin-role-choose = Vælg en rolle
admin-role-grant = Giv rollen
admin-role-revoke = Fjern rollen
admin-role-granted = Rollen er givet.
admin-role-revoked = Rollen er fjernet.

## Administration: neighbourhoods

admin-neighbourhoods-title = Bydele
admin-neighbourhoods-lead = Borgerne vælger blandt bydelene, når de fortæller, hvor de bor. En bydel slettes aldrig, men den kan tages ud af brug.
admin-neighbourhoods-all = Alle bydele
admin-neighbourhoods-empty = Der er ingen bydele endnu.
admin-neighbourhood-add-title = Tilføj en bydel
admin-neighbourhood-add-submit = Tilføj bydelen
admin-neighbourhood-name = Navn
admin-neighbourhood-residents = Antal indbyggere
admin-neighbourhood-residents-hint = Et helt tal, fx 2300 eller 2.300. Bruges til at regne deltagere pr. 1.000 indbyggere.
admin-neighbourhood-accounts = Konti, der bor her
admin-neighbourhood-change = Ret navn eller antal indbyggere for { $name }
admin-neighbourhood-retire = Tag { $name } ud af brug
admin-neighbourhood-retire-hint = Borgerne kan ikke længere vælge den. De, der har valgt den, beholder den, og opgørelserne tæller den stadig med.
admin-neighbourhood-reinstate = Tag { $name } i brug igen
admin-neighbourhood-added = Bydelen er tilføjet.
admin-neighbourhood-updated = Bydelen er gemt.
admin-neighbourhood-retired = Bydelen er taget ud af brug.
admin-neighbourhood-reinstated = Bydelen er i brug igen.

## Administration: goals

admin-goals-title = Målsætninger
admin-goals-lead = Moderatorerne knytter hvert offentliggjort initiativ til en eller flere af politikkens målsætninger. En målsætning slettes aldrig, men den kan tages ud af brug.
admin-goals-all = Politikkens målsætninger
admin-goals-empty = Der er ingen målsætninger endnu.
admin-goal-title-da = Titel på dansk
admin-goal-title-en = Titel på engelsk
admin-goal-summary-da = Kort forklaring på dansk
admin-goal-summary-en = Kort forklaring på engelsk
admin-goal-summary-hint = Et par sætninger om, hvad målsætningen handler om.
admin-goal-initiatives = Initiativer under den
admin-goal-edit = Ret teksterne i målsætning { $number }
admin-goal-retire = Tag målsætning { $number } ud af brug
admin-goal-retire-hint = Moderatorerne kan ikke længere vælge den. Initiativer, der allerede hører under den, beholder den.
admin-goal-reinstate = Tag målsætning { $number } i brug igen
admin-goal-add-title = Tilføj en målsætning
admin-goal-add-lead = Den nye målsætning får det næste nummer. Skriv teksterne på både dansk og engelsk.
admin-goal-add-submit = Tilføj målsætningen
admin-goal-added = Målsætningen er tilføjet.
admin-goal-updated = Målsætningen er gemt.
admin-goal-retired = Målsætningen er taget ud af brug.
admin-goal-reinstated = Målsætningen er i brug igen.

## Administration: settings

admin-settings-title = Indstillinger
admin-settings-lead = Kommunens navn og kontaktoplysninger, som siden viser dem. Et tomt felt betyder, at oplysningen ikke vises.
admin-setting-municipality = Kommunens navn
admin-setting-municipality-hint = Vises øverst på hver side.
admin-setting-accessibility = Kontaktadresse i tilgængelighedserklæringen
admin-setting-accessibility-hint = En e-mailadresse, som folk kan skrive til, hvis en side er svær at bruge.
admin-settings-contact-title = Kontaktoplysninger
admin-settings-contact-hint = Vises nederst på hver side.
admin-setting-email = E-mail
admin-setting-phone = Telefon
admin-setting-address = Adresse
admin-setting-address-hint = Valgfri. Du kan skrive på flere linjer.
admin-settings-submit = Gem indstillingerne
admin-settings-saved = Indstillingerne er gemt.
admin-footer-contact = Kontakt
admin-accessibility-write-to = Skriv til:

## Numbers

# Between each group of three digits in a large number: 28.000
number-thousands-separator = .
# Before the decimals: 2,5
number-decimal-separator = ,

# A percentage: 12,5 %
percent = { $value } %

## Dates

# A date: 22. november 2026. $month is the month's number, 1 to 12.
date = { $day }. { $month ->
    [1] januar
    [2] februar
    [3] marts
    [4] april
    [5] maj
    [6] juni
    [7] juli
    [8] august
    [9] september
    [10] oktober
    [11] november
   *[12] december
} { $year }
# A date with the time of day: 22. november 2026 kl. 14.30
date-time = { $date } kl. { $hour }.{ $minute }
# A month in the summary's charts: jan. 2026
summary-month-so-far = { $month } (indtil nu)
summary-month-year = { $month ->
    [1] jan.
    [2] feb.
    [3] mar.
    [4] apr.
    [5] maj
    [6] jun.
    [7] jul.
    [8] aug.
    [9] sep.
    [10] okt.
    [11] nov.
   *[12] dec.
} { $year }

## Added after the move to Fluent

err-changed-meanwhile = Nogen har ændret det imens, så intet er gemt. Se siden igen, og prøv så igen.
reports-text-reported = Det anmeldte (før det blev rettet)
reports-text-now = Sådan står det nu
mod-account-staff = Denne konto er moderator eller administrator. Kun en administrator kan udelukke den.

## Emails about the account

email-greeting = Hej { $name }
email-signature =
    Venlig hilsen
    { $site }
email-confirm-subject = Bekræft din e-mail
email-confirm-body =
    Tak, fordi du har oprettet en konto. Åbn dette link for at bekræfte, at e-mailadressen er din:

    { $link }

    Linket virker i 48 timer og kun én gang. Hvis det ikke var dig, der oprettede kontoen, kan du se bort fra denne e-mail. Så bliver kontoen slettet efter 30 dage.
email-already-subject = Du har allerede en konto
email-already-body =
    Nogen har lige prøvet at oprette en ny konto med denne e-mailadresse. Du har allerede en konto med den.

    Log ind her: { $login }
    Har du glemt din adgangskode? Vælg en ny her: { $reset }

    Hvis det ikke var dig, behøver du ikke gøre noget. Din konto er ikke ændret.
email-reset-subject = Vælg en ny adgangskode
email-reset-body =
    Nogen har bedt om en ny adgangskode til din konto. Åbn dette link for at vælge en:

    { $link }

    Linket virker i en time og kun én gang. Hvis det ikke var dig, kan du se bort fra denne e-mail: din adgangskode er ikke ændret.
email-password-changed-subject = Din adgangskode er ændret
email-password-changed-body =
    Adgangskoden til din konto er lige blevet ændret, og du er logget ud alle andre steder.

    Hvis det ikke var dig, så vælg en ny adgangskode med det samme: { $reset }
    Skriv også til kommunen, så vi kan hjælpe.
email-change-new-subject = Bekræft din nye e-mail
email-change-new-body =
    Du har bedt om at bruge denne e-mailadresse til din konto. Åbn dette link for at bekræfte det:

    { $link }

    Linket virker i 48 timer og kun én gang. Indtil da bruger kontoen den gamle adresse. Hvis det ikke var dig, kan du se bort fra denne e-mail.
email-change-old-subject = Din konto skal have en ny e-mail
email-change-old-body =
    Nogen har bedt om at skifte e-mailadressen på din konto til en anden. Adressen skiftes først, når den nye er bekræftet.

    Hvis det ikke var dig, så vælg en ny adgangskode med det samme: { $reset }
email-in-use-subject = Din e-mail er allerede i brug
email-in-use-body =
    Nogen har prøvet at flytte denne e-mailadresse over på en anden konto. Adressen hører allerede til din konto, så intet er ændret.

    Log ind her: { $login }
email-unsubscribe = Vil du ikke have flere e-mails af denne slags? Stop dem her: { $link }
email-see = Se det her: { $link }
email-digest-subject = Det skete på { $site } i ugen
email-digest-body = Her er det, du har fået besked om siden sidst:
email-digest-unsubscribe = Vil du hellere have en e-mail hver gang? Vælg det under Min konto: { $link }

## What people are told: the new kinds, and the choice of emails

notice-initiator-requested = { $name } vil gerne være initiativtager på “{ $title }” sammen med dig. Svar under initiativet.
notice-initiator-accepted = Du er nu initiativtager på “{ $title }”.
notice-initiator-declined = Din anmodning om at være initiativtager på “{ $title }” blev ikke godtaget denne gang.
notice-need-offered = { $name } tilbyder at tage sig af “{ $need }” på “{ $title }”.
notice-comment-replied = { $name } har svaret på din kommentar til “{ $title }”.
notice-open = Åbn
notice-open-label = Åbn beskeden: { $text }
deleted-account = slettet konto
email-kind-decisions = Kommunens afgørelser om mine initiativer og mit indhold
email-kind-initiator-requests = Når nogen vil være initiativtager sammen med mig, og svaret på mine egne anmodninger
email-kind-need-offers = Når nogen tilbyder at tage sig af noget, mit initiativ mangler
email-kind-replies = Når nogen svarer på min kommentar

## Confirming the address, and getting back in

err-same-email = Det er den adresse, du har nu.
err-not-confirmed = Bekræft først din e-mailadresse: åbn linket i den e-mail, vi har sendt dig. Du kan få den igen øverst på siden.
register-sent-title = Se din e-mail
register-sent = Tak! Hvis adressen er rigtig, får du om lidt en e-mail med et link. Åbn linket inden 48 timer for at bekræfte adressen og komme i gang.
register-sent-spam = Kommer der ingen e-mail? Se efter i uønsket post, eller log ind og få linket igen.
register-privacy = Sådan passer vi på dine oplysninger
confirm-title = Bekræft din e-mail
confirm-lead = Tryk på knappen for at bekræfte, at adressen er din.
confirm-submit = Bekræft min e-mail
confirm-saved = Tak! Din e-mail er bekræftet.
link-unknown = Linket virker ikke. Det kan være skrevet forkert, eller det er ikke længere gyldigt.
link-used = Linket er allerede brugt. Hvert link virker kun én gang.
link-expired = Linket er udløbet.
link-new-confirmation = Log ind, så kan du få et nyt link.
link-new-reset = Bed om et nyt link
unconfirmed-banner = Bekræft din e-mailadresse ({ $email }). Indtil da kan du læse med og rette din profil, men ikke foreslå, melde dig til eller skrive.
unconfirmed-resend = Send linket igen
unconfirmed-resent = Vi har sendt linket igen. Det gamle link virker ikke længere.
forgot-link = Glemt adgangskode?
forgot-title = Glemt adgangskode
forgot-lead = Skriv den e-mail, du bruger til din konto. Så sender vi et link, hvor du kan vælge en ny adgangskode.
forgot-submit = Send mig et link
forgot-sent = Hvis der er en konto med denne adresse, får du om lidt en e-mail med et link. Linket virker i en time.
reset-title = Vælg en ny adgangskode
reset-lead = Når du har valgt en ny adgangskode, bliver du logget ud alle andre steder.
reset-submit = Gem den nye adgangskode

## My account: the address, emails, my data, deleting the account

email-change-title = Skift e-mail
email-change-lead = Vi sender et link til den nye adresse. Kontoen skifter først, når du har åbnet det.
field-new-email = Ny e-mail
field-email-password = Din adgangskode
email-change-submit = Send linket
email-change-sent = Vi har sendt et link til den nye adresse. Åbn det inden 48 timer.
account-pending-email = Venter på bekræftelse: { $email }
account-language = Sprog
emails-title = E-mails fra os
emails-lead = Du får altid besked her på siden. Vælg, hvad du også vil have en e-mail om.
emails-topics = Send mig en e-mail om
emails-digest = Saml det i én e-mail om ugen i stedet for en e-mail hver gang
emails-submit = Gem mine valg
emails-saved = Dine valg om e-mails er gemt.
data-title = Dine data
data-lead = Hent alt, hvad vi har gemt om dig, som en fil (JSON). Den kan åbnes i de fleste programmer.
data-download = Hent mine data
delete-title = Slet min konto
delete-lead = Dit navn og din e-mail bliver slettet, og du bliver logget ud. Du tæller ikke længere med i nogen initiativer. Dine kommentarer bliver stående under navnet “slettet konto”, med mindre du vælger, at de også skal slettes. Det kan ikke fortrydes.
delete-comments = Slet også mine kommentarer
delete-submit = Slet min konto
delete-sole-initiator =
    { $count ->
        [one] Du er den eneste initiativtager på et initiativ. Gør en anden til initiativtager, eller træk det tilbage, før du sletter din konto:
       *[other] Du er den eneste initiativtager på { $count } initiativer. Gør en anden til initiativtager, eller træk dem tilbage, før du sletter din konto:
    }
account-deleted = Din konto er slettet. Tak, fordi du var med.
account-confirmed = Tak! Din e-mail er bekræftet.
password-reset-saved = Din nye adgangskode er gemt, og du er logget ind.

## The privacy notice (privatlivspolitik)

footer-privacy = Privatlivspolitik
privacy-title = Privatlivspolitik
privacy-lead = Her kan du læse, hvilke oplysninger om dig platformen gemmer, hvorfor, hvor længe, og hvad du selv kan gøre.
privacy-controller-title = Hvem har ansvaret
privacy-controller = { $municipality } er dataansvarlig for oplysningerne på platformen.
privacy-controller-unknown = Kommunen, der driver platformen, er dataansvarlig for oplysningerne på den.
privacy-contact = Skriv til:
privacy-stored-title = Hvad vi gemmer
privacy-stored = Din e-mailadresse, dit navn og – hvis du vælger det – din bydel. Din adgangskode gemmes kun som en krypteret værdi, som ingen kan læse. De initiativer, du foreslår, hvordan du er med i dem, de behov, du tilbyder at tage, dine kommentarer og anmeldelser, de beskeder, du får, og de sessioner, du er logget ind med.
privacy-why-title = Hvorfor
privacy-why = For at du kan være med: logge ind, foreslå, melde dig til og skrive. Kommunens medarbejdere ser forslag og anmeldelser igennem. Politikerne ser kun samlede tal, som ingen enkelt person kan findes i: hvor mange der er med, på hvilken måde og i hvilke bydele. Det er en opgave i offentlighedens interesse (databeskyttelsesforordningen artikel 6, stk. 1, litra e).
privacy-how-long-title = Hvor længe
privacy-how-long = Så længe du har din konto. En session slutter efter 14 dage uden besøg. Forkerte adgangskoder tælles kun i serverens hukommelse og højst et døgn; serverens log noterer adressen, der blev logget ind fra, men aldrig adgangskoden. Links i e-mails virker i en time (ny adgangskode) eller 48 timer (bekræftelse) og slettes et døgn efter. En konto, hvis e-mail aldrig bliver bekræftet, slettes efter 30 dage.
privacy-rights-title = Dine rettigheder
privacy-rights = Du kan se og rette dit navn og din bydel under Min konto. Du kan hente alt, hvad vi har gemt om dig, som en fil. Du kan slette din konto: så slettes dit navn og din e-mail, og du tæller ikke længere med. Tal for tidligere perioder bliver stående uden at kunne føres tilbage til dig. Du kan også klage til Datatilsynet.
privacy-file-title = Filen med dine data
privacy-file = Filen har disse dele: profile (e-mail, navn, bydel, sprog, hvornår kontoen blev oprettet og bekræftet, dine valg om e-mails), roles, participations (hvor og hvordan du er med nu), participation_history (hver gang du meldte dig til, skiftede eller meldte dig fra), initiatives_proposed, needs_offered, initiator_requests, comments, reports_made, notifications, suspensions og sessions (hvornår de udløber, uden nøgler). Tider er i UTC.
unsubscribe-title = Stop e-mails
unsubscribe-lead = Vil du ikke længere have e-mails om dette: { $topic }? Du får stadig besked her på siden.
unsubscribe-submit = Stop disse e-mails
unsubscribe-done = Du får ikke længere e-mails om dette. Du kan slå dem til igen under Min konto.

## Deleting the account

field-delete-password = Din adgangskode (for at bekræfte)

## Limits

err-too-many = Du har gjort det for mange gange lige nu. Vent lidt, og prøv igen. Det, du skrev, er gemt herunder.
err-busy = Der er travlt lige nu. Prøv igen om et øjeblik.

## Reports from new accounts

reports-from-new-accounts =
    { $count ->
        [one] 1 af anmeldelserne kom fra en ny konto (under et døgn gammel eller med en ubekræftet e-mail). Den tæller ikke med, når indhold skjules automatisk.
       *[other] { $count } af anmeldelserne kom fra nye konti (under et døgn gamle eller med en ubekræftet e-mail). De tæller ikke med, når indhold skjules automatisk.
    }
reports-new-account = ny konto

## Names

err-invisible-characters = Navnet må ikke indeholde usynlige tegn eller tegn, der vender skriveretningen.

## Search

search-hint = Højst { $max } tegn.

## The municipality's answer to a proposal or idea

answer-title = Kommunens svar
answer-in-progress = Under behandling
answer-adopted = Vedtaget
answer-partly-adopted = Delvist vedtaget
answer-not-adopted = Ikke vedtaget
answer-answered = Besvaret
answer-awaited = Kommunen har endnu ikke svaret. Alle, der er med, får besked, når svaret kommer.
answer-minutes-link = Læs referatet fra mødet
answer-form-title = Kommunens svar
answer-form-intro = Skriv kommunens officielle svar. Alle, der er med i initiativet, får besked. Du kan ændre svaret senere, fx når forslaget har været behandlet.
answer-status-field = Status
answer-choose-status = Vælg status
answer-body-field = Svaret
answer-body-hint = Skriv kort og klart, hvad der er besluttet, og hvorfor.
answer-date-field = Dato for svaret
answer-date-hint = Den dag, det blev besluttet eller besvaret.
answer-minutes-field = Link til referatet
answer-minutes-hint = En adresse, der begynder med https://.
answer-submit = Gem svaret
answer-saved = Svaret er gemt, og alle, der er med, har fået besked.
audit-answer = Registrerede kommunens svar
notice-answered = Kommunen har svaret på “{ $title }”: { $status }.
filter-answer = Kommunens svar
filter-any-answer = Med eller uden svar
filter-answer-awaited = Venter på svar
err-in-future = Datoen må ikke ligge ude i fremtiden.
err-not-answerable = Kun offentliggjorte forslag og idéer kan få kommunens svar.

## Calendars

calendar-add = Føj til min kalender
calendar-title = Din kalender
calendar-lead = Abonnér på det, du er med i, fra din egen kalender (fx på telefonen). Kalenderen henter selv ændringer og aflysninger.
calendar-address = Adresse til din kalender
calendar-address-hint = Kopiér adressen ind i din kalender under "Abonnér på kalender". Del den ikke: alle med adressen kan se, hvad du er med i.
calendar-make = Lav en adresse til min kalender
calendar-renew = Lav en ny adresse (den gamle holder op med at virke)
calendar-saved = Din kalender har fået en ny adresse.
calendar-feed-name = Forsamlingshuset: det sker
calendar-mine-name = Forsamlingshuset: det er jeg med i
calendar-subscribe = Abonnér på disse initiativer i din kalender

## The front page's week

coming-up-title = Det sker den næste uge
coming-up-near = Først det, der sker i { $neighbourhood }.
coming-up-none = Der er ikke noget med en dato den næste uge. Se alle initiativer, eller foreslå dit eget.
coming-up-all = Se alt, hvad der kommer
coming-up-join = Vær med i “{ $title }” som

## Moving an initiative, and telling everyone taking part

reschedule-title = Skift tid eller sted
reschedule-lead = Alle, der er med, får besked om den nye tid eller det nye sted, med en ny kalenderfil.
reschedule-submit = Gem den nye tid og det nye sted
reschedule-saved = Tid og sted er ændret, og alle, der er med, har fået besked.
notice-rescheduled = Tid eller sted for “{ $title }” er ændret. Se den nye tid og det nye sted på siden.
notice-withdrawn = Initiativtagerne har trukket “{ $title }” tilbage: { $reason }
email-kind-participation = Nyt om det, jeg er med i: kommunens svar, ny tid eller nyt sted, aflysninger, en ledig plads
email-calendar = Hent den nye kalenderfil til din kalender: { $link }

## Reminders the day before

reminder-subject = Påmindelse: “{ $title }” er i morgen
reminder-when = “{ $title }” begynder { $when }.
reminder-where = Sted: { $place }
email-kind-reminders = En påmindelse dagen før noget, jeg er med i

## Places and the waiting list

seats-taken = { $count ->
    [one] { $taken } af { $count } plads er taget.
   *[other] { $taken } af { $count } pladser er taget.
}
seats-full = Der er ikke flere ledige pladser. Melder du dig til som aktiv eller medskaber, kommer du på ventelisten, og du får besked, så snart der bliver en plads til dig.
seats-full-observing = Der er ikke flere ledige pladser. Melder du dig til, kommer du på ventelisten, og du får besked, så snart der bliver en plads til dig.
seats-waiting = { $count ->
    [one] { $count } står på ventelisten.
   *[other] { $count } står på ventelisten.
}
in-line = Du står som nummer { $position } på ventelisten til at være med som: { $level }.
leave-line-submit = Forlad ventelisten
waiting-saved = Der var ikke flere ledige pladser, så du står nu på ventelisten. Du får besked, så snart der bliver en plads til dig.
capacity-title = Pladser
capacity-lead = Sæt et antal, hvis der kun er plads til så mange. Er det fuldt, kommer de næste på en venteliste og rykker op i rækkefølge, når nogen melder fra.
capacity-places = Antal pladser
capacity-places-hint = Aktive og medskabere tager en plads. Initiativtagere tæller ikke med. Lad feltet stå tomt, hvis der ikke er nogen grænse.
capacity-observing = Observerende deltagere tager også en plads
capacity-submit = Gem pladserne
capacity-saved = Antallet af pladser er gemt.
err-below-taken = { $count ->
    [one] { $count } plads er allerede taget. Vælg mindst { $count }, eller lad feltet stå tomt.
   *[other] { $count } pladser er allerede taget. Vælg mindst { $count }, eller lad feltet stå tomt.
}
notice-moved-up = Der er blevet en plads til dig i “{ $title }”, og du er nu med.

## Similar initiatives while proposing

similar-title = Måske kan du være med i …
similar-lead = Der er allerede initiativer, der ligner dit. Du kan være med i dem i stedet for eller også. Dit forslag er ikke sendt endnu.
similar-check = Se, om der er noget, der ligner
similar-none = Vi fandt ikke noget, der ligner. Du kan sende dit forslag.
opens-in-new-window = (åbner i et nyt vindue)

## Recurring activities

field-repeats = Gentages
field-repeats-none = Nej, kun én gang
field-repeats-hint = Samme ugedag og klokkeslæt som første gang.
repeats-weekly = Hver uge
repeats-monthly = Hver måned (fx den anden tirsdag)
field-repeats-until = Sidste gang, senest
field-repeats-until-hint = Den sidste dag, det kan ske. Højst to år efter første gang.
repeats-weekly-words = Hver { $weekday } til og med { $until }
repeats-monthly-words = Den { $week } { $weekday } i hver måned til og med { $until }
repeats-next = Næste gang: { $when }
repeats-over = Der er ikke flere gange.
monday = mandag
tuesday = tirsdag
wednesday = onsdag
thursday = torsdag
friday = fredag
saturday = lørdag
sunday = søndag
week-first = første
week-second = anden
week-third = tredje
week-fourth = fjerde
week-last = sidste
err-repeats-without-end = Skriv, hvornår det sidste gang kan ske. En gentagelse skal have en ende.
err-repeats-without-start = Skriv, hvornår det sker første gang.
err-repeats-too-long = Den sidste gang kan højst være to år efter den første.
err-invalid-places = Skriv et helt tal fra 1 til 100.000, eller lad feltet stå tomt.
