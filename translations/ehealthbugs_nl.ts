<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_BE">
<context>
    <name>AnalysisExport</name>
    <message>
        <source>The picture of “%1” could not be drawn.</source>
        <translation>De afbeelding van “%1” kon niet worden getekend.</translation>
    </message>
</context>
<context>
    <name>AnalysisHttp</name>
    <message>
        <source>The query has invalid parameters.</source>
        <translation>De query bevat ongeldige parameters.</translation>
    </message>
    <message>
        <source>The analysis cannot be read now; try again later.</source>
        <translation>De analyse kan nu niet gelezen worden; probeer het later opnieuw.</translation>
    </message>
</context>
<context>
    <name>AnalysisQueries</name>
    <message>
        <source>Cannot read the reports for the analysis: %1</source>
        <translation>Kan de meldingen voor de analyse niet lezen: %1</translation>
    </message>
    <message>
        <source>Cannot read the reports for the breakdown: %1</source>
        <translation>Kan de meldingen voor de uitsplitsing niet lezen: %1</translation>
    </message>
    <message>
        <source>Cannot count the recent reports: %1</source>
        <translation>Kan de recente meldingen niet tellen: %1</translation>
    </message>
    <message>
        <source>Cannot read the versions of the analysis: %1</source>
        <translation>Kan de versies van de analyse niet lezen: %1</translation>
    </message>
    <message>
        <source>Cannot read the recent reports: %1</source>
        <translation>Kan de recente meldingen niet lezen: %1</translation>
    </message>
</context>
<context>
    <name>ApiReply</name>
    <message>
        <source>Could not load %1: the server did not answer in time.</source>
        <translation>Kan %1 niet laden: de server antwoordde niet op tijd.</translation>
    </message>
    <message>
        <source>Could not load %1: the server could not be reached (%2).</source>
        <translation>Kan %1 niet laden: de server is onbereikbaar (%2).</translation>
    </message>
    <message>
        <source>Could not load %1: the staff token was refused. Check it in Settings.</source>
        <translation>Kan %1 niet laden: het personeelstoken werd geweigerd. Controleer het in Instellingen.</translation>
    </message>
    <message numerus="yes">
        <source>Could not load %1: the server is busy with too many requests; try again in %n second(s).</source>
        <translation>
            <numerusform>Kan %1 niet laden: de server is overbelast door te veel verzoeken; probeer het over %n seconde opnieuw.</numerusform>
            <numerusform>Kan %1 niet laden: de server is overbelast door te veel verzoeken; probeer het over %n seconden opnieuw.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not load %1: this server does not offer it (HTTP 404); it may be an older version.</source>
        <translation>Kan %1 niet laden: deze server biedt dit niet aan (HTTP 404); mogelijk is het een oudere versie.</translation>
    </message>
    <message>
        <source>Could not load %1: the server had a problem (HTTP %2): %3</source>
        <translation>Kan %1 niet laden: de server had een probleem (HTTP %2): %3</translation>
    </message>
    <message>
        <source>Could not load %1: the server refused the question (HTTP %2): %3</source>
        <translation>Kan %1 niet laden: de server heeft de vraag geweigerd (HTTP %2): %3</translation>
    </message>
    <message>
        <source>Could not load %1: the server&apos;s certificate was refused (%2).</source>
        <translation>Kan %1 niet laden: het certificaat van de server werd geweigerd (%2).</translation>
    </message>
</context>
<context>
    <name>ApiRoutes</name>
    <message>
        <source>The database does not answer.</source>
        <translation>De database antwoordt niet.</translation>
    </message>
    <message>
        <source>There is nothing at this address.</source>
        <translation>Er is niets op dit adres.</translation>
    </message>
    <message>
        <source>This address answers only %1.</source>
        <translation>Dit adres antwoordt alleen op %1.</translation>
    </message>
    <message>
        <source>The database does not answer; try again later.</source>
        <translation>De database antwoordt niet; probeer het later opnieuw.</translation>
    </message>
    <message>
        <source>This address is for GBO staff: send a current token as &quot;Authorization: Bearer &lt;token&gt;&quot;.</source>
        <translation>Dit adres is voor medewerkers van de GBO: stuur een geldig token als &quot;Authorization: Bearer &lt;token&gt;&quot;.</translation>
    </message>
</context>
<context>
    <name>BatchWrite</name>
    <message>
        <source>The report %1 could not be read back.</source>
        <translation>De melding %1 kon niet opnieuw gelezen worden.</translation>
    </message>
</context>
<context>
    <name>ChartStyle</name>
    <message>
        <source>%1 %</source>
        <extracomment>A percentage, e.g. &quot;99.903 %&quot;.</extracomment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 u %2 min</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 u</translation>
    </message>
    <message>
        <source>%1 min (%2–%3)</source>
        <extracomment>A length in minutes and, in brackets, the shortest and the longest the reports allow: &quot;162 min (150–171)&quot;.</extracomment>
        <translation>%1 min (%2–%3)</translation>
    </message>
    <message>
        <source>The range runs from the shortest to the longest the reports allow; the shortest is the least they show.</source>
        <translation>De marge loopt van het kortste tot het langste dat de meldingen toelaten; het kortste is het minste dat ze aantonen.</translation>
    </message>
</context>
<context>
    <name>ClientSettings</name>
    <message>
        <source>The staff token could not be saved in the settings file.</source>
        <translation>Het personeelstoken kon niet in het instellingenbestand worden bewaard.</translation>
    </message>
    <message>
        <source>Server address set by your practice&apos;s administrator</source>
        <translation>Serveradres ingesteld door de beheerder van uw praktijk</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradres</translation>
    </message>
    <message>
        <source>Server address built into this program</source>
        <translation>In dit programma ingebouwd serveradres</translation>
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
        <translation>Meld storingen van de Belgische eHealth-diensten in enkele seconden.

Om zonder venster te melden vanuit uw EMD-software, voert u uit:
  %1 report --help</translation>
    </message>
    <message>
        <source>Keep the settings (settings.ini) and reports (reports.sqlite) in &lt;directory&gt;.</source>
        <translation>De instellingen (settings.ini) en meldingen (reports.sqlite) bewaren in &lt;map&gt;.</translation>
    </message>
    <message>
        <source>directory</source>
        <translation>map</translation>
    </message>
    <message>
        <source>Send reports to the collection server at &lt;url&gt;, and remember it.</source>
        <translation>Meldingen versturen naar de verzamelserver op &lt;url&gt;, en dit adres onthouden.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Your reports could not be opened: %1</source>
        <translation>Uw meldingen konden niet worden geopend: %1</translation>
    </message>
    <message>
        <source>--server is remembered, but your practice&apos;s administrator set the server address for this computer: %1 is used.</source>
        <translation>--server wordt onthouden, maar de beheerder van uw praktijk heeft het serveradres voor deze computer ingesteld: %1 wordt gebruikt.</translation>
    </message>
</context>
<context>
    <name>DatabaseUrl</name>
    <message>
        <source>The database URL &quot;%1&quot; names a host; use sqlite:PATH or sqlite:///absolute/path.</source>
        <translation>De database-URL &quot;%1&quot; vermeldt een host; gebruik sqlite:PAD of sqlite:///absoluut/pad.</translation>
    </message>
    <message>
        <source>The database URL &quot;%1&quot; has no file path.</source>
        <translation>De database-URL &quot;%1&quot; bevat geen bestandspad.</translation>
    </message>
    <message>
        <source>The database URL &quot;%1&quot; is not understood; use sqlite:PATH or postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>De database-URL &quot;%1&quot; wordt niet begrepen; gebruik sqlite:PAD of postgresql://GEBRUIKER@HOST:POORT/DATABASE.</translation>
    </message>
    <message>
        <source>The PostgreSQL URL &quot;%1&quot; is not valid: %2</source>
        <translation>De PostgreSQL-URL &quot;%1&quot; is ongeldig: %2</translation>
    </message>
    <message>
        <source>the %1 has a broken percent escape (%XX).</source>
        <translation>het onderdeel &quot;%1&quot; bevat een ongeldige procentcodering (%XX).</translation>
    </message>
    <message>
        <source>it has a &apos;#&apos;; write it as %23.</source>
        <translation>ze bevat een &apos;#&apos;; schrijf die als %23.</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>gebruikersnaam</translation>
    </message>
    <message>
        <source>password</source>
        <translation>wachtwoord</translation>
    </message>
    <message>
        <source>the IPv6 address has no closing &apos;]&apos;.</source>
        <translation>het IPv6-adres heeft geen afsluitende &apos;]&apos;.</translation>
    </message>
    <message>
        <source>unexpected text after the IPv6 address.</source>
        <translation>onverwachte tekst na het IPv6-adres.</translation>
    </message>
    <message>
        <source>the IPv6 address is empty.</source>
        <translation>het IPv6-adres is leeg.</translation>
    </message>
    <message>
        <source>the port after &apos;:&apos; is missing.</source>
        <translation>de poort na &apos;:&apos; ontbreekt.</translation>
    </message>
    <message>
        <source>several hosts are not supported; give one.</source>
        <translation>meerdere hosts worden niet ondersteund; geef er één op.</translation>
    </message>
    <message>
        <source>an IPv6 address must be written in brackets, as [::1].</source>
        <translation>een IPv6-adres moet tussen vierkante haken staan, zoals [::1].</translation>
    </message>
    <message>
        <source>host</source>
        <translation>host</translation>
    </message>
    <message>
        <source>database name</source>
        <translation>databasenaam</translation>
    </message>
    <message>
        <source>the option &quot;%1&quot; is not of the form key=value.</source>
        <translation>de optie &quot;%1&quot; heeft niet de vorm sleutel=waarde.</translation>
    </message>
    <message>
        <source>option name</source>
        <translation>optienaam</translation>
    </message>
    <message>
        <source>option %1</source>
        <translation>optie %1</translation>
    </message>
    <message>
        <source>the option &quot;%1&quot; is given twice.</source>
        <translation>de optie &quot;%1&quot; is twee keer opgegeven.</translation>
    </message>
    <message>
        <source>the option &quot;%1&quot; is unknown.</source>
        <translation>de optie &quot;%1&quot; is onbekend.</translation>
    </message>
    <message>
        <source>the option &quot;%1&quot; needs a whole number, not &quot;%2&quot;.</source>
        <translation>de optie &quot;%1&quot; vereist een geheel getal, niet &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>the option &quot;%1&quot; is &quot;%2&quot;; use one of: %3.</source>
        <translation>de optie &quot;%1&quot; is &quot;%2&quot;; gebruik een van: %3.</translation>
    </message>
    <message>
        <source>the option &quot;%1&quot; may not contain &apos;;&apos;.</source>
        <translation>de optie &quot;%1&quot; mag geen &apos;;&apos; bevatten.</translation>
    </message>
    <message>
        <source>the port &quot;%1&quot; is not a number from 1 to 65535.</source>
        <translation>de poort &quot;%1&quot; is geen getal van 1 tot 65535.</translation>
    </message>
    <message>
        <source>it names no database; add /DATABASE after the host.</source>
        <translation>ze noemt geen database; voeg /DATABASE toe na de host.</translation>
    </message>
</context>
<context>
    <name>EpisodesHandler</name>
    <message>
        <source>must be a number between 0 and 1, such as 0.999 for 99.9 %</source>
        <translation>moet een getal tussen 0 en 1 zijn, zoals 0.999 voor 99,9%</translation>
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
        <translation>nee</translation>
    </message>
    <message>
        <source>%1 min</source>
        <extracomment>A length in minutes on a printed page: &quot;162 min&quot;.</extracomment>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 min, %2–%3</source>
        <extracomment>A length in minutes, then the shortest and the longest the reports allow: &quot;162 min, 150–171&quot;.</extracomment>
        <translation>%1 min, %2–%3</translation>
    </message>
</context>
<context>
    <name>ExportFile</name>
    <message>
        <source>No file name was given.</source>
        <translation>Er is geen bestandsnaam opgegeven.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Kan %1 niet schrijven: %2</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Kan %1 niet opslaan: %2</translation>
    </message>
    <message>
        <source>There is no image to save in %1.</source>
        <translation>Er is geen afbeelding om in %1 op te slaan.</translation>
    </message>
    <message>
        <source>Could not encode the image for %1.</source>
        <translation>Kan de afbeelding voor %1 niet coderen.</translation>
    </message>
</context>
<context>
    <name>KeychainText</name>
    <message>
        <source>The keychain did not answer.</source>
        <translation>De wachtwoordkluis van het systeem antwoordt niet.</translation>
    </message>
    <message>
        <source>The keychain refused: %1</source>
        <translation>De wachtwoordkluis van het systeem weigerde: %1</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Unreachable</source>
        <translation>Onbereikbaar</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Time-out</translation>
    </message>
    <message>
        <source>Very slow</source>
        <translation>Zeer traag</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>Foutmelding</translation>
    </message>
    <message>
        <source>Login or certificate refused</source>
        <translation>Aanmelding of certificaat geweigerd</translation>
    </message>
    <message>
        <source>Request rejected</source>
        <translation>Aanvraag geweigerd</translation>
    </message>
    <message>
        <source>Partly working</source>
        <translation>Werkt gedeeltelijk</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
    <message>
        <source>No fallback</source>
        <translation>Geen noodoplossing</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Op papier</translation>
    </message>
    <message>
        <source>Done later</source>
        <translation>Later uitgevoerd</translation>
    </message>
</context>
<context>
    <name>LiveHandler</name>
    <message>
        <source>must be a whole number of minutes from %1 to %2</source>
        <translation>moet een geheel aantal minuten van %1 tot %2 zijn</translation>
    </message>
</context>
<context>
    <name>LiveLevelBadge</name>
    <message>
        <source>outage reported by other practices</source>
        <extracomment>Live level of a service, shown after its name in the service list.</extracomment>
        <translation>storing gemeld door andere praktijken</translation>
    </message>
    <message>
        <source>possible problem</source>
        <extracomment>Live level of a service, shown after its name in the service list.</extracomment>
        <translation>mogelijk probleem</translation>
    </message>
</context>
<context>
    <name>LiveLevelText</name>
    <message>
        <source>Possible problem</source>
        <translation>Mogelijk probleem</translation>
    </message>
    <message>
        <source>Outage</source>
        <translation>Storing</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normaal</translation>
    </message>
</context>
<context>
    <name>MethodNote</name>
    <message>
        <source>%1 %</source>
        <extracomment>A percentage, e.g. &quot;99.9 %&quot;; %1 is the number.</extracomment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 minuten</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 uur</translation>
    </message>
    <message>
        <source>%1 different installations</source>
        <translation>%1 verschillende installaties</translation>
    </message>
    <message>
        <source>Each report gives the time the problem started and, when the user marked it resolved, the time it ended: the report covers that time. A report without an end covers until %1 after it was sent (or after its start, when that is later). No report covers more than %2: a &quot;resolved&quot; clicked a day late is cut back, and a report whose start lies long before it was sent keeps only its most recent part.</source>
        <translation>Elke melding geeft aan wanneer het probleem begon en, als de gebruiker het als opgelost markeerde, wanneer het eindigde: de melding dekt die tijd. Een melding zonder einde dekt tot %1 na het versturen (of na het begin, als dat later is). Geen enkele melding dekt meer dan %2: een &quot;opgelost&quot; dat een dag te laat werd aangeklikt, wordt ingekort, en van een melding waarvan het begin lang vóór het versturen ligt, blijft alleen het meest recente deel over.</translation>
    </message>
    <message>
        <source>Reports about the same service whose covers overlap or lie less than %1 apart form one group. A group is an outage episode only when its reports come from at least %2 (practices or computers): the local problem of a single practice, such as its internet connection or its computer, never makes an outage.</source>
        <translation>Meldingen over dezelfde dienst waarvan de perioden overlappen of minder dan %1 uit elkaar liggen, vormen één groep. Een groep is pas een storingsepisode als de meldingen van minstens %2 komen (praktijken of computers): het lokale probleem van één praktijk, zoals haar internetverbinding of computer, maakt nooit een storing.</translation>
    </message>
    <message>
        <source>Within a group the service counts as down only while the covers of at least %1 overlap; breaks shorter than %2 do not split an episode.</source>
        <translation>Binnen een groep telt de dienst alleen als onbeschikbaar zolang de perioden van minstens %1 overlappen; onderbrekingen korter dan %2 splitsen een episode niet.</translation>
    </message>
    <message>
        <source>The start and the end then move in to the first and the last moment at which at least %1 of the most installations down at once agree.</source>
        <translation>Begin en einde schuiven daarna op naar het eerste en het laatste moment waarop minstens %1 van het hoogste aantal gelijktijdig getroffen installaties het eens is.</translation>
    </message>
    <message>
        <source>The figures count reports sent by users of eHealth Bugs: an outage that nobody reported, or that fewer than %1 reported, does not appear.</source>
        <translation>De cijfers tellen meldingen van gebruikers van eHealth Bugs: een storing die niemand meldde, of die minder dan %1 meldden, verschijnt niet.</translation>
    </message>
    <message>
        <source>Downtime is the total length of the episodes within the period; an episode that begins before the period or ends after it counts only for its part inside. Availability is 1 minus the downtime divided by the length of the period. Availability in working hours does the same over Monday to Friday, 08:00 to 18:00 local time, leaving out Belgium&apos;s federal public holidays and the days the server&apos;s operator adds. A service meets the service level target of %1 when both its availability and its availability in working hours reach it.</source>
        <translation>De onbeschikbaarheid is de totale duur van de episodes binnen de periode; een episode die vóór de periode begint of erna eindigt, telt alleen voor het deel erbinnen. De beschikbaarheid is 1 min de onbeschikbaarheid gedeeld door de duur van de periode. De beschikbaarheid tijdens de werkuren doet hetzelfde van maandag tot vrijdag, 08:00 tot 18:00 lokale tijd, zonder de Belgische federale feestdagen en de dagen die de beheerder van de server toevoegt. Een dienst haalt de servicenorm van %1 als zowel de beschikbaarheid als de beschikbaarheid tijdens de werkuren die halen.</translation>
    </message>
    <message>
        <source>The start is placed from the moments the reports were sent, run back at their pace, not from the &quot;since&quot; chosen, which is mostly rounded back. The end follows the last reports at their pace, or &quot;resolved&quot; clicks of %1 that come together within %2 of the last reports. Early &quot;since&quot; choices and late &quot;resolved&quot; clicks therefore do not stretch an episode.</source>
        <translation>Het begin wordt bepaald vanaf de momenten waarop de meldingen verstuurd werden, in hun tempo teruggerekend, en niet vanaf het gekozen „sinds”, dat meestal naar het verleden is afgerond. Het einde volgt de laatste meldingen in hun tempo, of de klikken op „opgelost” van %1 die samen binnen %2 na de laatste meldingen komen. Te vroege „sinds”-keuzes en late klikken op „opgelost” rekken een episode dus niet.</translation>
    </message>
    <message>
        <source>On a service that gets many reports of unrelated local problems, some overlap by chance. For such a service, hour by hour, both numbers of installations above are raised until chance alone reaches them at most once in %1 years. How often such reports come is measured over the service&apos;s working hours, and how busy each hour of the week is, over every service.</source>
        <translation>Een dienst die veel meldingen van losstaande lokale problemen krijgt, ziet er sommige toevallig overlappen. Voor zo&apos;n dienst worden, uur per uur, beide bovenstaande aantallen installaties verhoogd tot het toeval alleen ze hoogstens eens in %1 jaar bereikt. Hoe vaak zulke meldingen komen, wordt gemeten over de werkuren van de dienst, en hoe druk elk uur van de week is, over alle diensten.</translation>
    </message>
    <message>
        <source>Each report counts once, as its latest revision; a service&apos;s figures cover its reports that started in the period, and an episode&apos;s the reports of its service that overlap it. The estimate, shown apart from the reported sum, is the number of practices that reported without giving minutes lost times the median minutes lost per report of those that gave them; a money value appears only when the operator set an hourly value.</source>
        <translation>Elke melding telt één keer, in haar laatste revisie; de cijfers van een dienst gaan over zijn meldingen die in de periode begonnen, die van een episode over de meldingen van zijn dienst die ermee overlappen. De schatting, apart van de gemelde som getoond, is het aantal praktijken dat meldde zonder verloren minuten op te geven maal de mediaan van de verloren minuten per melding van wie ze wel opgaf; een bedrag in geld verschijnt alleen als de beheerder een uurwaarde heeft ingesteld.</translation>
    </message>
    <message>
        <source>Where the reports sent fall far below their pace for a few minutes and rise again, the service worked in between: the two stay separate episodes.</source>
        <translation>Waar de verzonden meldingen enkele minuten ver onder hun tempo zakken en daarna weer toenemen, werkte de dienst tussendoor: het blijven twee afzonderlijke episodes.</translation>
    </message>
    <message>
        <source>The reports rarely fix the start and the end of an episode to the minute, so each episode also has a range: at the shortest from the latest moment it can have started to the earliest it can have ended, at the longest from the earliest start to the latest end the reports allow. Downtime has the same range, from the episodes&apos; shortest extents to their longest. The low end allows for clocks a few minutes off and for reports sent minutes late: it is the least the reports show.</source>
        <translation>De meldingen leggen begin en einde van een episode zelden tot op de minuut vast; daarom heeft elke episode ook een marge: op zijn kortst van het laatste moment waarop ze kan zijn begonnen tot het vroegste waarop ze kan zijn geëindigd, op zijn langst van het vroegste begin tot het laatste einde dat de meldingen toelaten. De onbeschikbaarheid heeft dezelfde marge, van de kortste tot de langste duur van de episodes. De ondergrens houdt rekening met klokken die enkele minuten afwijken en met meldingen die enkele minuten te laat verzonden zijn: het is het minste dat de meldingen aantonen.</translation>
    </message>
    <message>
        <source>The official record is what the official eHealth status page said of each service, recorded by the server each time it changed, together with the incidents staff entered for earlier times. An outage episode counts as admitted when an official outage (degraded performance, partial or major outage) overlaps it or begins within %1 minutes after its end; the lag runs from the start of the episode to the start of that official outage, and the median lag is taken over the admitted episodes.</source>
        <translation>Het officiële verslag is wat de officiële statuspagina van eHealth over elke dienst meldde, door de server vastgelegd bij elke wijziging, aangevuld met de incidenten die het personeel voor vroegere periodes invoerde. Een storingsepisode geldt als erkend wanneer een officiële storing (verminderde prestaties, gedeeltelijke of grote storing) ermee overlapt of binnen %1 minuten na het einde ervan begint; de vertraging loopt van het begin van de episode tot het begin van die officiële storing, en de mediane vertraging wordt berekend over de erkende episodes.</translation>
    </message>
</context>
<context>
    <name>MonthlyPdf</name>
    <message>
        <source>eHealth Bugs — monthly report, %1</source>
        <translation>eHealth Bugs — maandrapport, %1</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <extracomment>Date format of the monthly report&apos;s period line (QDate::toString format).</extracomment>
        <translation>d MMMM yyyy</translation>
    </message>
    <message>
        <source>Period: %1 to %2 included, local time in the time zone %3.</source>
        <translation>Periode: %1 tot en met %2, lokale tijd in de tijdzone %3.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Grafieken</translation>
    </message>
    <message>
        <source>Availability by service</source>
        <translation>Beschikbaarheid per dienst</translation>
    </message>
    <message>
        <source>Service level target: an availability of at least %1, over the whole month and in working hours.</source>
        <translation>Servicenorm: een beschikbaarheid van minstens %1, over de hele maand en tijdens de werkuren.</translation>
    </message>
    <message>
        <source>Outage episodes</source>
        <translation>Storingsepisodes</translation>
    </message>
    <message>
        <source>No outage episode this month.</source>
        <translation>Geen storingsepisode deze maand.</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>The report has no valid month.</source>
        <translation>Het rapport heeft geen geldige maand.</translation>
    </message>
    <message>
        <source>Could not start the PDF document.</source>
        <translation>Kan het pdf-document niet starten.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 van %2</translation>
    </message>
    <message>
        <source>Could not finish the PDF document.</source>
        <translation>Kan het pdf-document niet afwerken.</translation>
    </message>
    <message>
        <source>What it cost</source>
        <translation>Wat het heeft gekost</translation>
    </message>
    <message>
        <source>By service</source>
        <translation>Per dienst</translation>
    </message>
    <message>
        <source>The largest episodes by minutes lost</source>
        <translation>De grootste episodes naar verloren minuten</translation>
    </message>
    <message>
        <source>No episode with minutes lost this month.</source>
        <translation>Geen episode met verloren minuten deze maand.</translation>
    </message>
    <message>
        <source>How these figures are made</source>
        <translation>Hoe deze cijfers tot stand komen</translation>
    </message>
    <message>
        <source>A length in minutes is followed by its range, as in “%1”: from the shortest to the longest the reports allow; the shortest is the least they show.</source>
        <extracomment>%1 is an example, &quot;162 min, 150–171&quot;.</extracomment>
        <translation>Een duur in minuten wordt gevolgd door zijn marge, zoals in „%1”: van het kortste tot het langste dat de meldingen toelaten; het kortste is het minste dat ze aantonen.</translation>
    </message>
    <message>
        <source>The impact figures could not be fetched: %1</source>
        <translation>De impactcijfers konden niet worden opgehaald: %1</translation>
    </message>
    <message>
        <source>The official record</source>
        <translation>Het officiële verslag</translation>
    </message>
    <message>
        <source>The official record could not be fetched: %1</source>
        <translation>Het officiële verslag kon niet worden opgehaald: %1</translation>
    </message>
    <message>
        <source>Outages never admitted</source>
        <translation>Nooit erkende storingen</translation>
    </message>
    <message>
        <source>The official status page admitted every outage episode of this month.</source>
        <translation>De officiële statuspagina heeft alle storingsepisodes van deze maand erkend.</translation>
    </message>
    <message>
        <source>Official outages that no GP reported</source>
        <translation>Officiële storingen die geen huisarts meldde</translation>
    </message>
    <message>
        <source>None this month.</source>
        <translation>Geen deze maand.</translation>
    </message>
</context>
<context>
    <name>NoticeCodec</name>
    <message>
        <source>must be a service id such as recip-e, or null for every service</source>
        <translation>moet een dienst-id zijn, bijvoorbeeld recip-e, of null voor alle diensten</translation>
    </message>
    <message>
        <source>must be an object with a text in fr, nl, de or en</source>
        <translation>moet een object zijn met een tekst in fr, nl, de of en</translation>
    </message>
    <message>
        <source>is not one of the languages fr, nl, de, en</source>
        <translation>is niet een van de talen fr, nl, de, en</translation>
    </message>
    <message>
        <source>must be a text</source>
        <translation>moet een tekst zijn</translation>
    </message>
    <message>
        <source>needs a text in at least one language</source>
        <translation>moet een tekst hebben in minstens één taal</translation>
    </message>
    <message numerus="yes">
        <source>must be an https:// or http:// address of at most %Ln characters</source>
        <translation>
            <numerusform>moet een https://- of http://-adres zijn van hoogstens %Ln teken</numerusform>
            <numerusform>moet een https://- of http://-adres zijn van hoogstens %Ln tekens</numerusform>
        </translation>
    </message>
    <message>
        <source>must be an https:// or http:// address</source>
        <translation>moet een https://- of http://-adres zijn</translation>
    </message>
    <message>
        <source>must be an RFC 3339 time such as 2024-01-15T08:05:00Z</source>
        <translation>moet een RFC 3339-tijdstip zijn, bijvoorbeeld 2024-01-15T08:05:00Z</translation>
    </message>
    <message>
        <source>must be after valid_from</source>
        <translation>moet na valid_from liggen</translation>
    </message>
    <message>
        <source>The notice&apos;s %1 is missing or malformed.</source>
        <translation>Het veld %1 van het bericht ontbreekt of is ongeldig.</translation>
    </message>
</context>
<context>
    <name>NoticesHandler</name>
    <message>
        <source>Send the notice as application/json.</source>
        <translation>Stuur het bericht als application/json.</translation>
    </message>
    <message>
        <source>The body is not a JSON object.</source>
        <translation>De inhoud is geen JSON-object.</translation>
    </message>
    <message>
        <source>The notice has invalid fields; it was not published.</source>
        <translation>Het bericht heeft ongeldige velden; het is niet gepubliceerd.</translation>
    </message>
    <message>
        <source>must be 0 or 1</source>
        <translation>moet 0 of 1 zijn</translation>
    </message>
    <message>
        <source>No notice has this id.</source>
        <translation>Geen enkel bericht heeft deze id.</translation>
    </message>
</context>
<context>
    <name>OfficialFeed</name>
    <message>
        <source>The official status feed is not JSON (%1 at byte %2).</source>
        <translation>De officiële statusfeed is geen JSON (%1 bij byte %2).</translation>
    </message>
    <message>
        <source>The official status feed is neither a list of components nor an object with a &quot;data&quot; list.</source>
        <translation>De officiële statusfeed is geen lijst van componenten en geen object met een lijst &quot;data&quot;.</translation>
    </message>
</context>
<context>
    <name>OfficialHandler</name>
    <message>
        <source>Send the incidents as application/json.</source>
        <translation>Stuur de incidenten als application/json.</translation>
    </message>
    <message>
        <source>The body is not a JSON object.</source>
        <translation>De body is geen JSON-object.</translation>
    </message>
    <message>
        <source>Some incidents are invalid; none was stored.</source>
        <translation>Sommige incidenten zijn ongeldig; er werd er geen opgeslagen.</translation>
    </message>
</context>
<context>
    <name>OfficialIncidents</name>
    <message>
        <source>must be a service id such as recip-e</source>
        <translation>moet een dienst-id zijn, zoals recip-e</translation>
    </message>
    <message>
        <source>must be an RFC 3339 time with an offset, such as 2024-01-15T08:05:00+01:00</source>
        <translation>moet een RFC 3339-tijd met een offset zijn, zoals 2024-01-15T08:05:00+01:00</translation>
    </message>
    <message>
        <source>must be empty or an RFC 3339 time with an offset, such as 2024-01-15T09:30:00+01:00</source>
        <translation>moet leeg zijn of een RFC 3339-tijd met een offset, zoals 2024-01-15T09:30:00+01:00</translation>
    </message>
    <message>
        <source>must not be before start</source>
        <translation>mag niet vóór start liggen</translation>
    </message>
    <message>
        <source>must be degraded_performance, partial_outage or major_outage</source>
        <translation>moet degraded_performance, partial_outage of major_outage zijn</translation>
    </message>
    <message>
        <source>must be at most %1 characters</source>
        <translation>mag hoogstens %1 tekens lang zijn</translation>
    </message>
    <message>
        <source>line %1: a quoted field is not closed.</source>
        <translation>regel %1: een veld tussen aanhalingstekens wordt niet afgesloten.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text.</source>
        <translation>Het bestand is geen UTF-8-tekst.</translation>
    </message>
    <message>
        <source>line %1: 5 columns are needed (service,start,end,status,source), not %2.</source>
        <translation>regel %1: er zijn 5 kolommen nodig (service,start,end,status,source), niet %2.</translation>
    </message>
    <message>
        <source>line %1: %2 %3</source>
        <translation>regel %1: %2 %3</translation>
    </message>
    <message>
        <source>line %1: at most %2 incidents at once.</source>
        <translation>regel %1: hoogstens %2 incidenten tegelijk.</translation>
    </message>
    <message>
        <source>The file holds no incident.</source>
        <translation>Het bestand bevat geen enkel incident.</translation>
    </message>
    <message>
        <source>must be a list of 1 to %1 incidents</source>
        <translation>moet een lijst van 1 tot %1 incidenten zijn</translation>
    </message>
</context>
<context>
    <name>OfficialLane</name>
    <message>
        <source>Operational</source>
        <extracomment>A status of the official eHealth status page.</extracomment>
        <translation>Operationeel</translation>
    </message>
    <message>
        <source>Unknown status</source>
        <extracomment>A status of the official status page that this program does not know.</extracomment>
        <translation>Onbekende status</translation>
    </message>
    <message>
        <source>Degraded performance</source>
        <translation>Verminderde prestaties</translation>
    </message>
    <message>
        <source>Partial outage</source>
        <translation>Gedeeltelijke storing</translation>
    </message>
    <message>
        <source>Major outage</source>
        <translation>Grote storing</translation>
    </message>
    <message>
        <source>No record</source>
        <extracomment>The official status page&apos;s record says nothing of the service at that time.</extracomment>
        <translation>Geen gegevens</translation>
    </message>
    <message>
        <source>Official status:</source>
        <translation>Officiële status:</translation>
    </message>
    <message>
        <source>Official status: %1, %2 – %3</source>
        <extracomment>The official status page&apos;s status over a time: status, start – end.</extracomment>
        <translation>Officiële status: %1, %2 – %3</translation>
    </message>
</context>
<context>
    <name>OfficialMap</name>
    <message>
        <source>The component map is not JSON: %1 at byte %2.</source>
        <translation>De componententabel is geen JSON: %1 bij byte %2.</translation>
    </message>
    <message>
        <source>The component map needs an object with a &quot;components&quot; list.</source>
        <translation>De componententabel moet een object met een lijst &quot;components&quot; zijn.</translation>
    </message>
    <message>
        <source>%1: give exactly one of &quot;id&quot;, &quot;name&quot; and &quot;name_contains&quot;.</source>
        <translation>%1: geef precies één van &quot;id&quot;, &quot;name&quot; en &quot;name_contains&quot;.</translation>
    </message>
    <message>
        <source>%1.service: &quot;%2&quot; is not a service of the catalogue.</source>
        <translation>%1.service: &quot;%2&quot; is geen dienst van de catalogus.</translation>
    </message>
    <message>
        <source>Cannot read the component map %1: %2</source>
        <translation>Kan de componententabel %1 niet lezen: %2</translation>
    </message>
</context>
<context>
    <name>PostgresDialect</name>
    <message>
        <source>The PostgreSQL driver of Qt is missing (package libqt6sql6-psql): %1</source>
        <translation>Het PostgreSQL-stuurprogramma van Qt ontbreekt (pakket libqt6sql6-psql): %1</translation>
    </message>
    <message>
        <source>Cannot connect to the PostgreSQL database %1: %2</source>
        <translation>Kan geen verbinding maken met de PostgreSQL-database %1: %2</translation>
    </message>
    <message>
        <source>Cannot use the PostgreSQL database %1: %2</source>
        <translation>Kan de PostgreSQL-database %1 niet gebruiken: %2</translation>
    </message>
</context>
<context>
    <name>PrivacyGuard</name>
    <message>
        <source>contains what looks like a national register number; remove patient data</source>
        <translation>bevat iets dat op een rijksregisternummer lijkt; verwijder de patiëntgegevens</translation>
    </message>
</context>
<context>
    <name>ProvinceNames</name>
    <message>
        <source>No postcode</source>
        <translation>Geen postcode</translation>
    </message>
    <message>
        <source>Brussels-Capital</source>
        <translation>Brussels Hoofdstedelijk Gewest</translation>
    </message>
    <message>
        <source>Antwerp</source>
        <translation>Antwerpen</translation>
    </message>
    <message>
        <source>Flemish Brabant</source>
        <translation>Vlaams-Brabant</translation>
    </message>
    <message>
        <source>Limburg</source>
        <translation>Limburg</translation>
    </message>
    <message>
        <source>East Flanders</source>
        <translation>Oost-Vlaanderen</translation>
    </message>
    <message>
        <source>West Flanders</source>
        <translation>West-Vlaanderen</translation>
    </message>
    <message>
        <source>Walloon Brabant</source>
        <translation>Waals-Brabant</translation>
    </message>
    <message>
        <source>Hainaut</source>
        <translation>Henegouwen</translation>
    </message>
    <message>
        <source>Liège</source>
        <translation>Luik</translation>
    </message>
    <message>
        <source>Luxembourg</source>
        <translation>Luxemburg</translation>
    </message>
    <message>
        <source>Namur</source>
        <translation>Namen</translation>
    </message>
</context>
<context>
    <name>PublicPage</name>
    <message>
        <source>eHealth services: outages and notices</source>
        <translation>eHealth-diensten: storingen en berichten</translation>
    </message>
    <message>
        <source>Notice from the GBO</source>
        <translation>Bericht van de GBO</translation>
    </message>
    <message>
        <source>Notice from the GBO: %1</source>
        <translation>Bericht van de GBO: %1</translation>
    </message>
    <message>
        <source>%1: outage going on</source>
        <translation>%1: storing bezig</translation>
    </message>
    <message>
        <source>%1: outage, over</source>
        <translation>%1: storing, voorbij</translation>
    </message>
    <message>
        <source>Since %1 (%2 so far).</source>
        <translation>Sinds %1 (tot nu toe %2).</translation>
    </message>
    <message>
        <source>From %1 to %2 (%3).</source>
        <translation>Van %1 tot %2 (%3).</translation>
    </message>
    <message>
        <source>%1: no downtime</source>
        <translation>%1: geen onderbreking</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n minute(s) of downtime</source>
        <translation>
            <numerusform>%1: %n minuut onderbreking</numerusform>
            <numerusform>%1: %n minuten onderbreking</numerusform>
        </translation>
    </message>
    <message>
        <source>eHealth services: status</source>
        <translation>eHealth-diensten: status</translation>
    </message>
    <message>
        <source>Outages and notices (Atom)</source>
        <translation>Storingen en berichten (Atom)</translation>
    </message>
    <message>
        <source>What general practitioners report of the eHealth services they use, gathered by the GBO.</source>
        <translation>Wat huisartsen melden over de eHealth-diensten die ze gebruiken, verzameld door de GBO.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Updated %1.</source>
        <translation>Bijgewerkt op %1.</translation>
    </message>
    <message>
        <source>A service is marked as possibly failing or failing when more practices report it than usual at this time of the week; an outage is counted when several practices report it at the same time. Numbers of practices under 3 are never shown.</source>
        <translation>Een dienst wordt als mogelijk probleem of storing aangeduid wanneer meer praktijken hem melden dan gewoonlijk op dit moment van de week; een storing wordt geteld wanneer meerdere praktijken ze tegelijk melden. Aantallen praktijken onder 3 worden nooit getoond.</translation>
    </message>
    <message>
        <source>Atom feed</source>
        <translation>Atom-feed</translation>
    </message>
    <message>
        <source>The same in JSON</source>
        <translation>Dezelfde gegevens in JSON</translation>
    </message>
    <message>
        <source>Notices from the GBO</source>
        <translation>Berichten van de GBO</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Meer</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>sinds %1</translation>
    </message>
    <message numerus="yes">
        <source>%n practice(s) report it</source>
        <translation>
            <numerusform>%n praktijk meldt het</numerusform>
            <numerusform>%n praktijken melden het</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The last %n day(s)</source>
        <translation>
            <numerusform>De laatste dag</numerusform>
            <numerusform>De laatste %n dagen</numerusform>
        </translation>
    </message>
    <message>
        <source>no downtime</source>
        <translation>geen onderbreking</translation>
    </message>
    <message numerus="yes">
        <source>up to %n minute(s)</source>
        <translation>
            <numerusform>tot %n minuut</numerusform>
            <numerusform>tot %n minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>more than %n minute(s)</source>
        <translation>
            <numerusform>meer dan %n minuut</numerusform>
            <numerusform>meer dan %n minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Outages of the last %n day(s)</source>
        <translation>
            <numerusform>Storingen van de laatste dag</numerusform>
            <numerusform>Storingen van de laatste %n dagen</numerusform>
        </translation>
    </message>
    <message>
        <source>No outage in this period.</source>
        <translation>Geen storing in deze periode.</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Begin</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Einde</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duur</translation>
    </message>
    <message>
        <source>going on</source>
        <translation>bezig</translation>
    </message>
    <message>
        <source>Operational</source>
        <translation>Operationeel</translation>
    </message>
    <message>
        <source>Possible problem</source>
        <translation>Mogelijk probleem</translation>
    </message>
    <message>
        <source>Outage</source>
        <translation>Storing</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 u %2 min</translation>
    </message>
</context>
<context>
    <name>ReportCodec</name>
    <message>
        <source>is required</source>
        <translation>is verplicht</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>moet een tekenreeks zijn</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>moet een geheel getal zijn</translation>
    </message>
    <message>
        <source>must be a UUID version 4</source>
        <translation>moet een UUID versie 4 zijn</translation>
    </message>
    <message>
        <source>must be an RFC 3339 time such as 2024-01-15T07:05:00Z</source>
        <translation>moet een RFC 3339-tijd zijn, zoals 2024-01-15T07:05:00Z</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>moet een object zijn</translation>
    </message>
    <message>
        <source>must be an array of strings</source>
        <translation>moet een array van tekenreeksen zijn</translation>
    </message>
    <message>
        <source>must be 1 or more</source>
        <translation>moet 1 of meer zijn</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>moet true of false zijn</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>Saves a report about a failing eHealth service and delivers it to the collection server. Reports that cannot be delivered now are kept and sent later.</source>
        <translation>Bewaart een melding over een eHealth-dienst in storing en bezorgt ze aan de verzamelserver. Meldingen die nu niet bezorgd kunnen worden, worden bewaard en later verstuurd.</translation>
    </message>
    <message>
        <source>The failing service, one of: %1.</source>
        <translation>De dienst in storing, een van: %1.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>What went wrong (repeat for several): %1.</source>
        <translation>Wat er misliep (herhaal voor meerdere): %1.</translation>
    </message>
    <message>
        <source>SYMPTOM</source>
        <translation>SYMPTOOM</translation>
    </message>
    <message>
        <source>Minutes since the problem began (default 0).</source>
        <translation>Aantal minuten sinds het probleem begon (standaard 0).</translation>
    </message>
    <message>
        <source>MINUTES</source>
        <translation>MINUTEN</translation>
    </message>
    <message>
        <source>The error message or code the software showed.</source>
        <translation>De foutmelding of foutcode die de software toonde.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEKST</translation>
    </message>
    <message>
        <source>A comment (no patient data).</source>
        <translation>Een opmerking (geen patiëntgegevens).</translation>
    </message>
    <message>
        <source>The collection server, for this run only.</source>
        <translation>De verzamelserver, alleen voor deze uitvoering.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Keep settings and reports in this folder.</source>
        <translation>Instellingen en meldingen in deze map bewaren.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>MAP</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Deze hulp tonen.</translation>
    </message>
    <message>
        <source>Save and deliver a report.</source>
        <translation>Een melding bewaren en bezorgen.</translation>
    </message>
    <message>
        <source>Unexpected arguments: %1</source>
        <translation>Onverwachte argumenten: %1</translation>
    </message>
    <message>
        <source>--service is required (one of: %1)</source>
        <translation>--service is verplicht (een van: %1)</translation>
    </message>
    <message>
        <source>--since must be a number of minutes between 0 and %1</source>
        <translation>--since moet een aantal minuten tussen 0 en %1 zijn</translation>
    </message>
    <message>
        <source>The report was not saved:</source>
        <translation>De melding werd niet bewaard:</translation>
    </message>
    <message>
        <source>Report %1 saved; it will be delivered when the server can be reached (%2).</source>
        <translation>Melding %1 bewaard; ze wordt bezorgd zodra de server bereikbaar is (%2).</translation>
    </message>
    <message>
        <source>Report %1 saved, but the server refused it: %2</source>
        <translation>Melding %1 bewaard, maar de server heeft ze geweigerd: %2</translation>
    </message>
    <message>
        <source>Report %1 saved and delivered.</source>
        <translation>Melding %1 bewaard en bezorgd.</translation>
    </message>
    <message>
        <source>Report %1 saved. No collection server is set, so it waits on this computer until one is set (Settings, or --server).</source>
        <translation>Melding %1 bewaard. Er is geen verzamelserver ingesteld: ze blijft op deze computer tot er een is ingesteld (Instellingen, of --server).</translation>
    </message>
</context>
<context>
    <name>ReportListHandler</name>
    <message>
        <source>must be a whole number from 1 to %1</source>
        <translation>moet een geheel getal van 1 tot %1 zijn</translation>
    </message>
    <message>
        <source>is not a cursor this server gave (use next_cursor as it is)</source>
        <translation>is geen cursor die deze server gaf (gebruik next_cursor ongewijzigd)</translation>
    </message>
    <message>
        <source>The query has invalid parameters.</source>
        <translation>De query bevat ongeldige parameters.</translation>
    </message>
    <message>
        <source>The reports cannot be read now; try again later.</source>
        <translation>De meldingen kunnen nu niet gelezen worden; probeer het later opnieuw.</translation>
    </message>
</context>
<context>
    <name>ReportPutHandler</name>
    <message>
        <source>The report could not be stored now; send it again later.</source>
        <translation>De melding kon nu niet worden opgeslagen; verstuur ze later opnieuw.</translation>
    </message>
    <message>
        <source>The server already has revision %1 of this report, newer than revision %2.</source>
        <translation>De server heeft al revisie %1 van deze melding, die nieuwer is dan revisie %2.</translation>
    </message>
    <message>
        <source>This report id belongs to another installation.</source>
        <translation>Deze melding-id hoort bij een andere installatie.</translation>
    </message>
</context>
<context>
    <name>ReportRequest</name>
    <message>
        <source>The report is larger than %1 bytes.</source>
        <translation>De melding is groter dan %1 bytes.</translation>
    </message>
    <message>
        <source>Reports are addressed as /api/v1/reports/{id} with a UUID version 4 id.</source>
        <translation>Meldingen hebben als adres /api/v1/reports/{id}, met een id in UUID versie 4.</translation>
    </message>
    <message>
        <source>Send the report as application/json.</source>
        <translation>Verstuur de melding als application/json.</translation>
    </message>
    <message>
        <source>The body is not valid JSON: %1 at byte %2.</source>
        <translation>De body is geen geldige JSON: %1 bij byte %2.</translation>
    </message>
    <message>
        <source>The body must be a JSON object.</source>
        <translation>De body moet een JSON-object zijn.</translation>
    </message>
    <message>
        <source>The report has invalid fields.</source>
        <translation>De melding bevat ongeldige velden.</translation>
    </message>
    <message>
        <source>does not match the id in the URL</source>
        <translation>komt niet overeen met de id in de URL</translation>
    </message>
</context>
<context>
    <name>ReportStore</name>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Kan de map %1 niet aanmaken</translation>
    </message>
    <message>
        <source>Cannot open the report database %1: %2</source>
        <translation>Kan de meldingendatabase %1 niet openen: %2</translation>
    </message>
    <message>
        <source>Cannot configure the report database %1: %2</source>
        <translation>Kan de meldingendatabase %1 niet configureren: %2</translation>
    </message>
    <message>
        <source>The report database was written by a newer version of eHealth Bugs (schema %1, this version knows %2)</source>
        <translation>De meldingendatabase werd geschreven door een nieuwere versie van eHealth Bugs (schema %1, deze versie kent %2)</translation>
    </message>
    <message>
        <source>Cannot upgrade the report database to schema %1: %2</source>
        <translation>Kan de meldingendatabase niet bijwerken naar schema %1: %2</translation>
    </message>
    <message>
        <source>The report could not be saved: %1</source>
        <translation>De melding kon niet worden bewaard: %1</translation>
    </message>
    <message>
        <source>This report is not in the local database</source>
        <translation>Deze melding staat niet in de lokale database</translation>
    </message>
    <message>
        <source>This report is already marked as resolved</source>
        <translation>Deze melding is al als opgelost gemarkeerd</translation>
    </message>
    <message>
        <source>The delivery state could not be saved: %1</source>
        <translation>De verzendstatus kon niet worden bewaard: %1</translation>
    </message>
</context>
<context>
    <name>ReportValidator</name>
    <message>
        <source>contains control characters</source>
        <translation>bevat stuurtekens</translation>
    </message>
    <message>
        <source>must be a UUID version 4</source>
        <translation>moet een UUID versie 4 zijn</translation>
    </message>
    <message>
        <source>must be 1 or more</source>
        <translation>moet 1 of meer zijn</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>is verplicht</translation>
    </message>
    <message>
        <source>is not a known service</source>
        <translation>is geen bekende dienst</translation>
    </message>
    <message>
        <source>is in the future</source>
        <translation>ligt in de toekomst</translation>
    </message>
    <message>
        <source>is after the time of the report</source>
        <translation>ligt na het tijdstip van de melding</translation>
    </message>
    <message>
        <source>is more than 7 days before the time of the report</source>
        <translation>ligt meer dan 7 dagen vóór het tijdstip van de melding</translation>
    </message>
    <message>
        <source>is before the start</source>
        <translation>ligt vóór het begin</translation>
    </message>
    <message>
        <source>needs at least one symptom</source>
        <translation>vereist minstens één symptoom</translation>
    </message>
    <message>
        <source>is not a known symptom</source>
        <translation>is geen bekend symptoom</translation>
    </message>
    <message>
        <source>is listed twice</source>
        <translation>staat er twee keer in</translation>
    </message>
    <message>
        <source>must be between 0 and %1</source>
        <translation>moet tussen 0 en %1 liggen</translation>
    </message>
    <message>
        <source>must be one of: %1</source>
        <translation>moet een van deze waarden zijn: %1</translation>
    </message>
    <message>
        <source>must be a Belgian postcode between 1000 and 9999</source>
        <translation>moet een Belgische postcode tussen 1000 en 9999 zijn</translation>
    </message>
    <message>
        <source>contains invalid characters</source>
        <translation>bevat ongeldige tekens</translation>
    </message>
    <message>
        <source>is before the year 2000</source>
        <translation>ligt vóór het jaar 2000</translation>
    </message>
    <message numerus="yes">
        <source>is longer than %Ln characters</source>
        <translation>
            <numerusform>is langer dan %Ln teken</numerusform>
            <numerusform>is langer dan %Ln tekens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>has more than %Ln symptoms</source>
        <translation>
            <numerusform>heeft meer dan %Ln symptoom</numerusform>
            <numerusform>heeft meer dan %Ln symptomen</numerusform>
        </translation>
    </message>
    <message>
        <source>is after the end</source>
        <translation>ligt na het einde</translation>
    </message>
    <message>
        <source>is only for a report with an end</source>
        <translation>is alleen toegelaten voor een melding met een einde</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>The server is stopping.</source>
        <translation>De server wordt gestopt.</translation>
    </message>
</context>
<context>
    <name>RequestGuard</name>
    <message>
        <source>Too many requests; try again in a moment.</source>
        <translation>Te veel verzoeken; probeer het zo meteen opnieuw.</translation>
    </message>
</context>
<context>
    <name>RollupDeltas</name>
    <message>
        <source>The database returned an unknown member row.</source>
        <translation>De database gaf een onbekende lidrij terug.</translation>
    </message>
    <message>
        <source>The database returned %1 member rows for %2.</source>
        <translation>De database gaf %1 lidrijen terug voor %2.</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>%1: enter a web address starting with https://, such as https://bugs.example.be</source>
        <translation>%1: geef een webadres op dat met https:// begint, bijvoorbeeld https://bugs.example.be</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; starts with http://, which is only allowed for this computer (localhost, 127.0.0.1, ::1). Use https:// so that reports cross the network encrypted.</source>
        <translation>%1: &quot;%2&quot; begint met http://, wat alleen voor deze computer is toegestaan (localhost, 127.0.0.1, ::1). Gebruik https://, zodat meldingen versleuteld over het netwerk gaan.</translation>
    </message>
</context>
<context>
    <name>ServerCommand</name>
    <message>
        <source>Try &quot;ehealthbugs-server --help&quot;.</source>
        <translation>Probeer &quot;ehealthbugs-server --help&quot;.</translation>
    </message>
    <message>
        <source>The database %1 is at schema version %2.</source>
        <translation>De database %1 heeft schemaversie %2.</translation>
    </message>
    <message>
        <source>Token %1 created. Keep it now: it cannot be shown again.</source>
        <translation>Token %1 aangemaakt. Bewaar het nu: het kan niet opnieuw getoond worden.</translation>
    </message>
    <message>
        <source>There is no token named %1.</source>
        <translation>Er is geen token met de naam %1.</translation>
    </message>
    <message>
        <source>Token %1 revoked.</source>
        <translation>Token %1 ingetrokken.</translation>
    </message>
    <message>
        <source>--official-map: %1</source>
        <translation>--official-map: %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan %1 niet lezen: %2</translation>
    </message>
    <message>
        <source>%1: nothing imported: %2</source>
        <translation>%1: niets geïmporteerd: %2</translation>
    </message>
    <message>
        <source>Official incidents imported: %1.</source>
        <translation>Officiële incidenten geïmporteerd: %1.</translation>
    </message>
</context>
<context>
    <name>ServerOptions</name>
    <message>
        <source>--listen needs ADDRESS:PORT, such as 127.0.0.1:8080, not &quot;%1&quot;.</source>
        <translation>--listen verwacht ADRES:POORT, zoals 127.0.0.1:8080, niet &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--listen has an invalid port &quot;%1&quot;; use 0 to 65535.</source>
        <translation>--listen heeft een ongeldige poort &quot;%1&quot;; gebruik 0 tot 65535.</translation>
    </message>
    <message>
        <source>--listen has an invalid IP address &quot;%1&quot;.</source>
        <translation>--listen heeft een ongeldig IP-adres &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Onverwacht argument &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unknown option &quot;%1&quot;.</source>
        <translation>Onbekende optie &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The option %1 needs a value.</source>
        <translation>De optie %1 vereist een waarde.</translation>
    </message>
    <message>
        <source>--max-body must be a number of bytes between 1 and %1.</source>
        <translation>--max-body moet een aantal bytes tussen 1 en %1 zijn.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Geen opdracht opgegeven.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Onbekende opdracht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 needs an IP address or ADDRESS/BITS, not &quot;%2&quot;.</source>
        <translation>%1 vereist een IP-adres of ADRES/BITS, niet &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 must be a number of bytes from %2 to %3, not &quot;%4&quot;.</source>
        <translation>%1 moet een aantal bytes van %2 tot %3 zijn, niet &quot;%4&quot;.</translation>
    </message>
    <message>
        <source>%1 must be a number of seconds from %2 to %3, not &quot;%4&quot;.</source>
        <translation>%1 moet een aantal seconden van %2 tot %3 zijn, niet &quot;%4&quot;.</translation>
    </message>
    <message>
        <source>%1 must be a number of connections from %2 to %3, not &quot;%4&quot;.</source>
        <translation>%1 moet een aantal verbindingen van %2 tot %3 zijn, niet &quot;%4&quot;.</translation>
    </message>
    <message>
        <source>%1 needs BURST/PER_SECOND, such as 60/1 or 10/0.5, each above 0 and at most 1000000, or off; not &quot;%2&quot;.</source>
        <translation>%1 vereist BURST/PER_SECONDE, zoals 60/1 of 10/0.5, elk groter dan 0 en hoogstens 1000000, of off; niet &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>--threads must be a number from 1 to %1.</source>
        <translation>--threads moet een getal van 1 tot %1 zijn.</translation>
    </message>
    <message>
        <source>--stats-zone needs a time zone such as Europe/Brussels, not &quot;%1&quot;.</source>
        <translation>--stats-zone vereist een tijdzone zoals Europe/Brussels, niet &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The option %1 does not apply to %2.</source>
        <translation>De optie %1 geldt niet voor %2.</translation>
    </message>
    <message>
        <source>Use &quot;token create NAME&quot;, &quot;token list&quot; or &quot;token revoke NAME&quot;.</source>
        <translation>Gebruik &quot;token create NAAM&quot;, &quot;token list&quot; of &quot;token revoke NAAM&quot;.</translation>
    </message>
    <message>
        <source>&quot;token %1&quot; needs one NAME.</source>
        <translation>&quot;token %1&quot; vereist één NAAM.</translation>
    </message>
    <message>
        <source>&quot;token list&quot; takes no NAME.</source>
        <translation>&quot;token list&quot; neemt geen NAAM.</translation>
    </message>
    <message>
        <source>--sla-target must be a number between 0 and 1, such as 0.999, not &quot;%1&quot;.</source>
        <translation>--sla-target moet een getal tussen 0 en 1 zijn, zoals 0.999, niet &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 needs a date YYYY-MM-DD, such as 2025-07-11, or a comma list of them; not &quot;%2&quot;.</source>
        <translation>%1 vereist een datum JJJJ-MM-DD, zoals 2025-07-11, of een lijst ervan met komma&apos;s; niet &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 must be an amount in euros above 0 and at most %2, such as 60 or 62.50, not &quot;%3&quot;.</source>
        <translation>%1 moet een bedrag in euro zijn boven 0 en hoogstens %2, zoals 60 of 62.50, niet &quot;%3&quot;.</translation>
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
Impactcijfers (alleen serve):
  --impact-hourly-value EUR
                         Waarde van een uur tijd van een huisarts in euro, zoals
                         60; GET /api/v1/stats/impact geeft dan ook de verloren
                         tijd in geld (standaard: geen, geen geldwaarde)
</translation>
    </message>
    <message>
        <source>%1 needs an http or https URL, such as https://status.ehealth.fgov.be/nl/api/components/prod, or off; not &quot;%2&quot;.</source>
        <translation>%1 verwacht een http- of https-URL, zoals https://status.ehealth.fgov.be/nl/api/components/prod, of off; niet &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Use &quot;official import FILE&quot;.</source>
        <translation>Gebruik &quot;official import BESTAND&quot;.</translation>
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
De officiële statuspagina (alleen serve):
  --official-status URL|off
                         De componentenfeed van de officiële eHealth-
                         statuspagina lezen, zoals
                         https://status.ehealth.fgov.be/nl/api/components/prod,
                         en elke statuswijziging vastleggen (standaard off)
  --official-interval SECONDEN
                         Hoe vaak hij gelezen wordt (standaard %1)
  --official-map BESTAND Welke van onze diensten elke officiële component is
                         (standaard: de ingebouwde tabel)
  official import BESTAND
                         Opdracht: officiële incidenten importeren uit een
                         CSV-bestand (service,start,end,status,source), alle of geen
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
Zelfbescherming (alleen serve; antwoorden zijn JSON-fouten):
  --max-url-bytes BYTES  Langste request-regel (standaard %1; anders 414)
  --max-header-bytes BYTES
                         Grootste headerblok (standaard %2; anders 431)
  --idle-timeout SECONDEN
                         Een keep-alive-verbinding sluiten die zo lang inactief
                         is (standaard %3)
  --head-timeout SECONDEN
                         De request-regel en de headers moeten zo lang na de
                         eerste byte van het request binnen zijn, of na het
                         verbinden (standaard %4; anders 408)
  --request-timeout SECONDEN
                         Een request moet zo lang na zijn eerste byte volledig
                         binnen zijn (standaard %5; anders 408)
  --max-connections N    Hoogstens zoveel open verbindingen (standaard %6;
                         anders 503)
  --max-connections-per-address N
                         Open verbindingen per clientadres (een IPv6-/64 telt
                         als één; standaard %7; daarboven gesloten zonder
                         antwoord); 0 schakelt de limiet uit. Een vertrouwde
                         proxy is uitgezonderd: zijn clients tellen volgens
                         X-Forwarded-For zolang hun request loopt (anders 503)
  --rate-installation BURST/PER_SECONDE
                         Meldingen per installatie (standaard %8; anders 429);
                         off schakelt de limiet uit
  --rate-address BURST/PER_SECONDE
                         Verzoeken per clientadres (een IPv6-/64 telt als
                         één; standaard %9; anders 429); off schakelt de
                         limiet uit
  --trusted-proxy ADRES[/BITS]
                         Een proxy waarvan X-Forwarded-For de client noemt;
                         herhaal de optie of geef een lijst met komma&apos;s
                         (standaard: geen)
Clientadressen dienen alleen in het geheugen als sleutel voor de
snelheidslimiet en de telling van verbindingen; ze worden nooit opgeslagen of
gelogd.
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
        <translation>Gebruik: ehealthbugs-server &lt;opdracht&gt; [opties]

Verzamelt meldingen van eHealth-storingen uit het desktopprogramma eHealth Bugs.

Opdrachten:
  serve               De HTTP-API beantwoorden (migreert eerst de database)
  migrate             Het databaseschema bijwerken en dan afsluiten
  token create NAAM   Een personeelstoken aanmaken; het wordt eenmaal getoond,
                      op stdout
  token list          De namen en datums van de personeelstokens tonen
  token revoke NAAM   Een personeelstoken intrekken

Opties:
  --listen ADRES:POORT   Luisteradres (standaard 127.0.0.1:%1; poort 0 kiest
                         een vrije poort). Alleen serve.
  --database URL         sqlite:PAD (standaard: %2) of
                         postgresql://GEBRUIKER@HOST:POORT/DATABASE
  --max-body BYTES       Grootste aanvaarde request body (standaard %3). Alleen
                         serve.
  --threads N            HTTP-werkthreads (standaard %4). Alleen serve.
  --stats-zone ZONE      Dagelijkse, wekelijkse en maandelijkse statistieken
                         bijhouden in deze tijdzone (herhaalbaar; standaard
                         Europe/Brussels).
  --sla-target FRACTIE   Beschikbaarheid die elke dienst moet halen, zoals 0.999
                         voor 99,9% (standaard %5). Alleen serve.
  --holiday JJJJ-MM-DD   Een extra dag zonder werkuren (een regionale
                         feestdag, een sluiting), naast de Belgische wettelijke
                         feestdagen; herhaalbaar of een lijst met komma&apos;s.
                         Alleen serve.
  --version              De versie tonen en afsluiten
  -h, --help             Deze hulp tonen en afsluiten
</translation>
    </message>
    <message>
        <source>%1 needs a version of dotted numbers, such as 1.4.2, not &quot;%2&quot;.</source>
        <translation>%1 vraagt een versie in getallen met punten, zoals 1.4.2, niet &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 needs an https URL, such as https://www.example.be/ehealthbugs/download (http only to this computer); not &quot;%2&quot;.</source>
        <translation>%1 vraagt een https-URL, zoals https://www.example.be/ehealthbugs/download (http alleen naar deze computer); niet &quot;%2&quot;.</translation>
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
Updates van de toepassing (alleen serve; GET /api/v1/client geeft ze):
  --client-latest VERSIE
                         De huidige versie van de toepassing, zoals 1.4.2; oudere
                         toepassingen tonen een melding (standaard: geen)
  --client-download URL  Waar ze te krijgen is, een https-adres (standaard: geen)
</translation>
    </message>
    <message>
        <source>%1 must be on or off, not &quot;%2&quot;.</source>
        <translation>%1 moet on of off zijn, niet &quot;%2&quot;.</translation>
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
Publieke statuspagina (alleen serve; GET /, /feed.atom, /badge/DIENST.svg en
GET /api/v1/status, voor iedereen):
  --public-page on|off   Ze aanbieden (standaard on; off: 404)
  --public-cache SECONDEN
                         Hoe lang ze uit het geheugen worden beantwoord voor de
                         database opnieuw wordt gelezen (standaard %1)
</translation>
    </message>
</context>
<context>
    <name>ServiceCatalogue</name>
    <message>
        <source>The service catalogue is not valid JSON: %1</source>
        <translation>De dienstencatalogus is geen geldige JSON: %1</translation>
    </message>
    <message>
        <source>The service catalogue has an incomplete entry: %1</source>
        <translation>De dienstencatalogus bevat een onvolledig item: %1</translation>
    </message>
    <message>
        <source>The service catalogue lists %1 twice</source>
        <translation>De dienstencatalogus vermeldt %1 twee keer</translation>
    </message>
    <message>
        <source>The service catalogue is empty</source>
        <translation>De dienstencatalogus is leeg</translation>
    </message>
    <message>
        <source>eHealth platform</source>
        <translation>eHealth-platform</translation>
    </message>
    <message>
        <source>MyCareNet (mutualities)</source>
        <translation>MyCareNet (ziekenfondsen)</translation>
    </message>
    <message>
        <source>Regional hubs</source>
        <translation>Regionale hubs</translation>
    </message>
    <message>
        <source>My practice</source>
        <translation>Mijn praktijk</translation>
    </message>
</context>
<context>
    <name>SoftwareNames</name>
    <message>
        <source>The software name %1 is missing.</source>
        <translation>De softwarenaam %1 ontbreekt.</translation>
    </message>
    <message>
        <source>Cannot read the software names: %1</source>
        <translation>Kan de softwarenamen niet lezen: %1</translation>
    </message>
</context>
<context>
    <name>SqlMigrator</name>
    <message>
        <source>Cannot create the migrations table: %1</source>
        <translation>Kan de migratietabel niet aanmaken: %1</translation>
    </message>
    <message>
        <source>Cannot read the schema version: %1</source>
        <translation>Kan de schemaversie niet lezen: %1</translation>
    </message>
    <message>
        <source>The database has schema version %1, newer than this program knows (%2). Use a newer ehealthbugs-server.</source>
        <translation>De database heeft schemaversie %1, nieuwer dan dit programma kent (%2). Gebruik een nieuwere ehealthbugs-server.</translation>
    </message>
    <message>
        <source>Cannot start migration %1: %2</source>
        <translation>Kan migratie %1 niet starten: %2</translation>
    </message>
    <message>
        <source>Cannot apply migration %1: %2</source>
        <translation>Kan migratie %1 niet toepassen: %2</translation>
    </message>
</context>
<context>
    <name>SqlReportRepository</name>
    <message>
        <source>The database %1 is not open.</source>
        <translation>De database %1 is niet geopend.</translation>
    </message>
    <message>
        <source>Cannot read the rollup zones: %1</source>
        <translation>Kan de tijdzones van de statistieken niet lezen: %1</translation>
    </message>
    <message>
        <source>Cannot fill the statistics of %1: %2</source>
        <translation>Kan de statistieken van %1 niet vullen: %2</translation>
    </message>
    <message>
        <source>unknown time zone</source>
        <translation>onbekende tijdzone</translation>
    </message>
    <message>
        <source>Cannot store the reports in %1: %2</source>
        <translation>Kan de meldingen niet opslaan in %1: %2</translation>
    </message>
    <message>
        <source>Cannot count the reports: %1</source>
        <translation>Kan de meldingen niet tellen: %1</translation>
    </message>
    <message>
        <source>Cannot read the report: %1</source>
        <translation>Kan de melding niet lezen: %1</translation>
    </message>
    <message>
        <source>Cannot read the reports: %1</source>
        <translation>Kan de meldingen niet lezen: %1</translation>
    </message>
    <message>
        <source>The database does not answer: %1</source>
        <translation>De database antwoordt niet: %1</translation>
    </message>
    <message>
        <source>Cannot read the statistics: %1</source>
        <translation>Kan de statistieken niet lezen: %1</translation>
    </message>
    <message>
        <source>Cannot read the staff tokens: %1</source>
        <translation>Kan de personeelstokens niet lezen: %1</translation>
    </message>
    <message>
        <source>A token named %1 exists already; revoke it first.</source>
        <translation>Er bestaat al een token met de naam %1; trek het eerst in.</translation>
    </message>
    <message>
        <source>Cannot store the token: %1</source>
        <translation>Kan het token niet opslaan: %1</translation>
    </message>
    <message>
        <source>Cannot revoke the token: %1</source>
        <translation>Kan het token niet intrekken: %1</translation>
    </message>
    <message>
        <source>Cannot read the software names: %1</source>
        <translation>Kan de namen van de software niet lezen: %1</translation>
    </message>
    <message>
        <source>Cannot copy the write-ahead log into %1: %2</source>
        <translation>Kan het write-ahead-logboek niet naar %1 overzetten: %2</translation>
    </message>
    <message>
        <source>Cannot record the official status: %1</source>
        <translation>Kan de officiële status niet vastleggen: %1</translation>
    </message>
    <message>
        <source>Cannot read the official status changes: %1</source>
        <translation>Kan de wijzigingen van de officiële status niet lezen: %1</translation>
    </message>
    <message>
        <source>Cannot store the official incidents: %1</source>
        <translation>Kan de officiële incidenten niet opslaan: %1</translation>
    </message>
    <message>
        <source>Cannot read the official incidents: %1</source>
        <translation>Kan de officiële incidenten niet lezen: %1</translation>
    </message>
    <message>
        <source>Cannot store the notice: %1</source>
        <translation>Kan het bericht niet opslaan: %1</translation>
    </message>
    <message>
        <source>Cannot read the notices: %1</source>
        <translation>Kan de berichten niet lezen: %1</translation>
    </message>
    <message>
        <source>Cannot withdraw the notice: %1</source>
        <translation>Kan het bericht niet intrekken: %1</translation>
    </message>
</context>
<context>
    <name>SqlStatementCache</name>
    <message>
        <source>A statement has more than %1 values.</source>
        <translation>Een opdracht bevat meer dan %1 waarden.</translation>
    </message>
</context>
<context>
    <name>SqliteDialect</name>
    <message>
        <source>Cannot create the folder %1 for the database.</source>
        <translation>Kan de map %1 voor de database niet aanmaken.</translation>
    </message>
    <message>
        <source>The SQLite driver of Qt is missing (package libqt6sql6-sqlite): %1</source>
        <translation>Het SQLite-stuurprogramma van Qt ontbreekt (pakket libqt6sql6-sqlite): %1</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Kan de database %1 niet openen: %2</translation>
    </message>
    <message>
        <source>WAL journal mode refused</source>
        <translation>WAL-journaalmodus geweigerd</translation>
    </message>
    <message>
        <source>Cannot use the database %1: %2</source>
        <translation>Kan de database %1 niet gebruiken: %2</translation>
    </message>
</context>
<context>
    <name>StaffTokens</name>
    <message>
        <source>A token name has 1 to 64 letters, digits, dots, dashes or underscores: &quot;%1&quot; does not.</source>
        <translation>Een tokennaam bestaat uit 1 tot 64 letters, cijfers, punten, streepjes of underscores: &quot;%1&quot; niet.</translation>
    </message>
</context>
<context>
    <name>StatsHandler</name>
    <message>
        <source>The query has invalid parameters.</source>
        <translation>De query bevat ongeldige parameters.</translation>
    </message>
    <message>
        <source>The statistics cannot be read now; try again later.</source>
        <translation>De statistieken kunnen nu niet gelezen worden; probeer het later opnieuw.</translation>
    </message>
    <message>
        <source>has offsets that are not whole hours; hourly statistics need whole-hour offsets</source>
        <translation>heeft verschuivingen die geen hele uren zijn; statistieken per uur vereisen verschuivingen in hele uren</translation>
    </message>
    <message>
        <source>has no daily, weekly or monthly statistics on this server; they are kept for: %1</source>
        <translation>heeft geen dagelijkse, wekelijkse of maandelijkse statistieken op deze server; die worden bijgehouden voor: %1</translation>
    </message>
    <message>
        <source>gives more than %1 buckets for this period; choose a larger bucket or a shorter period</source>
        <translation>geeft meer dan %1 intervallen voor deze periode; kies een groter interval of een kortere periode</translation>
    </message>
</context>
<context>
    <name>StatsJson</name>
    <message>
        <source>The server&apos;s answer is not what this program expects (at &quot;%1&quot;). The server may be of another version.</source>
        <translation>Het antwoord van de server is niet wat dit programma verwacht (bij &quot;%1&quot;). Mogelijk heeft de server een andere versie.</translation>
    </message>
</context>
<context>
    <name>StatsParameters</name>
    <message>
        <source>is not a known time zone (e.g. Europe/Brussels)</source>
        <translation>is geen bekende tijdzone (bv. Europe/Brussels)</translation>
    </message>
    <message>
        <source>is required: a date (YYYY-MM-DD) or an RFC 3339 time</source>
        <translation>is verplicht: een datum (JJJJ-MM-DD) of een RFC 3339-tijd</translation>
    </message>
    <message>
        <source>must be a date (YYYY-MM-DD) or an RFC 3339 time with an offset, not &quot;%1&quot;</source>
        <translation>moet een datum (JJJJ-MM-DD) of een RFC 3339-tijd met verschuiving zijn, niet &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must be after from</source>
        <translation>moet na from liggen</translation>
    </message>
    <message>
        <source>is not a service of the catalogue</source>
        <translation>is geen dienst uit de catalogus</translation>
    </message>
    <message>
        <source>must be hour, day, week or month</source>
        <translation>moet hour, day, week of month zijn</translation>
    </message>
</context>
<context>
    <name>ehb::AnalysisFilters</name>
    <message>
        <source>Last 7 days</source>
        <translation>Laatste 7 dagen</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Vorige maand</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Dit jaar</translation>
    </message>
    <message>
        <source>Custom period</source>
        <translation>Zelf gekozen periode</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>&amp;Van:</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Eerste dag</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Tot:</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Laatste dag</translation>
    </message>
    <message>
        <source>Ser&amp;vice:</source>
        <translation>&amp;Dienst:</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>Alle diensten</translation>
    </message>
    <message>
        <source>&amp;Bars per:</source>
        <translation>&amp;Staven per:</translation>
    </message>
    <message>
        <source>Bars per</source>
        <translation>Staven per</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <source>R&amp;efresh</source>
        <translation>V&amp;ernieuwen</translation>
    </message>
    <message>
        <source>Refresh the analysis</source>
        <translation>De analyse vernieuwen</translation>
    </message>
    <message>
        <source>Ask the server again (F5)</source>
        <translation>De server opnieuw bevragen (F5)</translation>
    </message>
    <message>
        <source>Monthly &amp;PDF report…</source>
        <translation>Maandrapport (&amp;pdf)…</translation>
    </message>
    <message>
        <source>Save a monthly PDF report</source>
        <translation>Een maandrapport in pdf bewaren</translation>
    </message>
</context>
<context>
    <name>ehb::AnalysisView</name>
    <message>
        <source>&amp;Analysis</source>
        <translation>&amp;Analyse</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <source>Loading progress</source>
        <translation>Voortgang van het laden</translation>
    </message>
    <message>
        <source>Analysis status</source>
        <translation>Status van de analyse</translation>
    </message>
    <message>
        <source>Problems loading the analysis</source>
        <translation>Problemen bij het laden van de analyse</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <extracomment>A period: first day – last day (or the time it ends).</extracomment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Set the staff token in Settings to see the analysis.</source>
        <translation>Stel het personeelstoken in bij Instellingen om de analyse te zien.</translation>
    </message>
    <message>
        <source>Loading %1… (%2 of %3 answers)</source>
        <translation>%1 wordt geladen… (%2 van %3 antwoorden)</translation>
    </message>
    <message>
        <source>%1, as of %2.</source>
        <translation>%1, bijgewerkt om %2.</translation>
    </message>
    <message>
        <source>Not loaded yet.</source>
        <translation>Nog niet geladen.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln report(s)</source>
        <translation>
            <numerusform>%Ln melding</numerusform>
            <numerusform>%Ln meldingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n outage episode(s)</source>
        <translation>
            <numerusform>%n storingsepisode</numerusform>
            <numerusform>%n storingsepisodes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of downtime in all</source>
        <translation>%1 onbeschikbaarheid in totaal</translation>
    </message>
    <message>
        <source>%1 of %2 services below the SLA target of %3</source>
        <translation>%1 van %2 diensten onder de servicenorm van %3</translation>
    </message>
    <message>
        <source>Save “%1” as an image</source>
        <translation>“%1” als afbeelding bewaren</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-afbeeldingen (*.png)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 bewaard.</translation>
    </message>
    <message>
        <source>Save the data of “%1”</source>
        <translation>De gegevens van “%1” bewaren</translation>
    </message>
    <message>
        <source>CSV files for spreadsheets (*.csv)</source>
        <translation>CSV-bestanden voor rekenbladen (*.csv)</translation>
    </message>
    <message>
        <source>%1 (so far)</source>
        <translation>%1 (tot nu toe)</translation>
    </message>
    <message>
        <source>Monthly PDF report</source>
        <translation>Maandrapport in pdf</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Maand:</translation>
    </message>
    <message>
        <source>Save the monthly report</source>
        <translation>Het maandrapport bewaren</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Pdf-documenten (*.pdf)</translation>
    </message>
    <message>
        <source>Making the monthly report of %1…</source>
        <translation>Het maandrapport van %1 wordt gemaakt…</translation>
    </message>
</context>
<context>
    <name>ehb::AvailabilityModel</name>
    <message>
        <source>✓ Met</source>
        <extracomment>The SLA target was met (✓) or not (✗) for this service.</extracomment>
        <translation>✓ Gehaald</translation>
    </message>
    <message>
        <source>✗ Not met</source>
        <translation>✗ Niet gehaald</translation>
    </message>
    <message>
        <source>Availability %1 against the target of %2</source>
        <translation>Beschikbaarheid %1 tegenover de norm van %2</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Episodes</source>
        <translation>Episodes</translation>
    </message>
    <message>
        <source>Downtime</source>
        <translation>Onbeschikbaarheid</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Beschikbaarheid</translation>
    </message>
    <message>
        <source>Downtime,
working hours</source>
        <translation>Onbeschikbaarheid,
werkuren</translation>
    </message>
    <message>
        <source>Availability,
working hours</source>
        <translation>Beschikbaarheid,
werkuren</translation>
    </message>
    <message>
        <source>SLA %1</source>
        <translation>Norm %1</translation>
    </message>
    <message>
        <source>Service id</source>
        <translation>Dienst-id</translation>
    </message>
    <message>
        <source>Downtime (minutes)</source>
        <translation>Onbeschikbaarheid (minuten)</translation>
    </message>
    <message>
        <source>Availability (%)</source>
        <translation>Beschikbaarheid (%)</translation>
    </message>
    <message>
        <source>Downtime, working hours (minutes)</source>
        <translation>Onbeschikbaarheid, werkuren (minuten)</translation>
    </message>
    <message>
        <source>Availability, working hours (%)</source>
        <translation>Beschikbaarheid, werkuren (%)</translation>
    </message>
    <message>
        <source>SLA target (%)</source>
        <translation>Servicenorm (%)</translation>
    </message>
    <message>
        <source>SLA met</source>
        <translation>Norm gehaald</translation>
    </message>
    <message>
        <source>%1 found; at least %2, at most %3.
%4</source>
        <extracomment>A downtime&apos;s tooltip: the figure found, then the low and the high end of its range; %4 says what the ends mean.</extracomment>
        <translation>Gevonden: %1; minstens %2, hoogstens %3.
%4</translation>
    </message>
    <message>
        <source>The downtime found, then its range in brackets.</source>
        <translation>De gevonden onbeschikbaarheid, daarna haar marge tussen haakjes.</translation>
    </message>
    <message>
        <source>Downtime, low (minutes)</source>
        <translation>Onbeschikbaarheid, ondergrens (minuten)</translation>
    </message>
    <message>
        <source>Downtime, high (minutes)</source>
        <translation>Onbeschikbaarheid, bovengrens (minuten)</translation>
    </message>
    <message>
        <source>Downtime, working hours, low (minutes)</source>
        <translation>Onbeschikbaarheid, werkuren, ondergrens (minuten)</translation>
    </message>
    <message>
        <source>Downtime, working hours, high (minutes)</source>
        <translation>Onbeschikbaarheid, werkuren, bovengrens (minuten)</translation>
    </message>
</context>
<context>
    <name>ehb::AvailabilityView</name>
    <message>
        <source>Downtime and availability</source>
        <translation>Onbeschikbaarheid en beschikbaarheid</translation>
    </message>
    <message>
        <source>No availability figures yet.</source>
        <translation>Nog geen beschikbaarheidscijfers.</translation>
    </message>
    <message numerus="yes">
        <source>SLA target %1: met by %2 of %n service(s).</source>
        <translation>
            <numerusform>Servicenorm %1: gehaald door %2 van %n dienst.</numerusform>
            <numerusform>Servicenorm %1: gehaald door %2 van %n diensten.</numerusform>
        </translation>
    </message>
    <message>
        <source>In brackets, the downtime&apos;s range: from the shortest to the longest the reports allow; the shortest is the least they show.</source>
        <translation>Tussen haakjes de marge van de onbeschikbaarheid: van het kortste tot het langste dat de meldingen toelaten; het kortste is het minste dat ze aantonen.</translation>
    </message>
</context>
<context>
    <name>ehb::BackPrompt</name>
    <message>
        <source>Is %1 back for you?</source>
        <translation>Werkt %1 weer bij u?</translation>
    </message>
    <message>
        <source>Other practices have stopped reporting problems with it. Your report of %1 is still open.</source>
        <translation>Andere praktijken melden er geen problemen meer mee. Uw melding van %1 staat nog open.</translation>
    </message>
    <message>
        <source>Is the service back?</source>
        <translation>Werkt de dienst weer?</translation>
    </message>
    <message>
        <source>Resolved now</source>
        <translation>Nu opgelost</translation>
    </message>
    <message>
        <source>It works again: record that the problem ended now</source>
        <translation>Het werkt weer: registreren dat het probleem nu voorbij is</translation>
    </message>
    <message>
        <source>Still failing</source>
        <translation>Nog steeds defect</translation>
    </message>
    <message>
        <source>It still fails: record that the problem was still there now</source>
        <translation>Het werkt nog steeds niet: registreren dat het probleem nu nog bestond</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Negeren</translation>
    </message>
    <message>
        <source>Do not answer; this report will not be asked about again</source>
        <translation>Niet antwoorden; voor deze melding wordt het niet meer gevraagd</translation>
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
        <translation>“%1” als afbeelding bewaren</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>Save the data of “%1” for a spreadsheet</source>
        <translation>De gegevens van “%1” bewaren voor een rekenblad</translation>
    </message>
</context>
<context>
    <name>ehb::DeliveryAgent</name>
    <message>
        <source>The server refused the report (HTTP %1)</source>
        <translation>De server heeft de melding geweigerd (HTTP %1)</translation>
    </message>
    <message>
        <source>Server unreachable: %1</source>
        <translation>Server onbereikbaar: %1</translation>
    </message>
    <message>
        <source>The server is busy (HTTP 429)</source>
        <translation>De server is overbelast (HTTP 429)</translation>
    </message>
    <message>
        <source>Server error (HTTP %1)</source>
        <translation>Serverfout (HTTP %1)</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was refused: %1</source>
        <translation>Het certificaat van de server werd geweigerd: %1</translation>
    </message>
</context>
<context>
    <name>ehb::FrequencyChart</name>
    <message>
        <source>Reports per week</source>
        <translation>Meldingen per week</translation>
    </message>
    <message>
        <source>Reports per month</source>
        <translation>Meldingen per maand</translation>
    </message>
    <message>
        <source>Reports per hour</source>
        <translation>Meldingen per uur</translation>
    </message>
    <message>
        <source>Reports per day</source>
        <translation>Meldingen per dag</translation>
    </message>
    <message>
        <source>No reports in this period.</source>
        <translation>Geen meldingen in deze periode.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n report(s)</source>
        <translation>
            <numerusform>%1: %n melding</numerusform>
            <numerusform>%1: %n meldingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 (%n practice(s))</source>
        <translation>
            <numerusform>%1: %2 (%n praktijk)</numerusform>
            <numerusform>%1: %2 (%n praktijken)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 reports in %2 periods; the most in %3 (%4).</source>
        <translation>%1 meldingen in %2 perioden; de meeste in %3 (%4).</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>Begin van de periode</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Service id</source>
        <translation>Dienst-id</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Meldingen</translation>
    </message>
    <message>
        <source>Practices</source>
        <translation>Praktijken</translation>
    </message>
</context>
<context>
    <name>ehb::HeatmapChart</name>
    <message>
        <source>Reports by weekday and hour</source>
        <translation>Meldingen per weekdag en uur</translation>
    </message>
    <message>
        <source>No reports in this period.</source>
        <translation>Geen meldingen in deze periode.</translation>
    </message>
    <message>
        <source>reports</source>
        <translation>meldingen</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2:00–%3:00: %n report(s)</source>
        <extracomment>Heatmap tooltip: weekday, hour range, count. E.g. &quot;Tuesday 09:00–10:00: 12 reports&quot;.</extracomment>
        <translation>
            <numerusform>%1 %2:00–%3:00: %n melding</numerusform>
            <numerusform>%1 %2:00–%3:00: %n meldingen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 reports; the most on %2 from %3:00 (%4).</source>
        <translation>%1 meldingen; de meeste op %2 vanaf %3:00 (%4).</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>Weekdag</translation>
    </message>
</context>
<context>
    <name>ehb::ImpactChart</name>
    <message>
        <source>Minutes lost per service: reported and estimated</source>
        <translation>Verloren minuten per dienst: gemeld en geschat</translation>
    </message>
    <message>
        <source>No minutes lost reported in this period.</source>
        <translation>Geen verloren minuten gemeld in deze periode.</translation>
    </message>
    <message>
        <source>Reported by GPs</source>
        <translation>Gemeld door huisartsen</translation>
    </message>
    <message>
        <source>Estimate for practices that gave no minutes (median × practices)</source>
        <translation>Schatting voor praktijken zonder minuten (mediaan × praktijken)</translation>
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
            <numerusform>%1: %2 gemeld door %n melding</numerusform>
            <numerusform>%1: %2 gemeld door %n meldingen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 reported in all, and an estimated %2 more for the practices that gave no minutes.</source>
        <translation>%1 gemeld in totaal, en naar schatting %2 meer voor de praktijken die geen minuten opgaven.</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Service id</source>
        <translation>Dienst-id</translation>
    </message>
    <message>
        <source>Minutes lost, reported</source>
        <translation>Verloren minuten, gemeld</translation>
    </message>
    <message>
        <source>Minutes lost, estimate for practices without</source>
        <translation>Verloren minuten, schatting voor praktijken zonder</translation>
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
        <translation>Begin</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Einde</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Meldingen</translation>
    </message>
    <message>
        <source>Practices</source>
        <translation>Praktijken</translation>
    </message>
    <message>
        <source>Minutes lost, reported</source>
        <translation>Verloren minuten, gemeld</translation>
    </message>
    <message>
        <source>Estimate for practices without</source>
        <translation>Schatting voor praktijken zonder</translation>
    </message>
    <message>
        <source>Patients affected</source>
        <translation>Getroffen patiënten</translation>
    </message>
</context>
<context>
    <name>ehb::ImpactModel</name>
    <message>
        <source>All services</source>
        <translation>Alle diensten</translation>
    </message>
    <message>
        <source>No estimate: every practice that reported gave its minutes lost.</source>
        <translation>Geen schatting: elke praktijk die meldde, gaf haar verloren minuten op.</translation>
    </message>
    <message numerus="yes">
        <source>No estimate: %n practice(s) gave no minutes lost, and no report gave any to take a median from.</source>
        <translation>
            <numerusform>Geen schatting: %n praktijk gaf geen verloren minuten op, en geen enkele melding gaf er een om een mediaan uit te halen.</numerusform>
            <numerusform>Geen schatting: %n praktijken gaven geen verloren minuten op, en geen enkele melding gaf er een om een mediaan uit te halen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Estimate: %n practice(s) without minutes lost × median %1 per report (of %2 reports) = %3.</source>
        <extracomment>The estimate&apos;s basis: practices without minutes × the median of the reports that gave them = the estimate.</extracomment>
        <translation>
            <numerusform>Schatting: %n praktijk zonder verloren minuten × mediaan %1 per melding (van %2 meldingen) = %3.</numerusform>
            <numerusform>Schatting: %n praktijken zonder verloren minuten × mediaan %1 per melding (van %2 meldingen) = %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (+ %2 estimated)</source>
        <extracomment>A money value as reported, then the estimate&apos;s, kept apart.</extracomment>
        <translation>%1 (+ %2 geschat)</translation>
    </message>
    <message>
        <source>Money values at %1 per hour, the value set by the server&apos;s operator.</source>
        <translation>Bedragen aan %1 per uur, de waarde die de beheerder van de server instelde.</translation>
    </message>
    <message>
        <source>≈ %1</source>
        <extracomment>An estimate of minutes lost, shown apart from the reported sum.</extracomment>
        <translation>≈ %1</translation>
    </message>
    <message numerus="yes">
        <source>The sum of the minutes lost that %n report(s) gave.</source>
        <translation>
            <numerusform>De som van de verloren minuten die %n melding opgaf.</numerusform>
            <numerusform>De som van de verloren minuten die %n meldingen opgaven.</numerusform>
        </translation>
    </message>
    <message>
        <source>Median %1 patients per report, from %2 reports.</source>
        <translation>Mediaan %1 patiënten per melding, uit %2 meldingen.</translation>
    </message>
    <message>
        <source>Not reported: the practices that reported without giving minutes lost, times the median minutes lost per report of those that gave them.</source>
        <translation>Niet gemeld: de praktijken die meldden zonder verloren minuten op te geven, maal de mediaan van de verloren minuten per melding van wie ze wel opgaf.</translation>
    </message>
    <message>
        <source>The median of the minutes lost per report, of the reports that gave them.</source>
        <translation>De mediaan van de verloren minuten per melding, van de meldingen die ze opgaven.</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Meldingen</translation>
    </message>
    <message>
        <source>With an
impact</source>
        <translation>Met
gevolgen</translation>
    </message>
    <message>
        <source>Practices</source>
        <translation>Praktijken</translation>
    </message>
    <message>
        <source>Minutes lost,
reported</source>
        <translation>Verloren minuten,
gemeld</translation>
    </message>
    <message>
        <source>Median per
report</source>
        <translation>Mediaan per
melding</translation>
    </message>
    <message>
        <source>Estimate for
practices without</source>
        <translation>Schatting voor
praktijken zonder</translation>
    </message>
    <message>
        <source>Patients
affected</source>
        <translation>Getroffen
patiënten</translation>
    </message>
    <message>
        <source>Fallback used</source>
        <translation>Gebruikte noodoplossing</translation>
    </message>
    <message>
        <source>Value lost</source>
        <translation>Verloren waarde</translation>
    </message>
    <message>
        <source>Service id</source>
        <translation>Dienst-id</translation>
    </message>
    <message>
        <source>Reports with an impact</source>
        <translation>Meldingen met gevolgen</translation>
    </message>
    <message>
        <source>Minutes lost, reported</source>
        <translation>Verloren minuten, gemeld</translation>
    </message>
    <message>
        <source>Reports giving minutes lost</source>
        <translation>Meldingen met verloren minuten</translation>
    </message>
    <message>
        <source>Median minutes lost per report</source>
        <translation>Mediaan verloren minuten per melding</translation>
    </message>
    <message>
        <source>Practices without minutes lost</source>
        <translation>Praktijken zonder verloren minuten</translation>
    </message>
    <message>
        <source>Minutes lost, estimate for practices without</source>
        <translation>Verloren minuten, schatting voor praktijken zonder</translation>
    </message>
    <message>
        <source>Patients affected, reported</source>
        <translation>Getroffen patiënten, gemeld</translation>
    </message>
    <message>
        <source>Median patients per report</source>
        <translation>Mediaan patiënten per melding</translation>
    </message>
    <message>
        <source>Fallback: %1</source>
        <translation>Noodoplossing: %1</translation>
    </message>
    <message>
        <source>Hourly value (EUR)</source>
        <translation>Uurwaarde (EUR)</translation>
    </message>
    <message>
        <source>Value lost, reported (EUR)</source>
        <translation>Verloren waarde, gemeld (EUR)</translation>
    </message>
    <message>
        <source>Value lost, estimate (EUR)</source>
        <translation>Verloren waarde, schatting (EUR)</translation>
    </message>
</context>
<context>
    <name>ehb::ImpactPanel</name>
    <message>
        <source>Impact (optional)</source>
        <translation>Gevolgen (optioneel)</translation>
    </message>
    <message>
        <source>Patients affected</source>
        <translation>Getroffen patiënten</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Niet opgegeven</translation>
    </message>
    <message>
        <source>Minutes lost</source>
        <translation>Verloren minuten</translation>
    </message>
    <message>
        <source>Fallback used</source>
        <translation>Gebruikte noodoplossing</translation>
    </message>
    <message>
        <source>P&amp;atients affected:</source>
        <translation>Getroffen p&amp;atiënten:</translation>
    </message>
    <message>
        <source>Minutes &amp;lost:</source>
        <translation>Ver&amp;loren minuten:</translation>
    </message>
    <message>
        <source>Fall&amp;back:</source>
        <translation>Noodo&amp;plossing:</translation>
    </message>
</context>
<context>
    <name>ehb::ImpactView</name>
    <message>
        <source>What outages cost GPs</source>
        <translation>Wat storingen huisartsen kosten</translation>
    </message>
    <message>
        <source>No reports in this period.</source>
        <translation>Geen meldingen in deze periode.</translation>
    </message>
    <message numerus="yes">
        <source>%1 lost as reported by %2 of %n report(s); %3 patients affected.</source>
        <extracomment>Totals of the impact: minutes lost as reported, reports behind them, reports in all, patients affected.</extracomment>
        <translation>
            <numerusform>%1 verloren volgens %2 van %n melding; %3 patiënten getroffen.</numerusform>
            <numerusform>%1 verloren volgens %2 van %n meldingen; %3 patiënten getroffen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reported: %1.</source>
        <translation>Gemeld: %1.</translation>
    </message>
    <message>
        <source>No impact figures yet.</source>
        <translation>Nog geen cijfers over de gevolgen.</translation>
    </message>
    <message>
        <source>What each outage episode cost, most minutes lost first</source>
        <translation>Wat elke storingsepisode kostte, de meeste verloren minuten eerst</translation>
    </message>
</context>
<context>
    <name>ehb::LiveBanner</name>
    <message>
        <source>Live reports from other practices</source>
        <translation>Actuele meldingen van andere praktijken</translation>
    </message>
    <message>
        <source>Other practices are reporting %1 problems right now</source>
        <translation>Andere praktijken melden op dit moment problemen met %1</translation>
    </message>
    <message>
        <source>Some other practices are reporting %1 problems right now</source>
        <translation>Enkele andere praktijken melden op dit moment problemen met %1</translation>
    </message>
    <message numerus="yes">
        <source>(%n report(s) in %1 min)</source>
        <extracomment>Appended to the live banner: how many reports in how many minutes.</extracomment>
        <translation>
            <numerusform>(%n melding in %1 min)</numerusform>
            <numerusform>(%n meldingen in %1 min)</numerusform>
        </translation>
    </message>
    <message>
        <source>Official status: %1.</source>
        <translation>Officiële status: %1.</translation>
    </message>
    <message>
        <source>Official status: %1 since %2.</source>
        <extracomment>%1 is an official status (&quot;Major outage&quot;), %2 a time or a date and time.</extracomment>
        <translation>Officiële status: %1 sinds %2.</translation>
    </message>
    <message>
        <source>No more practices than usual report %1 problems right now</source>
        <translation>Niet meer praktijken dan gewoonlijk melden op dit moment problemen met %1</translation>
    </message>
    <message>
        <source>GBO notice: %1</source>
        <extracomment>A notice the GBO published for all services; %1 is its text.</extracomment>
        <translation>Bericht van de GBO: %1</translation>
    </message>
    <message>
        <source>GBO notice on %1: %2</source>
        <translation>Bericht van de GBO over %1: %2</translation>
    </message>
    <message>
        <source>More information</source>
        <translation>Meer informatie</translation>
    </message>
</context>
<context>
    <name>ehb::LiveClient</name>
    <message>
        <source>The server address changed.</source>
        <translation>Het serveradres is gewijzigd.</translation>
    </message>
    <message>
        <source>the live levels</source>
        <translation>de actuele status van de diensten</translation>
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
        <translation>Weergaven</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>&amp;Nieuwe melding</translation>
    </message>
    <message>
        <source>My rep&amp;orts</source>
        <translation>&amp;Mijn meldingen</translation>
    </message>
    <message>
        <source>Report a problem with a service</source>
        <translation>Een probleem met een dienst melden</translation>
    </message>
    <message>
        <source>Your reports and whether the server received them</source>
        <translation>Uw meldingen en of de server ze heeft ontvangen</translation>
    </message>
    <message>
        <source>Delivery status</source>
        <translation>Verzendstatus</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About eHealth Bugs</source>
        <translation>&amp;Over eHealth Bugs</translation>
    </message>
    <message>
        <source>About eHealth Bugs</source>
        <translation>Over eHealth Bugs</translation>
    </message>
    <message>
        <source>eHealth Bugs %1

Report failures of the Belgian eHealth services in seconds. Reports are saved on this computer first, then sent to the GBO collection server. No patient data is collected.</source>
        <translation>eHealth Bugs %1

Meld storingen van de Belgische eHealth-diensten in enkele seconden. Meldingen worden eerst op deze computer bewaard en daarna naar de verzamelserver van de GBO verstuurd. Er worden geen patiëntgegevens verzameld.</translation>
    </message>
    <message>
        <source>All reports delivered</source>
        <translation>Alle meldingen bezorgd</translation>
    </message>
    <message numerus="yes">
        <source>%Ln report(s) waiting for the server</source>
        <translation>
            <numerusform>%Ln melding wacht op de server</numerusform>
            <numerusform>%Ln meldingen wachten op de server</numerusform>
        </translation>
    </message>
    <message>
        <source>Statistics for the GBO staff</source>
        <translation>Statistieken voor de medewerkers van de GBO</translation>
    </message>
    <message numerus="yes">
        <source>%Ln report(s) kept on this computer: no collection server is set</source>
        <translation>
            <numerusform>%Ln melding bewaard op deze computer: er is geen verzamelserver ingesteld</numerusform>
            <numerusform>%Ln meldingen bewaard op deze computer: er is geen verzamelserver ingesteld</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ehb::MonthlyReportMaker</name>
    <message>
        <source>The monthly report was not made. %1</source>
        <translation>Het maandrapport werd niet gemaakt. %1</translation>
    </message>
    <message>
        <source>The monthly report is saved: %1</source>
        <translation>Het maandrapport is bewaard: %1</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Meldingen</translation>
    </message>
    <message>
        <source>Outage episodes</source>
        <translation>Storingsepisodes</translation>
    </message>
    <message>
        <source>Downtime, all services together</source>
        <translation>Onbeschikbaarheid, alle diensten samen</translation>
    </message>
    <message>
        <source>Services below the SLA target</source>
        <translation>Diensten onder de servicenorm</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 van %2</translation>
    </message>
    <message>
        <source>Least available service</source>
        <translation>Minst beschikbare dienst</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Most reported symptom</source>
        <translation>Meest gemelde symptoom</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Availability (%)</source>
        <translation>Beschikbaarheid (%)</translation>
    </message>
    <message>
        <source>Availability, working hours (%)</source>
        <translation>Beschikbaarheid, werkuren (%)</translation>
    </message>
    <message>
        <source>SLA met</source>
        <translation>Norm gehaald</translation>
    </message>
    <message>
        <source>Downtime</source>
        <translation>Onbeschikbaarheid</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Begin</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Einde</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duur</translation>
    </message>
    <message>
        <source>Practices</source>
        <translation>Praktijken</translation>
    </message>
    <message>
        <source>Reports that gave an impact</source>
        <translation>Meldingen die gevolgen opgaven</translation>
    </message>
    <message>
        <source>Practices that reported</source>
        <translation>Praktijken die meldden</translation>
    </message>
    <message>
        <source>Minutes lost, as reported</source>
        <translation>Verloren minuten, zoals gemeld</translation>
    </message>
    <message>
        <source>Median minutes lost per report</source>
        <translation>Mediaan verloren minuten per melding</translation>
    </message>
    <message>
        <source>Estimate for the practices that gave no minutes</source>
        <translation>Schatting voor de praktijken die geen minuten opgaven</translation>
    </message>
    <message>
        <source>≈ %1 (an estimate)</source>
        <translation>≈ %1 (een schatting)</translation>
    </message>
    <message>
        <source>Patients affected, as reported</source>
        <translation>Getroffen patiënten, zoals gemeld</translation>
    </message>
    <message>
        <source>Fallback used</source>
        <translation>Gebruikte noodoplossing</translation>
    </message>
    <message>
        <source>Value lost, as reported</source>
        <translation>Verloren waarde, zoals gemeld</translation>
    </message>
    <message>
        <source>Value lost, estimate</source>
        <translation>Verloren waarde, schatting</translation>
    </message>
    <message>
        <source>With an impact</source>
        <translation>Met gevolgen</translation>
    </message>
    <message>
        <source>Minutes lost, reported</source>
        <translation>Verloren minuten, gemeld</translation>
    </message>
    <message>
        <source>Median per report</source>
        <translation>Mediaan per melding</translation>
    </message>
    <message>
        <source>Estimate for practices without</source>
        <translation>Schatting voor praktijken zonder</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Patiënten</translation>
    </message>
    <message>
        <source>Value lost, reported</source>
        <translation>Verloren waarde, gemeld</translation>
    </message>
    <message>
        <source>Outage episodes admitted by the official status page</source>
        <translation>Storingsepisodes erkend door de officiële statuspagina</translation>
    </message>
    <message>
        <source>Median lag before it admitted one</source>
        <translation>Mediane vertraging tot erkenning</translation>
    </message>
    <message>
        <source>Outage episodes never admitted</source>
        <translation>Nooit erkende storingsepisodes</translation>
    </message>
    <message>
        <source>Minutes of outage never admitted</source>
        <translation>Nooit erkende storingsminuten</translation>
    </message>
    <message>
        <source>Official outages that no GP reported</source>
        <translation>Officiële storingen die geen huisarts meldde</translation>
    </message>
</context>
<context>
    <name>ehb::MyReportsView</name>
    <message>
        <source>Resolved &amp;now</source>
        <translation>Nu &amp;opgelost</translation>
    </message>
    <message>
        <source>Re&amp;try now</source>
        <translation>Nu opnieuw &amp;proberen</translation>
    </message>
    <message>
        <source>My reports</source>
        <translation>Mijn meldingen</translation>
    </message>
    <message>
        <source>Resolved now</source>
        <translation>Nu opgelost</translation>
    </message>
    <message>
        <source>The selected problem is over: record that it ended now</source>
        <translation>Het geselecteerde probleem is voorbij: registreer dat het nu gedaan is</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Nu opnieuw proberen</translation>
    </message>
    <message>
        <source>Try to send the waiting reports to the server now</source>
        <translation>Probeer de wachtende meldingen nu naar de server te versturen</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <source>The report could not be marked as resolved: %1</source>
        <translation>De melding kon niet als opgelost worden gemarkeerd: %1</translation>
    </message>
    <message>
        <source>The report could not be marked as still failing: %1</source>
        <translation>De melding kon niet als nog steeds defect worden gemarkeerd: %1</translation>
    </message>
    <message>
        <source>Add &amp;details…</source>
        <translation>Details toevoe&amp;gen…</translation>
    </message>
    <message>
        <source>Add details</source>
        <translation>Details toevoegen</translation>
    </message>
    <message>
        <source>Add symptoms, the error message, the impact or a comment to the selected report</source>
        <translation>Symptomen, de foutmelding, de impact of een opmerking toevoegen aan de geselecteerde melding</translation>
    </message>
    <message>
        <source>The details could not be saved: %1</source>
        <translation>De details konden niet worden opgeslagen: %1</translation>
    </message>
</context>
<context>
    <name>ehb::NoServerNotice</name>
    <message>
        <source>Open Settin&amp;gs…</source>
        <translation>Instellingen op&amp;enen…</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>Instellingen openen</translation>
    </message>
    <message>
        <source>No collection server</source>
        <translation>Geen verzamelserver</translation>
    </message>
    <message>
        <source>No collection server is set, so nothing is sent. Your reports are kept safely on this computer and go out as soon as a server address is set in Settings.</source>
        <translation>Er is geen verzamelserver ingesteld, dus er wordt niets verstuurd. Uw meldingen worden veilig op deze computer bewaard en vertrekken zodra er een serveradres is ingesteld in Instellingen.</translation>
    </message>
</context>
<context>
    <name>ehb::NoticeAdmin</name>
    <message>
        <source>the notices</source>
        <translation>de berichten</translation>
    </message>
    <message>
        <source>Could not publish the notice</source>
        <translation>Kan het bericht niet publiceren</translation>
    </message>
    <message>
        <source>Could not withdraw the notice</source>
        <translation>Kan het bericht niet intrekken</translation>
    </message>
</context>
<context>
    <name>ehb::NoticeClient</name>
    <message>
        <source>The server&apos;s notices are not in the expected form.</source>
        <translation>De berichten van de server hebben niet de verwachte vorm.</translation>
    </message>
</context>
<context>
    <name>ehb::NoticesPanel</name>
    <message>
        <source>The notice is published; GPs see it within a minute.</source>
        <translation>Het bericht is gepubliceerd; huisartsen zien het binnen een minuut.</translation>
    </message>
    <message>
        <source>The notice is withdrawn; GPs no longer see it within a minute.</source>
        <translation>Het bericht is ingetrokken; binnen een minuut zien huisartsen het niet meer.</translation>
    </message>
    <message>
        <source>Set the server and the staff token in Settings first.</source>
        <translation>Stel eerst de server en het medewerkerstoken in bij Instellingen.</translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translation>Bezig met publiceren…</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Ingetrokken</translation>
    </message>
    <message>
        <source>Shown</source>
        <translation>Getoond</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Afgelopen</translation>
    </message>
    <message>
        <source>until withdrawn</source>
        <translation>tot intrekking</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>Alle diensten</translation>
    </message>
    <message>
        <source>Notices to GPs</source>
        <translation>Berichten aan huisartsen</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Tot</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>French text</source>
        <translation>Franse tekst</translation>
    </message>
    <message>
        <source>Dutch text</source>
        <translation>Nederlandse tekst</translation>
    </message>
    <message>
        <source>German text</source>
        <translation>Duitse tekst</translation>
    </message>
    <message>
        <source>English text</source>
        <translation>Engelse tekst</translation>
    </message>
    <message>
        <source>Link (optional)</source>
        <translation>Link (optioneel)</translation>
    </message>
    <message>
        <source>Shown from</source>
        <translation>Getoond vanaf</translation>
    </message>
    <message>
        <source>Shown until</source>
        <translation>Getoond tot</translation>
    </message>
    <message>
        <source>As GPs will see it:</source>
        <translation>Zoals huisartsen het zullen zien:</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publiceren</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Intrekken</translation>
    </message>
</context>
<context>
    <name>ehb::NowStrip</name>
    <message>
        <source>%1: outage since %2</source>
        <extracomment>The &quot;Now&quot; strip. %1 is a service, %2 a time or a date and time.</extracomment>
        <translation>%1: storing sinds %2</translation>
    </message>
    <message>
        <source>%1: possible problem since %2</source>
        <translation>%1: mogelijk probleem sinds %2</translation>
    </message>
    <message>
        <source>%1: outage</source>
        <translation>%1: storing</translation>
    </message>
    <message>
        <source>%1: possible problem</source>
        <translation>%1: mogelijk probleem</translation>
    </message>
    <message numerus="yes">
        <source>%n practice(s) report it</source>
        <translation>
            <numerusform>%n praktijk meldt het</numerusform>
            <numerusform>%n praktijken melden het</numerusform>
        </translation>
    </message>
    <message>
        <source>a few practices report it</source>
        <translation>enkele praktijken melden het</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <source>Services other practices report failing now</source>
        <translation>Diensten die andere praktijken nu als gestoord melden</translation>
    </message>
    <message>
        <source>Me too</source>
        <translation>Ik ook</translation>
    </message>
    <message>
        <source>Report that %1 fails for you too, started now, in one click</source>
        <extracomment>%1 is a service.</extracomment>
        <translation>Met één klik melden dat %1 ook bij u gestoord is, vanaf nu</translation>
    </message>
    <message>
        <source>Me too: %1</source>
        <translation>Ik ook: %1</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Gemeld</translation>
    </message>
    <message>
        <source>You reported it: see My reports</source>
        <translation>U hebt het gemeld: zie Mijn meldingen</translation>
    </message>
</context>
<context>
    <name>ehb::OfficialModel</name>
    <message>
        <source>%1 before</source>
        <extracomment>A negative lag: the official status page admitted the outage this long before GPs were hit.</extracomment>
        <translation>%1 ervoor</translation>
    </message>
    <message>
        <source>at the same time</source>
        <translation>op hetzelfde moment</translation>
    </message>
    <message>
        <source>%1 later</source>
        <extracomment>The official status page said operational again this long after the GPs&apos; outage ended.</extracomment>
        <translation>%1 later</translation>
    </message>
    <message>
        <source>%1 earlier</source>
        <extracomment>The official status page said operational again this long before the GPs&apos; outage ended.</extracomment>
        <translation>%1 eerder</translation>
    </message>
    <message>
        <source>Never admitted</source>
        <translation>Nooit erkend</translation>
    </message>
    <message>
        <source>not over</source>
        <extracomment>An official outage not over yet.</extracomment>
        <translation>niet voorbij</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>Alle diensten</translation>
    </message>
    <message>
        <source>From the start of the outage as GPs reported it to the official status page admitting it; &quot;before&quot; when the page said it first.</source>
        <translation>Van het begin van de storing zoals huisartsen ze meldden tot de erkenning door de officiële statuspagina; „ervoor” wanneer de pagina ze als eerste meldde.</translation>
    </message>
    <message>
        <source>The worst official status during the outage.</source>
        <translation>De ergste officiële status tijdens de storing.</translation>
    </message>
    <message>
        <source>The length of the outages the official status page never admitted.</source>
        <translation>De duur van de storingen die de officiële statuspagina nooit erkende.</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Begin</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Einde</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duur</translation>
    </message>
    <message>
        <source>Official status</source>
        <translation>Officiële status</translation>
    </message>
    <message>
        <source>Admitted at</source>
        <translation>Erkend op</translation>
    </message>
    <message>
        <source>Lag</source>
        <translation>Vertraging</translation>
    </message>
    <message>
        <source>Official end</source>
        <translation>Officieel einde</translation>
    </message>
    <message>
        <source>Official end vs
GPs&apos; end</source>
        <translation>Officieel einde vs
einde volgens huisartsen</translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation>Erkend</translation>
    </message>
    <message>
        <source>Not admitted</source>
        <translation>Niet erkend</translation>
    </message>
    <message>
        <source>Never admitted,
minutes</source>
        <translation>Nooit erkend,
minuten</translation>
    </message>
    <message>
        <source>Median lag</source>
        <translation>Mediane vertraging</translation>
    </message>
    <message>
        <source>Official outages
no GP reported</source>
        <translation>Officiële storingen
niet gemeld</translation>
    </message>
    <message>
        <source>Duration in the period</source>
        <translation>Duur in de periode</translation>
    </message>
    <message>
        <source>No outage episodes and no official outages in this period.</source>
        <translation>Geen storingsepisodes en geen officiële storingen in deze periode.</translation>
    </message>
    <message numerus="yes">
        <source>The official status page admitted %1 of %n outage episode(s)</source>
        <extracomment>How many of the GPs&apos; outage episodes the official status page admitted.</extracomment>
        <translation>
            <numerusform>De officiële statuspagina erkende %1 van %n storingsepisode</numerusform>
            <numerusform>De officiële statuspagina erkende %1 van %n storingsepisodes</numerusform>
        </translation>
    </message>
    <message>
        <source>(median lag %1)</source>
        <translation>(mediane vertraging %1)</translation>
    </message>
    <message numerus="yes">
        <source>%n episode(s) never admitted, %1 in all.</source>
        <translation>
            <numerusform>%n episode nooit erkend, %1 in totaal.</numerusform>
            <numerusform>%n episodes nooit erkend, %1 in totaal.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n official outage(s) that no GP reported.</source>
        <translation>
            <numerusform>%n officiële storing die geen huisarts meldde.</numerusform>
            <numerusform>%n officiële storingen die geen huisarts meldde.</numerusform>
        </translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rij</translation>
    </message>
    <message>
        <source>Service id</source>
        <translation>Dienst-id</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Lag (minutes)</source>
        <translation>Vertraging (minuten)</translation>
    </message>
    <message>
        <source>Official end after the GPs&apos; end (minutes)</source>
        <translation>Officieel einde na het einde volgens huisartsen (minuten)</translation>
    </message>
    <message>
        <source>Minutes never admitted</source>
        <translation>Nooit erkende minuten</translation>
    </message>
    <message>
        <source>Median lag (minutes)</source>
        <translation>Mediane vertraging (minuten)</translation>
    </message>
    <message>
        <source>Official outages no GP reported</source>
        <translation>Officiële storingen niet gemeld door huisartsen</translation>
    </message>
    <message>
        <source>Outage episode</source>
        <translation>Storingsepisode</translation>
    </message>
    <message>
        <source>Official outage no GP reported</source>
        <translation>Officiële storing niet gemeld door huisartsen</translation>
    </message>
</context>
<context>
    <name>ehb::OfficialView</name>
    <message>
        <source>Acknowledged by the official status page?</source>
        <translation>Erkend door de officiële statuspagina?</translation>
    </message>
    <message>
        <source>The GPs&apos; outage episodes beside the official status</source>
        <translation>De storingsepisodes van de huisartsen naast de officiële status</translation>
    </message>
    <message>
        <source>By service</source>
        <translation>Per dienst</translation>
    </message>
    <message>
        <source>Official outages that no GP reported</source>
        <translation>Officiële storingen die geen huisarts meldde</translation>
    </message>
    <message>
        <source>No official record yet.</source>
        <translation>Nog geen officieel verslag.</translation>
    </message>
</context>
<context>
    <name>ehb::RankingChart</name>
    <message>
        <source>Top symptoms</source>
        <translation>Meest gemelde symptomen</translation>
    </message>
    <message>
        <source>Reports by EMR software</source>
        <translation>Meldingen per EMD-software</translation>
    </message>
    <message>
        <source>Reports by province</source>
        <translation>Meldingen per provincie</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Niet opgegeven</translation>
    </message>
    <message>
        <source>Not given or other</source>
        <translation>Niet opgegeven of andere</translation>
    </message>
    <message>
        <source>No reports in this period.</source>
        <translation>Geen meldingen in deze periode.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n report(s) (%2)</source>
        <translation>
            <numerusform>%1: %n melding (%2)</numerusform>
            <numerusform>%1: %n meldingen (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 categories; first %2 with %3 reports.</source>
        <translation>%1 categorieën; eerste: %2 met %3 meldingen.</translation>
    </message>
    <message>
        <source>Symptom</source>
        <translation>Symptoom</translation>
    </message>
    <message>
        <source>EMR software</source>
        <translation>EMD-software</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Provincie</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Meldingen</translation>
    </message>
    <message>
        <source>Share (%)</source>
        <translation>Aandeel (%)</translation>
    </message>
</context>
<context>
    <name>ehb::ReportDetailsDialog</name>
    <message>
        <source>The details were not saved. Please correct the following:</source>
        <translation>De details zijn niet opgeslagen. Verbeter het volgende:</translation>
    </message>
    <message>
        <source>Add details</source>
        <translation>Details toevoegen</translation>
    </message>
    <message>
        <source>Your report on %1, started at %2. Add what you know: it is sent with the report. No patient data, please.</source>
        <extracomment>%1 is a service, %2 the time the problem started.</extracomment>
        <translation>Uw melding over %1, begonnen om %2. Voeg toe wat u weet: het wordt met de melding verstuurd. Geen patiëntgegevens, alstublieft.</translation>
    </message>
    <message>
        <source>S&amp;ymptoms:</source>
        <translation>S&amp;ymptomen:</translation>
    </message>
    <message>
        <source>&amp;Error message:</source>
        <translation>&amp;Foutmelding:</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>Foutmelding</translation>
    </message>
    <message>
        <source>The message or code your software showed, if any</source>
        <translation>De melding of code die uw software toonde, indien van toepassing</translation>
    </message>
    <message>
        <source>C&amp;omment:</source>
        <translation>&amp;Opmerking:</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <source>Problems with the details</source>
        <translation>Problemen met de details</translation>
    </message>
    <message>
        <source>&amp;Save details</source>
        <translation>Details op&amp;slaan</translation>
    </message>
    <message>
        <source>Save details</source>
        <translation>Details opslaan</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuleren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
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
        <translation>Sinds</translation>
    </message>
    <message>
        <source>Symptoms</source>
        <translation>Symptomen</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>Foutmelding</translation>
    </message>
    <message>
        <source>The message or code your software showed, if any</source>
        <translation>De melding of code die uw software toonde, indien van toepassing</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <source>Anything else worth knowing. No patient data, please.</source>
        <translation>Andere nuttige informatie. Geen patiëntgegevens, a.u.b.</translation>
    </message>
    <message>
        <source>Problems with the report</source>
        <translation>Problemen met de melding</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Bevestiging</translation>
    </message>
    <message>
        <source>Se&amp;nd report</source>
        <translation>Melding &amp;versturen</translation>
    </message>
    <message>
        <source>Send report</source>
        <translation>Melding versturen</translation>
    </message>
    <message>
        <source>Save the report and send it to the server (Ctrl+Enter)</source>
        <translation>De melding bewaren en naar de server versturen (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Dienst:</translation>
    </message>
    <message>
        <source>S&amp;ince:</source>
        <translation>&amp;Sinds:</translation>
    </message>
    <message>
        <source>Sym&amp;ptoms:</source>
        <translation>S&amp;ymptomen:</translation>
    </message>
    <message>
        <source>&amp;Error message:</source>
        <translation>&amp;Foutmelding:</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Opmerking:</translation>
    </message>
    <message>
        <source>Patients affected</source>
        <translation>Getroffen patiënten</translation>
    </message>
    <message>
        <source>Minutes lost</source>
        <translation>Verloren minuten</translation>
    </message>
    <message>
        <source>Fallback</source>
        <translation>Noodoplossing</translation>
    </message>
    <message>
        <source>Practice postcode (in Settings)</source>
        <translation>Postcode van de praktijk (in Instellingen)</translation>
    </message>
    <message>
        <source>EMR software name (in Settings)</source>
        <translation>Naam EMD-software (in Instellingen)</translation>
    </message>
    <message>
        <source>EMR software version (in Settings)</source>
        <translation>Versie EMD-software (in Instellingen)</translation>
    </message>
    <message>
        <source>Computer clock</source>
        <translation>Klok van de computer</translation>
    </message>
    <message>
        <source>Program data (%1)</source>
        <translation>Programmagegevens (%1)</translation>
    </message>
    <message>
        <source>The report could not be saved on this computer: %1</source>
        <translation>De melding kon niet op deze computer worden bewaard: %1</translation>
    </message>
    <message>
        <source>Report saved at %1. It is sent to the server in the background.</source>
        <translation>Melding bewaard om %1. Ze wordt op de achtergrond naar de server verstuurd.</translation>
    </message>
    <message>
        <source>The report was not saved. Please correct the following:</source>
        <translation>De melding werd niet bewaard. Verbeter het volgende:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A problem in the report form. %1 is the field, %2 the reason.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Reported: %1, started now</source>
        <extracomment>Feedback after &quot;Me too&quot;. %1 is a service.</extracomment>
        <translation>Gemeld: %1, vanaf nu</translation>
    </message>
    <message>
        <source>Add &amp;details…</source>
        <translation>Details toevoe&amp;gen…</translation>
    </message>
    <message>
        <source>Add details to this report</source>
        <translation>Details toevoegen aan deze melding</translation>
    </message>
    <message>
        <source>Add symptoms, the error message, the impact or a comment while it waits to be sent or after</source>
        <translation>Symptomen, de foutmelding, de impact of een opmerking toevoegen, terwijl de melding wacht om verstuurd te worden of daarna</translation>
    </message>
</context>
<context>
    <name>ehb::ReportsModel</name>
    <message>
        <source>ongoing</source>
        <translation>loopt nog</translation>
    </message>
    <message>
        <source>%1
Error message: %2</source>
        <translation>%1
Foutmelding: %2</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begin</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Einde</translation>
    </message>
    <message>
        <source>Symptoms</source>
        <translation>Symptomen</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Verzending</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Bewaard</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Verstuurd</translation>
    </message>
    <message>
        <source>Retrying (%1)</source>
        <translation>Nieuwe poging (%1)</translation>
    </message>
    <message>
        <source>Retrying at %1 (%2)</source>
        <extracomment>%1 is the time of the next attempt, %2 the reason of the last failure.</extracomment>
        <translation>Nieuwe poging om %1 (%2)</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>Geweigerd: %1</translation>
    </message>
    <message>
        <source>Saved on this computer, waiting to be sent to the server.</source>
        <translation>Bewaard op deze computer, wacht om naar de server verstuurd te worden.</translation>
    </message>
    <message>
        <source>The server received this report.</source>
        <translation>De server heeft deze melding ontvangen.</translation>
    </message>
    <message>
        <source>The last attempt failed: %1
Next attempt: %2
Attempts so far: %3</source>
        <translation>De laatste poging is mislukt: %1
Volgende poging: %2
Aantal pogingen tot nu toe: %3</translation>
    </message>
    <message>
        <source>The server refused this report: %1
It is kept on this computer.</source>
        <translation>De server heeft deze melding geweigerd: %1
Ze blijft bewaard op deze computer.</translation>
    </message>
    <message>
        <source>ongoing (still failing at %1)</source>
        <extracomment>My reports, the end column of a report the GP said was &quot;still failing&quot;.</extracomment>
        <translation>loopt nog (nog steeds defect om %1)</translation>
    </message>
</context>
<context>
    <name>ehb::ResolveDialog</name>
    <message>
        <source>The problem is over</source>
        <translation>Het probleem is voorbij</translation>
    </message>
    <message>
        <source>Now that it is over, you may add what it cost your practice: the minutes lost and the patients affected. This is optional.</source>
        <translation>Nu het voorbij is, kunt u toevoegen wat het uw praktijk heeft gekost: de verloren minuten en de getroffen patiënten. Dit is optioneel.</translation>
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translation>&amp;Oplossen</translation>
    </message>
    <message>
        <source>Resolve with this impact</source>
        <translation>Oplossen met deze gevolgen</translation>
    </message>
    <message>
        <source>Resolve &amp;without adding</source>
        <translation>Oplossen &amp;zonder toe te voegen</translation>
    </message>
    <message>
        <source>Resolve without adding an impact</source>
        <translation>Oplossen zonder gevolgen toe te voegen</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuleren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>ehb::ServerProbe</name>
    <message>
        <source>the address is not a web address</source>
        <translation>het adres is geen webadres</translation>
    </message>
    <message numerus="yes">
        <source>no answer within %n second(s)</source>
        <translation>
            <numerusform>geen antwoord binnen %n seconde</numerusform>
            <numerusform>geen antwoord binnen %n seconden</numerusform>
        </translation>
    </message>
    <message>
        <source>it answers HTTP %1, not as a collection server does</source>
        <translation>hij antwoordt HTTP %1, niet zoals een verzamelserver</translation>
    </message>
    <message>
        <source>its answer is not a collection server&apos;s</source>
        <translation>zijn antwoord is niet dat van een verzamelserver</translation>
    </message>
</context>
<context>
    <name>ehb::ServiceComboBox</name>
    <message>
        <source>Choose the service that fails</source>
        <translation>Kies de dienst die in storing is</translation>
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
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradres</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systeemtaal</translation>
    </message>
    <message>
        <source>Practice postcode</source>
        <translation>Postcode van de praktijk</translation>
    </message>
    <message>
        <source>e.g. 1000</source>
        <translation>bv. 1000</translation>
    </message>
    <message>
        <source>Optional. Shows where problems happen, without naming you.</source>
        <translation>Optioneel. Toont waar problemen optreden, zonder u bij naam te noemen.</translation>
    </message>
    <message>
        <source>EMR software name</source>
        <translation>Naam EMD-software</translation>
    </message>
    <message>
        <source>EMR software version</source>
        <translation>Versie EMD-software</translation>
    </message>
    <message>
        <source>Problems with the settings</source>
        <translation>Problemen met de instellingen</translation>
    </message>
    <message>
        <source>Save the settings</source>
        <translation>De instellingen bewaren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>&amp;Server address:</source>
        <translation>&amp;Serveradres:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>Practice &amp;postcode:</source>
        <translation>&amp;Postcode van de praktijk:</translation>
    </message>
    <message>
        <source>EMR software &amp;name:</source>
        <translation>&amp;Naam EMD-software:</translation>
    </message>
    <message>
        <source>EMR software &amp;version:</source>
        <translation>&amp;Versie EMD-software:</translation>
    </message>
    <message>
        <source>Practice postcode: enter a Belgian postcode from 1000 to 9999, or leave it empty</source>
        <translation>Postcode van de praktijk: vul een Belgische postcode van 1000 tot 9999 in, of laat het veld leeg</translation>
    </message>
    <message>
        <source>Staff &amp;token (GBO):</source>
        <translation>Pers&amp;oneelstoken (GBO):</translation>
    </message>
    <message>
        <source>Staff token (GBO)</source>
        <translation>Personeelstoken (GBO)</translation>
    </message>
    <message>
        <source>Only for GBO staff: shows the Analysis tab</source>
        <translation>Alleen voor medewerkers van de GBO: toont het tabblad Analyse</translation>
    </message>
    <message>
        <source>The token the server&apos;s administrator made for you. It is kept in your system&apos;s keychain when there is one.</source>
        <translation>Het token dat de beheerder van de server voor u heeft aangemaakt. Het wordt bewaard in de wachtwoordkluis van uw systeem, als die er is.</translation>
    </message>
    <message>
        <source>Where the staff token is kept</source>
        <translation>Waar het personeelstoken bewaard wordt</translation>
    </message>
    <message>
        <source>No keychain is available on this computer: the staff token is kept in the settings file, where anyone who can read your files can read it.</source>
        <translation>Er is geen wachtwoordkluis beschikbaar op deze computer: het personeelstoken wordt bewaard in het instellingenbestand, waar iedereen die uw bestanden kan lezen het ook kan lezen.</translation>
    </message>
    <message>
        <source>Set by your practice&apos;s administrator.</source>
        <translation>Ingesteld door de beheerder van uw praktijk.</translation>
    </message>
    <message>
        <source>About the server address</source>
        <translation>Over het serveradres</translation>
    </message>
</context>
<context>
    <name>ehb::SinceChooser</name>
    <message>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <source>Since now</source>
        <translation>Net begonnen</translation>
    </message>
    <message>
        <source>15 min</source>
        <translation>15 min</translation>
    </message>
    <message>
        <source>Since 15 minutes</source>
        <translation>Sinds 15 minuten</translation>
    </message>
    <message>
        <source>30 min</source>
        <translation>30 min</translation>
    </message>
    <message>
        <source>Since 30 minutes</source>
        <translation>Sinds 30 minuten</translation>
    </message>
    <message>
        <source>1 h</source>
        <translation>1 u</translation>
    </message>
    <message>
        <source>Since 1 hour</source>
        <translation>Sinds 1 uur</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Ander tijdstip</translation>
    </message>
    <message>
        <source>Since a custom time</source>
        <translation>Sinds een zelf gekozen tijdstip</translation>
    </message>
    <message>
        <source>Minutes since the problem began</source>
        <translation>Aantal minuten sinds het probleem begon</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
</context>
<context>
    <name>ehb::StatsClient</name>
    <message>
        <source>the report frequency</source>
        <translation>de meldingsfrequentie</translation>
    </message>
    <message>
        <source>the weekday and hour heatmap</source>
        <translation>de heatmap per weekdag en uur</translation>
    </message>
    <message>
        <source>the outage episodes</source>
        <translation>de storingsepisodes</translation>
    </message>
    <message>
        <source>the breakdown by symptom, software and province</source>
        <translation>de uitsplitsing per symptoom, software en provincie</translation>
    </message>
    <message>
        <source>the statistics</source>
        <translation>de statistieken</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Kan %1 niet lezen: %2</translation>
    </message>
    <message>
        <source>what the outages cost</source>
        <translation>wat de storingen hebben gekost</translation>
    </message>
    <message>
        <source>the official status page&apos;s record beside the episodes</source>
        <translation>het verslag van de officiële statuspagina naast de episodes</translation>
    </message>
    <message>
        <source>the official status page&apos;s changes</source>
        <translation>de wijzigingen van de officiële statuspagina</translation>
    </message>
    <message>
        <source>Could not load %1: no collection server is set (Settings).</source>
        <translation>Kan %1 niet laden: er is geen verzamelserver ingesteld (Instellingen).</translation>
    </message>
    <message>
        <source>Could not load %1: the staff token is never sent over plain http:// to another computer. Use an https:// server address in Settings.</source>
        <translation>Kan %1 niet laden: het personeelstoken wordt nooit via gewone http:// naar een andere computer verstuurd. Gebruik een https://-serveradres in Instellingen.</translation>
    </message>
</context>
<context>
    <name>ehb::SymptomPicker</name>
    <message>
        <source>Symptom: %1</source>
        <translation>Symptoom: %1</translation>
    </message>
</context>
<context>
    <name>ehb::TimelineChart</name>
    <message>
        <source>Outage episodes</source>
        <translation>Storingsepisodes</translation>
    </message>
    <message>
        <source>No outage episodes in this period.</source>
        <translation>Geen storingsepisodes in deze periode.</translation>
    </message>
    <message>
        <source>No data.</source>
        <translation>Geen gegevens.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 – %3 (%4), %n report(s) from %5 practices</source>
        <extracomment>An outage episode: service, start, end, duration, reports, practices.</extracomment>
        <translation>
            <numerusform>%1: %2 – %3 (%4), %n melding van %5 praktijken</numerusform>
            <numerusform>%1: %2 – %3 (%4), %n meldingen van %5 praktijken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n outage episode(s), %1 in all.</source>
        <translation>
            <numerusform>%n storingsepisode, %1 in totaal.</numerusform>
            <numerusform>%n storingsepisodes, %1 in totaal.</numerusform>
        </translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Service id</source>
        <translation>Dienst-id</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Begin</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Einde</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Meldingen</translation>
    </message>
    <message>
        <source>Practices</source>
        <translation>Praktijken</translation>
    </message>
    <message>
        <source>Proven by the reports</source>
        <translation>Bewezen door de meldingen</translation>
    </message>
    <message>
        <source>Allowed by the reports</source>
        <translation>Toegelaten door de meldingen</translation>
    </message>
    <message>
        <source>Start and end found</source>
        <translation>Gevonden begin en einde</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 – %3, %4, %n report(s) from %5 practices</source>
        <extracomment>An outage episode: service, start, end, minutes with their range (&quot;48 min (9–49)&quot;), reports, practices.</extracomment>
        <translation>
            <numerusform>%1: %2 – %3, %4, %n melding van %5 praktijken</numerusform>
            <numerusform>%1: %2 – %3, %4, %n meldingen van %5 praktijken</numerusform>
        </translation>
    </message>
    <message>
        <source>Start between %1 and %2, end between %3 and %4.</source>
        <extracomment>The ranges of an outage episode&apos;s start and end, as the reports allow them.</extracomment>
        <translation>Begin tussen %1 en %2, einde tussen %3 en %4.</translation>
    </message>
    <message>
        <source>Minutes, low</source>
        <translation>Minuten, ondergrens</translation>
    </message>
    <message>
        <source>Minutes, high</source>
        <translation>Minuten, bovengrens</translation>
    </message>
    <message>
        <source>Start, earliest</source>
        <translation>Begin, vroegst</translation>
    </message>
    <message>
        <source>Start, latest</source>
        <translation>Begin, laatst</translation>
    </message>
    <message>
        <source>End, earliest</source>
        <translation>Einde, vroegst</translation>
    </message>
    <message>
        <source>End, latest</source>
        <translation>Einde, laatst</translation>
    </message>
    <message numerus="yes">
        <source>Minutes lost: %1 reported by %n report(s)</source>
        <extracomment>What an outage episode cost: minutes lost as reported, by how many reports.</extracomment>
        <translation>
            <numerusform>Verloren minuten: %1 gemeld door %n melding</numerusform>
            <numerusform>Verloren minuten: %1 gemeld door %n meldingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, ≈ %1 more estimated for %n practice(s) that gave none</source>
        <extracomment>The estimate of an episode&apos;s minutes lost, kept apart from the reported sum.</extracomment>
        <translation>
            <numerusform>, naar schatting %1 meer voor %n praktijk die er geen opgaf</numerusform>
            <numerusform>, naar schatting %1 meer voor %n praktijken die er geen opgaven</numerusform>
        </translation>
    </message>
    <message>
        <source>Minutes lost, reported</source>
        <translation>Verloren minuten, gemeld</translation>
    </message>
    <message>
        <source>Reports giving minutes lost</source>
        <translation>Meldingen met verloren minuten</translation>
    </message>
    <message>
        <source>Minutes lost, estimate for practices without</source>
        <translation>Verloren minuten, schatting voor praktijken zonder</translation>
    </message>
    <message>
        <source>Patients affected, reported</source>
        <translation>Getroffen patiënten, gemeld</translation>
    </message>
    <message>
        <source>official</source>
        <extracomment>The label of the official status lane under a service on the episode timeline.</extracomment>
        <translation>officieel</translation>
    </message>
    <message>
        <source>Under each service, what the official status page said at the time.</source>
        <translation>Onder elke dienst, wat de officiële statuspagina op dat moment meldde.</translation>
    </message>
</context>
<context>
    <name>ehb::TrayIcon</name>
    <message>
        <source>&amp;Report a problem with</source>
        <translation>&amp;Probleem melden voor</translation>
    </message>
    <message>
        <source>&amp;Show window</source>
        <translation>&amp;Venster tonen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>eHealth Bugs: report a problem with an eHealth service</source>
        <translation>eHealth Bugs: een probleem met een eHealth-dienst melden</translation>
    </message>
    <message>
        <source>eHealth Bugs</source>
        <translation>eHealth Bugs</translation>
    </message>
    <message numerus="yes">
        <source>The connection is back: %Ln waiting report(s) reached the server.</source>
        <translation>
            <numerusform>De verbinding is hersteld: %Ln wachtende melding heeft de server bereikt.</numerusform>
            <numerusform>De verbinding is hersteld: %Ln wachtende meldingen hebben de server bereikt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Click here to answer in eHealth Bugs.</source>
        <translation>Klik hier om te antwoorden in eHealth Bugs.</translation>
    </message>
    <message>
        <source>eHealth Bugs: no collection server is set. Reports are kept on this computer until one is set in Settings.</source>
        <translation>eHealth Bugs: er is geen verzamelserver ingesteld. Meldingen worden op deze computer bewaard tot er een is ingesteld in Instellingen.</translation>
    </message>
    <message>
        <source>&amp;Me too, failing now</source>
        <translation>&amp;Ik ook, nu gestoord</translation>
    </message>
    <message>
        <source>Click here to add details.</source>
        <translation>Klik hier om details toe te voegen.</translation>
    </message>
</context>
<context>
    <name>ehb::UpdateNotice</name>
    <message>
        <source>A newer version is available</source>
        <translation>Er is een nieuwere versie beschikbaar</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Negeren</translation>
    </message>
    <message>
        <source>Hide this notice until a still newer version is available</source>
        <translation>Deze melding verbergen tot er een nog nieuwere versie beschikbaar is</translation>
    </message>
    <message>
        <source>A newer version of eHealth Bugs (%1) is available</source>
        <translation>Er is een nieuwere versie van eHealth Bugs (%1) beschikbaar</translation>
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
        <translation>Welkom bij eHealth Bugs</translation>
    </message>
    <message>
        <source>Two details make your reports more useful: where your practice is, by its postcode only, and which EMR software you use. Both are optional; you can skip them and change them later in Settings.</source>
        <translation>Twee gegevens maken uw meldingen nuttiger: waar uw praktijk ligt, alleen via de postcode, en welke EMD-software u gebruikt. Beide zijn optioneel; u kunt ze overslaan en later wijzigen in Instellingen.</translation>
    </message>
    <message>
        <source>eHealth Bugs never asks for your name, your RIZIV/INAMI number or anything else that identifies you.</source>
        <translation>eHealth Bugs vraagt nooit uw naam, uw RIZIV-nummer of iets anders waarmee u geïdentificeerd kunt worden.</translation>
    </message>
    <message>
        <source>Practice &amp;postcode:</source>
        <translation>&amp;Postcode van de praktijk:</translation>
    </message>
    <message>
        <source>Practice postcode</source>
        <translation>Postcode van de praktijk</translation>
    </message>
    <message>
        <source>e.g. 1000</source>
        <translation>bv. 1000</translation>
    </message>
    <message>
        <source>EMR software &amp;name:</source>
        <translation>&amp;Naam EMD-software:</translation>
    </message>
    <message>
        <source>EMR software name</source>
        <translation>Naam EMD-software</translation>
    </message>
    <message>
        <source>Choose or type</source>
        <translation>Kies of typ</translation>
    </message>
    <message>
        <source>EMR software &amp;version:</source>
        <translation>&amp;Versie EMD-software:</translation>
    </message>
    <message>
        <source>EMR software version</source>
        <translation>Versie EMD-software</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>&amp;Overslaan</translation>
    </message>
    <message>
        <source>Collection server</source>
        <translation>Verzamelserver</translation>
    </message>
    <message>
        <source>No collection server is set yet. Your reports are kept on this computer until one is set in Settings.</source>
        <translation>Er is nog geen verzamelserver ingesteld. Uw meldingen worden op deze computer bewaard tot er een is ingesteld in Instellingen.</translation>
    </message>
    <message>
        <source>Collection server: %1. Checking whether it answers…</source>
        <translation>Verzamelserver: %1. Nagaan of hij antwoordt…</translation>
    </message>
    <message>
        <source>Collection server: %1. It answers.</source>
        <translation>Verzamelserver: %1. Hij antwoordt.</translation>
    </message>
    <message>
        <source>Collection server: %1. It does not answer: %2. Your reports are kept on this computer until it does.</source>
        <translation>Verzamelserver: %1. Hij antwoordt niet: %2. Uw meldingen worden op deze computer bewaard tot hij antwoordt.</translation>
    </message>
    <message>
        <source>Collection server: %1.</source>
        <translation>Verzamelserver: %1.</translation>
    </message>
    <message>
        <source>Practice postcode: enter a Belgian postcode from 1000 to 9999, or leave it empty</source>
        <translation>Postcode van de praktijk: vul een Belgische postcode van 1000 tot 9999 in, of laat het veld leeg</translation>
    </message>
</context>
<context>
    <name>ehb::server::CollectionServer</name>
    <message>
        <source>Cannot listen on %1:%2: %3</source>
        <translation>Kan niet luisteren op %1:%2: %3</translation>
    </message>
</context>
<context>
    <name>ehb::server::GuardedSocket</name>
    <message>
        <source>The server has too many connections open; try again later.</source>
        <translation>De server heeft te veel open verbindingen; probeer het later opnieuw.</translation>
    </message>
    <message>
        <source>The request is not valid HTTP/1.1.</source>
        <translation>De request is geen geldige HTTP/1.1.</translation>
    </message>
    <message>
        <source>Send the body with a Content-Length header; Transfer-Encoding is not accepted.</source>
        <translation>Verstuur de body met een Content-Length-header; Transfer-Encoding wordt niet aanvaard.</translation>
    </message>
    <message>
        <source>The request body is larger than the %1 bytes accepted.</source>
        <translation>De request body is groter dan de aanvaarde %1 bytes.</translation>
    </message>
    <message>
        <source>The request line is longer than the %1 bytes accepted.</source>
        <translation>De request-regel is langer dan de aanvaarde %1 bytes.</translation>
    </message>
    <message>
        <source>Only the expectation 100-continue is supported.</source>
        <translation>Alleen de verwachting 100-continue wordt ondersteund.</translation>
    </message>
    <message>
        <source>The request headers are larger than the %1 bytes accepted.</source>
        <translation>De request-headers zijn groter dan de aanvaarde %1 bytes.</translation>
    </message>
    <message>
        <source>The request did not arrive in whole within %1 seconds.</source>
        <translation>De request is niet volledig binnengekomen binnen %1 seconden.</translation>
    </message>
    <message>
        <source>Too many connections from your address are open; try again later.</source>
        <translation>Er staan te veel verbindingen vanaf uw adres open; probeer het later opnieuw.</translation>
    </message>
    <message numerus="yes">
        <source>The request headers did not arrive within %n second(s).</source>
        <translation>
            <numerusform>De headers van het request zijn niet binnengekomen binnen %n seconde.</numerusform>
            <numerusform>De headers van het request zijn niet binnengekomen binnen %n seconden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ehb::server::HttpListener</name>
    <message>
        <source>Cannot listen on %1:%2: %3</source>
        <translation>Kan niet luisteren op %1:%2: %3</translation>
    </message>
</context>
<context>
    <name>ehb::server::HttpWorker</name>
    <message>
        <source>The server is already listening on port %1.</source>
        <translation>De server luistert al op poort %1.</translation>
    </message>
</context>
<context>
    <name>ehb::server::OfficialPoller</name>
    <message>
        <source>no complete answer in time, or an answer too large</source>
        <translation>geen volledig antwoord op tijd, of een te groot antwoord</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>HTTP-status %1</translation>
    </message>
</context>
</TS>
