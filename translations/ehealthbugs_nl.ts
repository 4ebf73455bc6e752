<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_BE">
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

Om vanuit uw EMD-software te melden zonder venster, voer uit:
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
        <source>The server address must start with https:// or http://: %1</source>
        <translation>Het serveradres moet beginnen met https:// of http://: %1</translation>
    </message>
    <message>
        <source>Your reports could not be opened: %1</source>
        <translation>Uw meldingen konden niet worden geopend: %1</translation>
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
        <source>The database URL &quot;%1&quot; is not understood; use sqlite:PATH or postgresql://USER@HOST/NAME.</source>
        <translation>De database-URL &quot;%1&quot; wordt niet begrepen; gebruik sqlite:PAD of postgresql://GEBRUIKER@HOST/NAAM.</translation>
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
    <name>PrivacyGuard</name>
    <message>
        <source>contains what looks like a national register number; remove patient data</source>
        <translation>bevat iets dat op een rijksregisternummer lijkt; verwijder de patiëntgegevens</translation>
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
        <source>--server must be an http or https URL such as https://bugs.example.be</source>
        <translation>--server moet een http- of https-URL zijn, zoals https://bugs.example.be</translation>
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
</context>
<context>
    <name>ReportPutHandler</name>
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
    <message numerus="yes">
        <source>is longer than %n characters</source>
        <translation>
            <numerusform>is langer dan %n teken</numerusform>
            <numerusform>is langer dan %n tekens</numerusform>
        </translation>
    </message>
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
    <message numerus="yes">
        <source>has more than %n symptoms</source>
        <translation>
            <numerusform>heeft meer dan %n symptoom</numerusform>
            <numerusform>heeft meer dan %n symptomen</numerusform>
        </translation>
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
</context>
<context>
    <name>RepositoryFactory</name>
    <message>
        <source>PostgreSQL is not supported yet (%1); use sqlite:PATH for now.</source>
        <translation>PostgreSQL wordt nog niet ondersteund (%1); gebruik voorlopig sqlite:PAD.</translation>
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
        <source>The option %1 does not apply to migrate.</source>
        <translation>De optie %1 geldt niet voor migrate.</translation>
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
        <source>Usage: ehealthbugs-server &lt;command&gt; [options]

Collects eHealth outage reports from the eHealth Bugs desktop program.

Commands:
  serve      Answer the HTTP API (migrates the database first)
  migrate    Bring the database schema up to date, then exit

Options:
  --listen ADDRESS:PORT  Address to listen on (default 127.0.0.1:%1; port 0
                         picks a free port). serve only.
  --database URL         sqlite:PATH (default: %2)
  --max-body BYTES       Largest accepted request body (default %3). serve only.
  --version              Print the version and exit
  -h, --help             Print this help and exit
</source>
        <translation>Gebruik: ehealthbugs-server &lt;opdracht&gt; [opties]

Verzamelt meldingen van eHealth-storingen uit het desktopprogramma eHealth Bugs.

Opdrachten:
  serve      De HTTP API beantwoorden (migreert eerst de database)
  migrate    Het databaseschema bijwerken en daarna stoppen

Opties:
  --listen ADRES:POORT   Adres waarop geluisterd wordt (standaard 127.0.0.1:%1;
                         poort 0 kiest een vrije poort). Alleen voor serve.
  --database URL         sqlite:PAD (standaard: %2)
  --max-body BYTES       Grootste aanvaarde request body (standaard %3).
                         Alleen voor serve.
  --version              De versie tonen en stoppen
  -h, --help             Deze hulp tonen en stoppen
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
    <name>SqliteMigrations</name>
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
    <name>SqliteReportRepository</name>
    <message>
        <source>The database %1 is not open.</source>
        <translation>De database %1 is niet geopend.</translation>
    </message>
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
    <message>
        <source>Cannot store the report in %1: %2</source>
        <translation>Kan de melding niet opslaan in %1: %2</translation>
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
        <source>The database does not answer: %1</source>
        <translation>De database antwoordt niet: %1</translation>
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
        <source>%n report(s) waiting for the server</source>
        <translation>
            <numerusform>%n melding wacht op de server</numerusform>
            <numerusform>%n meldingen wachten op de server</numerusform>
        </translation>
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
        <translation>Het geselecteerde probleem is voorbij: noteer dat het nu opgehouden is</translation>
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
        <translation>Al het andere dat nuttig is om te weten. Geen patiëntgegevens, a.u.b.</translation>
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
</context>
<context>
    <name>ehb::ServiceComboBox</name>
    <message>
        <source>Choose the service that fails</source>
        <translation>Kies de dienst die in storing is</translation>
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
        <source>A new language applies the next time eHealth Bugs starts.</source>
        <translation>Een nieuwe taal wordt actief de volgende keer dat eHealth Bugs start.</translation>
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
        <source>Server address: enter a web address starting with https:// or http://</source>
        <translation>Serveradres: vul een webadres in dat begint met https:// of http://</translation>
    </message>
    <message>
        <source>Practice postcode: enter a Belgian postcode from 1000 to 9999, or leave it empty</source>
        <translation>Postcode van de praktijk: vul een Belgische postcode van 1000 tot 9999 in, of laat het veld leeg</translation>
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
        <translation>Vanaf nu</translation>
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
    <name>ehb::SymptomPicker</name>
    <message>
        <source>Symptom: %1</source>
        <translation>Symptoom: %1</translation>
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
        <source>The connection is back: %n waiting report(s) reached the server.</source>
        <translation>
            <numerusform>De verbinding is hersteld: %n wachtende melding heeft de server bereikt.</numerusform>
            <numerusform>De verbinding is hersteld: %n wachtende meldingen hebben de server bereikt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ehb::server::CollectionServer</name>
    <message>
        <source>The server is already listening on port %1.</source>
        <translation>De server luistert al op poort %1.</translation>
    </message>
</context>
<context>
    <name>ehb::server::HttpListener</name>
    <message>
        <source>Cannot listen on %1:%2: %3</source>
        <translation>Kan niet luisteren op %1:%2: %3</translation>
    </message>
</context>
</TS>
