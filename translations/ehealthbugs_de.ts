<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_BE">
<context>
    <name>AnalysisExport</name>
    <message>
        <source>The picture of “%1” could not be drawn.</source>
        <translation>Das Bild von „%1“ konnte nicht gezeichnet werden.</translation>
    </message>
</context>
<context>
    <name>AnalysisHttp</name>
    <message>
        <source>The query has invalid parameters.</source>
        <translation>Die Abfrage enthält ungültige Parameter.</translation>
    </message>
    <message>
        <source>The analysis cannot be read now; try again later.</source>
        <translation>Die Analyse kann gerade nicht gelesen werden; versuchen Sie es später erneut.</translation>
    </message>
</context>
<context>
    <name>AnalysisQueries</name>
    <message>
        <source>Cannot read the reports for the analysis: %1</source>
        <translation>Die Meldungen für die Analyse können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot read the reports for the breakdown: %1</source>
        <translation>Die Meldungen für die Aufschlüsselung können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot count the recent reports: %1</source>
        <translation>Die jüngsten Meldungen können nicht gezählt werden: %1</translation>
    </message>
    <message>
        <source>Cannot read the versions of the analysis: %1</source>
        <translation>Die Versionen der Analyse können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot read the recent reports: %1</source>
        <translation>Die neuesten Meldungen können nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>ApiReply</name>
    <message>
        <source>Could not load %1: the server did not answer in time.</source>
        <translation>Konnte %1 nicht laden: Der Server hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>Could not load %1: the server could not be reached (%2).</source>
        <translation>Konnte %1 nicht laden: Der Server war nicht erreichbar (%2).</translation>
    </message>
    <message>
        <source>Could not load %1: the staff token was refused. Check it in Settings.</source>
        <translation>Konnte %1 nicht laden: Das Mitarbeiter-Token wurde abgelehnt. Prüfen Sie es in den Einstellungen.</translation>
    </message>
    <message numerus="yes">
        <source>Could not load %1: the server is busy with too many requests; try again in %n second(s).</source>
        <translation>
            <numerusform>Konnte %1 nicht laden: Der Server ist durch zu viele Anfragen überlastet; versuchen Sie es in %n Sekunde erneut.</numerusform>
            <numerusform>Konnte %1 nicht laden: Der Server ist durch zu viele Anfragen überlastet; versuchen Sie es in %n Sekunden erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not load %1: this server does not offer it (HTTP 404); it may be an older version.</source>
        <translation>Konnte %1 nicht laden: Dieser Server bietet das nicht an (HTTP 404); vielleicht ist es eine ältere Version.</translation>
    </message>
    <message>
        <source>Could not load %1: the server had a problem (HTTP %2): %3</source>
        <translation>Konnte %1 nicht laden: Der Server hatte ein Problem (HTTP %2): %3</translation>
    </message>
    <message>
        <source>Could not load %1: the server refused the question (HTTP %2): %3</source>
        <translation>Konnte %1 nicht laden: Der Server hat die Anfrage abgelehnt (HTTP %2): %3</translation>
    </message>
    <message>
        <source>Could not load %1: the server&apos;s certificate was refused (%2).</source>
        <translation>Konnte %1 nicht laden: Das Zertifikat des Servers wurde abgelehnt (%2).</translation>
    </message>
</context>
<context>
    <name>ApiRoutes</name>
    <message>
        <source>The database does not answer.</source>
        <translation>Die Datenbank antwortet nicht.</translation>
    </message>
    <message>
        <source>There is nothing at this address.</source>
        <translation>Unter dieser Adresse gibt es nichts.</translation>
    </message>
    <message>
        <source>This address answers only %1.</source>
        <translation>Diese Adresse antwortet nur auf %1.</translation>
    </message>
    <message>
        <source>The database does not answer; try again later.</source>
        <translation>Die Datenbank antwortet nicht; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>This address is for GBO staff: send a current token as &quot;Authorization: Bearer &lt;token&gt;&quot;.</source>
        <translation>Diese Adresse ist für Mitarbeiter des GBO bestimmt: Senden Sie ein gültiges Token als „Authorization: Bearer &lt;token&gt;“.</translation>
    </message>
</context>
<context>
    <name>BatchWrite</name>
    <message>
        <source>The report %1 could not be read back.</source>
        <translation>Die Meldung %1 konnte nicht zurückgelesen werden.</translation>
    </message>
</context>
<context>
    <name>ChartStyle</name>
    <message>
        <source>%1 %</source>
        <extracomment>A percentage, e.g. &quot;99.903 %&quot;.</extracomment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 Tg. %2 Std.</translation>
    </message>
    <message>
        <source>%1 min (%2–%3)</source>
        <extracomment>A length in minutes and, in brackets, the shortest and the longest the reports allow: &quot;162 min (150–171)&quot;.</extracomment>
        <translation>%1 Min. (%2–%3)</translation>
    </message>
    <message>
        <source>The range runs from the shortest to the longest the reports allow; the shortest is the least they show.</source>
        <translation>Die Spanne reicht vom kürzesten bis zum längsten, was die Meldungen zulassen; das Kürzeste ist das Mindeste, das sie belegen.</translation>
    </message>
</context>
<context>
    <name>ClientSettings</name>
    <message>
        <source>The staff token could not be saved in the settings file.</source>
        <translation>Das Mitarbeiter-Token konnte nicht in der Einstellungsdatei gespeichert werden.</translation>
    </message>
    <message>
        <source>Server address set by your practice&apos;s administrator</source>
        <translation>Vom Administrator Ihrer Praxis festgelegte Serveradresse</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>Server address built into this program</source>
        <translation>In dieses Programm eingebaute Serveradresse</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>eHealth Bugs</source>
        <translation>eHealth Bugs</translation>
    </message>
    <message>
        <source>Report failures of the Belgian eHealth services in seconds.

To report from your EMR software without a window, run:
  %1 report --help</source>
        <translation>Melden Sie Störungen der belgischen eHealth-Dienste in wenigen Sekunden.

Um ohne Fenster aus Ihrer Praxissoftware zu melden, führen Sie aus:
  %1 report --help</translation>
    </message>
    <message>
        <source>Keep the settings (settings.ini) and reports (reports.sqlite) in &lt;directory&gt;.</source>
        <translation>Die Einstellungen (settings.ini) und Meldungen (reports.sqlite) in &lt;Ordner&gt; speichern.</translation>
    </message>
    <message>
        <source>directory</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Send reports to the collection server at &lt;url&gt;, and remember it.</source>
        <translation>Meldungen an den Sammelserver unter &lt;url&gt; senden und die Adresse speichern.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Your reports could not be opened: %1</source>
        <translation>Ihre Meldungen konnten nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>--server is remembered, but your practice&apos;s administrator set the server address for this computer: %1 is used.</source>
        <translation>--server wird gespeichert, aber der Administrator Ihrer Praxis hat die Serveradresse für diesen Computer festgelegt: %1 wird verwendet.</translation>
    </message>
</context>
<context>
    <name>DatabaseUrl</name>
    <message>
        <source>The database URL &quot;%1&quot; names a host; use sqlite:PATH or sqlite:///absolute/path.</source>
        <translation>Die Datenbank-URL „%1“ nennt einen Host; verwenden Sie sqlite:PFAD oder sqlite:///absoluter/pfad.</translation>
    </message>
    <message>
        <source>The database URL &quot;%1&quot; has no file path.</source>
        <translation>Die Datenbank-URL „%1“ enthält keinen Dateipfad.</translation>
    </message>
    <message>
        <source>The database URL &quot;%1&quot; is not understood; use sqlite:PATH or postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>Die Datenbank-URL „%1“ ist unverständlich; verwenden Sie sqlite:PFAD oder postgresql://BENUTZER@HOST:PORT/DATENBANK.</translation>
    </message>
    <message>
        <source>The PostgreSQL URL &quot;%1&quot; is not valid: %2</source>
        <translation>Die PostgreSQL-URL „%1“ ist ungültig: %2</translation>
    </message>
    <message>
        <source>the %1 has a broken percent escape (%XX).</source>
        <translation>der Teil „%1“ enthält eine fehlerhafte Prozentkodierung (%XX).</translation>
    </message>
    <message>
        <source>it has a &apos;#&apos;; write it as %23.</source>
        <translation>sie enthält ein „#“; schreiben Sie es als %23.</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>the IPv6 address has no closing &apos;]&apos;.</source>
        <translation>der IPv6-Adresse fehlt die schließende „]“.</translation>
    </message>
    <message>
        <source>unexpected text after the IPv6 address.</source>
        <translation>unerwarteter Text nach der IPv6-Adresse.</translation>
    </message>
    <message>
        <source>the IPv6 address is empty.</source>
        <translation>die IPv6-Adresse ist leer.</translation>
    </message>
    <message>
        <source>the port after &apos;:&apos; is missing.</source>
        <translation>der Port nach „:“ fehlt.</translation>
    </message>
    <message>
        <source>several hosts are not supported; give one.</source>
        <translation>mehrere Hosts werden nicht unterstützt; geben Sie einen an.</translation>
    </message>
    <message>
        <source>an IPv6 address must be written in brackets, as [::1].</source>
        <translation>eine IPv6-Adresse muss in eckigen Klammern stehen, etwa [::1].</translation>
    </message>
    <message>
        <source>host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>database name</source>
        <translation>Datenbankname</translation>
    </message>
    <message>
        <source>the option &quot;%1&quot; is not of the form key=value.</source>
        <translation>die Option „%1“ hat nicht die Form Schlüssel=Wert.</translation>
    </message>
    <message>
        <source>option name</source>
        <translation>Optionsname</translation>
    </message>
    <message>
        <source>option %1</source>
        <translation>Option %1</translation>
    </message>
    <message>
        <source>the option &quot;%1&quot; is given twice.</source>
        <translation>die Option „%1“ ist doppelt angegeben.</translation>
    </message>
    <message>
        <source>the option &quot;%1&quot; is unknown.</source>
        <translation>die Option „%1“ ist unbekannt.</translation>
    </message>
    <message>
        <source>the option &quot;%1&quot; needs a whole number, not &quot;%2&quot;.</source>
        <translation>die Option „%1“ erwartet eine ganze Zahl, nicht „%2“.</translation>
    </message>
    <message>
        <source>the option &quot;%1&quot; is &quot;%2&quot;; use one of: %3.</source>
        <translation>die Option „%1“ ist „%2“; verwenden Sie einen dieser Werte: %3.</translation>
    </message>
    <message>
        <source>the option &quot;%1&quot; may not contain &apos;;&apos;.</source>
        <translation>die Option „%1“ darf kein „;“ enthalten.</translation>
    </message>
    <message>
        <source>the port &quot;%1&quot; is not a number from 1 to 65535.</source>
        <translation>der Port „%1“ ist keine Zahl von 1 bis 65535.</translation>
    </message>
    <message>
        <source>it names no database; add /DATABASE after the host.</source>
        <translation>sie nennt keine Datenbank; fügen Sie /DATENBANK nach dem Host hinzu.</translation>
    </message>
</context>
<context>
    <name>EpisodesHandler</name>
    <message>
        <source>must be a number between 0 and 1, such as 0.999 for 99.9 %</source>
        <translation>muss eine Zahl zwischen 0 und 1 sein, etwa 0.999 für 99,9 %</translation>
    </message>
</context>
<context>
    <name>ExportCells</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>%1 min</source>
        <extracomment>A length in minutes on a printed page: &quot;162 min&quot;.</extracomment>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>%1 min, %2–%3</source>
        <extracomment>A length in minutes, then the shortest and the longest the reports allow: &quot;162 min, 150–171&quot;.</extracomment>
        <translation>%1 Min., %2–%3</translation>
    </message>
</context>
<context>
    <name>ExportFile</name>
    <message>
        <source>No file name was given.</source>
        <translation>Es wurde kein Dateiname angegeben.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>There is no image to save in %1.</source>
        <translation>Es gibt kein Bild, das in %1 gespeichert werden könnte.</translation>
    </message>
    <message>
        <source>Could not encode the image for %1.</source>
        <translation>Das Bild für %1 konnte nicht kodiert werden.</translation>
    </message>
</context>
<context>
    <name>KeychainText</name>
    <message>
        <source>The keychain did not answer.</source>
        <translation>Der Schlüsselbund des Systems hat nicht geantwortet.</translation>
    </message>
    <message>
        <source>The keychain refused: %1</source>
        <translation>Der Schlüsselbund des Systems hat abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Unreachable</source>
        <translation>Nicht erreichbar</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>Very slow</source>
        <translation>Sehr langsam</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>Fehlermeldung</translation>
    </message>
    <message>
        <source>Login or certificate refused</source>
        <translation>Anmeldung oder Zertifikat abgelehnt</translation>
    </message>
    <message>
        <source>Request rejected</source>
        <translation>Anfrage abgelehnt</translation>
    </message>
    <message>
        <source>Partly working</source>
        <translation>Funktioniert teilweise</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>No fallback</source>
        <translation>Keine Ausweichlösung</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Auf Papier</translation>
    </message>
    <message>
        <source>Done later</source>
        <translation>Später erledigt</translation>
    </message>
</context>
<context>
    <name>LiveHandler</name>
    <message>
        <source>must be a whole number of minutes from %1 to %2</source>
        <translation>muss eine ganze Anzahl Minuten von %1 bis %2 sein</translation>
    </message>
</context>
<context>
    <name>LiveLevelBadge</name>
    <message>
        <source>outage reported by other practices</source>
        <extracomment>Live level of a service, shown after its name in the service list.</extracomment>
        <translation>von anderen Praxen gemeldete Störung</translation>
    </message>
    <message>
        <source>possible problem</source>
        <extracomment>Live level of a service, shown after its name in the service list.</extracomment>
        <translation>mögliches Problem</translation>
    </message>
</context>
<context>
    <name>LiveLevelText</name>
    <message>
        <source>Possible problem</source>
        <translation>Mögliches Problem</translation>
    </message>
    <message>
        <source>Outage</source>
        <translation>Störung</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
</context>
<context>
    <name>MethodNote</name>
    <message>
        <source>%1 %</source>
        <extracomment>A percentage, e.g. &quot;99.9 %&quot;; %1 is the number.</extracomment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 Minuten</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 Stunden</translation>
    </message>
    <message>
        <source>%1 different installations</source>
        <translation>%1 verschiedene Installationen</translation>
    </message>
    <message>
        <source>Each report gives the time the problem started and, when the user marked it resolved, the time it ended: the report covers that time. A report without an end covers until %1 after it was sent (or after its start, when that is later). No report covers more than %2: a &quot;resolved&quot; clicked a day late is cut back, and a report whose start lies long before it was sent keeps only its most recent part.</source>
        <translation>Jede Meldung gibt an, wann das Problem begann und – wenn der Benutzer es als behoben markiert hat – wann es endete: Die Meldung deckt diese Zeit ab. Eine Meldung ohne Ende deckt bis %1 nach dem Senden (oder nach ihrem Beginn, falls dieser später liegt). Keine Meldung deckt mehr als %2 ab: Ein einen Tag zu spät geklicktes „Behoben“ wird gekürzt, und von einer Meldung, deren Beginn lange vor dem Senden liegt, bleibt nur der jüngste Teil.</translation>
    </message>
    <message>
        <source>Reports about the same service whose covers overlap or lie less than %1 apart form one group. A group is an outage episode only when its reports come from at least %2 (practices or computers): the local problem of a single practice, such as its internet connection or its computer, never makes an outage.</source>
        <translation>Meldungen zum selben Dienst, deren Zeiträume sich überschneiden oder weniger als %1 auseinanderliegen, bilden eine Gruppe. Eine Gruppe ist nur dann eine Störungsepisode, wenn ihre Meldungen von mindestens %2 stammen (Praxen oder Computer): Das lokale Problem einer einzelnen Praxis, etwa ihre Internetverbindung oder ihr Computer, ergibt nie eine Störung.</translation>
    </message>
    <message>
        <source>Within a group the service counts as down only while the covers of at least %1 overlap; breaks shorter than %2 do not split an episode.</source>
        <translation>Innerhalb einer Gruppe gilt der Dienst nur als ausgefallen, solange sich die Zeiträume von mindestens %1 überschneiden; Unterbrechungen von weniger als %2 teilen eine Episode nicht.</translation>
    </message>
    <message>
        <source>The start and the end then move in to the first and the last moment at which at least %1 of the most installations down at once agree.</source>
        <translation>Beginn und Ende rücken dann auf den ersten und letzten Zeitpunkt, an dem mindestens %1 der höchsten Zahl gleichzeitig betroffener Installationen übereinstimmen.</translation>
    </message>
    <message>
        <source>The figures count reports sent by users of eHealth Bugs: an outage that nobody reported, or that fewer than %1 reported, does not appear.</source>
        <translation>Die Zahlen zählen Meldungen von Nutzern von eHealth Bugs: Eine Störung, die niemand gemeldet hat oder die weniger als %1 gemeldet haben, erscheint nicht.</translation>
    </message>
    <message>
        <source>Downtime is the total length of the episodes within the period; an episode that begins before the period or ends after it counts only for its part inside. Availability is 1 minus the downtime divided by the length of the period. Availability in working hours does the same over Monday to Friday, 08:00 to 18:00 local time, leaving out Belgium&apos;s federal public holidays and the days the server&apos;s operator adds. A service meets the service level target of %1 when both its availability and its availability in working hours reach it.</source>
        <translation>Die Ausfallzeit ist die Gesamtdauer der Episoden im Zeitraum; eine Episode, die vor dem Zeitraum beginnt oder danach endet, zählt nur mit ihrem Teil darin. Die Verfügbarkeit ist 1 minus die Ausfallzeit geteilt durch die Dauer des Zeitraums. Die Verfügbarkeit in den Arbeitszeiten rechnet ebenso über Montag bis Freitag, 08:00 bis 18:00 Uhr Ortszeit, ohne die belgischen föderalen Feiertage und die Tage, die der Betreiber des Servers hinzufügt. Ein Dienst erfüllt das Service-Level-Ziel von %1, wenn sowohl seine Verfügbarkeit als auch seine Verfügbarkeit in den Arbeitszeiten es erreichen.</translation>
    </message>
    <message>
        <source>The start is placed from the moments the reports were sent, run back at their pace, not from the &quot;since&quot; chosen, which is mostly rounded back. The end follows the last reports at their pace, or &quot;resolved&quot; clicks of %1 that come together within %2 of the last reports. Early &quot;since&quot; choices and late &quot;resolved&quot; clicks therefore do not stretch an episode.</source>
        <translation>Der Beginn wird aus den Zeitpunkten bestimmt, zu denen die Meldungen gesendet wurden, in ihrem Tempo zurückgerechnet, nicht aus dem gewählten „seit“, das meist in die Vergangenheit gerundet ist. Das Ende folgt den letzten Meldungen in ihrem Tempo oder den Klicks auf „behoben“ von %1, die zusammen innerhalb von %2 nach den letzten Meldungen kommen. Zu frühe „seit“-Angaben und späte Klicks auf „behoben“ verlängern eine Episode daher nicht.</translation>
    </message>
    <message>
        <source>On a service that gets many reports of unrelated local problems, some overlap by chance. For such a service, hour by hour, both numbers of installations above are raised until chance alone reaches them at most once in %1 years. How often such reports come is measured over the service&apos;s working hours, and how busy each hour of the week is, over every service.</source>
        <translation>Bei einem Dienst, der viele Meldungen unabhängiger lokaler Probleme erhält, überschneiden sich manche zufällig. Für einen solchen Dienst werden, Stunde für Stunde, beide obigen Anzahlen von Installationen erhöht, bis der Zufall allein sie höchstens einmal in %1 Jahren erreicht. Wie oft solche Meldungen kommen, wird über die Arbeitsstunden des Dienstes gemessen, und wie belebt jede Stunde der Woche ist, über alle Dienste.</translation>
    </message>
    <message>
        <source>Each report counts once, as its latest revision; a service&apos;s figures cover its reports that started in the period, and an episode&apos;s the reports of its service that overlap it. The estimate, shown apart from the reported sum, is the number of practices that reported without giving minutes lost times the median minutes lost per report of those that gave them; a money value appears only when the operator set an hourly value.</source>
        <translation>Jede Meldung zählt einmal, in ihrer letzten Revision; die Zahlen eines Dienstes umfassen seine Meldungen, die im Zeitraum begonnen haben, die einer Episode die Meldungen ihres Dienstes, die sich mit ihr überschneiden. Die Schätzung, getrennt von der gemeldeten Summe gezeigt, ist die Zahl der Praxen, die ohne Angabe verlorener Minuten gemeldet haben, mal dem Median der verlorenen Minuten pro Meldung derer, die sie angegeben haben; ein Geldwert erscheint nur, wenn der Betreiber einen Stundenwert festgelegt hat.</translation>
    </message>
    <message>
        <source>Where the reports sent fall far below their pace for a few minutes and rise again, the service worked in between: the two stay separate episodes.</source>
        <translation>Wo die gesendeten Meldungen für einige Minuten weit unter ihr Tempo fallen und dann wieder steigen, funktionierte der Dienst dazwischen: es bleiben zwei getrennte Episoden.</translation>
    </message>
    <message>
        <source>The reports rarely fix the start and the end of an episode to the minute, so each episode also has a range: at the shortest from the latest moment it can have started to the earliest it can have ended, at the longest from the earliest start to the latest end the reports allow. Downtime has the same range, from the episodes&apos; shortest extents to their longest. The low end allows for clocks a few minutes off and for reports sent minutes late: it is the least the reports show.</source>
        <translation>Die Meldungen legen Beginn und Ende einer Episode selten auf die Minute fest; daher hat jede Episode auch eine Spanne: im kürzesten Fall vom spätesten Zeitpunkt, zu dem sie begonnen haben kann, bis zum frühesten, zu dem sie geendet haben kann, im längsten Fall vom frühesten Beginn bis zum spätesten Ende, das die Meldungen zulassen. Die Ausfallzeit hat dieselbe Spanne, von der kürzesten bis zur längsten Ausdehnung der Episoden. Die Untergrenze berücksichtigt Uhren, die einige Minuten falsch gehen, und Meldungen, die einige Minuten zu spät gesendet wurden: sie ist das Mindeste, das die Meldungen belegen.</translation>
    </message>
    <message>
        <source>The official record is what the official eHealth status page said of each service, recorded by the server each time it changed, together with the incidents staff entered for earlier times. An outage episode counts as admitted when an official outage (degraded performance, partial or major outage) overlaps it or begins within %1 minutes after its end; the lag runs from the start of the episode to the start of that official outage, and the median lag is taken over the admitted episodes.</source>
        <translation>Die offizielle Aufzeichnung ist das, was die offizielle Statusseite von eHealth zu jedem Dienst angab, vom Server bei jeder Änderung festgehalten, ergänzt um die Vorfälle, die das Personal für frühere Zeiten eingetragen hat. Eine Störungsepisode gilt als anerkannt, wenn eine offizielle Störung (eingeschränkte Leistung, teilweiser oder schwerer Ausfall) sie überlappt oder innerhalb von %1 Minuten nach ihrem Ende beginnt; die Verzögerung läuft vom Beginn der Episode bis zum Beginn dieser offiziellen Störung, und die mittlere Verzögerung (Median) wird über die anerkannten Episoden berechnet.</translation>
    </message>
</context>
<context>
    <name>MonthlyPdf</name>
    <message>
        <source>eHealth Bugs — monthly report, %1</source>
        <translation>eHealth Bugs — Monatsbericht, %1</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <extracomment>Date format of the monthly report&apos;s period line (QDate::toString format).</extracomment>
        <translation>d. MMMM yyyy</translation>
    </message>
    <message>
        <source>Period: %1 to %2 included, local time in the time zone %3.</source>
        <translation>Zeitraum: %1 bis einschließlich %2, Ortszeit in der Zeitzone %3.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Availability by service</source>
        <translation>Verfügbarkeit nach Dienst</translation>
    </message>
    <message>
        <source>Service level target: an availability of at least %1, over the whole month and in working hours.</source>
        <translation>Service-Level-Ziel: eine Verfügbarkeit von mindestens %1, über den ganzen Monat und in den Arbeitszeiten.</translation>
    </message>
    <message>
        <source>Outage episodes</source>
        <translation>Störungsepisoden</translation>
    </message>
    <message>
        <source>No outage episode this month.</source>
        <translation>Keine Störungsepisode in diesem Monat.</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>The report has no valid month.</source>
        <translation>Der Bericht hat keinen gültigen Monat.</translation>
    </message>
    <message>
        <source>Could not start the PDF document.</source>
        <translation>Das PDF-Dokument konnte nicht begonnen werden.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Could not finish the PDF document.</source>
        <translation>Das PDF-Dokument konnte nicht abgeschlossen werden.</translation>
    </message>
    <message>
        <source>What it cost</source>
        <translation>Was es gekostet hat</translation>
    </message>
    <message>
        <source>By service</source>
        <translation>Nach Dienst</translation>
    </message>
    <message>
        <source>The largest episodes by minutes lost</source>
        <translation>Die größten Episoden nach verlorenen Minuten</translation>
    </message>
    <message>
        <source>No episode with minutes lost this month.</source>
        <translation>Keine Episode mit verlorenen Minuten in diesem Monat.</translation>
    </message>
    <message>
        <source>How these figures are made</source>
        <translation>Wie diese Zahlen entstehen</translation>
    </message>
    <message>
        <source>A length in minutes is followed by its range, as in “%1”: from the shortest to the longest the reports allow; the shortest is the least they show.</source>
        <extracomment>%1 is an example, &quot;162 min, 150–171&quot;.</extracomment>
        <translation>Auf eine Dauer in Minuten folgt ihre Spanne, wie in „%1“: vom kürzesten bis zum längsten, was die Meldungen zulassen; das Kürzeste ist das Mindeste, das sie belegen.</translation>
    </message>
    <message>
        <source>The impact figures could not be fetched: %1</source>
        <translation>Die Zahlen zu den Auswirkungen konnten nicht abgerufen werden: %1</translation>
    </message>
    <message>
        <source>The official record</source>
        <translation>Die offizielle Aufzeichnung</translation>
    </message>
    <message>
        <source>The official record could not be fetched: %1</source>
        <translation>Die offizielle Aufzeichnung konnte nicht abgerufen werden: %1</translation>
    </message>
    <message>
        <source>Outages never admitted</source>
        <translation>Nie anerkannte Störungen</translation>
    </message>
    <message>
        <source>The official status page admitted every outage episode of this month.</source>
        <translation>Die offizielle Statusseite hat alle Störungsepisoden dieses Monats anerkannt.</translation>
    </message>
    <message>
        <source>Official outages that no GP reported</source>
        <translation>Offizielle Störungen, die kein Hausarzt gemeldet hat</translation>
    </message>
    <message>
        <source>None this month.</source>
        <translation>Keine in diesem Monat.</translation>
    </message>
</context>
<context>
    <name>NoticeCodec</name>
    <message>
        <source>must be a service id such as recip-e, or null for every service</source>
        <translation>muss eine Dienst-ID wie recip-e sein, oder null für alle Dienste</translation>
    </message>
    <message>
        <source>must be an object with a text in fr, nl, de or en</source>
        <translation>muss ein Objekt mit einem Text in fr, nl, de oder en sein</translation>
    </message>
    <message>
        <source>is not one of the languages fr, nl, de, en</source>
        <translation>ist keine der Sprachen fr, nl, de, en</translation>
    </message>
    <message>
        <source>must be a text</source>
        <translation>muss ein Text sein</translation>
    </message>
    <message>
        <source>needs a text in at least one language</source>
        <translation>braucht einen Text in mindestens einer Sprache</translation>
    </message>
    <message numerus="yes">
        <source>must be an https:// or http:// address of at most %Ln characters</source>
        <translation>
            <numerusform>muss eine https://- oder http://-Adresse mit höchstens %Ln Zeichen sein</numerusform>
            <numerusform>muss eine https://- oder http://-Adresse mit höchstens %Ln Zeichen sein</numerusform>
        </translation>
    </message>
    <message>
        <source>must be an https:// or http:// address</source>
        <translation>muss eine https://- oder http://-Adresse sein</translation>
    </message>
    <message>
        <source>must be an RFC 3339 time such as 2024-01-15T08:05:00Z</source>
        <translation>muss eine RFC-3339-Zeitangabe wie 2024-01-15T08:05:00Z sein</translation>
    </message>
    <message>
        <source>must be after valid_from</source>
        <translation>muss nach valid_from liegen</translation>
    </message>
    <message>
        <source>The notice&apos;s %1 is missing or malformed.</source>
        <translation>Das Feld %1 der Mitteilung fehlt oder ist fehlerhaft.</translation>
    </message>
</context>
<context>
    <name>NoticesHandler</name>
    <message>
        <source>Send the notice as application/json.</source>
        <translation>Senden Sie die Mitteilung als application/json.</translation>
    </message>
    <message>
        <source>The body is not a JSON object.</source>
        <translation>Der Inhalt ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The notice has invalid fields; it was not published.</source>
        <translation>Die Mitteilung hat ungültige Felder; sie wurde nicht veröffentlicht.</translation>
    </message>
    <message>
        <source>must be 0 or 1</source>
        <translation>muss 0 oder 1 sein</translation>
    </message>
    <message>
        <source>No notice has this id.</source>
        <translation>Keine Mitteilung hat diese ID.</translation>
    </message>
</context>
<context>
    <name>OfficialFeed</name>
    <message>
        <source>The official status feed is not JSON (%1 at byte %2).</source>
        <translation>Der offizielle Statusfeed ist kein JSON (%1 bei Byte %2).</translation>
    </message>
    <message>
        <source>The official status feed is neither a list of components nor an object with a &quot;data&quot; list.</source>
        <translation>Der offizielle Statusfeed ist weder eine Liste von Komponenten noch ein Objekt mit einer Liste „data“.</translation>
    </message>
</context>
<context>
    <name>OfficialHandler</name>
    <message>
        <source>Send the incidents as application/json.</source>
        <translation>Senden Sie die Vorfälle als application/json.</translation>
    </message>
    <message>
        <source>The body is not a JSON object.</source>
        <translation>Der Body ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>Some incidents are invalid; none was stored.</source>
        <translation>Einige Vorfälle sind ungültig; keiner wurde gespeichert.</translation>
    </message>
</context>
<context>
    <name>OfficialIncidents</name>
    <message>
        <source>must be a service id such as recip-e</source>
        <translation>muss eine Dienst-ID wie recip-e sein</translation>
    </message>
    <message>
        <source>must be an RFC 3339 time with an offset, such as 2024-01-15T08:05:00+01:00</source>
        <translation>muss eine RFC-3339-Zeit mit Versatz sein, etwa 2024-01-15T08:05:00+01:00</translation>
    </message>
    <message>
        <source>must be empty or an RFC 3339 time with an offset, such as 2024-01-15T09:30:00+01:00</source>
        <translation>muss leer oder eine RFC-3339-Zeit mit Versatz sein, etwa 2024-01-15T09:30:00+01:00</translation>
    </message>
    <message>
        <source>must not be before start</source>
        <translation>darf nicht vor start liegen</translation>
    </message>
    <message>
        <source>must be degraded_performance, partial_outage or major_outage</source>
        <translation>muss degraded_performance, partial_outage oder major_outage sein</translation>
    </message>
    <message>
        <source>must be at most %1 characters</source>
        <translation>darf höchstens %1 Zeichen lang sein</translation>
    </message>
    <message>
        <source>line %1: a quoted field is not closed.</source>
        <translation>Zeile %1: Ein Feld in Anführungszeichen wird nicht geschlossen.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text.</source>
        <translation>Die Datei ist kein UTF-8-Text.</translation>
    </message>
    <message>
        <source>line %1: 5 columns are needed (service,start,end,status,source), not %2.</source>
        <translation>Zeile %1: 5 Spalten sind nötig (service,start,end,status,source), nicht %2.</translation>
    </message>
    <message>
        <source>line %1: %2 %3</source>
        <translation>Zeile %1: %2 %3</translation>
    </message>
    <message>
        <source>line %1: at most %2 incidents at once.</source>
        <translation>Zeile %1: höchstens %2 Vorfälle auf einmal.</translation>
    </message>
    <message>
        <source>The file holds no incident.</source>
        <translation>Die Datei enthält keinen Vorfall.</translation>
    </message>
    <message>
        <source>must be a list of 1 to %1 incidents</source>
        <translation>muss eine Liste von 1 bis %1 Vorfällen sein</translation>
    </message>
</context>
<context>
    <name>OfficialLane</name>
    <message>
        <source>Operational</source>
        <extracomment>A status of the official eHealth status page.</extracomment>
        <translation>Betriebsbereit</translation>
    </message>
    <message>
        <source>Unknown status</source>
        <extracomment>A status of the official status page that this program does not know.</extracomment>
        <translation>Unbekannter Status</translation>
    </message>
    <message>
        <source>Degraded performance</source>
        <translation>Eingeschränkte Leistung</translation>
    </message>
    <message>
        <source>Partial outage</source>
        <translation>Teilweiser Ausfall</translation>
    </message>
    <message>
        <source>Major outage</source>
        <translation>Schwerer Ausfall</translation>
    </message>
    <message>
        <source>No record</source>
        <extracomment>The official status page&apos;s record says nothing of the service at that time.</extracomment>
        <translation>Keine Aufzeichnung</translation>
    </message>
    <message>
        <source>Official status:</source>
        <translation>Offizieller Status:</translation>
    </message>
    <message>
        <source>Official status: %1, %2 – %3</source>
        <extracomment>The official status page&apos;s status over a time: status, start – end.</extracomment>
        <translation>Offizieller Status: %1, %2 – %3</translation>
    </message>
</context>
<context>
    <name>OfficialMap</name>
    <message>
        <source>The component map is not JSON: %1 at byte %2.</source>
        <translation>Die Komponententabelle ist kein JSON: %1 bei Byte %2.</translation>
    </message>
    <message>
        <source>The component map needs an object with a &quot;components&quot; list.</source>
        <translation>Die Komponententabelle muss ein Objekt mit einer Liste „components“ sein.</translation>
    </message>
    <message>
        <source>%1: give exactly one of &quot;id&quot;, &quot;name&quot; and &quot;name_contains&quot;.</source>
        <translation>%1: Geben Sie genau eines von „id“, „name“ und „name_contains“ an.</translation>
    </message>
    <message>
        <source>%1.service: &quot;%2&quot; is not a service of the catalogue.</source>
        <translation>%1.service: „%2“ ist kein Dienst des Katalogs.</translation>
    </message>
    <message>
        <source>Cannot read the component map %1: %2</source>
        <translation>Die Komponententabelle %1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>PostgresDialect</name>
    <message>
        <source>The PostgreSQL driver of Qt is missing (package libqt6sql6-psql): %1</source>
        <translation>Der PostgreSQL-Treiber von Qt fehlt (Paket libqt6sql6-psql): %1</translation>
    </message>
    <message>
        <source>Cannot connect to the PostgreSQL database %1: %2</source>
        <translation>Keine Verbindung zur PostgreSQL-Datenbank %1 möglich: %2</translation>
    </message>
    <message>
        <source>Cannot use the PostgreSQL database %1: %2</source>
        <translation>Die PostgreSQL-Datenbank %1 kann nicht verwendet werden: %2</translation>
    </message>
</context>
<context>
    <name>PrivacyGuard</name>
    <message>
        <source>contains what looks like a national register number; remove patient data</source>
        <translation>enthält etwas, das wie eine Nationalregisternummer aussieht; entfernen Sie die Patientendaten</translation>
    </message>
</context>
<context>
    <name>ProvinceNames</name>
    <message>
        <source>No postcode</source>
        <translation>Keine Postleitzahl</translation>
    </message>
    <message>
        <source>Brussels-Capital</source>
        <translation>Region Brüssel-Hauptstadt</translation>
    </message>
    <message>
        <source>Antwerp</source>
        <translation>Antwerpen</translation>
    </message>
    <message>
        <source>Flemish Brabant</source>
        <translation>Flämisch-Brabant</translation>
    </message>
    <message>
        <source>Limburg</source>
        <translation>Limburg</translation>
    </message>
    <message>
        <source>East Flanders</source>
        <translation>Ostflandern</translation>
    </message>
    <message>
        <source>West Flanders</source>
        <translation>Westflandern</translation>
    </message>
    <message>
        <source>Walloon Brabant</source>
        <translation>Wallonisch-Brabant</translation>
    </message>
    <message>
        <source>Hainaut</source>
        <translation>Hennegau</translation>
    </message>
    <message>
        <source>Liège</source>
        <translation>Lüttich</translation>
    </message>
    <message>
        <source>Luxembourg</source>
        <translation>Luxemburg</translation>
    </message>
    <message>
        <source>Namur</source>
        <translation>Namur</translation>
    </message>
</context>
<context>
    <name>PublicPage</name>
    <message>
        <source>eHealth services: outages and notices</source>
        <translation>eHealth-Dienste: Störungen und Hinweise</translation>
    </message>
    <message>
        <source>Notice from the GBO</source>
        <translation>Hinweis des GBO</translation>
    </message>
    <message>
        <source>Notice from the GBO: %1</source>
        <translation>Hinweis des GBO: %1</translation>
    </message>
    <message>
        <source>%1: outage going on</source>
        <translation>%1: Störung dauert an</translation>
    </message>
    <message>
        <source>%1: outage, over</source>
        <translation>%1: Störung, beendet</translation>
    </message>
    <message>
        <source>Since %1 (%2 so far).</source>
        <translation>Seit %1 (bisher %2).</translation>
    </message>
    <message>
        <source>From %1 to %2 (%3).</source>
        <translation>Von %1 bis %2 (%3).</translation>
    </message>
    <message>
        <source>%1: no downtime</source>
        <translation>%1: kein Ausfall</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n minute(s) of downtime</source>
        <translation>
            <numerusform>%1: %n Minute Ausfall</numerusform>
            <numerusform>%1: %n Minuten Ausfall</numerusform>
        </translation>
    </message>
    <message>
        <source>eHealth services: status</source>
        <translation>eHealth-Dienste: Status</translation>
    </message>
    <message>
        <source>Outages and notices (Atom)</source>
        <translation>Störungen und Hinweise (Atom)</translation>
    </message>
    <message>
        <source>What general practitioners report of the eHealth services they use, gathered by the GBO.</source>
        <translation>Was Hausärzte über die eHealth-Dienste melden, die sie nutzen, gesammelt vom GBO.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Updated %1.</source>
        <translation>Aktualisiert am %1.</translation>
    </message>
    <message>
        <source>A service is marked as possibly failing or failing when more practices report it than usual at this time of the week; an outage is counted when several practices report it at the same time. Numbers of practices under 3 are never shown.</source>
        <translation>Ein Dienst wird als mögliches Problem oder Störung markiert, wenn ihn mehr Praxen melden als sonst zu dieser Zeit der Woche; eine Störung wird gezählt, wenn mehrere Praxen sie gleichzeitig melden. Zahlen von Praxen unter 3 werden nie angezeigt.</translation>
    </message>
    <message>
        <source>Atom feed</source>
        <translation>Atom-Feed</translation>
    </message>
    <message>
        <source>The same in JSON</source>
        <translation>Dieselben Daten als JSON</translation>
    </message>
    <message>
        <source>Notices from the GBO</source>
        <translation>Hinweise des GBO</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Mehr</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>seit %1</translation>
    </message>
    <message numerus="yes">
        <source>%n practice(s) report it</source>
        <translation>
            <numerusform>%n Praxis meldet es</numerusform>
            <numerusform>%n Praxen melden es</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The last %n day(s)</source>
        <translation>
            <numerusform>Der letzte Tag</numerusform>
            <numerusform>Die letzten %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>no downtime</source>
        <translation>kein Ausfall</translation>
    </message>
    <message numerus="yes">
        <source>up to %n minute(s)</source>
        <translation>
            <numerusform>bis zu %n Minute</numerusform>
            <numerusform>bis zu %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>more than %n minute(s)</source>
        <translation>
            <numerusform>mehr als %n Minute</numerusform>
            <numerusform>mehr als %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Outages of the last %n day(s)</source>
        <translation>
            <numerusform>Störungen des letzten Tages</numerusform>
            <numerusform>Störungen der letzten %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>No outage in this period.</source>
        <translation>Keine Störung in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>going on</source>
        <translation>dauert an</translation>
    </message>
    <message>
        <source>Operational</source>
        <translation>In Betrieb</translation>
    </message>
    <message>
        <source>Possible problem</source>
        <translation>Mögliches Problem</translation>
    </message>
    <message>
        <source>Outage</source>
        <translation>Störung</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
</context>
<context>
    <name>ReportCodec</name>
    <message>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>must be a UUID version 4</source>
        <translation>muss eine UUID der Version 4 sein</translation>
    </message>
    <message>
        <source>must be an RFC 3339 time such as 2024-01-15T07:05:00Z</source>
        <translation>muss eine Zeitangabe nach RFC 3339 sein, etwa 2024-01-15T07:05:00Z</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <source>must be an array of strings</source>
        <translation>muss ein Array von Zeichenketten sein</translation>
    </message>
    <message>
        <source>must be 1 or more</source>
        <translation>muss 1 oder mehr sein</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>Saves a report about a failing eHealth service and delivers it to the collection server. Reports that cannot be delivered now are kept and sent later.</source>
        <translation>Speichert eine Meldung über einen gestörten eHealth-Dienst und übermittelt sie an den Sammelserver. Meldungen, die jetzt nicht übermittelt werden können, werden aufbewahrt und später gesendet.</translation>
    </message>
    <message>
        <source>The failing service, one of: %1.</source>
        <translation>Der gestörte Dienst, einer von: %1.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>What went wrong (repeat for several): %1.</source>
        <translation>Was nicht funktioniert hat (für mehrere wiederholen): %1.</translation>
    </message>
    <message>
        <source>SYMPTOM</source>
        <translation>SYMPTOM</translation>
    </message>
    <message>
        <source>Minutes since the problem began (default 0).</source>
        <translation>Minuten seit Beginn des Problems (Standard 0).</translation>
    </message>
    <message>
        <source>MINUTES</source>
        <translation>MINUTEN</translation>
    </message>
    <message>
        <source>The error message or code the software showed.</source>
        <translation>Die Fehlermeldung oder der Fehlercode, den die Software angezeigt hat.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>A comment (no patient data).</source>
        <translation>Ein Kommentar (keine Patientendaten).</translation>
    </message>
    <message>
        <source>The collection server, for this run only.</source>
        <translation>Der Sammelserver, nur für diesen Aufruf.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Keep settings and reports in this folder.</source>
        <translation>Einstellungen und Meldungen in diesem Ordner speichern.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>ORDNER</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Save and deliver a report.</source>
        <translation>Eine Meldung speichern und übermitteln.</translation>
    </message>
    <message>
        <source>Unexpected arguments: %1</source>
        <translation>Unerwartete Argumente: %1</translation>
    </message>
    <message>
        <source>--service is required (one of: %1)</source>
        <translation>--service ist erforderlich (einer von: %1)</translation>
    </message>
    <message>
        <source>--since must be a number of minutes between 0 and %1</source>
        <translation>--since muss eine Anzahl Minuten zwischen 0 und %1 sein</translation>
    </message>
    <message>
        <source>The report was not saved:</source>
        <translation>Die Meldung wurde nicht gespeichert:</translation>
    </message>
    <message>
        <source>Report %1 saved; it will be delivered when the server can be reached (%2).</source>
        <translation>Meldung %1 gespeichert; sie wird übermittelt, sobald der Server erreichbar ist (%2).</translation>
    </message>
    <message>
        <source>Report %1 saved, but the server refused it: %2</source>
        <translation>Meldung %1 gespeichert, aber der Server hat sie abgelehnt: %2</translation>
    </message>
    <message>
        <source>Report %1 saved and delivered.</source>
        <translation>Meldung %1 gespeichert und übermittelt.</translation>
    </message>
    <message>
        <source>Report %1 saved. No collection server is set, so it waits on this computer until one is set (Settings, or --server).</source>
        <translation>Meldung %1 gespeichert. Es ist kein Sammelserver festgelegt: Sie bleibt auf diesem Computer, bis einer festgelegt ist (Einstellungen oder --server).</translation>
    </message>
</context>
<context>
    <name>ReportListHandler</name>
    <message>
        <source>must be a whole number from 1 to %1</source>
        <translation>muss eine ganze Zahl von 1 bis %1 sein</translation>
    </message>
    <message>
        <source>is not a cursor this server gave (use next_cursor as it is)</source>
        <translation>ist kein Cursor, den dieser Server ausgegeben hat (verwenden Sie next_cursor unverändert)</translation>
    </message>
    <message>
        <source>The query has invalid parameters.</source>
        <translation>Die Abfrage enthält ungültige Parameter.</translation>
    </message>
    <message>
        <source>The reports cannot be read now; try again later.</source>
        <translation>Die Meldungen können gerade nicht gelesen werden; versuchen Sie es später erneut.</translation>
    </message>
</context>
<context>
    <name>ReportPutHandler</name>
    <message>
        <source>The report could not be stored now; send it again later.</source>
        <translation>Die Meldung konnte gerade nicht gespeichert werden; senden Sie sie später erneut.</translation>
    </message>
    <message>
        <source>The server already has revision %1 of this report, newer than revision %2.</source>
        <translation>Der Server hat bereits Revision %1 dieser Meldung, die neuer ist als Revision %2.</translation>
    </message>
    <message>
        <source>This report id belongs to another installation.</source>
        <translation>Diese Meldungs-ID gehört zu einer anderen Installation.</translation>
    </message>
</context>
<context>
    <name>ReportRequest</name>
    <message>
        <source>The report is larger than %1 bytes.</source>
        <translation>Die Meldung ist größer als %1 Bytes.</translation>
    </message>
    <message>
        <source>Reports are addressed as /api/v1/reports/{id} with a UUID version 4 id.</source>
        <translation>Meldungen werden als /api/v1/reports/{id} adressiert, mit einer ID als UUID der Version 4.</translation>
    </message>
    <message>
        <source>Send the report as application/json.</source>
        <translation>Senden Sie die Meldung als application/json.</translation>
    </message>
    <message>
        <source>The body is not valid JSON: %1 at byte %2.</source>
        <translation>Der Body ist kein gültiges JSON: %1 bei Byte %2.</translation>
    </message>
    <message>
        <source>The body must be a JSON object.</source>
        <translation>Der Body muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>The report has invalid fields.</source>
        <translation>Die Meldung enthält ungültige Felder.</translation>
    </message>
    <message>
        <source>does not match the id in the URL</source>
        <translation>stimmt nicht mit der ID in der URL überein</translation>
    </message>
</context>
<context>
    <name>ReportStore</name>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Cannot open the report database %1: %2</source>
        <translation>Die Meldungsdatenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot configure the report database %1: %2</source>
        <translation>Die Meldungsdatenbank %1 kann nicht eingerichtet werden: %2</translation>
    </message>
    <message>
        <source>The report database was written by a newer version of eHealth Bugs (schema %1, this version knows %2)</source>
        <translation>Die Meldungsdatenbank wurde von einer neueren Version von eHealth Bugs geschrieben (Schema %1, diese Version kennt %2)</translation>
    </message>
    <message>
        <source>Cannot upgrade the report database to schema %1: %2</source>
        <translation>Die Meldungsdatenbank kann nicht auf Schema %1 aktualisiert werden: %2</translation>
    </message>
    <message>
        <source>The report could not be saved: %1</source>
        <translation>Die Meldung konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>This report is not in the local database</source>
        <translation>Diese Meldung ist nicht in der lokalen Datenbank</translation>
    </message>
    <message>
        <source>This report is already marked as resolved</source>
        <translation>Diese Meldung ist bereits als behoben markiert</translation>
    </message>
    <message>
        <source>The delivery state could not be saved: %1</source>
        <translation>Der Übermittlungsstatus konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>ReportValidator</name>
    <message>
        <source>contains control characters</source>
        <translation>enthält Steuerzeichen</translation>
    </message>
    <message>
        <source>must be a UUID version 4</source>
        <translation>muss eine UUID der Version 4 sein</translation>
    </message>
    <message>
        <source>must be 1 or more</source>
        <translation>muss 1 oder mehr sein</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <source>is not a known service</source>
        <translation>ist kein bekannter Dienst</translation>
    </message>
    <message>
        <source>is in the future</source>
        <translation>liegt in der Zukunft</translation>
    </message>
    <message>
        <source>is after the time of the report</source>
        <translation>liegt nach dem Zeitpunkt der Meldung</translation>
    </message>
    <message>
        <source>is more than 7 days before the time of the report</source>
        <translation>liegt mehr als 7 Tage vor dem Zeitpunkt der Meldung</translation>
    </message>
    <message>
        <source>is before the start</source>
        <translation>liegt vor dem Beginn</translation>
    </message>
    <message>
        <source>needs at least one symptom</source>
        <translation>erfordert mindestens ein Symptom</translation>
    </message>
    <message>
        <source>is not a known symptom</source>
        <translation>ist kein bekanntes Symptom</translation>
    </message>
    <message>
        <source>is listed twice</source>
        <translation>ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>must be between 0 and %1</source>
        <translation>muss zwischen 0 und %1 liegen</translation>
    </message>
    <message>
        <source>must be one of: %1</source>
        <translation>muss einer dieser Werte sein: %1</translation>
    </message>
    <message>
        <source>must be a Belgian postcode between 1000 and 9999</source>
        <translation>muss eine belgische Postleitzahl zwischen 1000 und 9999 sein</translation>
    </message>
    <message>
        <source>contains invalid characters</source>
        <translation>enthält ungültige Zeichen</translation>
    </message>
    <message>
        <source>is before the year 2000</source>
        <translation>liegt vor dem Jahr 2000</translation>
    </message>
    <message numerus="yes">
        <source>is longer than %Ln characters</source>
        <translation>
            <numerusform>ist länger als %Ln Zeichen</numerusform>
            <numerusform>ist länger als %Ln Zeichen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>has more than %Ln symptoms</source>
        <translation>
            <numerusform>hat mehr als %Ln Symptom</numerusform>
            <numerusform>hat mehr als %Ln Symptome</numerusform>
        </translation>
    </message>
    <message>
        <source>is after the end</source>
        <translation>liegt nach dem Ende</translation>
    </message>
    <message>
        <source>is only for a report with an end</source>
        <translation>ist nur für eine Meldung mit einem Ende zulässig</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>The server is stopping.</source>
        <translation>Der Server wird beendet.</translation>
    </message>
</context>
<context>
    <name>RequestGuard</name>
    <message>
        <source>Too many requests; try again in a moment.</source>
        <translation>Zu viele Anfragen; versuchen Sie es gleich noch einmal.</translation>
    </message>
</context>
<context>
    <name>RollupDeltas</name>
    <message>
        <source>The database returned an unknown member row.</source>
        <translation>Die Datenbank hat eine unbekannte Mitgliedszeile geliefert.</translation>
    </message>
    <message>
        <source>The database returned %1 member rows for %2.</source>
        <translation>Die Datenbank hat %1 Mitgliedszeilen für %2 geliefert.</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>%1: enter a web address starting with https://, such as https://bugs.example.be</source>
        <translation>%1: Geben Sie eine Webadresse ein, die mit https:// beginnt, zum Beispiel https://bugs.example.be</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; starts with http://, which is only allowed for this computer (localhost, 127.0.0.1, ::1). Use https:// so that reports cross the network encrypted.</source>
        <translation>%1: „%2“ beginnt mit http://, das nur für diesen Computer erlaubt ist (localhost, 127.0.0.1, ::1). Verwenden Sie https://, damit Meldungen verschlüsselt über das Netzwerk gehen.</translation>
    </message>
</context>
<context>
    <name>ServerCommand</name>
    <message>
        <source>Try &quot;ehealthbugs-server --help&quot;.</source>
        <translation>Versuchen Sie „ehealthbugs-server --help“.</translation>
    </message>
    <message>
        <source>The database %1 is at schema version %2.</source>
        <translation>Die Datenbank %1 hat die Schemaversion %2.</translation>
    </message>
    <message>
        <source>Token %1 created. Keep it now: it cannot be shown again.</source>
        <translation>Token %1 erstellt. Bewahren Sie es jetzt auf: Es kann nicht erneut angezeigt werden.</translation>
    </message>
    <message>
        <source>There is no token named %1.</source>
        <translation>Es gibt kein Token namens %1.</translation>
    </message>
    <message>
        <source>Token %1 revoked.</source>
        <translation>Token %1 widerrufen.</translation>
    </message>
    <message>
        <source>--official-map: %1</source>
        <translation>--official-map: %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: nothing imported: %2</source>
        <translation>%1: nichts importiert: %2</translation>
    </message>
    <message>
        <source>Official incidents imported: %1.</source>
        <translation>Offizielle Vorfälle importiert: %1.</translation>
    </message>
</context>
<context>
    <name>ServerOptions</name>
    <message>
        <source>--listen needs ADDRESS:PORT, such as 127.0.0.1:8080, not &quot;%1&quot;.</source>
        <translation>--listen erwartet ADRESSE:PORT, etwa 127.0.0.1:8080, nicht „%1“.</translation>
    </message>
    <message>
        <source>--listen has an invalid port &quot;%1&quot;; use 0 to 65535.</source>
        <translation>--listen hat einen ungültigen Port „%1“; verwenden Sie 0 bis 65535.</translation>
    </message>
    <message>
        <source>--listen has an invalid IP address &quot;%1&quot;.</source>
        <translation>--listen hat eine ungültige IP-Adresse „%1“.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>Unknown option &quot;%1&quot;.</source>
        <translation>Unbekannte Option „%1“.</translation>
    </message>
    <message>
        <source>The option %1 needs a value.</source>
        <translation>Die Option %1 erwartet einen Wert.</translation>
    </message>
    <message>
        <source>--max-body must be a number of bytes between 1 and %1.</source>
        <translation>--max-body muss eine Anzahl Bytes zwischen 1 und %1 sein.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Kein Befehl angegeben.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>%1 needs an IP address or ADDRESS/BITS, not &quot;%2&quot;.</source>
        <translation>%1 erwartet eine IP-Adresse oder ADRESSE/BITS, nicht „%2“.</translation>
    </message>
    <message>
        <source>%1 must be a number of bytes from %2 to %3, not &quot;%4&quot;.</source>
        <translation>%1 muss eine Anzahl Bytes von %2 bis %3 sein, nicht „%4“.</translation>
    </message>
    <message>
        <source>%1 must be a number of seconds from %2 to %3, not &quot;%4&quot;.</source>
        <translation>%1 muss eine Anzahl Sekunden von %2 bis %3 sein, nicht „%4“.</translation>
    </message>
    <message>
        <source>%1 must be a number of connections from %2 to %3, not &quot;%4&quot;.</source>
        <translation>%1 muss eine Anzahl Verbindungen von %2 bis %3 sein, nicht „%4“.</translation>
    </message>
    <message>
        <source>%1 needs BURST/PER_SECOND, such as 60/1 or 10/0.5, each above 0 and at most 1000000, or off; not &quot;%2&quot;.</source>
        <translation>%1 erwartet SCHUB/PRO_SEKUNDE, etwa 60/1 oder 10/0.5, jeweils über 0 und höchstens 1000000, oder off; nicht „%2“.</translation>
    </message>
    <message>
        <source>--threads must be a number from 1 to %1.</source>
        <translation>--threads muss eine Zahl von 1 bis %1 sein.</translation>
    </message>
    <message>
        <source>--stats-zone needs a time zone such as Europe/Brussels, not &quot;%1&quot;.</source>
        <translation>--stats-zone erwartet eine Zeitzone wie Europe/Brussels, nicht „%1“.</translation>
    </message>
    <message>
        <source>The option %1 does not apply to %2.</source>
        <translation>Die Option %1 gilt nicht für %2.</translation>
    </message>
    <message>
        <source>Use &quot;token create NAME&quot;, &quot;token list&quot; or &quot;token revoke NAME&quot;.</source>
        <translation>Verwenden Sie „token create NAME“, „token list“ oder „token revoke NAME“.</translation>
    </message>
    <message>
        <source>&quot;token %1&quot; needs one NAME.</source>
        <translation>„token %1“ erwartet genau einen NAME.</translation>
    </message>
    <message>
        <source>&quot;token list&quot; takes no NAME.</source>
        <translation>„token list“ nimmt keinen NAME an.</translation>
    </message>
    <message>
        <source>--sla-target must be a number between 0 and 1, such as 0.999, not &quot;%1&quot;.</source>
        <translation>--sla-target muss eine Zahl zwischen 0 und 1 sein, etwa 0.999, nicht „%1“.</translation>
    </message>
    <message>
        <source>%1 needs a date YYYY-MM-DD, such as 2025-07-11, or a comma list of them; not &quot;%2&quot;.</source>
        <translation>%1 erwartet ein Datum JJJJ-MM-TT, etwa 2025-07-11, oder eine Komma-Liste davon; nicht „%2“.</translation>
    </message>
    <message>
        <source>%1 must be an amount in euros above 0 and at most %2, such as 60 or 62.50, not &quot;%3&quot;.</source>
        <translation>%1 muss ein Betrag in Euro über 0 und höchstens %2 sein, etwa 60 oder 62.50, nicht „%3“.</translation>
    </message>
    <message>
        <source>
Impact figures (serve only):
  --impact-hourly-value EUR
                         Value of an hour of a GP&apos;s time in euros, such as 60;
                         GET /api/v1/stats/impact then also gives the time lost
                         as money (default: none, no money value)
</source>
        <translation>
Auswirkungszahlen (nur für serve):
  --impact-hourly-value EUR
                         Wert einer Stunde Arbeitszeit eines Hausarztes in Euro,
                         etwa 60; GET /api/v1/stats/impact gibt dann auch die
                         verlorene Zeit als Geldwert an (Standard: keiner, kein
                         Geldwert)
</translation>
    </message>
    <message>
        <source>%1 needs an http or https URL, such as https://status.ehealth.fgov.be/nl/api/components/prod, or off; not &quot;%2&quot;.</source>
        <translation>%1 erwartet eine http- oder https-URL wie https://status.ehealth.fgov.be/nl/api/components/prod oder off; nicht „%2“.</translation>
    </message>
    <message>
        <source>Use &quot;official import FILE&quot;.</source>
        <translation>Verwenden Sie „official import DATEI“.</translation>
    </message>
    <message>
        <source>
The official status page (serve only):
  --official-status URL|off
                         Read the official eHealth status page&apos;s components
                         feed, such as
                         https://status.ehealth.fgov.be/nl/api/components/prod,
                         and record each change of status (default off)
  --official-interval SECONDS
                         How often to read it (default %1)
  --official-map FILE    Which of our services each official component stands
                         for (default: the built-in map)
  official import FILE   Command: import official incidents from a CSV file
                         (service,start,end,status,source), all or none
</source>
        <translation>
Die offizielle Statusseite (nur serve):
  --official-status URL|off
                         Den Komponenten-Feed der offiziellen eHealth-
                         Statusseite lesen, etwa
                         https://status.ehealth.fgov.be/nl/api/components/prod,
                         und jede Statusänderung festhalten (Standard off)
  --official-interval SEKUNDEN
                         Wie oft er gelesen wird (Standard %1)
  --official-map DATEI   Welcher unserer Dienste jede offizielle Komponente ist
                         (Standard: die eingebaute Tabelle)
  official import DATEI  Befehl: offizielle Vorfälle aus einer CSV-Datei
                         importieren (service,start,end,status,source), alle oder keine
</translation>
    </message>
    <message>
        <source>
Self-protection (serve only; answers are JSON errors):
  --max-url-bytes BYTES  Longest request line (default %1; else 414)
  --max-header-bytes BYTES
                         Largest header block (default %2; else 431)
  --idle-timeout SECONDS Close a keep-alive connection idle this long (default %3)
  --head-timeout SECONDS The request line and headers must arrive this long
                         after the request&apos;s first byte, or after connecting
                         (default %4; else 408)
  --request-timeout SECONDS
                         A request must arrive whole this long after its first
                         byte (default %5; else 408)
  --max-connections N    Open connections at most (default %6; else 503)
  --max-connections-per-address N
                         Open connections per client address (an IPv6 /64
                         counts as one; default %7; else closed unanswered);
                         0 turns the cap off. A trusted proxy is exempt: its
                         clients count by X-Forwarded-For while their request
                         is under way (else 503)
  --rate-installation BURST/PER_SECOND
                         Reports per installation (default %8; else 429); off
                         turns the limit off
  --rate-address BURST/PER_SECOND
                         Requests per client address (an IPv6 /64 counts as
                         one; default %9; else 429); off turns the limit off
  --trusted-proxy ADDRESS[/BITS]
                         A proxy whose X-Forwarded-For names the client; repeat
                         it or give a comma list (default: none)
Client addresses serve as rate-limit and connection-count keys in memory only;
they are never stored or logged.
</source>
        <translation>
Selbstschutz (nur für serve; Antworten sind JSON-Fehler):
  --max-url-bytes BYTES  Längste Anfragezeile (Standard %1; sonst 414)
  --max-header-bytes BYTES
                         Größter Header-Block (Standard %2; sonst 431)
  --idle-timeout SEKUNDEN
                         Eine Keep-alive-Verbindung schließen, die so lange
                         untätig ist (Standard %3)
  --head-timeout SEKUNDEN
                         Anfragezeile und Header müssen so lange nach dem
                         ersten Byte der Anfrage oder nach dem
                         Verbindungsaufbau angekommen sein (Standard %4;
                         sonst 408)
  --request-timeout SEKUNDEN
                         Eine Anfrage muss so lange nach ihrem ersten Byte
                         vollständig angekommen sein (Standard %5; sonst 408)
  --max-connections N    Höchstzahl offener Verbindungen (Standard %6;
                         sonst 503)
  --max-connections-per-address N
                         Offene Verbindungen pro Client-Adresse (ein IPv6-/64
                         zählt als eine; Standard %7; darüber ohne Antwort
                         geschlossen); 0 schaltet die Grenze ab. Ein
                         vertrauenswürdiger Proxy ist ausgenommen: seine
                         Clients zählen nach X-Forwarded-For, solange ihre
                         Anfrage läuft (sonst 503)
  --rate-installation SCHUB/PRO_SEKUNDE
                         Meldungen pro Installation (Standard %8; sonst 429);
                         off schaltet die Grenze ab
  --rate-address SCHUB/PRO_SEKUNDE
                         Anfragen pro Client-Adresse (ein IPv6-/64 zählt als
                         eine; Standard %9; sonst 429); off schaltet die
                         Grenze ab
  --trusted-proxy ADRESSE[/BITS]
                         Ein Proxy, dessen X-Forwarded-For den Client nennt;
                         wiederholen Sie die Option oder geben Sie eine
                         Komma-Liste an (Standard: keiner)
Client-Adressen dienen nur im Arbeitsspeicher als Schlüssel für die
Ratenbegrenzung und die Verbindungszählung; sie werden nie gespeichert oder
protokolliert.
</translation>
    </message>
    <message>
        <source>Usage: ehealthbugs-server &lt;command&gt; [options]

Collects eHealth outage reports from the eHealth Bugs desktop program.

Commands:
  serve               Answer the HTTP API (migrates the database first)
  migrate             Bring the database schema up to date, then exit
  token create NAME   Make a staff token; it is printed once, on stdout
  token list          List the staff tokens&apos; names and dates
  token revoke NAME   Revoke a staff token

Options:
  --listen ADDRESS:PORT  Address to listen on (default 127.0.0.1:%1; port 0
                         picks a free port). serve only.
  --database URL         sqlite:PATH (default: %2) or
                         postgresql://USER@HOST:PORT/DATABASE
  --max-body BYTES       Largest accepted request body (default %3). serve only.
  --threads N            HTTP worker threads (default %4). serve only.
  --stats-zone ZONE      Keep daily, weekly and monthly statistics in this time
                         zone (repeatable; default Europe/Brussels).
  --sla-target FRACTION  Availability each service should reach, such as 0.999
                         for 99.9 % (default %5). serve only.
  --holiday YYYY-MM-DD   A further day without working hours (a regional
                         holiday, a closure), besides Belgium&apos;s federal public
                         holidays; repeatable or a comma list. serve only.
  --version              Print the version and exit
  -h, --help             Print this help and exit
</source>
        <translation>Aufruf: ehealthbugs-server &lt;Befehl&gt; [Optionen]

Sammelt Meldungen über eHealth-Störungen aus dem Desktopprogramm eHealth Bugs.

Befehle:
  serve               Die HTTP-API beantworten (migriert zuerst die Datenbank)
  migrate             Das Datenbankschema aktualisieren und dann beenden
  token create NAME   Ein Mitarbeiter-Token erstellen; es wird einmal auf
                      stdout ausgegeben
  token list          Namen und Daten der Mitarbeiter-Tokens auflisten
  token revoke NAME   Ein Mitarbeiter-Token widerrufen

Optionen:
  --listen ADRESSE:PORT  Adresse, auf der gelauscht wird (Standard
                         127.0.0.1:%1; Port 0 wählt einen freien Port).
                         Nur für serve.
  --database URL         sqlite:PFAD (Standard: %2) oder
                         postgresql://BENUTZER@HOST:PORT/DATENBANK
  --max-body BYTES       Größter angenommener Anfrage-Body (Standard %3).
                         Nur für serve.
  --threads N            HTTP-Arbeitsthreads (Standard %4). Nur für serve.
  --stats-zone ZONE      Tägliche, wöchentliche und monatliche Statistiken in
                         dieser Zeitzone führen (wiederholbar; Standard
                         Europe/Brussels).
  --sla-target ANTEIL    Verfügbarkeit, die jeder Dienst erreichen soll, etwa
                         0.999 für 99,9 % (Standard %5). Nur für serve.
  --holiday JJJJ-MM-TT   Ein weiterer Tag ohne Arbeitszeiten (ein regionaler
                         Feiertag, eine Schließung), zusätzlich zu den
                         belgischen gesetzlichen Feiertagen; wiederholbar oder
                         eine Komma-Liste. Nur für serve.
  --version              Die Version ausgeben und beenden
  -h, --help             Diese Hilfe ausgeben und beenden
</translation>
    </message>
    <message>
        <source>%1 needs a version of dotted numbers, such as 1.4.2, not &quot;%2&quot;.</source>
        <translation>%1 erwartet eine Version aus Zahlen mit Punkten, etwa 1.4.2, nicht „%2“.</translation>
    </message>
    <message>
        <source>%1 needs an https URL, such as https://www.example.be/ehealthbugs/download (http only to this computer); not &quot;%2&quot;.</source>
        <translation>%1 erwartet eine https-URL, etwa https://www.example.be/ehealthbugs/download (http nur zu diesem Computer); nicht „%2“.</translation>
    </message>
    <message>
        <source>
Desktop app updates (serve only; GET /api/v1/client answers them):
  --client-latest VERSION
                         The current app version, such as 1.4.2; older apps show
                         a notice (default: none)
  --client-download URL  Where to get it, an https address (default: none)
</source>
        <translation>
Updates der Anwendung (nur serve; GET /api/v1/client liefert sie):
  --client-latest VERSION
                         Die aktuelle Version der Anwendung, etwa 1.4.2; ältere
                         Anwendungen zeigen einen Hinweis (Standard: keine)
  --client-download URL  Wo es sie gibt, eine https-Adresse (Standard: keine)
</translation>
    </message>
    <message>
        <source>%1 must be on or off, not &quot;%2&quot;.</source>
        <translation>%1 muss on oder off sein, nicht „%2“.</translation>
    </message>
    <message>
        <source>
Public status page (serve only; GET /, /feed.atom, /badge/SERVICE.svg and
GET /api/v1/status, for anyone):
  --public-page on|off   Serve them (default on; off: 404)
  --public-cache SECONDS How long they are answered from memory before the
                         database is read again (default %1)
</source>
        <translation>
Öffentliche Statusseite (nur serve; GET /, /feed.atom, /badge/DIENST.svg und
GET /api/v1/status, für alle):
  --public-page on|off   Sie anbieten (Standard on; off: 404)
  --public-cache SEKUNDEN
                         Wie lange sie aus dem Speicher beantwortet werden, bevor
                         die Datenbank erneut gelesen wird (Standard %1)
</translation>
    </message>
</context>
<context>
    <name>ServiceCatalogue</name>
    <message>
        <source>The service catalogue is not valid JSON: %1</source>
        <translation>Der Dienstkatalog ist kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>The service catalogue has an incomplete entry: %1</source>
        <translation>Der Dienstkatalog enthält einen unvollständigen Eintrag: %1</translation>
    </message>
    <message>
        <source>The service catalogue lists %1 twice</source>
        <translation>Der Dienstkatalog führt %1 doppelt auf</translation>
    </message>
    <message>
        <source>The service catalogue is empty</source>
        <translation>Der Dienstkatalog ist leer</translation>
    </message>
    <message>
        <source>eHealth platform</source>
        <translation>eHealth-Plattform</translation>
    </message>
    <message>
        <source>MyCareNet (mutualities)</source>
        <translation>MyCareNet (Krankenkassen)</translation>
    </message>
    <message>
        <source>Regional hubs</source>
        <translation>Regionale Hubs</translation>
    </message>
    <message>
        <source>My practice</source>
        <translation>Meine Praxis</translation>
    </message>
</context>
<context>
    <name>SoftwareNames</name>
    <message>
        <source>The software name %1 is missing.</source>
        <translation>Der Softwarename %1 fehlt.</translation>
    </message>
    <message>
        <source>Cannot read the software names: %1</source>
        <translation>Die Softwarenamen können nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>SqlMigrator</name>
    <message>
        <source>Cannot create the migrations table: %1</source>
        <translation>Die Migrationstabelle kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>Cannot read the schema version: %1</source>
        <translation>Die Schemaversion kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The database has schema version %1, newer than this program knows (%2). Use a newer ehealthbugs-server.</source>
        <translation>Die Datenbank hat die Schemaversion %1, neuer als dieses Programm kennt (%2). Verwenden Sie einen neueren ehealthbugs-server.</translation>
    </message>
    <message>
        <source>Cannot start migration %1: %2</source>
        <translation>Migration %1 kann nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>Cannot apply migration %1: %2</source>
        <translation>Migration %1 kann nicht angewendet werden: %2</translation>
    </message>
</context>
<context>
    <name>SqlReportRepository</name>
    <message>
        <source>The database %1 is not open.</source>
        <translation>Die Datenbank %1 ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>Cannot read the rollup zones: %1</source>
        <translation>Die Zeitzonen der Statistiken können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot fill the statistics of %1: %2</source>
        <translation>Die Statistiken von %1 können nicht gefüllt werden: %2</translation>
    </message>
    <message>
        <source>unknown time zone</source>
        <translation>unbekannte Zeitzone</translation>
    </message>
    <message>
        <source>Cannot store the reports in %1: %2</source>
        <translation>Die Meldungen können nicht in %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Cannot count the reports: %1</source>
        <translation>Die Meldungen können nicht gezählt werden: %1</translation>
    </message>
    <message>
        <source>Cannot read the report: %1</source>
        <translation>Die Meldung kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot read the reports: %1</source>
        <translation>Die Meldungen können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The database does not answer: %1</source>
        <translation>Die Datenbank antwortet nicht: %1</translation>
    </message>
    <message>
        <source>Cannot read the statistics: %1</source>
        <translation>Die Statistiken können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot read the staff tokens: %1</source>
        <translation>Die Mitarbeiter-Tokens können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>A token named %1 exists already; revoke it first.</source>
        <translation>Ein Token namens %1 existiert bereits; widerrufen Sie es zuerst.</translation>
    </message>
    <message>
        <source>Cannot store the token: %1</source>
        <translation>Das Token kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Cannot revoke the token: %1</source>
        <translation>Das Token kann nicht widerrufen werden: %1</translation>
    </message>
    <message>
        <source>Cannot read the software names: %1</source>
        <translation>Die Namen der Software können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot copy the write-ahead log into %1: %2</source>
        <translation>Das Write-Ahead-Log kann nicht in %1 übertragen werden: %2</translation>
    </message>
    <message>
        <source>Cannot record the official status: %1</source>
        <translation>Der offizielle Status kann nicht festgehalten werden: %1</translation>
    </message>
    <message>
        <source>Cannot read the official status changes: %1</source>
        <translation>Die Änderungen des offiziellen Status können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot store the official incidents: %1</source>
        <translation>Die offiziellen Vorfälle können nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Cannot read the official incidents: %1</source>
        <translation>Die offiziellen Vorfälle können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot store the notice: %1</source>
        <translation>Die Mitteilung kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Cannot read the notices: %1</source>
        <translation>Die Mitteilungen können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot withdraw the notice: %1</source>
        <translation>Die Mitteilung kann nicht zurückgezogen werden: %1</translation>
    </message>
</context>
<context>
    <name>SqlStatementCache</name>
    <message>
        <source>A statement has more than %1 values.</source>
        <translation>Eine Anweisung enthält mehr als %1 Werte.</translation>
    </message>
</context>
<context>
    <name>SqliteDialect</name>
    <message>
        <source>Cannot create the folder %1 for the database.</source>
        <translation>Der Ordner %1 für die Datenbank kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The SQLite driver of Qt is missing (package libqt6sql6-sqlite): %1</source>
        <translation>Der SQLite-Treiber von Qt fehlt (Paket libqt6sql6-sqlite): %1</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Die Datenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>WAL journal mode refused</source>
        <translation>WAL-Journalmodus abgelehnt</translation>
    </message>
    <message>
        <source>Cannot use the database %1: %2</source>
        <translation>Die Datenbank %1 kann nicht verwendet werden: %2</translation>
    </message>
</context>
<context>
    <name>StaffTokens</name>
    <message>
        <source>A token name has 1 to 64 letters, digits, dots, dashes or underscores: &quot;%1&quot; does not.</source>
        <translation>Ein Tokenname besteht aus 1 bis 64 Buchstaben, Ziffern, Punkten, Bindestrichen oder Unterstrichen: „%1“ nicht.</translation>
    </message>
</context>
<context>
    <name>StatsHandler</name>
    <message>
        <source>The query has invalid parameters.</source>
        <translation>Die Abfrage enthält ungültige Parameter.</translation>
    </message>
    <message>
        <source>The statistics cannot be read now; try again later.</source>
        <translation>Die Statistiken können gerade nicht gelesen werden; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>has offsets that are not whole hours; hourly statistics need whole-hour offsets</source>
        <translation>hat Zeitverschiebungen, die keine ganzen Stunden sind; stündliche Statistiken erfordern Verschiebungen in ganzen Stunden</translation>
    </message>
    <message>
        <source>has no daily, weekly or monthly statistics on this server; they are kept for: %1</source>
        <translation>hat auf diesem Server keine täglichen, wöchentlichen oder monatlichen Statistiken; sie werden geführt für: %1</translation>
    </message>
    <message>
        <source>gives more than %1 buckets for this period; choose a larger bucket or a shorter period</source>
        <translation>ergibt mehr als %1 Intervalle für diesen Zeitraum; wählen Sie ein größeres Intervall oder einen kürzeren Zeitraum</translation>
    </message>
</context>
<context>
    <name>StatsJson</name>
    <message>
        <source>The server&apos;s answer is not what this program expects (at &quot;%1&quot;). The server may be of another version.</source>
        <translation>Die Antwort des Servers entspricht nicht dem, was dieses Programm erwartet (bei „%1“). Der Server hat möglicherweise eine andere Version.</translation>
    </message>
</context>
<context>
    <name>StatsParameters</name>
    <message>
        <source>is not a known time zone (e.g. Europe/Brussels)</source>
        <translation>ist keine bekannte Zeitzone (z. B. Europe/Brussels)</translation>
    </message>
    <message>
        <source>is required: a date (YYYY-MM-DD) or an RFC 3339 time</source>
        <translation>ist erforderlich: ein Datum (JJJJ-MM-TT) oder eine Zeitangabe nach RFC 3339</translation>
    </message>
    <message>
        <source>must be a date (YYYY-MM-DD) or an RFC 3339 time with an offset, not &quot;%1&quot;</source>
        <translation>muss ein Datum (JJJJ-MM-TT) oder eine Zeitangabe nach RFC 3339 mit Zeitverschiebung sein, nicht „%1“</translation>
    </message>
    <message>
        <source>must be after from</source>
        <translation>muss nach from liegen</translation>
    </message>
    <message>
        <source>is not a service of the catalogue</source>
        <translation>ist kein Dienst des Katalogs</translation>
    </message>
    <message>
        <source>must be hour, day, week or month</source>
        <translation>muss hour, day, week oder month sein</translation>
    </message>
</context>
<context>
    <name>ehb::AnalysisFilters</name>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Vormonat</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Dieses Jahr</translation>
    </message>
    <message>
        <source>Custom period</source>
        <translation>Eigener Zeitraum</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <source>Ser&amp;vice:</source>
        <translation>D&amp;ienst:</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>Alle Dienste</translation>
    </message>
    <message>
        <source>&amp;Bars per:</source>
        <translation>Balken &amp;je:</translation>
    </message>
    <message>
        <source>Bars per</source>
        <translation>Balken je</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>R&amp;efresh</source>
        <translation>Aktualisie&amp;ren</translation>
    </message>
    <message>
        <source>Refresh the analysis</source>
        <translation>Die Analyse aktualisieren</translation>
    </message>
    <message>
        <source>Ask the server again (F5)</source>
        <translation>Den Server erneut abfragen (F5)</translation>
    </message>
    <message>
        <source>Monthly &amp;PDF report…</source>
        <translation>&amp;PDF-Monatsbericht…</translation>
    </message>
    <message>
        <source>Save a monthly PDF report</source>
        <translation>Einen Monatsbericht als PDF speichern</translation>
    </message>
</context>
<context>
    <name>ehb::AnalysisView</name>
    <message>
        <source>&amp;Analysis</source>
        <translation>A&amp;nalyse</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <source>Loading progress</source>
        <translation>Ladefortschritt</translation>
    </message>
    <message>
        <source>Analysis status</source>
        <translation>Status der Analyse</translation>
    </message>
    <message>
        <source>Problems loading the analysis</source>
        <translation>Probleme beim Laden der Analyse</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <extracomment>A period: first day – last day (or the time it ends).</extracomment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Set the staff token in Settings to see the analysis.</source>
        <translation>Geben Sie das Mitarbeiter-Token in den Einstellungen ein, um die Analyse zu sehen.</translation>
    </message>
    <message>
        <source>Loading %1… (%2 of %3 answers)</source>
        <translation>%1 wird geladen… (%2 von %3 Antworten)</translation>
    </message>
    <message>
        <source>%1, as of %2.</source>
        <translation>%1, Stand %2 Uhr.</translation>
    </message>
    <message>
        <source>Not loaded yet.</source>
        <translation>Noch nicht geladen.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln report(s)</source>
        <translation>
            <numerusform>%Ln Meldung</numerusform>
            <numerusform>%Ln Meldungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n outage episode(s)</source>
        <translation>
            <numerusform>%n Störungsepisode</numerusform>
            <numerusform>%n Störungsepisoden</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of downtime in all</source>
        <translation>insgesamt %1 Ausfallzeit</translation>
    </message>
    <message>
        <source>%1 of %2 services below the SLA target of %3</source>
        <translation>%1 von %2 Diensten unter dem SLA-Ziel von %3</translation>
    </message>
    <message>
        <source>Save “%1” as an image</source>
        <translation>„%1“ als Bild speichern</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Save the data of “%1”</source>
        <translation>Die Daten von „%1“ speichern</translation>
    </message>
    <message>
        <source>CSV files for spreadsheets (*.csv)</source>
        <translation>CSV-Dateien für Tabellenkalkulationen (*.csv)</translation>
    </message>
    <message>
        <source>%1 (so far)</source>
        <translation>%1 (bisher)</translation>
    </message>
    <message>
        <source>Monthly PDF report</source>
        <translation>Monatsbericht als PDF</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Monat:</translation>
    </message>
    <message>
        <source>Save the monthly report</source>
        <translation>Den Monatsbericht speichern</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Making the monthly report of %1…</source>
        <translation>Der Monatsbericht für %1 wird erstellt…</translation>
    </message>
</context>
<context>
    <name>ehb::AvailabilityModel</name>
    <message>
        <source>✓ Met</source>
        <extracomment>The SLA target was met (✓) or not (✗) for this service.</extracomment>
        <translation>✓ Erreicht</translation>
    </message>
    <message>
        <source>✗ Not met</source>
        <translation>✗ Nicht erreicht</translation>
    </message>
    <message>
        <source>Availability %1 against the target of %2</source>
        <translation>Verfügbarkeit %1 bei einem Ziel von %2</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Episodes</source>
        <translation>Episoden</translation>
    </message>
    <message>
        <source>Downtime</source>
        <translation>Ausfallzeit</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Verfügbarkeit</translation>
    </message>
    <message>
        <source>Downtime,
working hours</source>
        <translation>Ausfallzeit,
Arbeitszeiten</translation>
    </message>
    <message>
        <source>Availability,
working hours</source>
        <translation>Verfügbarkeit,
Arbeitszeiten</translation>
    </message>
    <message>
        <source>SLA %1</source>
        <translation>SLA %1</translation>
    </message>
    <message>
        <source>Service id</source>
        <translation>Dienst-ID</translation>
    </message>
    <message>
        <source>Downtime (minutes)</source>
        <translation>Ausfallzeit (Minuten)</translation>
    </message>
    <message>
        <source>Availability (%)</source>
        <translation>Verfügbarkeit (%)</translation>
    </message>
    <message>
        <source>Downtime, working hours (minutes)</source>
        <translation>Ausfallzeit, Arbeitszeiten (Minuten)</translation>
    </message>
    <message>
        <source>Availability, working hours (%)</source>
        <translation>Verfügbarkeit, Arbeitszeiten (%)</translation>
    </message>
    <message>
        <source>SLA target (%)</source>
        <translation>SLA-Ziel (%)</translation>
    </message>
    <message>
        <source>SLA met</source>
        <translation>SLA erreicht</translation>
    </message>
    <message>
        <source>%1 found; at least %2, at most %3.
%4</source>
        <extracomment>A downtime&apos;s tooltip: the figure found, then the low and the high end of its range; %4 says what the ends mean.</extracomment>
        <translation>Ermittelt: %1; mindestens %2, höchstens %3.
%4</translation>
    </message>
    <message>
        <source>The downtime found, then its range in brackets.</source>
        <translation>Die ermittelte Ausfallzeit, dahinter ihre Spanne in Klammern.</translation>
    </message>
    <message>
        <source>Downtime, low (minutes)</source>
        <translation>Ausfallzeit, Untergrenze (Minuten)</translation>
    </message>
    <message>
        <source>Downtime, high (minutes)</source>
        <translation>Ausfallzeit, Obergrenze (Minuten)</translation>
    </message>
    <message>
        <source>Downtime, working hours, low (minutes)</source>
        <translation>Ausfallzeit, Arbeitszeiten, Untergrenze (Minuten)</translation>
    </message>
    <message>
        <source>Downtime, working hours, high (minutes)</source>
        <translation>Ausfallzeit, Arbeitszeiten, Obergrenze (Minuten)</translation>
    </message>
</context>
<context>
    <name>ehb::AvailabilityView</name>
    <message>
        <source>Downtime and availability</source>
        <translation>Ausfallzeit und Verfügbarkeit</translation>
    </message>
    <message>
        <source>No availability figures yet.</source>
        <translation>Noch keine Verfügbarkeitszahlen.</translation>
    </message>
    <message numerus="yes">
        <source>SLA target %1: met by %2 of %n service(s).</source>
        <translation>
            <numerusform>SLA-Ziel %1: erreicht bei %2 von %n Dienst.</numerusform>
            <numerusform>SLA-Ziel %1: erreicht bei %2 von %n Diensten.</numerusform>
        </translation>
    </message>
    <message>
        <source>In brackets, the downtime&apos;s range: from the shortest to the longest the reports allow; the shortest is the least they show.</source>
        <translation>In Klammern die Spanne der Ausfallzeit: vom kürzesten bis zum längsten, was die Meldungen zulassen; das Kürzeste ist das Mindeste, das sie belegen.</translation>
    </message>
</context>
<context>
    <name>ehb::BackPrompt</name>
    <message>
        <source>Is %1 back for you?</source>
        <translation>Funktioniert %1 bei Ihnen wieder?</translation>
    </message>
    <message>
        <source>Other practices have stopped reporting problems with it. Your report of %1 is still open.</source>
        <translation>Andere Praxen melden keine Probleme mehr damit. Ihre Meldung von %1 ist noch offen.</translation>
    </message>
    <message>
        <source>Is the service back?</source>
        <translation>Funktioniert der Dienst wieder?</translation>
    </message>
    <message>
        <source>Resolved now</source>
        <translation>Jetzt behoben</translation>
    </message>
    <message>
        <source>It works again: record that the problem ended now</source>
        <translation>Es funktioniert wieder: festhalten, dass das Problem jetzt beendet ist</translation>
    </message>
    <message>
        <source>Still failing</source>
        <translation>Funktioniert weiterhin nicht</translation>
    </message>
    <message>
        <source>It still fails: record that the problem was still there now</source>
        <translation>Es funktioniert immer noch nicht: festhalten, dass das Problem jetzt noch bestand</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Do not answer; this report will not be asked about again</source>
        <translation>Nicht antworten; zu dieser Meldung wird nicht mehr gefragt</translation>
    </message>
</context>
<context>
    <name>ehb::ChartPanel</name>
    <message>
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <source>Save “%1” as an image</source>
        <translation>„%1“ als Bild speichern</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>Save the data of “%1” for a spreadsheet</source>
        <translation>Die Daten von „%1“ für eine Tabellenkalkulation speichern</translation>
    </message>
</context>
<context>
    <name>ehb::DeliveryAgent</name>
    <message>
        <source>The server refused the report (HTTP %1)</source>
        <translation>Der Server hat die Meldung abgelehnt (HTTP %1)</translation>
    </message>
    <message>
        <source>Server unreachable: %1</source>
        <translation>Server nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>The server is busy (HTTP 429)</source>
        <translation>Der Server ist überlastet (HTTP 429)</translation>
    </message>
    <message>
        <source>Server error (HTTP %1)</source>
        <translation>Serverfehler (HTTP %1)</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was refused: %1</source>
        <translation>Das Zertifikat des Servers wurde abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>ehb::FrequencyChart</name>
    <message>
        <source>Reports per week</source>
        <translation>Meldungen pro Woche</translation>
    </message>
    <message>
        <source>Reports per month</source>
        <translation>Meldungen pro Monat</translation>
    </message>
    <message>
        <source>Reports per hour</source>
        <translation>Meldungen pro Stunde</translation>
    </message>
    <message>
        <source>Reports per day</source>
        <translation>Meldungen pro Tag</translation>
    </message>
    <message>
        <source>No reports in this period.</source>
        <translation>Keine Meldungen in diesem Zeitraum.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n report(s)</source>
        <translation>
            <numerusform>%1: %n Meldung</numerusform>
            <numerusform>%1: %n Meldungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 (%n practice(s))</source>
        <translation>
            <numerusform>%1: %2 (%n Praxis)</numerusform>
            <numerusform>%1: %2 (%n Praxen)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 reports in %2 periods; the most in %3 (%4).</source>
        <translation>%1 Meldungen in %2 Zeitabschnitten; die meisten in %3 (%4).</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>Beginn des Zeitabschnitts</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Service id</source>
        <translation>Dienst-ID</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Meldungen</translation>
    </message>
    <message>
        <source>Practices</source>
        <translation>Praxen</translation>
    </message>
</context>
<context>
    <name>ehb::HeatmapChart</name>
    <message>
        <source>Reports by weekday and hour</source>
        <translation>Meldungen nach Wochentag und Stunde</translation>
    </message>
    <message>
        <source>No reports in this period.</source>
        <translation>Keine Meldungen in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>reports</source>
        <translation>Meldungen</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2:00–%3:00: %n report(s)</source>
        <extracomment>Heatmap tooltip: weekday, hour range, count. E.g. &quot;Tuesday 09:00–10:00: 12 reports&quot;.</extracomment>
        <translation>
            <numerusform>%1 %2:00–%3:00 Uhr: %n Meldung</numerusform>
            <numerusform>%1 %2:00–%3:00 Uhr: %n Meldungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 reports; the most on %2 from %3:00 (%4).</source>
        <translation>%1 Meldungen; die meisten am %2 ab %3:00 Uhr (%4).</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>Wochentag</translation>
    </message>
</context>
<context>
    <name>ehb::ImpactChart</name>
    <message>
        <source>Minutes lost per service: reported and estimated</source>
        <translation>Verlorene Minuten pro Dienst: gemeldet und geschätzt</translation>
    </message>
    <message>
        <source>No minutes lost reported in this period.</source>
        <translation>Keine verlorenen Minuten in diesem Zeitraum gemeldet.</translation>
    </message>
    <message>
        <source>Reported by GPs</source>
        <translation>Von Hausärzten gemeldet</translation>
    </message>
    <message>
        <source>Estimate for practices that gave no minutes (median × practices)</source>
        <translation>Schätzung für Praxen ohne Minutenangabe (Median × Praxen)</translation>
    </message>
    <message>
        <source>%1 + ≈ %2</source>
        <extracomment>Minutes lost as reported, then the estimate for the practices that gave none.</extracomment>
        <translation>%1 + ≈ %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 reported by %n report(s)</source>
        <extracomment>A service&apos;s minutes lost: name, the reported sum and how many reports gave it; then the estimate&apos;s basis on a line of its own.</extracomment>
        <translation>
            <numerusform>%1: %2 gemeldet von %n Meldung</numerusform>
            <numerusform>%1: %2 gemeldet von %n Meldungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 reported in all, and an estimated %2 more for the practices that gave no minutes.</source>
        <translation>%1 insgesamt gemeldet, und geschätzt %2 mehr für die Praxen ohne Minutenangabe.</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Service id</source>
        <translation>Dienst-ID</translation>
    </message>
    <message>
        <source>Minutes lost, reported</source>
        <translation>Verlorene Minuten, gemeldet</translation>
    </message>
    <message>
        <source>Minutes lost, estimate for practices without</source>
        <translation>Verlorene Minuten, Schätzung für Praxen ohne Angabe</translation>
    </message>
</context>
<context>
    <name>ehb::ImpactEpisodesModel</name>
    <message>
        <source>≈ %1</source>
        <extracomment>An estimate of minutes lost, shown apart from the reported sum.</extracomment>
        <translation>≈ %1</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Meldungen</translation>
    </message>
    <message>
        <source>Practices</source>
        <translation>Praxen</translation>
    </message>
    <message>
        <source>Minutes lost, reported</source>
        <translation>Verlorene Minuten, gemeldet</translation>
    </message>
    <message>
        <source>Estimate for practices without</source>
        <translation>Schätzung für Praxen ohne Angabe</translation>
    </message>
    <message>
        <source>Patients affected</source>
        <translation>Betroffene Patienten</translation>
    </message>
</context>
<context>
    <name>ehb::ImpactModel</name>
    <message>
        <source>All services</source>
        <translation>Alle Dienste</translation>
    </message>
    <message>
        <source>No estimate: every practice that reported gave its minutes lost.</source>
        <translation>Keine Schätzung: jede meldende Praxis hat ihre verlorenen Minuten angegeben.</translation>
    </message>
    <message numerus="yes">
        <source>No estimate: %n practice(s) gave no minutes lost, and no report gave any to take a median from.</source>
        <translation>
            <numerusform>Keine Schätzung: %n Praxis hat keine verlorenen Minuten angegeben, und keine Meldung gibt welche, aus denen sich ein Median ergäbe.</numerusform>
            <numerusform>Keine Schätzung: %n Praxen haben keine verlorenen Minuten angegeben, und keine Meldung gibt welche, aus denen sich ein Median ergäbe.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Estimate: %n practice(s) without minutes lost × median %1 per report (of %2 reports) = %3.</source>
        <extracomment>The estimate&apos;s basis: practices without minutes × the median of the reports that gave them = the estimate.</extracomment>
        <translation>
            <numerusform>Schätzung: %n Praxis ohne verlorene Minuten × Median %1 pro Meldung (aus %2 Meldungen) = %3.</numerusform>
            <numerusform>Schätzung: %n Praxen ohne verlorene Minuten × Median %1 pro Meldung (aus %2 Meldungen) = %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (+ %2 estimated)</source>
        <extracomment>A money value as reported, then the estimate&apos;s, kept apart.</extracomment>
        <translation>%1 (+ %2 geschätzt)</translation>
    </message>
    <message>
        <source>Money values at %1 per hour, the value set by the server&apos;s operator.</source>
        <translation>Geldwerte zu %1 pro Stunde, dem vom Betreiber des Servers festgelegten Wert.</translation>
    </message>
    <message>
        <source>≈ %1</source>
        <extracomment>An estimate of minutes lost, shown apart from the reported sum.</extracomment>
        <translation>≈ %1</translation>
    </message>
    <message numerus="yes">
        <source>The sum of the minutes lost that %n report(s) gave.</source>
        <translation>
            <numerusform>Die Summe der verlorenen Minuten, die %n Meldung angab.</numerusform>
            <numerusform>Die Summe der verlorenen Minuten, die %n Meldungen angaben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Median %1 patients per report, from %2 reports.</source>
        <translation>Median %1 Patienten pro Meldung, aus %2 Meldungen.</translation>
    </message>
    <message>
        <source>Not reported: the practices that reported without giving minutes lost, times the median minutes lost per report of those that gave them.</source>
        <translation>Nicht gemeldet: die Praxen, die ohne Angabe verlorener Minuten gemeldet haben, mal dem Median der verlorenen Minuten pro Meldung derer, die sie angegeben haben.</translation>
    </message>
    <message>
        <source>The median of the minutes lost per report, of the reports that gave them.</source>
        <translation>Der Median der verlorenen Minuten pro Meldung, unter den Meldungen, die sie angeben.</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Meldungen</translation>
    </message>
    <message>
        <source>With an
impact</source>
        <translation>Mit
Auswirkungen</translation>
    </message>
    <message>
        <source>Practices</source>
        <translation>Praxen</translation>
    </message>
    <message>
        <source>Minutes lost,
reported</source>
        <translation>Verlorene Minuten,
gemeldet</translation>
    </message>
    <message>
        <source>Median per
report</source>
        <translation>Median pro
Meldung</translation>
    </message>
    <message>
        <source>Estimate for
practices without</source>
        <translation>Schätzung für
Praxen ohne Angabe</translation>
    </message>
    <message>
        <source>Patients
affected</source>
        <translation>Betroffene
Patienten</translation>
    </message>
    <message>
        <source>Fallback used</source>
        <translation>Verwendete Ausweichlösung</translation>
    </message>
    <message>
        <source>Value lost</source>
        <translation>Verlorener Wert</translation>
    </message>
    <message>
        <source>Service id</source>
        <translation>Dienst-ID</translation>
    </message>
    <message>
        <source>Reports with an impact</source>
        <translation>Meldungen mit Auswirkungen</translation>
    </message>
    <message>
        <source>Minutes lost, reported</source>
        <translation>Verlorene Minuten, gemeldet</translation>
    </message>
    <message>
        <source>Reports giving minutes lost</source>
        <translation>Meldungen mit verlorenen Minuten</translation>
    </message>
    <message>
        <source>Median minutes lost per report</source>
        <translation>Median verlorener Minuten pro Meldung</translation>
    </message>
    <message>
        <source>Practices without minutes lost</source>
        <translation>Praxen ohne verlorene Minuten</translation>
    </message>
    <message>
        <source>Minutes lost, estimate for practices without</source>
        <translation>Verlorene Minuten, Schätzung für Praxen ohne Angabe</translation>
    </message>
    <message>
        <source>Patients affected, reported</source>
        <translation>Betroffene Patienten, gemeldet</translation>
    </message>
    <message>
        <source>Median patients per report</source>
        <translation>Median Patienten pro Meldung</translation>
    </message>
    <message>
        <source>Fallback: %1</source>
        <translation>Ausweichlösung: %1</translation>
    </message>
    <message>
        <source>Hourly value (EUR)</source>
        <translation>Stundenwert (EUR)</translation>
    </message>
    <message>
        <source>Value lost, reported (EUR)</source>
        <translation>Verlorener Wert, gemeldet (EUR)</translation>
    </message>
    <message>
        <source>Value lost, estimate (EUR)</source>
        <translation>Verlorener Wert, Schätzung (EUR)</translation>
    </message>
</context>
<context>
    <name>ehb::ImpactPanel</name>
    <message>
        <source>Impact (optional)</source>
        <translation>Auswirkungen (optional)</translation>
    </message>
    <message>
        <source>Patients affected</source>
        <translation>Betroffene Patienten</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Keine Angabe</translation>
    </message>
    <message>
        <source>Minutes lost</source>
        <translation>Verlorene Minuten</translation>
    </message>
    <message>
        <source>Fallback used</source>
        <translation>Verwendete Ausweichlösung</translation>
    </message>
    <message>
        <source>P&amp;atients affected:</source>
        <translation>Betroffene P&amp;atienten:</translation>
    </message>
    <message>
        <source>Minutes &amp;lost:</source>
        <translation>Ver&amp;lorene Minuten:</translation>
    </message>
    <message>
        <source>Fall&amp;back:</source>
        <translation>Aus&amp;weichlösung:</translation>
    </message>
</context>
<context>
    <name>ehb::ImpactView</name>
    <message>
        <source>What outages cost GPs</source>
        <translation>Was Störungen Hausärzte kosten</translation>
    </message>
    <message>
        <source>No reports in this period.</source>
        <translation>Keine Meldungen in diesem Zeitraum.</translation>
    </message>
    <message numerus="yes">
        <source>%1 lost as reported by %2 of %n report(s); %3 patients affected.</source>
        <extracomment>Totals of the impact: minutes lost as reported, reports behind them, reports in all, patients affected.</extracomment>
        <translation>
            <numerusform>%1 verloren laut %2 von %n Meldung; %3 Patienten betroffen.</numerusform>
            <numerusform>%1 verloren laut %2 von %n Meldungen; %3 Patienten betroffen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reported: %1.</source>
        <translation>Gemeldet: %1.</translation>
    </message>
    <message>
        <source>No impact figures yet.</source>
        <translation>Noch keine Zahlen zu den Auswirkungen.</translation>
    </message>
    <message>
        <source>What each outage episode cost, most minutes lost first</source>
        <translation>Was jede Ausfallepisode gekostet hat, die meisten verlorenen Minuten zuerst</translation>
    </message>
</context>
<context>
    <name>ehb::LiveBanner</name>
    <message>
        <source>Live reports from other practices</source>
        <translation>Aktuelle Meldungen anderer Praxen</translation>
    </message>
    <message>
        <source>Other practices are reporting %1 problems right now</source>
        <translation>Andere Praxen melden gerade Probleme mit %1</translation>
    </message>
    <message>
        <source>Some other practices are reporting %1 problems right now</source>
        <translation>Einige andere Praxen melden gerade Probleme mit %1</translation>
    </message>
    <message numerus="yes">
        <source>(%n report(s) in %1 min)</source>
        <extracomment>Appended to the live banner: how many reports in how many minutes.</extracomment>
        <translation>
            <numerusform>(%n Meldung in %1 Min.)</numerusform>
            <numerusform>(%n Meldungen in %1 Min.)</numerusform>
        </translation>
    </message>
    <message>
        <source>Official status: %1.</source>
        <translation>Offizieller Status: %1.</translation>
    </message>
    <message>
        <source>Official status: %1 since %2.</source>
        <extracomment>%1 is an official status (&quot;Major outage&quot;), %2 a time or a date and time.</extracomment>
        <translation>Offizieller Status: %1 seit %2.</translation>
    </message>
    <message>
        <source>No more practices than usual report %1 problems right now</source>
        <translation>Nicht mehr Praxen als üblich melden gerade Probleme mit %1</translation>
    </message>
    <message>
        <source>GBO notice: %1</source>
        <extracomment>A notice the GBO published for all services; %1 is its text.</extracomment>
        <translation>Mitteilung des GBO: %1</translation>
    </message>
    <message>
        <source>GBO notice on %1: %2</source>
        <translation>Mitteilung des GBO zu %1: %2</translation>
    </message>
    <message>
        <source>More information</source>
        <translation>Weitere Informationen</translation>
    </message>
</context>
<context>
    <name>ehb::LiveClient</name>
    <message>
        <source>The server address changed.</source>
        <translation>Die Serveradresse hat sich geändert.</translation>
    </message>
    <message>
        <source>the live levels</source>
        <translation>den aktuellen Status der Dienste</translation>
    </message>
</context>
<context>
    <name>ehb::MainWindow</name>
    <message>
        <source>eHealth Bugs</source>
        <translation>eHealth Bugs</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>&amp;Melden</translation>
    </message>
    <message>
        <source>My rep&amp;orts</source>
        <translation>Meine Meld&amp;ungen</translation>
    </message>
    <message>
        <source>Report a problem with a service</source>
        <translation>Ein Problem mit einem Dienst melden</translation>
    </message>
    <message>
        <source>Your reports and whether the server received them</source>
        <translation>Ihre Meldungen und ob der Server sie erhalten hat</translation>
    </message>
    <message>
        <source>Delivery status</source>
        <translation>Übermittlungsstatus</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About eHealth Bugs</source>
        <translation>Ü&amp;ber eHealth Bugs</translation>
    </message>
    <message>
        <source>About eHealth Bugs</source>
        <translation>Über eHealth Bugs</translation>
    </message>
    <message>
        <source>eHealth Bugs %1

Report failures of the Belgian eHealth services in seconds. Reports are saved on this computer first, then sent to the GBO collection server. No patient data is collected.</source>
        <translation>eHealth Bugs %1

Melden Sie Störungen der belgischen eHealth-Dienste in wenigen Sekunden. Meldungen werden zuerst auf diesem Computer gespeichert und dann an den Sammelserver des GBO gesendet. Es werden keine Patientendaten erhoben.</translation>
    </message>
    <message>
        <source>All reports delivered</source>
        <translation>Alle Meldungen übermittelt</translation>
    </message>
    <message numerus="yes">
        <source>%Ln report(s) waiting for the server</source>
        <translation>
            <numerusform>%Ln Meldung wartet auf den Server</numerusform>
            <numerusform>%Ln Meldungen warten auf den Server</numerusform>
        </translation>
    </message>
    <message>
        <source>Statistics for the GBO staff</source>
        <translation>Statistiken für die Mitarbeiter des GBO</translation>
    </message>
    <message numerus="yes">
        <source>%Ln report(s) kept on this computer: no collection server is set</source>
        <translation>
            <numerusform>%Ln Meldung auf diesem Computer aufbewahrt: Es ist kein Sammelserver festgelegt</numerusform>
            <numerusform>%Ln Meldungen auf diesem Computer aufbewahrt: Es ist kein Sammelserver festgelegt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ehb::MonthlyReportMaker</name>
    <message>
        <source>The monthly report was not made. %1</source>
        <translation>Der Monatsbericht wurde nicht erstellt. %1</translation>
    </message>
    <message>
        <source>The monthly report is saved: %1</source>
        <translation>Der Monatsbericht wurde gespeichert: %1</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Meldungen</translation>
    </message>
    <message>
        <source>Outage episodes</source>
        <translation>Störungsepisoden</translation>
    </message>
    <message>
        <source>Downtime, all services together</source>
        <translation>Ausfallzeit, alle Dienste zusammen</translation>
    </message>
    <message>
        <source>Services below the SLA target</source>
        <translation>Dienste unter dem Service-Level-Ziel</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Least available service</source>
        <translation>Am wenigsten verfügbarer Dienst</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Most reported symptom</source>
        <translation>Am häufigsten gemeldetes Symptom</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Availability (%)</source>
        <translation>Verfügbarkeit (%)</translation>
    </message>
    <message>
        <source>Availability, working hours (%)</source>
        <translation>Verfügbarkeit, Arbeitszeiten (%)</translation>
    </message>
    <message>
        <source>SLA met</source>
        <translation>SLA erreicht</translation>
    </message>
    <message>
        <source>Downtime</source>
        <translation>Ausfallzeit</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Practices</source>
        <translation>Praxen</translation>
    </message>
    <message>
        <source>Reports that gave an impact</source>
        <translation>Meldungen mit Angaben zu Auswirkungen</translation>
    </message>
    <message>
        <source>Practices that reported</source>
        <translation>Meldende Praxen</translation>
    </message>
    <message>
        <source>Minutes lost, as reported</source>
        <translation>Verlorene Minuten, wie gemeldet</translation>
    </message>
    <message>
        <source>Median minutes lost per report</source>
        <translation>Median verlorener Minuten pro Meldung</translation>
    </message>
    <message>
        <source>Estimate for the practices that gave no minutes</source>
        <translation>Schätzung für die Praxen ohne Minutenangabe</translation>
    </message>
    <message>
        <source>≈ %1 (an estimate)</source>
        <translation>≈ %1 (eine Schätzung)</translation>
    </message>
    <message>
        <source>Patients affected, as reported</source>
        <translation>Betroffene Patienten, wie gemeldet</translation>
    </message>
    <message>
        <source>Fallback used</source>
        <translation>Verwendete Ausweichlösung</translation>
    </message>
    <message>
        <source>Value lost, as reported</source>
        <translation>Verlorener Wert, wie gemeldet</translation>
    </message>
    <message>
        <source>Value lost, estimate</source>
        <translation>Verlorener Wert, Schätzung</translation>
    </message>
    <message>
        <source>With an impact</source>
        <translation>Mit Auswirkungen</translation>
    </message>
    <message>
        <source>Minutes lost, reported</source>
        <translation>Verlorene Minuten, gemeldet</translation>
    </message>
    <message>
        <source>Median per report</source>
        <translation>Median pro Meldung</translation>
    </message>
    <message>
        <source>Estimate for practices without</source>
        <translation>Schätzung für Praxen ohne Angabe</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Patienten</translation>
    </message>
    <message>
        <source>Value lost, reported</source>
        <translation>Verlorener Wert, gemeldet</translation>
    </message>
    <message>
        <source>Outage episodes admitted by the official status page</source>
        <translation>Von der offiziellen Statusseite anerkannte Störungsepisoden</translation>
    </message>
    <message>
        <source>Median lag before it admitted one</source>
        <translation>Mittlere Verzögerung bis zur Anerkennung</translation>
    </message>
    <message>
        <source>Outage episodes never admitted</source>
        <translation>Nie anerkannte Störungsepisoden</translation>
    </message>
    <message>
        <source>Minutes of outage never admitted</source>
        <translation>Nie anerkannte Störungsminuten</translation>
    </message>
    <message>
        <source>Official outages that no GP reported</source>
        <translation>Offizielle Störungen, die kein Hausarzt gemeldet hat</translation>
    </message>
</context>
<context>
    <name>ehb::MyReportsView</name>
    <message>
        <source>Resolved &amp;now</source>
        <translation>&amp;Jetzt behoben</translation>
    </message>
    <message>
        <source>Re&amp;try now</source>
        <translation>Jetzt erneut &amp;versuchen</translation>
    </message>
    <message>
        <source>My reports</source>
        <translation>Meine Meldungen</translation>
    </message>
    <message>
        <source>Resolved now</source>
        <translation>Jetzt behoben</translation>
    </message>
    <message>
        <source>The selected problem is over: record that it ended now</source>
        <translation>Das ausgewählte Problem ist vorbei: festhalten, dass es jetzt geendet hat</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Jetzt erneut versuchen</translation>
    </message>
    <message>
        <source>Try to send the waiting reports to the server now</source>
        <translation>Die wartenden Meldungen jetzt an den Server zu senden versuchen</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>The report could not be marked as resolved: %1</source>
        <translation>Die Meldung konnte nicht als behoben markiert werden: %1</translation>
    </message>
    <message>
        <source>The report could not be marked as still failing: %1</source>
        <translation>Die Meldung konnte nicht als weiterhin gestört markiert werden: %1</translation>
    </message>
    <message>
        <source>Add &amp;details…</source>
        <translation>Details hin&amp;zufügen…</translation>
    </message>
    <message>
        <source>Add details</source>
        <translation>Details hinzufügen</translation>
    </message>
    <message>
        <source>Add symptoms, the error message, the impact or a comment to the selected report</source>
        <translation>Symptome, die Fehlermeldung, die Auswirkungen oder einen Kommentar zur ausgewählten Meldung hinzufügen</translation>
    </message>
    <message>
        <source>The details could not be saved: %1</source>
        <translation>Die Details konnten nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>ehb::NoServerNotice</name>
    <message>
        <source>Open Settin&amp;gs…</source>
        <translation>Einstellun&amp;gen öffnen…</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>Einstellungen öffnen</translation>
    </message>
    <message>
        <source>No collection server</source>
        <translation>Kein Sammelserver</translation>
    </message>
    <message>
        <source>No collection server is set, so nothing is sent. Your reports are kept safely on this computer and go out as soon as a server address is set in Settings.</source>
        <translation>Es ist kein Sammelserver festgelegt, daher wird nichts gesendet. Ihre Meldungen werden sicher auf diesem Computer aufbewahrt und gehen hinaus, sobald in den Einstellungen eine Serveradresse festgelegt ist.</translation>
    </message>
</context>
<context>
    <name>ehb::NoticeAdmin</name>
    <message>
        <source>the notices</source>
        <translation>die Mitteilungen</translation>
    </message>
    <message>
        <source>Could not publish the notice</source>
        <translation>Die Mitteilung konnte nicht veröffentlicht werden</translation>
    </message>
    <message>
        <source>Could not withdraw the notice</source>
        <translation>Die Mitteilung konnte nicht zurückgezogen werden</translation>
    </message>
</context>
<context>
    <name>ehb::NoticeClient</name>
    <message>
        <source>The server&apos;s notices are not in the expected form.</source>
        <translation>Die Mitteilungen des Servers haben nicht die erwartete Form.</translation>
    </message>
</context>
<context>
    <name>ehb::NoticesPanel</name>
    <message>
        <source>The notice is published; GPs see it within a minute.</source>
        <translation>Die Mitteilung ist veröffentlicht; Hausärzte sehen sie innerhalb einer Minute.</translation>
    </message>
    <message>
        <source>The notice is withdrawn; GPs no longer see it within a minute.</source>
        <translation>Die Mitteilung ist zurückgezogen; innerhalb einer Minute sehen Hausärzte sie nicht mehr.</translation>
    </message>
    <message>
        <source>Set the server and the staff token in Settings first.</source>
        <translation>Geben Sie zuerst den Server und das Mitarbeiter-Token in den Einstellungen an.</translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translation>Wird veröffentlicht…</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Zurückgezogen</translation>
    </message>
    <message>
        <source>Shown</source>
        <translation>Angezeigt</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>until withdrawn</source>
        <translation>bis zum Zurückziehen</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>Alle Dienste</translation>
    </message>
    <message>
        <source>Notices to GPs</source>
        <translation>Mitteilungen an Hausärzte</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>French text</source>
        <translation>Französischer Text</translation>
    </message>
    <message>
        <source>Dutch text</source>
        <translation>Niederländischer Text</translation>
    </message>
    <message>
        <source>German text</source>
        <translation>Deutscher Text</translation>
    </message>
    <message>
        <source>English text</source>
        <translation>Englischer Text</translation>
    </message>
    <message>
        <source>Link (optional)</source>
        <translation>Link (optional)</translation>
    </message>
    <message>
        <source>Shown from</source>
        <translation>Angezeigt ab</translation>
    </message>
    <message>
        <source>Shown until</source>
        <translation>Angezeigt bis</translation>
    </message>
    <message>
        <source>As GPs will see it:</source>
        <translation>So sehen Hausärzte sie:</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Zurückziehen</translation>
    </message>
</context>
<context>
    <name>ehb::NowStrip</name>
    <message>
        <source>%1: outage since %2</source>
        <extracomment>The &quot;Now&quot; strip. %1 is a service, %2 a time or a date and time.</extracomment>
        <translation>%1: Störung seit %2</translation>
    </message>
    <message>
        <source>%1: possible problem since %2</source>
        <translation>%1: mögliches Problem seit %2</translation>
    </message>
    <message>
        <source>%1: outage</source>
        <translation>%1: Störung</translation>
    </message>
    <message>
        <source>%1: possible problem</source>
        <translation>%1: mögliches Problem</translation>
    </message>
    <message numerus="yes">
        <source>%n practice(s) report it</source>
        <translation>
            <numerusform>%n Praxis meldet es</numerusform>
            <numerusform>%n Praxen melden es</numerusform>
        </translation>
    </message>
    <message>
        <source>a few practices report it</source>
        <translation>einige Praxen melden es</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>Services other practices report failing now</source>
        <translation>Dienste, die andere Praxen gerade als gestört melden</translation>
    </message>
    <message>
        <source>Me too</source>
        <translation>Ich auch</translation>
    </message>
    <message>
        <source>Report that %1 fails for you too, started now, in one click</source>
        <extracomment>%1 is a service.</extracomment>
        <translation>Mit einem Klick melden, dass %1 auch bei Ihnen gestört ist, ab jetzt</translation>
    </message>
    <message>
        <source>Me too: %1</source>
        <translation>Ich auch: %1</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Gemeldet</translation>
    </message>
    <message>
        <source>You reported it: see My reports</source>
        <translation>Sie haben es gemeldet: siehe Meine Meldungen</translation>
    </message>
</context>
<context>
    <name>ehb::OfficialModel</name>
    <message>
        <source>%1 before</source>
        <extracomment>A negative lag: the official status page admitted the outage this long before GPs were hit.</extracomment>
        <translation>%1 vorher</translation>
    </message>
    <message>
        <source>at the same time</source>
        <translation>zur selben Zeit</translation>
    </message>
    <message>
        <source>%1 later</source>
        <extracomment>The official status page said operational again this long after the GPs&apos; outage ended.</extracomment>
        <translation>%1 später</translation>
    </message>
    <message>
        <source>%1 earlier</source>
        <extracomment>The official status page said operational again this long before the GPs&apos; outage ended.</extracomment>
        <translation>%1 früher</translation>
    </message>
    <message>
        <source>Never admitted</source>
        <translation>Nie anerkannt</translation>
    </message>
    <message>
        <source>not over</source>
        <extracomment>An official outage not over yet.</extracomment>
        <translation>nicht vorbei</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>Alle Dienste</translation>
    </message>
    <message>
        <source>From the start of the outage as GPs reported it to the official status page admitting it; &quot;before&quot; when the page said it first.</source>
        <translation>Vom Beginn der Störung, wie Hausärzte sie meldeten, bis zur Anerkennung durch die offizielle Statusseite; „vorher“, wenn die Seite sie zuerst meldete.</translation>
    </message>
    <message>
        <source>The worst official status during the outage.</source>
        <translation>Der schlechteste offizielle Status während der Störung.</translation>
    </message>
    <message>
        <source>The length of the outages the official status page never admitted.</source>
        <translation>Die Dauer der Störungen, die die offizielle Statusseite nie anerkannt hat.</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Official status</source>
        <translation>Offizieller Status</translation>
    </message>
    <message>
        <source>Admitted at</source>
        <translation>Anerkannt am</translation>
    </message>
    <message>
        <source>Lag</source>
        <translation>Verzögerung</translation>
    </message>
    <message>
        <source>Official end</source>
        <translation>Offizielles Ende</translation>
    </message>
    <message>
        <source>Official end vs
GPs&apos; end</source>
        <translation>Offizielles Ende vs.
Ende laut Hausärzten</translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation>Anerkannt</translation>
    </message>
    <message>
        <source>Not admitted</source>
        <translation>Nicht anerkannt</translation>
    </message>
    <message>
        <source>Never admitted,
minutes</source>
        <translation>Nie anerkannt,
Minuten</translation>
    </message>
    <message>
        <source>Median lag</source>
        <translation>Mittlere Verzögerung</translation>
    </message>
    <message>
        <source>Official outages
no GP reported</source>
        <translation>Offizielle Störungen
nicht gemeldet</translation>
    </message>
    <message>
        <source>Duration in the period</source>
        <translation>Dauer im Zeitraum</translation>
    </message>
    <message>
        <source>No outage episodes and no official outages in this period.</source>
        <translation>Keine Störungsepisoden und keine offiziellen Störungen in diesem Zeitraum.</translation>
    </message>
    <message numerus="yes">
        <source>The official status page admitted %1 of %n outage episode(s)</source>
        <extracomment>How many of the GPs&apos; outage episodes the official status page admitted.</extracomment>
        <translation>
            <numerusform>Die offizielle Statusseite hat %1 von %n Störungsepisode anerkannt</numerusform>
            <numerusform>Die offizielle Statusseite hat %1 von %n Störungsepisoden anerkannt</numerusform>
        </translation>
    </message>
    <message>
        <source>(median lag %1)</source>
        <translation>(mittlere Verzögerung %1)</translation>
    </message>
    <message numerus="yes">
        <source>%n episode(s) never admitted, %1 in all.</source>
        <translation>
            <numerusform>%n Episode nie anerkannt, insgesamt %1.</numerusform>
            <numerusform>%n Episoden nie anerkannt, insgesamt %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n official outage(s) that no GP reported.</source>
        <translation>
            <numerusform>%n offizielle Störung, die kein Hausarzt gemeldet hat.</numerusform>
            <numerusform>%n offizielle Störungen, die kein Hausarzt gemeldet hat.</numerusform>
        </translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Service id</source>
        <translation>Dienst-ID</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Lag (minutes)</source>
        <translation>Verzögerung (Minuten)</translation>
    </message>
    <message>
        <source>Official end after the GPs&apos; end (minutes)</source>
        <translation>Offizielles Ende nach dem Ende laut Hausärzten (Minuten)</translation>
    </message>
    <message>
        <source>Minutes never admitted</source>
        <translation>Nie anerkannte Minuten</translation>
    </message>
    <message>
        <source>Median lag (minutes)</source>
        <translation>Mittlere Verzögerung (Minuten)</translation>
    </message>
    <message>
        <source>Official outages no GP reported</source>
        <translation>Offizielle Störungen, von Hausärzten nicht gemeldet</translation>
    </message>
    <message>
        <source>Outage episode</source>
        <translation>Störungsepisode</translation>
    </message>
    <message>
        <source>Official outage no GP reported</source>
        <translation>Offizielle Störung, von Hausärzten nicht gemeldet</translation>
    </message>
</context>
<context>
    <name>ehb::OfficialView</name>
    <message>
        <source>Acknowledged by the official status page?</source>
        <translation>Von der offiziellen Statusseite anerkannt?</translation>
    </message>
    <message>
        <source>The GPs&apos; outage episodes beside the official status</source>
        <translation>Die Störungsepisoden der Hausärzte neben dem offiziellen Status</translation>
    </message>
    <message>
        <source>By service</source>
        <translation>Nach Dienst</translation>
    </message>
    <message>
        <source>Official outages that no GP reported</source>
        <translation>Offizielle Störungen, die kein Hausarzt gemeldet hat</translation>
    </message>
    <message>
        <source>No official record yet.</source>
        <translation>Noch keine offizielle Aufzeichnung.</translation>
    </message>
</context>
<context>
    <name>ehb::RankingChart</name>
    <message>
        <source>Top symptoms</source>
        <translation>Häufigste Symptome</translation>
    </message>
    <message>
        <source>Reports by EMR software</source>
        <translation>Meldungen nach Praxissoftware</translation>
    </message>
    <message>
        <source>Reports by province</source>
        <translation>Meldungen nach Provinz</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Keine Angabe</translation>
    </message>
    <message>
        <source>Not given or other</source>
        <translation>Keine Angabe oder Sonstiges</translation>
    </message>
    <message>
        <source>No reports in this period.</source>
        <translation>Keine Meldungen in diesem Zeitraum.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n report(s) (%2)</source>
        <translation>
            <numerusform>%1: %n Meldung (%2)</numerusform>
            <numerusform>%1: %n Meldungen (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 categories; first %2 with %3 reports.</source>
        <translation>%1 Kategorien; an erster Stelle %2 mit %3 Meldungen.</translation>
    </message>
    <message>
        <source>Symptom</source>
        <translation>Symptom</translation>
    </message>
    <message>
        <source>EMR software</source>
        <translation>Praxissoftware</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Provinz</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Meldungen</translation>
    </message>
    <message>
        <source>Share (%)</source>
        <translation>Anteil (%)</translation>
    </message>
</context>
<context>
    <name>ehb::ReportDetailsDialog</name>
    <message>
        <source>The details were not saved. Please correct the following:</source>
        <translation>Die Details wurden nicht gespeichert. Bitte korrigieren Sie Folgendes:</translation>
    </message>
    <message>
        <source>Add details</source>
        <translation>Details hinzufügen</translation>
    </message>
    <message>
        <source>Your report on %1, started at %2. Add what you know: it is sent with the report. No patient data, please.</source>
        <extracomment>%1 is a service, %2 the time the problem started.</extracomment>
        <translation>Ihre Meldung zu %1, begonnen um %2. Ergänzen Sie, was Sie wissen: Es wird mit der Meldung gesendet. Bitte keine Patientendaten.</translation>
    </message>
    <message>
        <source>S&amp;ymptoms:</source>
        <translation>S&amp;ymptome:</translation>
    </message>
    <message>
        <source>&amp;Error message:</source>
        <translation>&amp;Fehlermeldung:</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>Fehlermeldung</translation>
    </message>
    <message>
        <source>The message or code your software showed, if any</source>
        <translation>Die Meldung oder der Code, den Ihre Software angezeigt hat, falls vorhanden</translation>
    </message>
    <message>
        <source>C&amp;omment:</source>
        <translation>&amp;Kommentar:</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Problems with the details</source>
        <translation>Probleme mit den Details</translation>
    </message>
    <message>
        <source>&amp;Save details</source>
        <translation>Details &amp;speichern</translation>
    </message>
    <message>
        <source>Save details</source>
        <translation>Details speichern</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>ehb::ReportForm</name>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>Symptoms</source>
        <translation>Symptome</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>Fehlermeldung</translation>
    </message>
    <message>
        <source>The message or code your software showed, if any</source>
        <translation>Die Meldung oder der Code, den Ihre Software gegebenenfalls angezeigt hat</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Anything else worth knowing. No patient data, please.</source>
        <translation>Alles Weitere, was wissenswert ist. Bitte keine Patientendaten.</translation>
    </message>
    <message>
        <source>Problems with the report</source>
        <translation>Probleme mit der Meldung</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Bestätigung</translation>
    </message>
    <message>
        <source>Se&amp;nd report</source>
        <translation>Meldung &amp;senden</translation>
    </message>
    <message>
        <source>Send report</source>
        <translation>Meldung senden</translation>
    </message>
    <message>
        <source>Save the report and send it to the server (Ctrl+Enter)</source>
        <translation>Die Meldung speichern und an den Server senden (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>D&amp;ienst:</translation>
    </message>
    <message>
        <source>S&amp;ince:</source>
        <translation>S&amp;eit:</translation>
    </message>
    <message>
        <source>Sym&amp;ptoms:</source>
        <translation>Sym&amp;ptome:</translation>
    </message>
    <message>
        <source>&amp;Error message:</source>
        <translation>&amp;Fehlermeldung:</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Kommentar:</translation>
    </message>
    <message>
        <source>Patients affected</source>
        <translation>Betroffene Patienten</translation>
    </message>
    <message>
        <source>Minutes lost</source>
        <translation>Verlorene Minuten</translation>
    </message>
    <message>
        <source>Fallback</source>
        <translation>Ausweichlösung</translation>
    </message>
    <message>
        <source>Practice postcode (in Settings)</source>
        <translation>Postleitzahl der Praxis (in den Einstellungen)</translation>
    </message>
    <message>
        <source>EMR software name (in Settings)</source>
        <translation>Name der Praxissoftware (in den Einstellungen)</translation>
    </message>
    <message>
        <source>EMR software version (in Settings)</source>
        <translation>Version der Praxissoftware (in den Einstellungen)</translation>
    </message>
    <message>
        <source>Computer clock</source>
        <translation>Uhr des Computers</translation>
    </message>
    <message>
        <source>Program data (%1)</source>
        <translation>Programmdaten (%1)</translation>
    </message>
    <message>
        <source>The report could not be saved on this computer: %1</source>
        <translation>Die Meldung konnte nicht auf diesem Computer gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Report saved at %1. It is sent to the server in the background.</source>
        <translation>Meldung um %1 gespeichert. Sie wird im Hintergrund an den Server gesendet.</translation>
    </message>
    <message>
        <source>The report was not saved. Please correct the following:</source>
        <translation>Die Meldung wurde nicht gespeichert. Bitte korrigieren Sie Folgendes:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A problem in the report form. %1 is the field, %2 the reason.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Reported: %1, started now</source>
        <extracomment>Feedback after &quot;Me too&quot;. %1 is a service.</extracomment>
        <translation>Gemeldet: %1, ab jetzt</translation>
    </message>
    <message>
        <source>Add &amp;details…</source>
        <translation>Details hin&amp;zufügen…</translation>
    </message>
    <message>
        <source>Add details to this report</source>
        <translation>Details zu dieser Meldung hinzufügen</translation>
    </message>
    <message>
        <source>Add symptoms, the error message, the impact or a comment while it waits to be sent or after</source>
        <translation>Symptome, die Fehlermeldung, die Auswirkungen oder einen Kommentar hinzufügen, solange die Meldung auf den Versand wartet oder danach</translation>
    </message>
</context>
<context>
    <name>ehb::ReportsModel</name>
    <message>
        <source>ongoing</source>
        <translation>andauernd</translation>
    </message>
    <message>
        <source>%1
Error message: %2</source>
        <translation>%1
Fehlermeldung: %2</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Symptoms</source>
        <translation>Symptome</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Übermittlung</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Retrying (%1)</source>
        <translation>Neuer Versuch (%1)</translation>
    </message>
    <message>
        <source>Retrying at %1 (%2)</source>
        <extracomment>%1 is the time of the next attempt, %2 the reason of the last failure.</extracomment>
        <translation>Neuer Versuch um %1 (%2)</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <source>Saved on this computer, waiting to be sent to the server.</source>
        <translation>Auf diesem Computer gespeichert, wartet auf das Senden an den Server.</translation>
    </message>
    <message>
        <source>The server received this report.</source>
        <translation>Der Server hat diese Meldung erhalten.</translation>
    </message>
    <message>
        <source>The last attempt failed: %1
Next attempt: %2
Attempts so far: %3</source>
        <translation>Der letzte Versuch ist fehlgeschlagen: %1
Nächster Versuch: %2
Bisherige Versuche: %3</translation>
    </message>
    <message>
        <source>The server refused this report: %1
It is kept on this computer.</source>
        <translation>Der Server hat diese Meldung abgelehnt: %1
Sie bleibt auf diesem Computer gespeichert.</translation>
    </message>
    <message>
        <source>ongoing (still failing at %1)</source>
        <extracomment>My reports, the end column of a report the GP said was &quot;still failing&quot;.</extracomment>
        <translation>andauernd (um %1 weiterhin gestört)</translation>
    </message>
</context>
<context>
    <name>ehb::ResolveDialog</name>
    <message>
        <source>The problem is over</source>
        <translation>Das Problem ist vorbei</translation>
    </message>
    <message>
        <source>Now that it is over, you may add what it cost your practice: the minutes lost and the patients affected. This is optional.</source>
        <translation>Jetzt, da es vorbei ist, können Sie angeben, was es Ihre Praxis gekostet hat: die verlorenen Minuten und die betroffenen Patienten. Das ist freiwillig.</translation>
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translation>&amp;Beheben</translation>
    </message>
    <message>
        <source>Resolve with this impact</source>
        <translation>Mit diesen Auswirkungen beheben</translation>
    </message>
    <message>
        <source>Resolve &amp;without adding</source>
        <translation>Beheben &amp;ohne Angabe</translation>
    </message>
    <message>
        <source>Resolve without adding an impact</source>
        <translation>Beheben, ohne Auswirkungen anzugeben</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Abbre&amp;chen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>ehb::ServerProbe</name>
    <message>
        <source>the address is not a web address</source>
        <translation>die Adresse ist keine Webadresse</translation>
    </message>
    <message numerus="yes">
        <source>no answer within %n second(s)</source>
        <translation>
            <numerusform>keine Antwort innerhalb von %n Sekunde</numerusform>
            <numerusform>keine Antwort innerhalb von %n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>it answers HTTP %1, not as a collection server does</source>
        <translation>er antwortet HTTP %1, nicht wie ein Sammelserver</translation>
    </message>
    <message>
        <source>its answer is not a collection server&apos;s</source>
        <translation>seine Antwort ist nicht die eines Sammelservers</translation>
    </message>
</context>
<context>
    <name>ehb::ServiceComboBox</name>
    <message>
        <source>Choose the service that fails</source>
        <translation>Wählen Sie den gestörten Dienst</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>A service in the list followed by its live level, e.g. &quot;Recip-e — possible problem&quot;.</extracomment>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>ehb::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Practice postcode</source>
        <translation>Postleitzahl der Praxis</translation>
    </message>
    <message>
        <source>e.g. 1000</source>
        <translation>z. B. 4700</translation>
    </message>
    <message>
        <source>Optional. Shows where problems happen, without naming you.</source>
        <translation>Optional. Zeigt, wo Probleme auftreten, ohne Sie zu nennen.</translation>
    </message>
    <message>
        <source>EMR software name</source>
        <translation>Name der Praxissoftware</translation>
    </message>
    <message>
        <source>EMR software version</source>
        <translation>Version der Praxissoftware</translation>
    </message>
    <message>
        <source>Problems with the settings</source>
        <translation>Probleme mit den Einstellungen</translation>
    </message>
    <message>
        <source>Save the settings</source>
        <translation>Die Einstellungen speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Server address:</source>
        <translation>&amp;Serveradresse:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Spr&amp;ache:</translation>
    </message>
    <message>
        <source>Practice &amp;postcode:</source>
        <translation>&amp;Postleitzahl der Praxis:</translation>
    </message>
    <message>
        <source>EMR software &amp;name:</source>
        <translation>&amp;Name der Praxissoftware:</translation>
    </message>
    <message>
        <source>EMR software &amp;version:</source>
        <translation>&amp;Version der Praxissoftware:</translation>
    </message>
    <message>
        <source>Practice postcode: enter a Belgian postcode from 1000 to 9999, or leave it empty</source>
        <translation>Postleitzahl der Praxis: Geben Sie eine belgische Postleitzahl von 1000 bis 9999 ein oder lassen Sie das Feld leer</translation>
    </message>
    <message>
        <source>Staff &amp;token (GBO):</source>
        <translation>Mitarbeiter-&amp;Token (GBO):</translation>
    </message>
    <message>
        <source>Staff token (GBO)</source>
        <translation>Mitarbeiter-Token (GBO)</translation>
    </message>
    <message>
        <source>Only for GBO staff: shows the Analysis tab</source>
        <translation>Nur für Mitarbeiter des GBO: zeigt die Registerkarte „Analyse“</translation>
    </message>
    <message>
        <source>The token the server&apos;s administrator made for you. It is kept in your system&apos;s keychain when there is one.</source>
        <translation>Das Token, das der Administrator des Servers für Sie erstellt hat. Es wird im Schlüsselbund Ihres Systems aufbewahrt, sofern es einen gibt.</translation>
    </message>
    <message>
        <source>Where the staff token is kept</source>
        <translation>Wo das Mitarbeiter-Token aufbewahrt wird</translation>
    </message>
    <message>
        <source>No keychain is available on this computer: the staff token is kept in the settings file, where anyone who can read your files can read it.</source>
        <translation>Auf diesem Computer ist kein Schlüsselbund verfügbar: Das Mitarbeiter-Token wird in der Einstellungsdatei aufbewahrt, wo jeder es lesen kann, der Ihre Dateien lesen kann.</translation>
    </message>
    <message>
        <source>Set by your practice&apos;s administrator.</source>
        <translation>Vom Administrator Ihrer Praxis festgelegt.</translation>
    </message>
    <message>
        <source>About the server address</source>
        <translation>Zur Serveradresse</translation>
    </message>
</context>
<context>
    <name>ehb::SinceChooser</name>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>Since now</source>
        <translation>Gerade erst begonnen</translation>
    </message>
    <message>
        <source>15 min</source>
        <translation>15 Min.</translation>
    </message>
    <message>
        <source>Since 15 minutes</source>
        <translation>Seit 15 Minuten</translation>
    </message>
    <message>
        <source>30 min</source>
        <translation>30 Min.</translation>
    </message>
    <message>
        <source>Since 30 minutes</source>
        <translation>Seit 30 Minuten</translation>
    </message>
    <message>
        <source>1 h</source>
        <translation>1 Std.</translation>
    </message>
    <message>
        <source>Since 1 hour</source>
        <translation>Seit 1 Stunde</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Andere Zeit</translation>
    </message>
    <message>
        <source>Since a custom time</source>
        <translation>Seit einer selbst gewählten Zeit</translation>
    </message>
    <message>
        <source>Minutes since the problem began</source>
        <translation>Minuten seit Beginn des Problems</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
</context>
<context>
    <name>ehb::StatsClient</name>
    <message>
        <source>the report frequency</source>
        <translation>die Meldungshäufigkeit</translation>
    </message>
    <message>
        <source>the weekday and hour heatmap</source>
        <translation>die Heatmap nach Wochentag und Stunde</translation>
    </message>
    <message>
        <source>the outage episodes</source>
        <translation>die Störungsepisoden</translation>
    </message>
    <message>
        <source>the breakdown by symptom, software and province</source>
        <translation>die Aufschlüsselung nach Symptom, Software und Provinz</translation>
    </message>
    <message>
        <source>the statistics</source>
        <translation>die Statistiken</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Konnte %1 nicht lesen: %2</translation>
    </message>
    <message>
        <source>what the outages cost</source>
        <translation>was die Störungen gekostet haben</translation>
    </message>
    <message>
        <source>the official status page&apos;s record beside the episodes</source>
        <translation>die Aufzeichnung der offiziellen Statusseite neben den Episoden</translation>
    </message>
    <message>
        <source>the official status page&apos;s changes</source>
        <translation>die Änderungen der offiziellen Statusseite</translation>
    </message>
    <message>
        <source>Could not load %1: no collection server is set (Settings).</source>
        <translation>Konnte %1 nicht laden: Es ist kein Sammelserver festgelegt (Einstellungen).</translation>
    </message>
    <message>
        <source>Could not load %1: the staff token is never sent over plain http:// to another computer. Use an https:// server address in Settings.</source>
        <translation>Konnte %1 nicht laden: Das Mitarbeiter-Token wird nie über einfaches http:// an einen anderen Computer gesendet. Verwenden Sie in den Einstellungen eine https://-Serveradresse.</translation>
    </message>
</context>
<context>
    <name>ehb::SymptomPicker</name>
    <message>
        <source>Symptom: %1</source>
        <translation>Symptom: %1</translation>
    </message>
</context>
<context>
    <name>ehb::TimelineChart</name>
    <message>
        <source>Outage episodes</source>
        <translation>Störungsepisoden</translation>
    </message>
    <message>
        <source>No outage episodes in this period.</source>
        <translation>Keine Störungsepisoden in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>No data.</source>
        <translation>Keine Daten.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 – %3 (%4), %n report(s) from %5 practices</source>
        <extracomment>An outage episode: service, start, end, duration, reports, practices.</extracomment>
        <translation>
            <numerusform>%1: %2 – %3 (%4), %n Meldung von %5 Praxen</numerusform>
            <numerusform>%1: %2 – %3 (%4), %n Meldungen von %5 Praxen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n outage episode(s), %1 in all.</source>
        <translation>
            <numerusform>%n Störungsepisode, insgesamt %1.</numerusform>
            <numerusform>%n Störungsepisoden, insgesamt %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Service id</source>
        <translation>Dienst-ID</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Meldungen</translation>
    </message>
    <message>
        <source>Practices</source>
        <translation>Praxen</translation>
    </message>
    <message>
        <source>Proven by the reports</source>
        <translation>Durch Meldungen belegt</translation>
    </message>
    <message>
        <source>Allowed by the reports</source>
        <translation>Durch Meldungen zugelassen</translation>
    </message>
    <message>
        <source>Start and end found</source>
        <translation>Ermittelter Beginn und Ende</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 – %3, %4, %n report(s) from %5 practices</source>
        <extracomment>An outage episode: service, start, end, minutes with their range (&quot;48 min (9–49)&quot;), reports, practices.</extracomment>
        <translation>
            <numerusform>%1: %2 – %3, %4, %n Meldung von %5 Praxen</numerusform>
            <numerusform>%1: %2 – %3, %4, %n Meldungen von %5 Praxen</numerusform>
        </translation>
    </message>
    <message>
        <source>Start between %1 and %2, end between %3 and %4.</source>
        <extracomment>The ranges of an outage episode&apos;s start and end, as the reports allow them.</extracomment>
        <translation>Beginn zwischen %1 und %2, Ende zwischen %3 und %4.</translation>
    </message>
    <message>
        <source>Minutes, low</source>
        <translation>Minuten, Untergrenze</translation>
    </message>
    <message>
        <source>Minutes, high</source>
        <translation>Minuten, Obergrenze</translation>
    </message>
    <message>
        <source>Start, earliest</source>
        <translation>Beginn, frühestens</translation>
    </message>
    <message>
        <source>Start, latest</source>
        <translation>Beginn, spätestens</translation>
    </message>
    <message>
        <source>End, earliest</source>
        <translation>Ende, frühestens</translation>
    </message>
    <message>
        <source>End, latest</source>
        <translation>Ende, spätestens</translation>
    </message>
    <message numerus="yes">
        <source>Minutes lost: %1 reported by %n report(s)</source>
        <extracomment>What an outage episode cost: minutes lost as reported, by how many reports.</extracomment>
        <translation>
            <numerusform>Verlorene Minuten: %1 gemeldet von %n Meldung</numerusform>
            <numerusform>Verlorene Minuten: %1 gemeldet von %n Meldungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, ≈ %1 more estimated for %n practice(s) that gave none</source>
        <extracomment>The estimate of an episode&apos;s minutes lost, kept apart from the reported sum.</extracomment>
        <translation>
            <numerusform>, geschätzt %1 mehr für %n Praxis ohne Angabe</numerusform>
            <numerusform>, geschätzt %1 mehr für %n Praxen ohne Angabe</numerusform>
        </translation>
    </message>
    <message>
        <source>Minutes lost, reported</source>
        <translation>Verlorene Minuten, gemeldet</translation>
    </message>
    <message>
        <source>Reports giving minutes lost</source>
        <translation>Meldungen mit verlorenen Minuten</translation>
    </message>
    <message>
        <source>Minutes lost, estimate for practices without</source>
        <translation>Verlorene Minuten, Schätzung für Praxen ohne Angabe</translation>
    </message>
    <message>
        <source>Patients affected, reported</source>
        <translation>Betroffene Patienten, gemeldet</translation>
    </message>
    <message>
        <source>official</source>
        <extracomment>The label of the official status lane under a service on the episode timeline.</extracomment>
        <translation>offiziell</translation>
    </message>
    <message>
        <source>Under each service, what the official status page said at the time.</source>
        <translation>Unter jedem Dienst, was die offizielle Statusseite zu der Zeit angab.</translation>
    </message>
</context>
<context>
    <name>ehb::TrayIcon</name>
    <message>
        <source>&amp;Report a problem with</source>
        <translation>Problem &amp;melden mit</translation>
    </message>
    <message>
        <source>&amp;Show window</source>
        <translation>Fenster &amp;anzeigen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>eHealth Bugs: report a problem with an eHealth service</source>
        <translation>eHealth Bugs: ein Problem mit einem eHealth-Dienst melden</translation>
    </message>
    <message>
        <source>eHealth Bugs</source>
        <translation>eHealth Bugs</translation>
    </message>
    <message numerus="yes">
        <source>The connection is back: %Ln waiting report(s) reached the server.</source>
        <translation>
            <numerusform>Die Verbindung ist wieder da: %Ln wartende Meldung hat den Server erreicht.</numerusform>
            <numerusform>Die Verbindung ist wieder da: %Ln wartende Meldungen haben den Server erreicht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Click here to answer in eHealth Bugs.</source>
        <translation>Klicken Sie hier, um in eHealth Bugs zu antworten.</translation>
    </message>
    <message>
        <source>eHealth Bugs: no collection server is set. Reports are kept on this computer until one is set in Settings.</source>
        <translation>eHealth Bugs: Es ist kein Sammelserver festgelegt. Meldungen werden auf diesem Computer aufbewahrt, bis in den Einstellungen einer festgelegt ist.</translation>
    </message>
    <message>
        <source>&amp;Me too, failing now</source>
        <translation>&amp;Ich auch, jetzt gestört</translation>
    </message>
    <message>
        <source>Click here to add details.</source>
        <translation>Klicken Sie hier, um Details hinzuzufügen.</translation>
    </message>
</context>
<context>
    <name>ehb::UpdateNotice</name>
    <message>
        <source>A newer version is available</source>
        <translation>Eine neuere Version ist verfügbar</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Hide this notice until a still newer version is available</source>
        <translation>Diesen Hinweis ausblenden, bis eine noch neuere Version verfügbar ist</translation>
    </message>
    <message>
        <source>A newer version of eHealth Bugs (%1) is available</source>
        <translation>Eine neuere Version von eHealth Bugs (%1) ist verfügbar</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ehb::WelcomeDialog</name>
    <message>
        <source>Welcome to eHealth Bugs</source>
        <translation>Willkommen bei eHealth Bugs</translation>
    </message>
    <message>
        <source>Two details make your reports more useful: where your practice is, by its postcode only, and which EMR software you use. Both are optional; you can skip them and change them later in Settings.</source>
        <translation>Zwei Angaben machen Ihre Meldungen nützlicher: wo Ihre Praxis liegt, nur anhand der Postleitzahl, und welche Praxissoftware Sie verwenden. Beide sind freiwillig; Sie können sie überspringen und später in den Einstellungen ändern.</translation>
    </message>
    <message>
        <source>eHealth Bugs never asks for your name, your RIZIV/INAMI number or anything else that identifies you.</source>
        <translation>eHealth Bugs fragt nie nach Ihrem Namen, Ihrer LIKIV-Nummer (INAMI/RIZIV) oder anderen Angaben, die Sie identifizieren.</translation>
    </message>
    <message>
        <source>Practice &amp;postcode:</source>
        <translation>&amp;Postleitzahl der Praxis:</translation>
    </message>
    <message>
        <source>Practice postcode</source>
        <translation>Postleitzahl der Praxis</translation>
    </message>
    <message>
        <source>e.g. 1000</source>
        <translation>z. B. 4700</translation>
    </message>
    <message>
        <source>EMR software &amp;name:</source>
        <translation>&amp;Name der Praxissoftware:</translation>
    </message>
    <message>
        <source>EMR software name</source>
        <translation>Name der Praxissoftware</translation>
    </message>
    <message>
        <source>Choose or type</source>
        <translation>Auswählen oder eingeben</translation>
    </message>
    <message>
        <source>EMR software &amp;version:</source>
        <translation>&amp;Version der Praxissoftware:</translation>
    </message>
    <message>
        <source>EMR software version</source>
        <translation>Version der Praxissoftware</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>Ü&amp;berspringen</translation>
    </message>
    <message>
        <source>Collection server</source>
        <translation>Sammelserver</translation>
    </message>
    <message>
        <source>No collection server is set yet. Your reports are kept on this computer until one is set in Settings.</source>
        <translation>Es ist noch kein Sammelserver eingestellt. Ihre Meldungen werden auf diesem Computer aufbewahrt, bis in den Einstellungen einer eingestellt ist.</translation>
    </message>
    <message>
        <source>Collection server: %1. Checking whether it answers…</source>
        <translation>Sammelserver: %1. Es wird geprüft, ob er antwortet…</translation>
    </message>
    <message>
        <source>Collection server: %1. It answers.</source>
        <translation>Sammelserver: %1. Er antwortet.</translation>
    </message>
    <message>
        <source>Collection server: %1. It does not answer: %2. Your reports are kept on this computer until it does.</source>
        <translation>Sammelserver: %1. Er antwortet nicht: %2. Ihre Meldungen werden auf diesem Computer aufbewahrt, bis er antwortet.</translation>
    </message>
    <message>
        <source>Collection server: %1.</source>
        <translation>Sammelserver: %1.</translation>
    </message>
    <message>
        <source>Practice postcode: enter a Belgian postcode from 1000 to 9999, or leave it empty</source>
        <translation>Postleitzahl der Praxis: Geben Sie eine belgische Postleitzahl von 1000 bis 9999 ein oder lassen Sie das Feld leer</translation>
    </message>
</context>
<context>
    <name>ehb::server::CollectionServer</name>
    <message>
        <source>Cannot listen on %1:%2: %3</source>
        <translation>Kann nicht auf %1:%2 lauschen: %3</translation>
    </message>
</context>
<context>
    <name>ehb::server::GuardedSocket</name>
    <message>
        <source>The server has too many connections open; try again later.</source>
        <translation>Der Server hat zu viele offene Verbindungen; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The request is not valid HTTP/1.1.</source>
        <translation>Die Anfrage ist kein gültiges HTTP/1.1.</translation>
    </message>
    <message>
        <source>Send the body with a Content-Length header; Transfer-Encoding is not accepted.</source>
        <translation>Senden Sie den Body mit einem Content-Length-Header; Transfer-Encoding wird nicht angenommen.</translation>
    </message>
    <message>
        <source>The request body is larger than the %1 bytes accepted.</source>
        <translation>Der Anfrage-Body ist größer als die angenommenen %1 Bytes.</translation>
    </message>
    <message>
        <source>The request line is longer than the %1 bytes accepted.</source>
        <translation>Die Anfragezeile ist länger als die angenommenen %1 Bytes.</translation>
    </message>
    <message>
        <source>Only the expectation 100-continue is supported.</source>
        <translation>Nur die Erwartung 100-continue wird unterstützt.</translation>
    </message>
    <message>
        <source>The request headers are larger than the %1 bytes accepted.</source>
        <translation>Die Anfrage-Header sind größer als die angenommenen %1 Bytes.</translation>
    </message>
    <message>
        <source>The request did not arrive in whole within %1 seconds.</source>
        <translation>Die Anfrage ist nicht innerhalb von %1 Sekunden vollständig angekommen.</translation>
    </message>
    <message>
        <source>Too many connections from your address are open; try again later.</source>
        <translation>Von Ihrer Adresse sind zu viele Verbindungen offen; versuchen Sie es später erneut.</translation>
    </message>
    <message numerus="yes">
        <source>The request headers did not arrive within %n second(s).</source>
        <translation>
            <numerusform>Die Header der Anfrage sind nicht innerhalb von %n Sekunde angekommen.</numerusform>
            <numerusform>Die Header der Anfrage sind nicht innerhalb von %n Sekunden angekommen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ehb::server::HttpListener</name>
    <message>
        <source>Cannot listen on %1:%2: %3</source>
        <translation>Kann nicht auf %1:%2 lauschen: %3</translation>
    </message>
</context>
<context>
    <name>ehb::server::HttpWorker</name>
    <message>
        <source>The server is already listening on port %1.</source>
        <translation>Der Server lauscht bereits auf Port %1.</translation>
    </message>
</context>
<context>
    <name>ehb::server::OfficialPoller</name>
    <message>
        <source>no complete answer in time, or an answer too large</source>
        <translation>keine vollständige Antwort rechtzeitig, oder eine zu große Antwort</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>HTTP-Status %1</translation>
    </message>
</context>
</TS>
