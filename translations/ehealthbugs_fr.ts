<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_BE">
<context>
    <name>AnalysisExport</name>
    <message>
        <source>The picture of “%1” could not be drawn.</source>
        <translation>L&apos;image de « %1 » n&apos;a pas pu être dessinée.</translation>
    </message>
</context>
<context>
    <name>AnalysisHttp</name>
    <message>
        <source>The query has invalid parameters.</source>
        <translation>La requête contient des paramètres non valides.</translation>
    </message>
    <message>
        <source>The analysis cannot be read now; try again later.</source>
        <translation>L&apos;analyse ne peut pas être lue pour le moment ; réessayez plus tard.</translation>
    </message>
</context>
<context>
    <name>AnalysisQueries</name>
    <message>
        <source>Cannot read the reports for the analysis: %1</source>
        <translation>Impossible de lire les signalements pour l&apos;analyse : %1</translation>
    </message>
    <message>
        <source>Cannot read the reports for the breakdown: %1</source>
        <translation>Impossible de lire les signalements pour la répartition : %1</translation>
    </message>
    <message>
        <source>Cannot count the recent reports: %1</source>
        <translation>Impossible de compter les signalements récents : %1</translation>
    </message>
    <message>
        <source>Cannot read the versions of the analysis: %1</source>
        <translation>Impossible de lire les versions de l&apos;analyse : %1</translation>
    </message>
    <message>
        <source>Cannot read the recent reports: %1</source>
        <translation>Impossible de lire les signalements récents : %1</translation>
    </message>
</context>
<context>
    <name>ApiReply</name>
    <message>
        <source>Could not load %1: the server did not answer in time.</source>
        <translation>Impossible de charger %1 : le serveur n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>Could not load %1: the server could not be reached (%2).</source>
        <translation>Impossible de charger %1 : le serveur est injoignable (%2).</translation>
    </message>
    <message>
        <source>Could not load %1: the staff token was refused. Check it in Settings.</source>
        <translation>Impossible de charger %1 : le jeton du personnel a été refusé. Vérifiez-le dans Paramètres.</translation>
    </message>
    <message numerus="yes">
        <source>Could not load %1: the server is busy with too many requests; try again in %n second(s).</source>
        <translation>
            <numerusform>Impossible de charger %1 : le serveur reçoit trop de requêtes ; réessayez dans %n seconde.</numerusform>
            <numerusform>Impossible de charger %1 : le serveur reçoit trop de requêtes ; réessayez dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not load %1: this server does not offer it (HTTP 404); it may be an older version.</source>
        <translation>Impossible de charger %1 : ce serveur ne le propose pas (HTTP 404) ; il s&apos;agit peut-être d&apos;une version plus ancienne.</translation>
    </message>
    <message>
        <source>Could not load %1: the server had a problem (HTTP %2): %3</source>
        <translation>Impossible de charger %1 : le serveur a rencontré un problème (HTTP %2) : %3</translation>
    </message>
    <message>
        <source>Could not load %1: the server refused the question (HTTP %2): %3</source>
        <translation>Impossible de charger %1 : le serveur a refusé la requête (HTTP %2) : %3</translation>
    </message>
    <message>
        <source>Could not load %1: the server&apos;s certificate was refused (%2).</source>
        <translation>Impossible de charger %1 : le certificat du serveur a été refusé (%2).</translation>
    </message>
</context>
<context>
    <name>ApiRoutes</name>
    <message>
        <source>The database does not answer.</source>
        <translation>La base de données ne répond pas.</translation>
    </message>
    <message>
        <source>There is nothing at this address.</source>
        <translation>Il n&apos;y a rien à cette adresse.</translation>
    </message>
    <message>
        <source>This address answers only %1.</source>
        <translation>Cette adresse ne répond qu&apos;à %1.</translation>
    </message>
    <message>
        <source>The database does not answer; try again later.</source>
        <translation>La base de données ne répond pas ; réessayez plus tard.</translation>
    </message>
    <message>
        <source>This address is for GBO staff: send a current token as &quot;Authorization: Bearer &lt;token&gt;&quot;.</source>
        <translation>Cette adresse est réservée au personnel du GBO : envoyez un jeton valide sous la forme « Authorization: Bearer &lt;token&gt; ».</translation>
    </message>
</context>
<context>
    <name>BatchWrite</name>
    <message>
        <source>The report %1 could not be read back.</source>
        <translation>Le signalement %1 n&apos;a pas pu être relu.</translation>
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
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 j %2 h</translation>
    </message>
    <message>
        <source>%1 min (%2–%3)</source>
        <extracomment>A length in minutes and, in brackets, the shortest and the longest the reports allow: &quot;162 min (150–171)&quot;.</extracomment>
        <translation>%1 min (%2–%3)</translation>
    </message>
    <message>
        <source>The range runs from the shortest to the longest the reports allow; the shortest is the least they show.</source>
        <translation>La fourchette va du plus court au plus long que les signalements permettent ; le plus court est le moins qu&apos;ils montrent.</translation>
    </message>
</context>
<context>
    <name>ClientSettings</name>
    <message>
        <source>The staff token could not be saved in the settings file.</source>
        <translation>Le jeton du personnel n&apos;a pas pu être enregistré dans le fichier de paramètres.</translation>
    </message>
    <message>
        <source>Server address set by your practice&apos;s administrator</source>
        <translation>Adresse du serveur définie par l&apos;administrateur de votre cabinet</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <source>Server address built into this program</source>
        <translation>Adresse du serveur intégrée à ce programme</translation>
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
        <translation>Signalez en quelques secondes les pannes des services eHealth belges.

Pour signaler depuis votre logiciel médical, sans fenêtre, lancez :
  %1 report --help</translation>
    </message>
    <message>
        <source>Keep the settings (settings.ini) and reports (reports.sqlite) in &lt;directory&gt;.</source>
        <translation>Conserver les paramètres (settings.ini) et les signalements (reports.sqlite) dans &lt;dossier&gt;.</translation>
    </message>
    <message>
        <source>directory</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>Send reports to the collection server at &lt;url&gt;, and remember it.</source>
        <translation>Envoyer les signalements au serveur de collecte &lt;url&gt;, et le mémoriser.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Your reports could not be opened: %1</source>
        <translation>Impossible d&apos;ouvrir vos signalements : %1</translation>
    </message>
    <message>
        <source>--server is remembered, but your practice&apos;s administrator set the server address for this computer: %1 is used.</source>
        <translation>--server est mémorisé, mais l&apos;administrateur de votre cabinet a défini l&apos;adresse du serveur pour cet ordinateur : c&apos;est %1 qui est utilisé.</translation>
    </message>
</context>
<context>
    <name>DatabaseUrl</name>
    <message>
        <source>The database URL &quot;%1&quot; names a host; use sqlite:PATH or sqlite:///absolute/path.</source>
        <translation>L&apos;URL de base de données « %1 » désigne un hôte ; utilisez sqlite:CHEMIN ou sqlite:///chemin/absolu.</translation>
    </message>
    <message>
        <source>The database URL &quot;%1&quot; has no file path.</source>
        <translation>L&apos;URL de base de données « %1 » ne contient pas de chemin de fichier.</translation>
    </message>
    <message>
        <source>The database URL &quot;%1&quot; is not understood; use sqlite:PATH or postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>L&apos;URL de base de données « %1 » n&apos;est pas comprise ; utilisez sqlite:CHEMIN ou postgresql://UTILISATEUR@HÔTE:PORT/BASE.</translation>
    </message>
    <message>
        <source>The PostgreSQL URL &quot;%1&quot; is not valid: %2</source>
        <translation>L&apos;URL PostgreSQL « %1 » n&apos;est pas valide : %2</translation>
    </message>
    <message>
        <source>the %1 has a broken percent escape (%XX).</source>
        <translation>la partie « %1 » contient un échappement en pourcentage incorrect (%XX).</translation>
    </message>
    <message>
        <source>it has a &apos;#&apos;; write it as %23.</source>
        <translation>elle contient un « # » ; écrivez-le %23.</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>password</source>
        <translation>mot de passe</translation>
    </message>
    <message>
        <source>the IPv6 address has no closing &apos;]&apos;.</source>
        <translation>l&apos;adresse IPv6 n&apos;a pas de « ] » fermant.</translation>
    </message>
    <message>
        <source>unexpected text after the IPv6 address.</source>
        <translation>texte inattendu après l&apos;adresse IPv6.</translation>
    </message>
    <message>
        <source>the IPv6 address is empty.</source>
        <translation>l&apos;adresse IPv6 est vide.</translation>
    </message>
    <message>
        <source>the port after &apos;:&apos; is missing.</source>
        <translation>le port manque après « : ».</translation>
    </message>
    <message>
        <source>several hosts are not supported; give one.</source>
        <translation>plusieurs hôtes ne sont pas pris en charge ; indiquez-en un seul.</translation>
    </message>
    <message>
        <source>an IPv6 address must be written in brackets, as [::1].</source>
        <translation>une adresse IPv6 doit être écrite entre crochets, comme [::1].</translation>
    </message>
    <message>
        <source>host</source>
        <translation>hôte</translation>
    </message>
    <message>
        <source>database name</source>
        <translation>nom de la base de données</translation>
    </message>
    <message>
        <source>the option &quot;%1&quot; is not of the form key=value.</source>
        <translation>l&apos;option « %1 » n&apos;est pas de la forme clé=valeur.</translation>
    </message>
    <message>
        <source>option name</source>
        <translation>nom d&apos;option</translation>
    </message>
    <message>
        <source>option %1</source>
        <translation>option %1</translation>
    </message>
    <message>
        <source>the option &quot;%1&quot; is given twice.</source>
        <translation>l&apos;option « %1 » est donnée deux fois.</translation>
    </message>
    <message>
        <source>the option &quot;%1&quot; is unknown.</source>
        <translation>l&apos;option « %1 » est inconnue.</translation>
    </message>
    <message>
        <source>the option &quot;%1&quot; needs a whole number, not &quot;%2&quot;.</source>
        <translation>l&apos;option « %1 » attend un nombre entier, pas « %2 ».</translation>
    </message>
    <message>
        <source>the option &quot;%1&quot; is &quot;%2&quot;; use one of: %3.</source>
        <translation>l&apos;option « %1 » vaut « %2 » ; utilisez l&apos;une des valeurs suivantes : %3.</translation>
    </message>
    <message>
        <source>the option &quot;%1&quot; may not contain &apos;;&apos;.</source>
        <translation>l&apos;option « %1 » ne peut pas contenir « ; ».</translation>
    </message>
    <message>
        <source>the port &quot;%1&quot; is not a number from 1 to 65535.</source>
        <translation>le port « %1 » n&apos;est pas un nombre de 1 à 65535.</translation>
    </message>
    <message>
        <source>it names no database; add /DATABASE after the host.</source>
        <translation>elle ne désigne aucune base de données ; ajoutez /BASE après l&apos;hôte.</translation>
    </message>
</context>
<context>
    <name>EpisodesHandler</name>
    <message>
        <source>must be a number between 0 and 1, such as 0.999 for 99.9 %</source>
        <translation>doit être un nombre entre 0 et 1, par exemple 0.999 pour 99,9 %</translation>
    </message>
</context>
<context>
    <name>ExportCells</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
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
        <translation>Aucun nom de fichier n&apos;a été indiqué.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Impossible d&apos;enregistrer %1 : %2</translation>
    </message>
    <message>
        <source>There is no image to save in %1.</source>
        <translation>Il n&apos;y a pas d&apos;image à enregistrer dans %1.</translation>
    </message>
    <message>
        <source>Could not encode the image for %1.</source>
        <translation>Impossible d&apos;encoder l&apos;image pour %1.</translation>
    </message>
</context>
<context>
    <name>KeychainText</name>
    <message>
        <source>The keychain did not answer.</source>
        <translation>Le trousseau de clés n&apos;a pas répondu.</translation>
    </message>
    <message>
        <source>The keychain refused: %1</source>
        <translation>Le trousseau de clés a refusé : %1</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Unreachable</source>
        <translation>Injoignable</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Délai dépassé</translation>
    </message>
    <message>
        <source>Very slow</source>
        <translation>Très lent</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>Message d&apos;erreur</translation>
    </message>
    <message>
        <source>Login or certificate refused</source>
        <translation>Connexion ou certificat refusé</translation>
    </message>
    <message>
        <source>Request rejected</source>
        <translation>Demande rejetée</translation>
    </message>
    <message>
        <source>Partly working</source>
        <translation>Fonctionne en partie</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>No fallback</source>
        <translation>Aucune solution de repli</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Sur papier</translation>
    </message>
    <message>
        <source>Done later</source>
        <translation>Fait plus tard</translation>
    </message>
</context>
<context>
    <name>LiveHandler</name>
    <message>
        <source>must be a whole number of minutes from %1 to %2</source>
        <translation>doit être un nombre entier de minutes de %1 à %2</translation>
    </message>
</context>
<context>
    <name>LiveLevelBadge</name>
    <message>
        <source>outage reported by other practices</source>
        <extracomment>Live level of a service, shown after its name in the service list.</extracomment>
        <translation>panne signalée par d&apos;autres cabinets</translation>
    </message>
    <message>
        <source>possible problem</source>
        <extracomment>Live level of a service, shown after its name in the service list.</extracomment>
        <translation>problème possible</translation>
    </message>
</context>
<context>
    <name>LiveLevelText</name>
    <message>
        <source>Possible problem</source>
        <translation>Problème possible</translation>
    </message>
    <message>
        <source>Outage</source>
        <translation>Panne</translation>
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
        <translation>%1 minutes</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 heures</translation>
    </message>
    <message>
        <source>%1 different installations</source>
        <translation>%1 installations différentes</translation>
    </message>
    <message>
        <source>Each report gives the time the problem started and, when the user marked it resolved, the time it ended: the report covers that time. A report without an end covers until %1 after it was sent (or after its start, when that is later). No report covers more than %2: a &quot;resolved&quot; clicked a day late is cut back, and a report whose start lies long before it was sent keeps only its most recent part.</source>
        <translation>Chaque signalement indique l&apos;heure à laquelle le problème a commencé et, si l&apos;utilisateur l&apos;a marqué comme résolu, l&apos;heure à laquelle il a pris fin : le signalement couvre cette période. Un signalement sans fin couvre jusqu&apos;à %1 après son envoi (ou après son début, s&apos;il est plus tardif). Aucun signalement ne couvre plus de %2 : un « résolu » cliqué un jour trop tard est ramené à cette durée, et d&apos;un signalement dont le début est bien antérieur à l&apos;envoi, seule la partie la plus récente est gardée.</translation>
    </message>
    <message>
        <source>Reports about the same service whose covers overlap or lie less than %1 apart form one group. A group is an outage episode only when its reports come from at least %2 (practices or computers): the local problem of a single practice, such as its internet connection or its computer, never makes an outage.</source>
        <translation>Les signalements d&apos;un même service dont les périodes se chevauchent ou sont séparées de moins de %1 forment un groupe. Un groupe n&apos;est un épisode de panne que si ses signalements viennent d&apos;au moins %2 (cabinets ou ordinateurs) : le problème local d&apos;un seul cabinet, comme sa connexion internet ou son ordinateur, ne fait jamais une panne.</translation>
    </message>
    <message>
        <source>Within a group the service counts as down only while the covers of at least %1 overlap; breaks shorter than %2 do not split an episode.</source>
        <translation>Au sein d&apos;un groupe, le service n&apos;est compté en panne que lorsque les périodes d&apos;au moins %1 se chevauchent ; des interruptions de moins de %2 ne coupent pas un épisode.</translation>
    </message>
    <message>
        <source>The start and the end then move in to the first and the last moment at which at least %1 of the most installations down at once agree.</source>
        <translation>Le début et la fin sont ensuite resserrés au premier et au dernier moment où au moins %1 du nombre maximal d&apos;installations simultanément en panne concordent.</translation>
    </message>
    <message>
        <source>The figures count reports sent by users of eHealth Bugs: an outage that nobody reported, or that fewer than %1 reported, does not appear.</source>
        <translation>Les chiffres comptent les signalements envoyés par les utilisateurs d&apos;eHealth Bugs : une panne que personne n&apos;a signalée, ou que moins de %1 ont signalée, n&apos;apparaît pas.</translation>
    </message>
    <message>
        <source>Downtime is the total length of the episodes within the period; an episode that begins before the period or ends after it counts only for its part inside. Availability is 1 minus the downtime divided by the length of the period. Availability in working hours does the same over Monday to Friday, 08:00 to 18:00 local time, leaving out Belgium&apos;s federal public holidays and the days the server&apos;s operator adds. A service meets the service level target of %1 when both its availability and its availability in working hours reach it.</source>
        <translation>L&apos;indisponibilité est la durée totale des épisodes dans la période ; un épisode qui commence avant la période ou se termine après ne compte que pour sa partie intérieure. La disponibilité vaut 1 moins l&apos;indisponibilité divisée par la durée de la période. La disponibilité aux heures ouvrables fait de même du lundi au vendredi, de 08:00 à 18:00 heure locale, sans les jours fériés fédéraux belges ni les jours ajoutés par l&apos;exploitant du serveur. Un service atteint l&apos;objectif de niveau de service de %1 lorsque sa disponibilité et sa disponibilité aux heures ouvrables l&apos;atteignent toutes les deux.</translation>
    </message>
    <message>
        <source>The start is placed from the moments the reports were sent, run back at their pace, not from the &quot;since&quot; chosen, which is mostly rounded back. The end follows the last reports at their pace, or &quot;resolved&quot; clicks of %1 that come together within %2 of the last reports. Early &quot;since&quot; choices and late &quot;resolved&quot; clicks therefore do not stretch an episode.</source>
        <translation>Le début est placé à partir des moments où les signalements ont été envoyés, en remontant à leur rythme, et non à partir du « depuis » choisi, le plus souvent arrondi vers le passé. La fin suit les derniers signalements à leur rythme, ou les clics « résolu » de %1 qui arrivent ensemble dans les %2 qui suivent les derniers signalements. Des choix « depuis » trop tôt et des clics « résolu » tardifs n&apos;allongent donc pas un épisode.</translation>
    </message>
    <message>
        <source>On a service that gets many reports of unrelated local problems, some overlap by chance. For such a service, hour by hour, both numbers of installations above are raised until chance alone reaches them at most once in %1 years. How often such reports come is measured over the service&apos;s working hours, and how busy each hour of the week is, over every service.</source>
        <translation>Pour un service qui reçoit beaucoup de signalements de problèmes locaux sans lien entre eux, certains se chevauchent par hasard. Pour un tel service, heure par heure, les deux nombres d&apos;installations ci-dessus sont relevés jusqu&apos;à ce que le hasard seul ne les atteigne qu&apos;au plus une fois en %1 ans. La fréquence de ces signalements est mesurée sur les heures ouvrables du service, et l&apos;activité de chaque heure de la semaine sur l&apos;ensemble des services.</translation>
    </message>
    <message>
        <source>Each report counts once, as its latest revision; a service&apos;s figures cover its reports that started in the period, and an episode&apos;s the reports of its service that overlap it. The estimate, shown apart from the reported sum, is the number of practices that reported without giving minutes lost times the median minutes lost per report of those that gave them; a money value appears only when the operator set an hourly value.</source>
        <translation>Chaque signalement compte une fois, dans sa dernière révision ; les chiffres d’un service portent sur ses signalements commencés dans la période, et ceux d’un épisode sur les signalements de son service qui le chevauchent. L’estimation, montrée à part de la somme signalée, est le nombre de cabinets qui ont signalé sans donner de minutes perdues multiplié par la médiane des minutes perdues par signalement de ceux qui en ont donné ; une valeur en argent n’apparaît que si l’opérateur a fixé une valeur horaire.</translation>
    </message>
    <message>
        <source>Where the reports sent fall far below their pace for a few minutes and rise again, the service worked in between: the two stay separate episodes.</source>
        <translation>Là où les signalements envoyés tombent pendant quelques minutes bien en dessous de leur rythme puis reprennent, le service a fonctionné entre les deux : ce sont deux épisodes distincts.</translation>
    </message>
    <message>
        <source>The reports rarely fix the start and the end of an episode to the minute, so each episode also has a range: at the shortest from the latest moment it can have started to the earliest it can have ended, at the longest from the earliest start to the latest end the reports allow. Downtime has the same range, from the episodes&apos; shortest extents to their longest. The low end allows for clocks a few minutes off and for reports sent minutes late: it is the least the reports show.</source>
        <translation>Les signalements fixent rarement le début et la fin d&apos;un épisode à la minute près ; chaque épisode a donc aussi une fourchette : au plus court, du dernier moment où il peut avoir commencé au premier où il peut avoir pris fin ; au plus long, du premier début à la dernière fin que les signalements permettent. L&apos;indisponibilité a la même fourchette, des étendues les plus courtes des épisodes à leurs étendues les plus longues. Le bas de la fourchette tient compte des horloges décalées de quelques minutes et des signalements envoyés avec quelques minutes de retard : c&apos;est le moins que les signalements montrent.</translation>
    </message>
    <message>
        <source>The official record is what the official eHealth status page said of each service, recorded by the server each time it changed, together with the incidents staff entered for earlier times. An outage episode counts as admitted when an official outage (degraded performance, partial or major outage) overlaps it or begins within %1 minutes after its end; the lag runs from the start of the episode to the start of that official outage, and the median lag is taken over the admitted episodes.</source>
        <translation>Le relevé officiel est ce que la page de statut officielle d’eHealth a indiqué pour chaque service, enregistré par le serveur à chaque changement, complété par les incidents saisis par le personnel pour les périodes antérieures. Un épisode de panne est considéré comme reconnu lorsqu’une panne officielle (performances dégradées, panne partielle ou majeure) le chevauche ou commence dans les %1 minutes qui suivent sa fin ; le retard court du début de l’épisode au début de cette panne officielle, et le retard médian est calculé sur les épisodes reconnus.</translation>
    </message>
</context>
<context>
    <name>MonthlyPdf</name>
    <message>
        <source>eHealth Bugs — monthly report, %1</source>
        <translation>eHealth Bugs — rapport mensuel, %1</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <extracomment>Date format of the monthly report&apos;s period line (QDate::toString format).</extracomment>
        <translation>d MMMM yyyy</translation>
    </message>
    <message>
        <source>Period: %1 to %2 included, local time in the time zone %3.</source>
        <translation>Période : du %1 au %2 inclus, heure locale du fuseau horaire %3.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <source>Availability by service</source>
        <translation>Disponibilité par service</translation>
    </message>
    <message>
        <source>Service level target: an availability of at least %1, over the whole month and in working hours.</source>
        <translation>Objectif de niveau de service : une disponibilité d&apos;au moins %1, sur tout le mois et aux heures ouvrables.</translation>
    </message>
    <message>
        <source>Outage episodes</source>
        <translation>Épisodes de panne</translation>
    </message>
    <message>
        <source>No outage episode this month.</source>
        <translation>Aucun épisode de panne ce mois-ci.</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>The report has no valid month.</source>
        <translation>Le rapport n&apos;a pas de mois valide.</translation>
    </message>
    <message>
        <source>Could not start the PDF document.</source>
        <translation>Impossible de commencer le document PDF.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Could not finish the PDF document.</source>
        <translation>Impossible de terminer le document PDF.</translation>
    </message>
    <message>
        <source>What it cost</source>
        <translation>Ce que cela a coûté</translation>
    </message>
    <message>
        <source>By service</source>
        <translation>Par service</translation>
    </message>
    <message>
        <source>The largest episodes by minutes lost</source>
        <translation>Les épisodes les plus lourds en minutes perdues</translation>
    </message>
    <message>
        <source>No episode with minutes lost this month.</source>
        <translation>Aucun épisode avec des minutes perdues ce mois-ci.</translation>
    </message>
    <message>
        <source>How these figures are made</source>
        <translation>Comment ces chiffres sont établis</translation>
    </message>
    <message>
        <source>A length in minutes is followed by its range, as in “%1”: from the shortest to the longest the reports allow; the shortest is the least they show.</source>
        <extracomment>%1 is an example, &quot;162 min, 150–171&quot;.</extracomment>
        <translation>Une durée en minutes est suivie de sa fourchette, comme dans « %1 » : du plus court au plus long que les signalements permettent ; le plus court est le moins qu&apos;ils montrent.</translation>
    </message>
    <message>
        <source>The impact figures could not be fetched: %1</source>
        <translation>Les chiffres de l’impact n’ont pas pu être obtenus : %1</translation>
    </message>
    <message>
        <source>The official record</source>
        <translation>Le relevé officiel</translation>
    </message>
    <message>
        <source>The official record could not be fetched: %1</source>
        <translation>Le relevé officiel n’a pas pu être obtenu : %1</translation>
    </message>
    <message>
        <source>Outages never admitted</source>
        <translation>Pannes jamais reconnues</translation>
    </message>
    <message>
        <source>The official status page admitted every outage episode of this month.</source>
        <translation>La page de statut officielle a reconnu tous les épisodes de panne de ce mois.</translation>
    </message>
    <message>
        <source>Official outages that no GP reported</source>
        <translation>Pannes officielles qu’aucun médecin n’a signalées</translation>
    </message>
    <message>
        <source>None this month.</source>
        <translation>Aucune ce mois-ci.</translation>
    </message>
</context>
<context>
    <name>NoticeCodec</name>
    <message>
        <source>must be a service id such as recip-e, or null for every service</source>
        <translation>doit être un identifiant de service, par exemple recip-e, ou null pour tous les services</translation>
    </message>
    <message>
        <source>must be an object with a text in fr, nl, de or en</source>
        <translation>doit être un objet avec un texte en fr, nl, de ou en</translation>
    </message>
    <message>
        <source>is not one of the languages fr, nl, de, en</source>
        <translation>n&apos;est pas une des langues fr, nl, de, en</translation>
    </message>
    <message>
        <source>must be a text</source>
        <translation>doit être un texte</translation>
    </message>
    <message>
        <source>needs a text in at least one language</source>
        <translation>doit avoir un texte dans au moins une langue</translation>
    </message>
    <message numerus="yes">
        <source>must be an https:// or http:// address of at most %Ln characters</source>
        <translation>
            <numerusform>doit être une adresse https:// ou http:// d&apos;au plus %Ln caractère</numerusform>
            <numerusform>doit être une adresse https:// ou http:// d&apos;au plus %Ln caractères</numerusform>
        </translation>
    </message>
    <message>
        <source>must be an https:// or http:// address</source>
        <translation>doit être une adresse https:// ou http://</translation>
    </message>
    <message>
        <source>must be an RFC 3339 time such as 2024-01-15T08:05:00Z</source>
        <translation>doit être une date et heure RFC 3339, par exemple 2024-01-15T08:05:00Z</translation>
    </message>
    <message>
        <source>must be after valid_from</source>
        <translation>doit être après valid_from</translation>
    </message>
    <message>
        <source>The notice&apos;s %1 is missing or malformed.</source>
        <translation>Le champ %1 de l&apos;avis manque ou est mal formé.</translation>
    </message>
</context>
<context>
    <name>NoticesHandler</name>
    <message>
        <source>Send the notice as application/json.</source>
        <translation>Envoyez l&apos;avis en application/json.</translation>
    </message>
    <message>
        <source>The body is not a JSON object.</source>
        <translation>Le corps n&apos;est pas un objet JSON.</translation>
    </message>
    <message>
        <source>The notice has invalid fields; it was not published.</source>
        <translation>L&apos;avis a des champs non valides ; il n&apos;a pas été publié.</translation>
    </message>
    <message>
        <source>must be 0 or 1</source>
        <translation>doit être 0 ou 1</translation>
    </message>
    <message>
        <source>No notice has this id.</source>
        <translation>Aucun avis n&apos;a cet identifiant.</translation>
    </message>
</context>
<context>
    <name>OfficialFeed</name>
    <message>
        <source>The official status feed is not JSON (%1 at byte %2).</source>
        <translation>Le flux du statut officiel n&apos;est pas du JSON (%1 à l&apos;octet %2).</translation>
    </message>
    <message>
        <source>The official status feed is neither a list of components nor an object with a &quot;data&quot; list.</source>
        <translation>Le flux du statut officiel n&apos;est ni une liste de composants ni un objet avec une liste « data ».</translation>
    </message>
</context>
<context>
    <name>OfficialHandler</name>
    <message>
        <source>Send the incidents as application/json.</source>
        <translation>Envoyez les incidents en application/json.</translation>
    </message>
    <message>
        <source>The body is not a JSON object.</source>
        <translation>Le corps n&apos;est pas un objet JSON.</translation>
    </message>
    <message>
        <source>Some incidents are invalid; none was stored.</source>
        <translation>Certains incidents ne sont pas valides ; aucun n&apos;a été enregistré.</translation>
    </message>
</context>
<context>
    <name>OfficialIncidents</name>
    <message>
        <source>must be a service id such as recip-e</source>
        <translation>doit être un identifiant de service tel que recip-e</translation>
    </message>
    <message>
        <source>must be an RFC 3339 time with an offset, such as 2024-01-15T08:05:00+01:00</source>
        <translation>doit être une heure RFC 3339 avec un décalage, telle que 2024-01-15T08:05:00+01:00</translation>
    </message>
    <message>
        <source>must be empty or an RFC 3339 time with an offset, such as 2024-01-15T09:30:00+01:00</source>
        <translation>doit être vide ou une heure RFC 3339 avec un décalage, telle que 2024-01-15T09:30:00+01:00</translation>
    </message>
    <message>
        <source>must not be before start</source>
        <translation>ne doit pas précéder start</translation>
    </message>
    <message>
        <source>must be degraded_performance, partial_outage or major_outage</source>
        <translation>doit être degraded_performance, partial_outage ou major_outage</translation>
    </message>
    <message>
        <source>must be at most %1 characters</source>
        <translation>doit compter au plus %1 caractères</translation>
    </message>
    <message>
        <source>line %1: a quoted field is not closed.</source>
        <translation>ligne %1 : un champ entre guillemets n&apos;est pas fermé.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text.</source>
        <translation>Le fichier n&apos;est pas du texte UTF-8.</translation>
    </message>
    <message>
        <source>line %1: 5 columns are needed (service,start,end,status,source), not %2.</source>
        <translation>ligne %1 : il faut 5 colonnes (service,start,end,status,source), pas %2.</translation>
    </message>
    <message>
        <source>line %1: %2 %3</source>
        <translation>ligne %1 : %2 %3</translation>
    </message>
    <message>
        <source>line %1: at most %2 incidents at once.</source>
        <translation>ligne %1 : au plus %2 incidents à la fois.</translation>
    </message>
    <message>
        <source>The file holds no incident.</source>
        <translation>Le fichier ne contient aucun incident.</translation>
    </message>
    <message>
        <source>must be a list of 1 to %1 incidents</source>
        <translation>doit être une liste de 1 à %1 incidents</translation>
    </message>
</context>
<context>
    <name>OfficialLane</name>
    <message>
        <source>Operational</source>
        <extracomment>A status of the official eHealth status page.</extracomment>
        <translation>Opérationnel</translation>
    </message>
    <message>
        <source>Unknown status</source>
        <extracomment>A status of the official status page that this program does not know.</extracomment>
        <translation>Statut inconnu</translation>
    </message>
    <message>
        <source>Degraded performance</source>
        <translation>Performances dégradées</translation>
    </message>
    <message>
        <source>Partial outage</source>
        <translation>Panne partielle</translation>
    </message>
    <message>
        <source>Major outage</source>
        <translation>Panne majeure</translation>
    </message>
    <message>
        <source>No record</source>
        <extracomment>The official status page&apos;s record says nothing of the service at that time.</extracomment>
        <translation>Aucun relevé</translation>
    </message>
    <message>
        <source>Official status:</source>
        <translation>Statut officiel :</translation>
    </message>
    <message>
        <source>Official status: %1, %2 – %3</source>
        <extracomment>The official status page&apos;s status over a time: status, start – end.</extracomment>
        <translation>Statut officiel : %1, %2 – %3</translation>
    </message>
</context>
<context>
    <name>OfficialMap</name>
    <message>
        <source>The component map is not JSON: %1 at byte %2.</source>
        <translation>La table des composants n&apos;est pas du JSON : %1 à l&apos;octet %2.</translation>
    </message>
    <message>
        <source>The component map needs an object with a &quot;components&quot; list.</source>
        <translation>La table des composants doit être un objet avec une liste « components ».</translation>
    </message>
    <message>
        <source>%1: give exactly one of &quot;id&quot;, &quot;name&quot; and &quot;name_contains&quot;.</source>
        <translation>%1 : indiquez exactement un de « id », « name » et « name_contains ».</translation>
    </message>
    <message>
        <source>%1.service: &quot;%2&quot; is not a service of the catalogue.</source>
        <translation>%1.service : « %2 » n&apos;est pas un service du catalogue.</translation>
    </message>
    <message>
        <source>Cannot read the component map %1: %2</source>
        <translation>Impossible de lire la table des composants %1 : %2</translation>
    </message>
</context>
<context>
    <name>PostgresDialect</name>
    <message>
        <source>The PostgreSQL driver of Qt is missing (package libqt6sql6-psql): %1</source>
        <translation>Le pilote PostgreSQL de Qt est manquant (paquet libqt6sql6-psql) : %1</translation>
    </message>
    <message>
        <source>Cannot connect to the PostgreSQL database %1: %2</source>
        <translation>Impossible de se connecter à la base de données PostgreSQL %1 : %2</translation>
    </message>
    <message>
        <source>Cannot use the PostgreSQL database %1: %2</source>
        <translation>Impossible d&apos;utiliser la base de données PostgreSQL %1 : %2</translation>
    </message>
</context>
<context>
    <name>PrivacyGuard</name>
    <message>
        <source>contains what looks like a national register number; remove patient data</source>
        <translation>semble contenir un numéro de registre national ; retirez toute donnée de patient</translation>
    </message>
</context>
<context>
    <name>ProvinceNames</name>
    <message>
        <source>No postcode</source>
        <translation>Sans code postal</translation>
    </message>
    <message>
        <source>Brussels-Capital</source>
        <translation>Bruxelles-Capitale</translation>
    </message>
    <message>
        <source>Antwerp</source>
        <translation>Anvers</translation>
    </message>
    <message>
        <source>Flemish Brabant</source>
        <translation>Brabant flamand</translation>
    </message>
    <message>
        <source>Limburg</source>
        <translation>Limbourg</translation>
    </message>
    <message>
        <source>East Flanders</source>
        <translation>Flandre orientale</translation>
    </message>
    <message>
        <source>West Flanders</source>
        <translation>Flandre occidentale</translation>
    </message>
    <message>
        <source>Walloon Brabant</source>
        <translation>Brabant wallon</translation>
    </message>
    <message>
        <source>Hainaut</source>
        <translation>Hainaut</translation>
    </message>
    <message>
        <source>Liège</source>
        <translation>Liège</translation>
    </message>
    <message>
        <source>Luxembourg</source>
        <translation>Luxembourg</translation>
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
        <translation>Services eHealth : pannes et avis</translation>
    </message>
    <message>
        <source>Notice from the GBO</source>
        <translation>Avis du GBO</translation>
    </message>
    <message>
        <source>Notice from the GBO: %1</source>
        <translation>Avis du GBO : %1</translation>
    </message>
    <message>
        <source>%1: outage going on</source>
        <translation>%1 : panne en cours</translation>
    </message>
    <message>
        <source>%1: outage, over</source>
        <translation>%1 : panne, terminée</translation>
    </message>
    <message>
        <source>Since %1 (%2 so far).</source>
        <translation>Depuis le %1 (%2 jusqu&apos;ici).</translation>
    </message>
    <message>
        <source>From %1 to %2 (%3).</source>
        <translation>Du %1 au %2 (%3).</translation>
    </message>
    <message>
        <source>%1: no downtime</source>
        <translation>%1 : aucune indisponibilité</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n minute(s) of downtime</source>
        <translation>
            <numerusform>%1 : %n minute d&apos;indisponibilité</numerusform>
            <numerusform>%1 : %n minutes d&apos;indisponibilité</numerusform>
        </translation>
    </message>
    <message>
        <source>eHealth services: status</source>
        <translation>Services eHealth : état</translation>
    </message>
    <message>
        <source>Outages and notices (Atom)</source>
        <translation>Pannes et avis (Atom)</translation>
    </message>
    <message>
        <source>What general practitioners report of the eHealth services they use, gathered by the GBO.</source>
        <translation>Ce que les médecins généralistes signalent des services eHealth qu&apos;ils utilisent, rassemblé par le GBO.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Updated %1.</source>
        <translation>Mis à jour le %1.</translation>
    </message>
    <message>
        <source>A service is marked as possibly failing or failing when more practices report it than usual at this time of the week; an outage is counted when several practices report it at the same time. Numbers of practices under 3 are never shown.</source>
        <translation>Un service est indiqué en problème possible ou en panne quand plus de cabinets le signalent que d&apos;habitude à ce moment de la semaine ; une panne est comptée quand plusieurs cabinets la signalent en même temps. Un nombre de cabinets inférieur à 3 n&apos;est jamais affiché.</translation>
    </message>
    <message>
        <source>Atom feed</source>
        <translation>Flux Atom</translation>
    </message>
    <message>
        <source>The same in JSON</source>
        <translation>Les mêmes données en JSON</translation>
    </message>
    <message>
        <source>Notices from the GBO</source>
        <translation>Avis du GBO</translation>
    </message>
    <message>
        <source>More</source>
        <translation>En savoir plus</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>depuis le %1</translation>
    </message>
    <message numerus="yes">
        <source>%n practice(s) report it</source>
        <translation>
            <numerusform>%n cabinet le signale</numerusform>
            <numerusform>%n cabinets le signalent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The last %n day(s)</source>
        <translation>
            <numerusform>Le dernier jour</numerusform>
            <numerusform>Les %n derniers jours</numerusform>
        </translation>
    </message>
    <message>
        <source>no downtime</source>
        <translation>aucune indisponibilité</translation>
    </message>
    <message numerus="yes">
        <source>up to %n minute(s)</source>
        <translation>
            <numerusform>jusqu&apos;à %n minute</numerusform>
            <numerusform>jusqu&apos;à %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>more than %n minute(s)</source>
        <translation>
            <numerusform>plus de %n minute</numerusform>
            <numerusform>plus de %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Outages of the last %n day(s)</source>
        <translation>
            <numerusform>Pannes du dernier jour</numerusform>
            <numerusform>Pannes des %n derniers jours</numerusform>
        </translation>
    </message>
    <message>
        <source>No outage in this period.</source>
        <translation>Aucune panne pendant cette période.</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>going on</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>Operational</source>
        <translation>Opérationnel</translation>
    </message>
    <message>
        <source>Possible problem</source>
        <translation>Problème possible</translation>
    </message>
    <message>
        <source>Outage</source>
        <translation>Panne</translation>
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
        <translation>%1 h %2 min</translation>
    </message>
</context>
<context>
    <name>ReportCodec</name>
    <message>
        <source>is required</source>
        <translation>est obligatoire</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>doit être une chaîne de caractères</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>doit être un nombre entier</translation>
    </message>
    <message>
        <source>must be a UUID version 4</source>
        <translation>doit être un UUID version 4</translation>
    </message>
    <message>
        <source>must be an RFC 3339 time such as 2024-01-15T07:05:00Z</source>
        <translation>doit être une date et heure RFC 3339, par exemple 2024-01-15T07:05:00Z</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>doit être un objet</translation>
    </message>
    <message>
        <source>must be an array of strings</source>
        <translation>doit être un tableau de chaînes de caractères</translation>
    </message>
    <message>
        <source>must be 1 or more</source>
        <translation>doit être 1 ou plus</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>doit valoir true ou false</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>Saves a report about a failing eHealth service and delivers it to the collection server. Reports that cannot be delivered now are kept and sent later.</source>
        <translation>Enregistre un signalement de panne d&apos;un service eHealth et le transmet au serveur de collecte. Les signalements qui ne peuvent pas être transmis maintenant sont conservés et envoyés plus tard.</translation>
    </message>
    <message>
        <source>The failing service, one of: %1.</source>
        <translation>Le service en panne, parmi : %1.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>What went wrong (repeat for several): %1.</source>
        <translation>Ce qui n&apos;a pas fonctionné (à répéter s&apos;il y en a plusieurs) : %1.</translation>
    </message>
    <message>
        <source>SYMPTOM</source>
        <translation>SYMPTÔME</translation>
    </message>
    <message>
        <source>Minutes since the problem began (default 0).</source>
        <translation>Minutes écoulées depuis le début du problème (0 par défaut).</translation>
    </message>
    <message>
        <source>MINUTES</source>
        <translation>MINUTES</translation>
    </message>
    <message>
        <source>The error message or code the software showed.</source>
        <translation>Le message ou le code d&apos;erreur affiché par le logiciel.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTE</translation>
    </message>
    <message>
        <source>A comment (no patient data).</source>
        <translation>Un commentaire (sans donnée de patient).</translation>
    </message>
    <message>
        <source>The collection server, for this run only.</source>
        <translation>Le serveur de collecte, pour cette exécution uniquement.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Keep settings and reports in this folder.</source>
        <translation>Conserver les paramètres et les signalements dans ce dossier.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DOSSIER</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>Save and deliver a report.</source>
        <translation>Enregistrer et transmettre un signalement.</translation>
    </message>
    <message>
        <source>Unexpected arguments: %1</source>
        <translation>Arguments inattendus : %1</translation>
    </message>
    <message>
        <source>--service is required (one of: %1)</source>
        <translation>--service est obligatoire (parmi : %1)</translation>
    </message>
    <message>
        <source>--since must be a number of minutes between 0 and %1</source>
        <translation>--since doit être un nombre de minutes entre 0 et %1</translation>
    </message>
    <message>
        <source>The report was not saved:</source>
        <translation>Le signalement n&apos;a pas été enregistré :</translation>
    </message>
    <message>
        <source>Report %1 saved; it will be delivered when the server can be reached (%2).</source>
        <translation>Signalement %1 enregistré ; il sera transmis dès que le serveur sera joignable (%2).</translation>
    </message>
    <message>
        <source>Report %1 saved, but the server refused it: %2</source>
        <translation>Signalement %1 enregistré, mais le serveur l&apos;a refusé : %2</translation>
    </message>
    <message>
        <source>Report %1 saved and delivered.</source>
        <translation>Signalement %1 enregistré et transmis.</translation>
    </message>
    <message>
        <source>Report %1 saved. No collection server is set, so it waits on this computer until one is set (Settings, or --server).</source>
        <translation>Signalement %1 enregistré. Aucun serveur de collecte n&apos;est défini : il reste sur cet ordinateur jusqu&apos;à ce qu&apos;un serveur soit défini (Paramètres, ou --server).</translation>
    </message>
</context>
<context>
    <name>ReportListHandler</name>
    <message>
        <source>must be a whole number from 1 to %1</source>
        <translation>doit être un nombre entier de 1 à %1</translation>
    </message>
    <message>
        <source>is not a cursor this server gave (use next_cursor as it is)</source>
        <translation>n&apos;est pas un curseur fourni par ce serveur (utilisez next_cursor tel quel)</translation>
    </message>
    <message>
        <source>The query has invalid parameters.</source>
        <translation>La requête contient des paramètres non valides.</translation>
    </message>
    <message>
        <source>The reports cannot be read now; try again later.</source>
        <translation>Les signalements ne peuvent pas être lus pour le moment ; réessayez plus tard.</translation>
    </message>
</context>
<context>
    <name>ReportPutHandler</name>
    <message>
        <source>The report could not be stored now; send it again later.</source>
        <translation>Le signalement n&apos;a pas pu être enregistré pour le moment ; renvoyez-le plus tard.</translation>
    </message>
    <message>
        <source>The server already has revision %1 of this report, newer than revision %2.</source>
        <translation>Le serveur possède déjà la révision %1 de ce signalement, plus récente que la révision %2.</translation>
    </message>
    <message>
        <source>This report id belongs to another installation.</source>
        <translation>Cet id de signalement appartient à une autre installation.</translation>
    </message>
</context>
<context>
    <name>ReportRequest</name>
    <message>
        <source>The report is larger than %1 bytes.</source>
        <translation>Le signalement dépasse %1 octets.</translation>
    </message>
    <message>
        <source>Reports are addressed as /api/v1/reports/{id} with a UUID version 4 id.</source>
        <translation>Les signalements s&apos;adressent à /api/v1/reports/{id}, avec un id UUID version 4.</translation>
    </message>
    <message>
        <source>Send the report as application/json.</source>
        <translation>Envoyez le signalement en application/json.</translation>
    </message>
    <message>
        <source>The body is not valid JSON: %1 at byte %2.</source>
        <translation>Le corps n&apos;est pas du JSON valide : %1 à l&apos;octet %2.</translation>
    </message>
    <message>
        <source>The body must be a JSON object.</source>
        <translation>Le corps doit être un objet JSON.</translation>
    </message>
    <message>
        <source>The report has invalid fields.</source>
        <translation>Le signalement contient des champs non valides.</translation>
    </message>
    <message>
        <source>does not match the id in the URL</source>
        <translation>ne correspond pas à l&apos;id de l&apos;URL</translation>
    </message>
</context>
<context>
    <name>ReportStore</name>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>Cannot open the report database %1: %2</source>
        <translation>Impossible d&apos;ouvrir la base de données des signalements %1 : %2</translation>
    </message>
    <message>
        <source>Cannot configure the report database %1: %2</source>
        <translation>Impossible de configurer la base de données des signalements %1 : %2</translation>
    </message>
    <message>
        <source>The report database was written by a newer version of eHealth Bugs (schema %1, this version knows %2)</source>
        <translation>La base de données des signalements a été écrite par une version plus récente d&apos;eHealth Bugs (schéma %1, cette version connaît le schéma %2)</translation>
    </message>
    <message>
        <source>Cannot upgrade the report database to schema %1: %2</source>
        <translation>Impossible de mettre à jour la base de données des signalements vers le schéma %1 : %2</translation>
    </message>
    <message>
        <source>The report could not be saved: %1</source>
        <translation>Le signalement n&apos;a pas pu être enregistré : %1</translation>
    </message>
    <message>
        <source>This report is not in the local database</source>
        <translation>Ce signalement ne figure pas dans la base de données locale</translation>
    </message>
    <message>
        <source>This report is already marked as resolved</source>
        <translation>Ce signalement est déjà marqué comme résolu</translation>
    </message>
    <message>
        <source>The delivery state could not be saved: %1</source>
        <translation>L&apos;état de l&apos;envoi n&apos;a pas pu être enregistré : %1</translation>
    </message>
</context>
<context>
    <name>ReportValidator</name>
    <message>
        <source>contains control characters</source>
        <translation>contient des caractères de contrôle</translation>
    </message>
    <message>
        <source>must be a UUID version 4</source>
        <translation>doit être un UUID version 4</translation>
    </message>
    <message>
        <source>must be 1 or more</source>
        <translation>doit valoir au moins 1</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>est obligatoire</translation>
    </message>
    <message>
        <source>is not a known service</source>
        <translation>n&apos;est pas un service connu</translation>
    </message>
    <message>
        <source>is in the future</source>
        <translation>se situe dans le futur</translation>
    </message>
    <message>
        <source>is after the time of the report</source>
        <translation>se situe après l&apos;heure du signalement</translation>
    </message>
    <message>
        <source>is more than 7 days before the time of the report</source>
        <translation>se situe plus de 7 jours avant l&apos;heure du signalement</translation>
    </message>
    <message>
        <source>is before the start</source>
        <translation>se situe avant le début</translation>
    </message>
    <message>
        <source>needs at least one symptom</source>
        <translation>au moins un symptôme est requis</translation>
    </message>
    <message>
        <source>is not a known symptom</source>
        <translation>n&apos;est pas un symptôme connu</translation>
    </message>
    <message>
        <source>is listed twice</source>
        <translation>figure deux fois</translation>
    </message>
    <message>
        <source>must be between 0 and %1</source>
        <translation>doit se situer entre 0 et %1</translation>
    </message>
    <message>
        <source>must be one of: %1</source>
        <translation>doit être l&apos;une des valeurs suivantes : %1</translation>
    </message>
    <message>
        <source>must be a Belgian postcode between 1000 and 9999</source>
        <translation>doit être un code postal belge entre 1000 et 9999</translation>
    </message>
    <message>
        <source>contains invalid characters</source>
        <translation>contient des caractères non valides</translation>
    </message>
    <message>
        <source>is before the year 2000</source>
        <translation>est antérieur à l’an 2000</translation>
    </message>
    <message numerus="yes">
        <source>is longer than %Ln characters</source>
        <translation>
            <numerusform>dépasse %Ln caractère</numerusform>
            <numerusform>dépasse %Ln caractères</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>has more than %Ln symptoms</source>
        <translation>
            <numerusform>compte plus de %Ln symptôme</numerusform>
            <numerusform>compte plus de %Ln symptômes</numerusform>
        </translation>
    </message>
    <message>
        <source>is after the end</source>
        <translation>se situe après la fin</translation>
    </message>
    <message>
        <source>is only for a report with an end</source>
        <translation>n’est permis que pour un signalement qui a une fin</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>The server is stopping.</source>
        <translation>Le serveur est en cours d&apos;arrêt.</translation>
    </message>
</context>
<context>
    <name>RequestGuard</name>
    <message>
        <source>Too many requests; try again in a moment.</source>
        <translation>Trop de requêtes ; réessayez dans un instant.</translation>
    </message>
</context>
<context>
    <name>RollupDeltas</name>
    <message>
        <source>The database returned an unknown member row.</source>
        <translation>La base de données a renvoyé une ligne de membre inconnue.</translation>
    </message>
    <message>
        <source>The database returned %1 member rows for %2.</source>
        <translation>La base de données a renvoyé %1 lignes de membre pour %2.</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>%1: enter a web address starting with https://, such as https://bugs.example.be</source>
        <translation>%1 : saisissez une adresse web commençant par https://, par exemple https://bugs.example.be</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; starts with http://, which is only allowed for this computer (localhost, 127.0.0.1, ::1). Use https:// so that reports cross the network encrypted.</source>
        <translation>%1 : « %2 » commence par http://, ce qui n&apos;est permis que pour cet ordinateur (localhost, 127.0.0.1, ::1). Utilisez https:// pour que les signalements traversent le réseau de manière chiffrée.</translation>
    </message>
</context>
<context>
    <name>ServerCommand</name>
    <message>
        <source>Try &quot;ehealthbugs-server --help&quot;.</source>
        <translation>Essayez « ehealthbugs-server --help ».</translation>
    </message>
    <message>
        <source>The database %1 is at schema version %2.</source>
        <translation>La base de données %1 est à la version de schéma %2.</translation>
    </message>
    <message>
        <source>Token %1 created. Keep it now: it cannot be shown again.</source>
        <translation>Jeton %1 créé. Conservez-le dès maintenant : il ne pourra plus être affiché.</translation>
    </message>
    <message>
        <source>There is no token named %1.</source>
        <translation>Il n&apos;existe aucun jeton nommé %1.</translation>
    </message>
    <message>
        <source>Token %1 revoked.</source>
        <translation>Jeton %1 révoqué.</translation>
    </message>
    <message>
        <source>--official-map: %1</source>
        <translation>--official-map : %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1: nothing imported: %2</source>
        <translation>%1 : rien n&apos;a été importé : %2</translation>
    </message>
    <message>
        <source>Official incidents imported: %1.</source>
        <translation>Incidents officiels importés : %1.</translation>
    </message>
</context>
<context>
    <name>ServerOptions</name>
    <message>
        <source>--listen needs ADDRESS:PORT, such as 127.0.0.1:8080, not &quot;%1&quot;.</source>
        <translation>--listen attend ADRESSE:PORT, par exemple 127.0.0.1:8080, et non « %1 ».</translation>
    </message>
    <message>
        <source>--listen has an invalid port &quot;%1&quot;; use 0 to 65535.</source>
        <translation>--listen contient un port non valide « %1 » ; utilisez une valeur de 0 à 65535.</translation>
    </message>
    <message>
        <source>--listen has an invalid IP address &quot;%1&quot;.</source>
        <translation>--listen contient une adresse IP non valide « %1 ».</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Argument inattendu « %1 ».</translation>
    </message>
    <message>
        <source>Unknown option &quot;%1&quot;.</source>
        <translation>Option inconnue « %1 ».</translation>
    </message>
    <message>
        <source>The option %1 needs a value.</source>
        <translation>L&apos;option %1 attend une valeur.</translation>
    </message>
    <message>
        <source>--max-body must be a number of bytes between 1 and %1.</source>
        <translation>--max-body doit être un nombre d&apos;octets entre 1 et %1.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Aucune commande indiquée.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Commande inconnue « %1 ».</translation>
    </message>
    <message>
        <source>%1 needs an IP address or ADDRESS/BITS, not &quot;%2&quot;.</source>
        <translation>%1 attend une adresse IP ou ADRESSE/BITS, pas « %2 ».</translation>
    </message>
    <message>
        <source>%1 must be a number of bytes from %2 to %3, not &quot;%4&quot;.</source>
        <translation>%1 doit être un nombre d&apos;octets de %2 à %3, pas « %4 ».</translation>
    </message>
    <message>
        <source>%1 must be a number of seconds from %2 to %3, not &quot;%4&quot;.</source>
        <translation>%1 doit être un nombre de secondes de %2 à %3, pas « %4 ».</translation>
    </message>
    <message>
        <source>%1 must be a number of connections from %2 to %3, not &quot;%4&quot;.</source>
        <translation>%1 doit être un nombre de connexions de %2 à %3, pas « %4 ».</translation>
    </message>
    <message>
        <source>%1 needs BURST/PER_SECOND, such as 60/1 or 10/0.5, each above 0 and at most 1000000, or off; not &quot;%2&quot;.</source>
        <translation>%1 attend RAFALE/PAR_SECONDE, comme 60/1 ou 10/0.5, chacun supérieur à 0 et au plus 1000000, ou off ; pas « %2 ».</translation>
    </message>
    <message>
        <source>--threads must be a number from 1 to %1.</source>
        <translation>--threads doit être un nombre de 1 à %1.</translation>
    </message>
    <message>
        <source>--stats-zone needs a time zone such as Europe/Brussels, not &quot;%1&quot;.</source>
        <translation>--stats-zone attend un fuseau horaire comme Europe/Brussels, pas « %1 ».</translation>
    </message>
    <message>
        <source>The option %1 does not apply to %2.</source>
        <translation>L&apos;option %1 ne s&apos;applique pas à %2.</translation>
    </message>
    <message>
        <source>Use &quot;token create NAME&quot;, &quot;token list&quot; or &quot;token revoke NAME&quot;.</source>
        <translation>Utilisez « token create NOM », « token list » ou « token revoke NOM ».</translation>
    </message>
    <message>
        <source>&quot;token %1&quot; needs one NAME.</source>
        <translation>« token %1 » attend un NOM.</translation>
    </message>
    <message>
        <source>&quot;token list&quot; takes no NAME.</source>
        <translation>« token list » n&apos;accepte pas de NOM.</translation>
    </message>
    <message>
        <source>--sla-target must be a number between 0 and 1, such as 0.999, not &quot;%1&quot;.</source>
        <translation>--sla-target doit être un nombre entre 0 et 1, par exemple 0.999, pas « %1 ».</translation>
    </message>
    <message>
        <source>%1 needs a date YYYY-MM-DD, such as 2025-07-11, or a comma list of them; not &quot;%2&quot;.</source>
        <translation>%1 attend une date AAAA-MM-JJ, comme 2025-07-11, ou une liste de dates séparées par des virgules ; pas « %2 ».</translation>
    </message>
    <message>
        <source>%1 must be an amount in euros above 0 and at most %2, such as 60 or 62.50, not &quot;%3&quot;.</source>
        <translation>%1 doit être un montant en euros supérieur à 0 et d&apos;au plus %2, par exemple 60 ou 62.50, pas « %3 ».</translation>
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
Chiffres de l&apos;impact (serve uniquement) :
  --impact-hourly-value EUR
                         Valeur d&apos;une heure de temps d&apos;un médecin en euros, par
                         exemple 60 ; GET /api/v1/stats/impact donne alors aussi
                         le temps perdu en argent (par défaut : aucune, pas de
                         valeur en argent)
</translation>
    </message>
    <message>
        <source>%1 needs an http or https URL, such as https://status.ehealth.fgov.be/nl/api/components/prod, or off; not &quot;%2&quot;.</source>
        <translation>%1 attend une URL http ou https, telle que https://status.ehealth.fgov.be/nl/api/components/prod, ou off ; pas « %2 ».</translation>
    </message>
    <message>
        <source>Use &quot;official import FILE&quot;.</source>
        <translation>Utilisez « official import FICHIER ».</translation>
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
La page de statut officielle (serve uniquement) :
  --official-status URL|off
                         Lire le flux des composants de la page de statut
                         officielle d&apos;eHealth, tel que
                         https://status.ehealth.fgov.be/nl/api/components/prod,
                         et enregistrer chaque changement de statut (défaut off)
  --official-interval SECONDES
                         Fréquence de lecture (défaut %1)
  --official-map FICHIER Quel service de la liste correspond à chaque composant
                         officiel (défaut : la table intégrée)
  official import FICHIER
                         Commande : importer des incidents officiels d&apos;un fichier
                         CSV (service,start,end,status,source), tous ou aucun
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
Autoprotection (serve uniquement ; les réponses sont des erreurs JSON) :
  --max-url-bytes OCTETS
                         Ligne de requête la plus longue (par défaut %1 ;
                         sinon 414)
  --max-header-bytes OCTETS
                         Plus grand bloc d&apos;en-têtes (par défaut %2 ; sinon 431)
  --idle-timeout SECONDES
                         Fermer une connexion keep-alive inactive depuis cette
                         durée (par défaut %3)
  --head-timeout SECONDES
                         La ligne de requête et les en-têtes doivent arriver
                         dans ce délai après le premier octet de la requête,
                         ou après la connexion (par défaut %4 ; sinon 408)
  --request-timeout SECONDES
                         Une requête doit arriver entière dans ce délai après
                         son premier octet (par défaut %5 ; sinon 408)
  --max-connections N    Nombre maximal de connexions ouvertes (par défaut %6 ;
                         sinon 503)
  --max-connections-per-address N
                         Connexions ouvertes par adresse client (un /64 IPv6
                         compte pour une seule ; par défaut %7 ; au-delà,
                         fermées sans réponse) ; 0 désactive la limite. Un proxy
                         de confiance en est exempté : ses clients comptent
                         selon X-Forwarded-For pendant que leur requête est en
                         cours (sinon 503)
  --rate-installation RAFALE/PAR_SECONDE
                         Signalements par installation (par défaut %8 ; sinon
                         429) ; off désactive la limite
  --rate-address RAFALE/PAR_SECONDE
                         Requêtes par adresse client (un /64 IPv6 compte pour
                         une seule ; par défaut %9 ; sinon 429) ; off désactive
                         la limite
  --trusted-proxy ADRESSE[/BITS]
                         Un proxy dont le X-Forwarded-For désigne le client ;
                         répétez l&apos;option ou donnez une liste séparée par des
                         virgules (par défaut : aucun)
Les adresses des clients servent de clés de limitation de débit et de comptage
des connexions en mémoire uniquement ; elles ne sont jamais enregistrées ni
journalisées.
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
        <translation>Utilisation : ehealthbugs-server &lt;commande&gt; [options]

Collecte les signalements de panne eHealth envoyés par le programme eHealth Bugs.

Commandes :
  serve               Répondre à l&apos;API HTTP (migre d&apos;abord la base de données)
  migrate             Mettre à jour le schéma de la base de données, puis quitter
  token create NOM    Créer un jeton du personnel ; il est affiché une seule
                      fois, sur stdout
  token list          Lister les noms et les dates des jetons du personnel
  token revoke NOM    Révoquer un jeton du personnel

Options :
  --listen ADRESSE:PORT  Adresse d&apos;écoute (par défaut 127.0.0.1:%1 ; le port 0
                         choisit un port libre). serve uniquement.
  --database URL         sqlite:CHEMIN (par défaut : %2) ou
                         postgresql://UTILISATEUR@HÔTE:PORT/BASE
  --max-body OCTETS      Plus grand corps de requête accepté (par défaut %3).
                         serve uniquement.
  --threads N            Threads de travail HTTP (par défaut %4). serve
                         uniquement.
  --stats-zone ZONE      Tenir les statistiques quotidiennes, hebdomadaires et
                         mensuelles dans ce fuseau horaire (répétable ; par
                         défaut Europe/Brussels).
  --sla-target FRACTION  Disponibilité que chaque service devrait atteindre,
                         p. ex. 0.999 pour 99,9 % (par défaut %5). serve
                         uniquement.
  --holiday AAAA-MM-JJ   Un jour de plus sans heures ouvrables (jour férié
                         régional, fermeture), en plus des jours fériés légaux
                         belges ; répétable ou liste séparée par des virgules.
                         serve uniquement.
  --version              Afficher la version et quitter
  -h, --help             Afficher cette aide et quitter
</translation>
    </message>
    <message>
        <source>%1 needs a version of dotted numbers, such as 1.4.2, not &quot;%2&quot;.</source>
        <translation>%1 demande une version en nombres séparés par des points, comme 1.4.2, et non « %2 ».</translation>
    </message>
    <message>
        <source>%1 needs an https URL, such as https://www.example.be/ehealthbugs/download (http only to this computer); not &quot;%2&quot;.</source>
        <translation>%1 demande une URL https, comme https://www.example.be/ehealthbugs/download (http uniquement vers cet ordinateur) ; et non « %2 ».</translation>
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
Mises à jour de l&apos;application (serve uniquement ; GET /api/v1/client les donne) :
  --client-latest VERSION
                         La version actuelle de l&apos;application, comme 1.4.2 ; les
                         applications plus anciennes affichent un avis
                         (par défaut : aucune)
  --client-download URL  Où l&apos;obtenir, une adresse https (par défaut : aucune)
</translation>
    </message>
    <message>
        <source>%1 must be on or off, not &quot;%2&quot;.</source>
        <translation>%1 doit valoir on ou off, pas « %2 ».</translation>
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
Page de statut publique (serve uniquement ; GET /, /feed.atom,
/badge/SERVICE.svg et GET /api/v1/status, pour tous) :
  --public-page on|off   Les servir (par défaut on ; off : 404)
  --public-cache SECONDES
                         Durée pendant laquelle ils sont servis depuis la
                         mémoire avant de relire la base de données (par
                         défaut %1)
</translation>
    </message>
</context>
<context>
    <name>ServiceCatalogue</name>
    <message>
        <source>The service catalogue is not valid JSON: %1</source>
        <translation>Le catalogue des services n&apos;est pas du JSON valide : %1</translation>
    </message>
    <message>
        <source>The service catalogue has an incomplete entry: %1</source>
        <translation>Le catalogue des services contient une entrée incomplète : %1</translation>
    </message>
    <message>
        <source>The service catalogue lists %1 twice</source>
        <translation>Le catalogue des services mentionne %1 deux fois</translation>
    </message>
    <message>
        <source>The service catalogue is empty</source>
        <translation>Le catalogue des services est vide</translation>
    </message>
    <message>
        <source>eHealth platform</source>
        <translation>Plateforme eHealth</translation>
    </message>
    <message>
        <source>MyCareNet (mutualities)</source>
        <translation>MyCareNet (mutualités)</translation>
    </message>
    <message>
        <source>Regional hubs</source>
        <translation>Hubs régionaux</translation>
    </message>
    <message>
        <source>My practice</source>
        <translation>Mon cabinet</translation>
    </message>
</context>
<context>
    <name>SoftwareNames</name>
    <message>
        <source>The software name %1 is missing.</source>
        <translation>Le nom de logiciel %1 est introuvable.</translation>
    </message>
    <message>
        <source>Cannot read the software names: %1</source>
        <translation>Impossible de lire les noms de logiciels : %1</translation>
    </message>
</context>
<context>
    <name>SqlMigrator</name>
    <message>
        <source>Cannot create the migrations table: %1</source>
        <translation>Impossible de créer la table des migrations : %1</translation>
    </message>
    <message>
        <source>Cannot read the schema version: %1</source>
        <translation>Impossible de lire la version du schéma : %1</translation>
    </message>
    <message>
        <source>The database has schema version %1, newer than this program knows (%2). Use a newer ehealthbugs-server.</source>
        <translation>La base de données est à la version de schéma %1, plus récente que celle connue par ce programme (%2). Utilisez un ehealthbugs-server plus récent.</translation>
    </message>
    <message>
        <source>Cannot start migration %1: %2</source>
        <translation>Impossible de démarrer la migration %1 : %2</translation>
    </message>
    <message>
        <source>Cannot apply migration %1: %2</source>
        <translation>Impossible d&apos;appliquer la migration %1 : %2</translation>
    </message>
</context>
<context>
    <name>SqlReportRepository</name>
    <message>
        <source>The database %1 is not open.</source>
        <translation>La base de données %1 n&apos;est pas ouverte.</translation>
    </message>
    <message>
        <source>Cannot read the rollup zones: %1</source>
        <translation>Impossible de lire les fuseaux horaires des statistiques : %1</translation>
    </message>
    <message>
        <source>Cannot fill the statistics of %1: %2</source>
        <translation>Impossible de remplir les statistiques de %1 : %2</translation>
    </message>
    <message>
        <source>unknown time zone</source>
        <translation>fuseau horaire inconnu</translation>
    </message>
    <message>
        <source>Cannot store the reports in %1: %2</source>
        <translation>Impossible d&apos;enregistrer les signalements dans %1 : %2</translation>
    </message>
    <message>
        <source>Cannot count the reports: %1</source>
        <translation>Impossible de compter les signalements : %1</translation>
    </message>
    <message>
        <source>Cannot read the report: %1</source>
        <translation>Impossible de lire le signalement : %1</translation>
    </message>
    <message>
        <source>Cannot read the reports: %1</source>
        <translation>Impossible de lire les signalements : %1</translation>
    </message>
    <message>
        <source>The database does not answer: %1</source>
        <translation>La base de données ne répond pas : %1</translation>
    </message>
    <message>
        <source>Cannot read the statistics: %1</source>
        <translation>Impossible de lire les statistiques : %1</translation>
    </message>
    <message>
        <source>Cannot read the staff tokens: %1</source>
        <translation>Impossible de lire les jetons du personnel : %1</translation>
    </message>
    <message>
        <source>A token named %1 exists already; revoke it first.</source>
        <translation>Un jeton nommé %1 existe déjà ; révoquez-le d&apos;abord.</translation>
    </message>
    <message>
        <source>Cannot store the token: %1</source>
        <translation>Impossible d&apos;enregistrer le jeton : %1</translation>
    </message>
    <message>
        <source>Cannot revoke the token: %1</source>
        <translation>Impossible de révoquer le jeton : %1</translation>
    </message>
    <message>
        <source>Cannot read the software names: %1</source>
        <translation>Impossible de lire les noms des logiciels : %1</translation>
    </message>
    <message>
        <source>Cannot copy the write-ahead log into %1: %2</source>
        <translation>Impossible de recopier le journal d&apos;écriture anticipée dans %1 : %2</translation>
    </message>
    <message>
        <source>Cannot record the official status: %1</source>
        <translation>Impossible d&apos;enregistrer le statut officiel : %1</translation>
    </message>
    <message>
        <source>Cannot read the official status changes: %1</source>
        <translation>Impossible de lire les changements du statut officiel : %1</translation>
    </message>
    <message>
        <source>Cannot store the official incidents: %1</source>
        <translation>Impossible d&apos;enregistrer les incidents officiels : %1</translation>
    </message>
    <message>
        <source>Cannot read the official incidents: %1</source>
        <translation>Impossible de lire les incidents officiels : %1</translation>
    </message>
    <message>
        <source>Cannot store the notice: %1</source>
        <translation>Impossible d&apos;enregistrer l&apos;avis : %1</translation>
    </message>
    <message>
        <source>Cannot read the notices: %1</source>
        <translation>Impossible de lire les avis : %1</translation>
    </message>
    <message>
        <source>Cannot withdraw the notice: %1</source>
        <translation>Impossible de retirer l&apos;avis : %1</translation>
    </message>
</context>
<context>
    <name>SqlStatementCache</name>
    <message>
        <source>A statement has more than %1 values.</source>
        <translation>Une instruction contient plus de %1 valeurs.</translation>
    </message>
</context>
<context>
    <name>SqliteDialect</name>
    <message>
        <source>Cannot create the folder %1 for the database.</source>
        <translation>Impossible de créer le dossier %1 pour la base de données.</translation>
    </message>
    <message>
        <source>The SQLite driver of Qt is missing (package libqt6sql6-sqlite): %1</source>
        <translation>Le pilote SQLite de Qt est manquant (paquet libqt6sql6-sqlite) : %1</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Impossible d&apos;ouvrir la base de données %1 : %2</translation>
    </message>
    <message>
        <source>WAL journal mode refused</source>
        <translation>Mode de journal WAL refusé</translation>
    </message>
    <message>
        <source>Cannot use the database %1: %2</source>
        <translation>Impossible d&apos;utiliser la base de données %1 : %2</translation>
    </message>
</context>
<context>
    <name>StaffTokens</name>
    <message>
        <source>A token name has 1 to 64 letters, digits, dots, dashes or underscores: &quot;%1&quot; does not.</source>
        <translation>Un nom de jeton compte de 1 à 64 lettres, chiffres, points, tirets ou soulignés : ce n&apos;est pas le cas de « %1 ».</translation>
    </message>
</context>
<context>
    <name>StatsHandler</name>
    <message>
        <source>The query has invalid parameters.</source>
        <translation>La requête contient des paramètres non valides.</translation>
    </message>
    <message>
        <source>The statistics cannot be read now; try again later.</source>
        <translation>Les statistiques ne peuvent pas être lues pour le moment ; réessayez plus tard.</translation>
    </message>
    <message>
        <source>has offsets that are not whole hours; hourly statistics need whole-hour offsets</source>
        <translation>a des décalages qui ne sont pas des heures entières ; les statistiques horaires exigent des décalages en heures entières</translation>
    </message>
    <message>
        <source>has no daily, weekly or monthly statistics on this server; they are kept for: %1</source>
        <translation>n&apos;a pas de statistiques quotidiennes, hebdomadaires ou mensuelles sur ce serveur ; elles sont tenues pour : %1</translation>
    </message>
    <message>
        <source>gives more than %1 buckets for this period; choose a larger bucket or a shorter period</source>
        <translation>donne plus de %1 intervalles pour cette période ; choisissez un intervalle plus grand ou une période plus courte</translation>
    </message>
</context>
<context>
    <name>StatsJson</name>
    <message>
        <source>The server&apos;s answer is not what this program expects (at &quot;%1&quot;). The server may be of another version.</source>
        <translation>La réponse du serveur ne correspond pas à ce qu&apos;attend ce programme (à « %1 »). Le serveur est peut-être d&apos;une autre version.</translation>
    </message>
</context>
<context>
    <name>StatsParameters</name>
    <message>
        <source>is not a known time zone (e.g. Europe/Brussels)</source>
        <translation>n&apos;est pas un fuseau horaire connu (p. ex. Europe/Brussels)</translation>
    </message>
    <message>
        <source>is required: a date (YYYY-MM-DD) or an RFC 3339 time</source>
        <translation>est obligatoire : une date (AAAA-MM-JJ) ou une heure RFC 3339</translation>
    </message>
    <message>
        <source>must be a date (YYYY-MM-DD) or an RFC 3339 time with an offset, not &quot;%1&quot;</source>
        <translation>doit être une date (AAAA-MM-JJ) ou une heure RFC 3339 avec décalage, pas « %1 »</translation>
    </message>
    <message>
        <source>must be after from</source>
        <translation>doit être postérieur à from</translation>
    </message>
    <message>
        <source>is not a service of the catalogue</source>
        <translation>n&apos;est pas un service du catalogue</translation>
    </message>
    <message>
        <source>must be hour, day, week or month</source>
        <translation>doit valoir hour, day, week ou month</translation>
    </message>
</context>
<context>
    <name>ehb::AnalysisFilters</name>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Mois dernier</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Cette année</translation>
    </message>
    <message>
        <source>Custom period</source>
        <translation>Période personnalisée</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>&amp;Du :</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>A&amp;u :</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <source>Ser&amp;vice:</source>
        <translation>Ser&amp;vice :</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>Tous les services</translation>
    </message>
    <message>
        <source>&amp;Bars per:</source>
        <translation>&amp;Barres par :</translation>
    </message>
    <message>
        <source>Bars per</source>
        <translation>Barres par</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>R&amp;efresh</source>
        <translation>Actualis&amp;er</translation>
    </message>
    <message>
        <source>Refresh the analysis</source>
        <translation>Actualiser l&apos;analyse</translation>
    </message>
    <message>
        <source>Ask the server again (F5)</source>
        <translation>Interroger à nouveau le serveur (F5)</translation>
    </message>
    <message>
        <source>Monthly &amp;PDF report…</source>
        <translation>Rapport mensuel &amp;PDF…</translation>
    </message>
    <message>
        <source>Save a monthly PDF report</source>
        <translation>Enregistrer un rapport mensuel PDF</translation>
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
        <translation>Progression du chargement</translation>
    </message>
    <message>
        <source>Analysis status</source>
        <translation>État de l&apos;analyse</translation>
    </message>
    <message>
        <source>Problems loading the analysis</source>
        <translation>Problèmes de chargement de l&apos;analyse</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <extracomment>A period: first day – last day (or the time it ends).</extracomment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Set the staff token in Settings to see the analysis.</source>
        <translation>Indiquez le jeton du personnel dans Paramètres pour voir l&apos;analyse.</translation>
    </message>
    <message>
        <source>Loading %1… (%2 of %3 answers)</source>
        <translation>Chargement de la période %1… (%2 réponses sur %3)</translation>
    </message>
    <message>
        <source>%1, as of %2.</source>
        <translation>%1, état à %2.</translation>
    </message>
    <message>
        <source>Not loaded yet.</source>
        <translation>Pas encore chargé.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln report(s)</source>
        <translation>
            <numerusform>%Ln signalement</numerusform>
            <numerusform>%Ln signalements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n outage episode(s)</source>
        <translation>
            <numerusform>%n épisode de panne</numerusform>
            <numerusform>%n épisodes de panne</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of downtime in all</source>
        <translation>%1 d&apos;indisponibilité au total</translation>
    </message>
    <message>
        <source>%1 of %2 services below the SLA target of %3</source>
        <translation>%1 services sur %2 sous l&apos;objectif SLA de %3</translation>
    </message>
    <message>
        <source>Save “%1” as an image</source>
        <translation>Enregistrer « %1 » comme image</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Enregistré : %1.</translation>
    </message>
    <message>
        <source>Save the data of “%1”</source>
        <translation>Enregistrer les données de « %1 »</translation>
    </message>
    <message>
        <source>CSV files for spreadsheets (*.csv)</source>
        <translation>Fichiers CSV pour tableur (*.csv)</translation>
    </message>
    <message>
        <source>%1 (so far)</source>
        <translation>%1 (en cours)</translation>
    </message>
    <message>
        <source>Monthly PDF report</source>
        <translation>Rapport mensuel PDF</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Mois :</translation>
    </message>
    <message>
        <source>Save the monthly report</source>
        <translation>Enregistrer le rapport mensuel</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Making the monthly report of %1…</source>
        <translation>Création du rapport mensuel de %1…</translation>
    </message>
</context>
<context>
    <name>ehb::AvailabilityModel</name>
    <message>
        <source>✓ Met</source>
        <extracomment>The SLA target was met (✓) or not (✗) for this service.</extracomment>
        <translation>✓ Atteint</translation>
    </message>
    <message>
        <source>✗ Not met</source>
        <translation>✗ Non atteint</translation>
    </message>
    <message>
        <source>Availability %1 against the target of %2</source>
        <translation>Disponibilité de %1 pour un objectif de %2</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Episodes</source>
        <translation>Épisodes</translation>
    </message>
    <message>
        <source>Downtime</source>
        <translation>Indisponibilité</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Disponibilité</translation>
    </message>
    <message>
        <source>Downtime,
working hours</source>
        <translation>Indisponibilité,
heures ouvrables</translation>
    </message>
    <message>
        <source>Availability,
working hours</source>
        <translation>Disponibilité,
heures ouvrables</translation>
    </message>
    <message>
        <source>SLA %1</source>
        <translation>SLA %1</translation>
    </message>
    <message>
        <source>Service id</source>
        <translation>Id du service</translation>
    </message>
    <message>
        <source>Downtime (minutes)</source>
        <translation>Indisponibilité (minutes)</translation>
    </message>
    <message>
        <source>Availability (%)</source>
        <translation>Disponibilité (%)</translation>
    </message>
    <message>
        <source>Downtime, working hours (minutes)</source>
        <translation>Indisponibilité, heures ouvrables (minutes)</translation>
    </message>
    <message>
        <source>Availability, working hours (%)</source>
        <translation>Disponibilité, heures ouvrables (%)</translation>
    </message>
    <message>
        <source>SLA target (%)</source>
        <translation>Objectif SLA (%)</translation>
    </message>
    <message>
        <source>SLA met</source>
        <translation>SLA atteint</translation>
    </message>
    <message>
        <source>%1 found; at least %2, at most %3.
%4</source>
        <extracomment>A downtime&apos;s tooltip: the figure found, then the low and the high end of its range; %4 says what the ends mean.</extracomment>
        <translation>Valeur retenue : %1 ; au moins %2, au plus %3.
%4</translation>
    </message>
    <message>
        <source>The downtime found, then its range in brackets.</source>
        <translation>L&apos;indisponibilité retenue, puis sa fourchette entre parenthèses.</translation>
    </message>
    <message>
        <source>Downtime, low (minutes)</source>
        <translation>Indisponibilité, minimum (minutes)</translation>
    </message>
    <message>
        <source>Downtime, high (minutes)</source>
        <translation>Indisponibilité, maximum (minutes)</translation>
    </message>
    <message>
        <source>Downtime, working hours, low (minutes)</source>
        <translation>Indisponibilité, heures ouvrables, minimum (minutes)</translation>
    </message>
    <message>
        <source>Downtime, working hours, high (minutes)</source>
        <translation>Indisponibilité, heures ouvrables, maximum (minutes)</translation>
    </message>
</context>
<context>
    <name>ehb::AvailabilityView</name>
    <message>
        <source>Downtime and availability</source>
        <translation>Indisponibilité et disponibilité</translation>
    </message>
    <message>
        <source>No availability figures yet.</source>
        <translation>Pas encore de chiffres de disponibilité.</translation>
    </message>
    <message numerus="yes">
        <source>SLA target %1: met by %2 of %n service(s).</source>
        <translation>
            <numerusform>Objectif SLA de %1 : atteint par %2 service sur %n.</numerusform>
            <numerusform>Objectif SLA de %1 : atteint par %2 services sur %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>In brackets, the downtime&apos;s range: from the shortest to the longest the reports allow; the shortest is the least they show.</source>
        <translation>Entre parenthèses, la fourchette de l&apos;indisponibilité : du plus court au plus long que les signalements permettent ; le plus court est le moins qu&apos;ils montrent.</translation>
    </message>
</context>
<context>
    <name>ehb::BackPrompt</name>
    <message>
        <source>Is %1 back for you?</source>
        <translation>%1 fonctionne-t-il à nouveau chez vous ?</translation>
    </message>
    <message>
        <source>Other practices have stopped reporting problems with it. Your report of %1 is still open.</source>
        <translation>Les autres cabinets ne signalent plus de problème. Votre signalement de %1 est toujours ouvert.</translation>
    </message>
    <message>
        <source>Is the service back?</source>
        <translation>Le service fonctionne-t-il à nouveau ?</translation>
    </message>
    <message>
        <source>Resolved now</source>
        <translation>Résolu maintenant</translation>
    </message>
    <message>
        <source>It works again: record that the problem ended now</source>
        <translation>Cela fonctionne à nouveau : enregistrer que le problème a pris fin maintenant</translation>
    </message>
    <message>
        <source>Still failing</source>
        <translation>Toujours en panne</translation>
    </message>
    <message>
        <source>It still fails: record that the problem was still there now</source>
        <translation>Cela ne fonctionne toujours pas : enregistrer que le problème persistait à ce moment</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Do not answer; this report will not be asked about again</source>
        <translation>Ne pas répondre ; la question ne sera plus posée pour ce signalement</translation>
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
        <translation>Enregistrer « %1 » comme image</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>Save the data of “%1” for a spreadsheet</source>
        <translation>Enregistrer les données de « %1 » pour un tableur</translation>
    </message>
</context>
<context>
    <name>ehb::DeliveryAgent</name>
    <message>
        <source>The server refused the report (HTTP %1)</source>
        <translation>Le serveur a refusé le signalement (HTTP %1)</translation>
    </message>
    <message>
        <source>Server unreachable: %1</source>
        <translation>Serveur injoignable : %1</translation>
    </message>
    <message>
        <source>The server is busy (HTTP 429)</source>
        <translation>Le serveur est surchargé (HTTP 429)</translation>
    </message>
    <message>
        <source>Server error (HTTP %1)</source>
        <translation>Erreur du serveur (HTTP %1)</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was refused: %1</source>
        <translation>Le certificat du serveur a été refusé : %1</translation>
    </message>
</context>
<context>
    <name>ehb::FrequencyChart</name>
    <message>
        <source>Reports per week</source>
        <translation>Signalements par semaine</translation>
    </message>
    <message>
        <source>Reports per month</source>
        <translation>Signalements par mois</translation>
    </message>
    <message>
        <source>Reports per hour</source>
        <translation>Signalements par heure</translation>
    </message>
    <message>
        <source>Reports per day</source>
        <translation>Signalements par jour</translation>
    </message>
    <message>
        <source>No reports in this period.</source>
        <translation>Aucun signalement pendant cette période.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n report(s)</source>
        <translation>
            <numerusform>%1 : %n signalement</numerusform>
            <numerusform>%1 : %n signalements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 (%n practice(s))</source>
        <translation>
            <numerusform>%1 : %2 (%n cabinet)</numerusform>
            <numerusform>%1 : %2 (%n cabinets)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 reports in %2 periods; the most in %3 (%4).</source>
        <translation>%1 signalements sur %2 périodes ; maximum : %3 (%4).</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>Début de la période</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Service id</source>
        <translation>Id du service</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Signalements</translation>
    </message>
    <message>
        <source>Practices</source>
        <translation>Cabinets</translation>
    </message>
</context>
<context>
    <name>ehb::HeatmapChart</name>
    <message>
        <source>Reports by weekday and hour</source>
        <translation>Signalements par jour de la semaine et par heure</translation>
    </message>
    <message>
        <source>No reports in this period.</source>
        <translation>Aucun signalement pendant cette période.</translation>
    </message>
    <message>
        <source>reports</source>
        <translation>signalements</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2:00–%3:00: %n report(s)</source>
        <extracomment>Heatmap tooltip: weekday, hour range, count. E.g. &quot;Tuesday 09:00–10:00: 12 reports&quot;.</extracomment>
        <translation>
            <numerusform>%1 %2:00–%3:00 : %n signalement</numerusform>
            <numerusform>%1 %2:00–%3:00 : %n signalements</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 reports; the most on %2 from %3:00 (%4).</source>
        <translation>%1 signalements ; maximum le %2 à partir de %3:00 (%4).</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>Jour de la semaine</translation>
    </message>
</context>
<context>
    <name>ehb::ImpactChart</name>
    <message>
        <source>Minutes lost per service: reported and estimated</source>
        <translation>Minutes perdues par service : signalées et estimées</translation>
    </message>
    <message>
        <source>No minutes lost reported in this period.</source>
        <translation>Aucune minute perdue signalée dans cette période.</translation>
    </message>
    <message>
        <source>Reported by GPs</source>
        <translation>Signalées par les médecins</translation>
    </message>
    <message>
        <source>Estimate for practices that gave no minutes (median × practices)</source>
        <translation>Estimation pour les cabinets sans minutes (médiane × cabinets)</translation>
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
            <numerusform>%1 : %2 signalées par %n signalement</numerusform>
            <numerusform>%1 : %2 signalées par %n signalements</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 reported in all, and an estimated %2 more for the practices that gave no minutes.</source>
        <translation>%1 signalées en tout, et environ %2 de plus estimées pour les cabinets qui n’ont pas donné de minutes.</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Service id</source>
        <translation>Id du service</translation>
    </message>
    <message>
        <source>Minutes lost, reported</source>
        <translation>Minutes perdues, signalées</translation>
    </message>
    <message>
        <source>Minutes lost, estimate for practices without</source>
        <translation>Minutes perdues, estimation pour les cabinets sans</translation>
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
        <translation>Service</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Signalements</translation>
    </message>
    <message>
        <source>Practices</source>
        <translation>Cabinets</translation>
    </message>
    <message>
        <source>Minutes lost, reported</source>
        <translation>Minutes perdues, signalées</translation>
    </message>
    <message>
        <source>Estimate for practices without</source>
        <translation>Estimation pour les cabinets sans</translation>
    </message>
    <message>
        <source>Patients affected</source>
        <translation>Patients concernés</translation>
    </message>
</context>
<context>
    <name>ehb::ImpactModel</name>
    <message>
        <source>All services</source>
        <translation>Tous les services</translation>
    </message>
    <message>
        <source>No estimate: every practice that reported gave its minutes lost.</source>
        <translation>Pas d’estimation : chaque cabinet qui a signalé a donné ses minutes perdues.</translation>
    </message>
    <message numerus="yes">
        <source>No estimate: %n practice(s) gave no minutes lost, and no report gave any to take a median from.</source>
        <translation>
            <numerusform>Pas d’estimation : %n cabinet n’a pas donné de minutes perdues, et aucun signalement n’en donne pour en tirer une médiane.</numerusform>
            <numerusform>Pas d’estimation : %n cabinets n’ont pas donné de minutes perdues, et aucun signalement n’en donne pour en tirer une médiane.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Estimate: %n practice(s) without minutes lost × median %1 per report (of %2 reports) = %3.</source>
        <extracomment>The estimate&apos;s basis: practices without minutes × the median of the reports that gave them = the estimate.</extracomment>
        <translation>
            <numerusform>Estimation : %n cabinet sans minutes perdues × médiane de %1 par signalement (sur %2 signalements) = %3.</numerusform>
            <numerusform>Estimation : %n cabinets sans minutes perdues × médiane de %1 par signalement (sur %2 signalements) = %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (+ %2 estimated)</source>
        <extracomment>A money value as reported, then the estimate&apos;s, kept apart.</extracomment>
        <translation>%1 (+ %2 estimés)</translation>
    </message>
    <message>
        <source>Money values at %1 per hour, the value set by the server&apos;s operator.</source>
        <translation>Valeurs en argent à %1 de l’heure, la valeur fixée par l’opérateur du serveur.</translation>
    </message>
    <message>
        <source>≈ %1</source>
        <extracomment>An estimate of minutes lost, shown apart from the reported sum.</extracomment>
        <translation>≈ %1</translation>
    </message>
    <message numerus="yes">
        <source>The sum of the minutes lost that %n report(s) gave.</source>
        <translation>
            <numerusform>La somme des minutes perdues données par %n signalement.</numerusform>
            <numerusform>La somme des minutes perdues données par %n signalements.</numerusform>
        </translation>
    </message>
    <message>
        <source>Median %1 patients per report, from %2 reports.</source>
        <translation>Médiane de %1 patients par signalement, sur %2 signalements.</translation>
    </message>
    <message>
        <source>Not reported: the practices that reported without giving minutes lost, times the median minutes lost per report of those that gave them.</source>
        <translation>Non signalé : les cabinets qui ont signalé sans donner de minutes perdues, multipliés par la médiane des minutes perdues par signalement de ceux qui en ont donné.</translation>
    </message>
    <message>
        <source>The median of the minutes lost per report, of the reports that gave them.</source>
        <translation>La médiane des minutes perdues par signalement, parmi les signalements qui en donnent.</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Signalements</translation>
    </message>
    <message>
        <source>With an
impact</source>
        <translation>Avec un
impact</translation>
    </message>
    <message>
        <source>Practices</source>
        <translation>Cabinets</translation>
    </message>
    <message>
        <source>Minutes lost,
reported</source>
        <translation>Minutes perdues,
signalées</translation>
    </message>
    <message>
        <source>Median per
report</source>
        <translation>Médiane par
signalement</translation>
    </message>
    <message>
        <source>Estimate for
practices without</source>
        <translation>Estimation pour
les cabinets sans</translation>
    </message>
    <message>
        <source>Patients
affected</source>
        <translation>Patients
concernés</translation>
    </message>
    <message>
        <source>Fallback used</source>
        <translation>Solution de repli utilisée</translation>
    </message>
    <message>
        <source>Value lost</source>
        <translation>Valeur perdue</translation>
    </message>
    <message>
        <source>Service id</source>
        <translation>Id du service</translation>
    </message>
    <message>
        <source>Reports with an impact</source>
        <translation>Signalements avec un impact</translation>
    </message>
    <message>
        <source>Minutes lost, reported</source>
        <translation>Minutes perdues, signalées</translation>
    </message>
    <message>
        <source>Reports giving minutes lost</source>
        <translation>Signalements donnant des minutes perdues</translation>
    </message>
    <message>
        <source>Median minutes lost per report</source>
        <translation>Médiane des minutes perdues par signalement</translation>
    </message>
    <message>
        <source>Practices without minutes lost</source>
        <translation>Cabinets sans minutes perdues</translation>
    </message>
    <message>
        <source>Minutes lost, estimate for practices without</source>
        <translation>Minutes perdues, estimation pour les cabinets sans</translation>
    </message>
    <message>
        <source>Patients affected, reported</source>
        <translation>Patients concernés, signalés</translation>
    </message>
    <message>
        <source>Median patients per report</source>
        <translation>Médiane des patients par signalement</translation>
    </message>
    <message>
        <source>Fallback: %1</source>
        <translation>Solution de repli : %1</translation>
    </message>
    <message>
        <source>Hourly value (EUR)</source>
        <translation>Valeur horaire (EUR)</translation>
    </message>
    <message>
        <source>Value lost, reported (EUR)</source>
        <translation>Valeur perdue, signalée (EUR)</translation>
    </message>
    <message>
        <source>Value lost, estimate (EUR)</source>
        <translation>Valeur perdue, estimation (EUR)</translation>
    </message>
</context>
<context>
    <name>ehb::ImpactPanel</name>
    <message>
        <source>Impact (optional)</source>
        <translation>Impact (facultatif)</translation>
    </message>
    <message>
        <source>Patients affected</source>
        <translation>Patients concernés</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Non précisé</translation>
    </message>
    <message>
        <source>Minutes lost</source>
        <translation>Minutes perdues</translation>
    </message>
    <message>
        <source>Fallback used</source>
        <translation>Solution de repli utilisée</translation>
    </message>
    <message>
        <source>P&amp;atients affected:</source>
        <translation>&amp;Patients concernés :</translation>
    </message>
    <message>
        <source>Minutes &amp;lost:</source>
        <translation>Mi&amp;nutes perdues :</translation>
    </message>
    <message>
        <source>Fall&amp;back:</source>
        <translation>Solution de rep&amp;li :</translation>
    </message>
</context>
<context>
    <name>ehb::ImpactView</name>
    <message>
        <source>What outages cost GPs</source>
        <translation>Ce que les pannes coûtent aux médecins</translation>
    </message>
    <message>
        <source>No reports in this period.</source>
        <translation>Aucun signalement dans cette période.</translation>
    </message>
    <message numerus="yes">
        <source>%1 lost as reported by %2 of %n report(s); %3 patients affected.</source>
        <extracomment>Totals of the impact: minutes lost as reported, reports behind them, reports in all, patients affected.</extracomment>
        <translation>
            <numerusform>%1 perdues selon %2 sur %n signalement ; %3 patients concernés.</numerusform>
            <numerusform>%1 perdues selon %2 sur %n signalements ; %3 patients concernés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reported: %1.</source>
        <translation>Signalé : %1.</translation>
    </message>
    <message>
        <source>No impact figures yet.</source>
        <translation>Pas encore de chiffres d’impact.</translation>
    </message>
    <message>
        <source>What each outage episode cost, most minutes lost first</source>
        <translation>Ce que chaque épisode de panne a coûté, le plus de minutes perdues d&apos;abord</translation>
    </message>
</context>
<context>
    <name>ehb::LiveBanner</name>
    <message>
        <source>Live reports from other practices</source>
        <translation>Signalements en direct d&apos;autres cabinets</translation>
    </message>
    <message>
        <source>Other practices are reporting %1 problems right now</source>
        <translation>D&apos;autres cabinets signalent en ce moment des problèmes avec %1</translation>
    </message>
    <message>
        <source>Some other practices are reporting %1 problems right now</source>
        <translation>Quelques autres cabinets signalent en ce moment des problèmes avec %1</translation>
    </message>
    <message numerus="yes">
        <source>(%n report(s) in %1 min)</source>
        <extracomment>Appended to the live banner: how many reports in how many minutes.</extracomment>
        <translation>
            <numerusform>(%n signalement en %1 min)</numerusform>
            <numerusform>(%n signalements en %1 min)</numerusform>
        </translation>
    </message>
    <message>
        <source>Official status: %1.</source>
        <translation>Statut officiel : %1.</translation>
    </message>
    <message>
        <source>Official status: %1 since %2.</source>
        <extracomment>%1 is an official status (&quot;Major outage&quot;), %2 a time or a date and time.</extracomment>
        <translation>Statut officiel : %1 depuis %2.</translation>
    </message>
    <message>
        <source>No more practices than usual report %1 problems right now</source>
        <translation>Pas plus de cabinets que d&apos;habitude ne signalent en ce moment de problèmes avec %1</translation>
    </message>
    <message>
        <source>GBO notice: %1</source>
        <extracomment>A notice the GBO published for all services; %1 is its text.</extracomment>
        <translation>Avis du GBO : %1</translation>
    </message>
    <message>
        <source>GBO notice on %1: %2</source>
        <translation>Avis du GBO sur %1 : %2</translation>
    </message>
    <message>
        <source>More information</source>
        <translation>Plus d&apos;informations</translation>
    </message>
</context>
<context>
    <name>ehb::LiveClient</name>
    <message>
        <source>The server address changed.</source>
        <translation>L&apos;adresse du serveur a changé.</translation>
    </message>
    <message>
        <source>the live levels</source>
        <translation>l&apos;état en direct des services</translation>
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
        <translation>Vues</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>&amp;Signaler</translation>
    </message>
    <message>
        <source>My rep&amp;orts</source>
        <translation>Mes si&amp;gnalements</translation>
    </message>
    <message>
        <source>Report a problem with a service</source>
        <translation>Signaler un problème avec un service</translation>
    </message>
    <message>
        <source>Your reports and whether the server received them</source>
        <translation>Vos signalements et leur réception par le serveur</translation>
    </message>
    <message>
        <source>Delivery status</source>
        <translation>État de l&apos;envoi</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About eHealth Bugs</source>
        <translation>À &amp;propos d&apos;eHealth Bugs</translation>
    </message>
    <message>
        <source>About eHealth Bugs</source>
        <translation>À propos d&apos;eHealth Bugs</translation>
    </message>
    <message>
        <source>eHealth Bugs %1

Report failures of the Belgian eHealth services in seconds. Reports are saved on this computer first, then sent to the GBO collection server. No patient data is collected.</source>
        <translation>eHealth Bugs %1

Signalez en quelques secondes les pannes des services eHealth belges. Les signalements sont d&apos;abord enregistrés sur cet ordinateur, puis envoyés au serveur de collecte du GBO. Aucune donnée de patient n&apos;est collectée.</translation>
    </message>
    <message>
        <source>All reports delivered</source>
        <translation>Tous les signalements ont été envoyés</translation>
    </message>
    <message numerus="yes">
        <source>%Ln report(s) waiting for the server</source>
        <translation>
            <numerusform>%Ln signalement en attente d&apos;envoi au serveur</numerusform>
            <numerusform>%Ln signalements en attente d&apos;envoi au serveur</numerusform>
        </translation>
    </message>
    <message>
        <source>Statistics for the GBO staff</source>
        <translation>Statistiques pour le personnel du GBO</translation>
    </message>
    <message numerus="yes">
        <source>%Ln report(s) kept on this computer: no collection server is set</source>
        <translation>
            <numerusform>%Ln signalement conservé sur cet ordinateur : aucun serveur de collecte n&apos;est défini</numerusform>
            <numerusform>%Ln signalements conservés sur cet ordinateur : aucun serveur de collecte n&apos;est défini</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ehb::MonthlyReportMaker</name>
    <message>
        <source>The monthly report was not made. %1</source>
        <translation>Le rapport mensuel n&apos;a pas été créé. %1</translation>
    </message>
    <message>
        <source>The monthly report is saved: %1</source>
        <translation>Le rapport mensuel est enregistré : %1</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Signalements</translation>
    </message>
    <message>
        <source>Outage episodes</source>
        <translation>Épisodes de panne</translation>
    </message>
    <message>
        <source>Downtime, all services together</source>
        <translation>Indisponibilité, tous services confondus</translation>
    </message>
    <message>
        <source>Services below the SLA target</source>
        <translation>Services sous l&apos;objectif SLA</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Least available service</source>
        <translation>Service le moins disponible</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Most reported symptom</source>
        <translation>Symptôme le plus signalé</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Availability (%)</source>
        <translation>Disponibilité (%)</translation>
    </message>
    <message>
        <source>Availability, working hours (%)</source>
        <translation>Disponibilité, heures ouvrables (%)</translation>
    </message>
    <message>
        <source>SLA met</source>
        <translation>SLA atteint</translation>
    </message>
    <message>
        <source>Downtime</source>
        <translation>Indisponibilité</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Practices</source>
        <translation>Cabinets</translation>
    </message>
    <message>
        <source>Reports that gave an impact</source>
        <translation>Signalements ayant donné un impact</translation>
    </message>
    <message>
        <source>Practices that reported</source>
        <translation>Cabinets ayant signalé</translation>
    </message>
    <message>
        <source>Minutes lost, as reported</source>
        <translation>Minutes perdues, telles que signalées</translation>
    </message>
    <message>
        <source>Median minutes lost per report</source>
        <translation>Médiane des minutes perdues par signalement</translation>
    </message>
    <message>
        <source>Estimate for the practices that gave no minutes</source>
        <translation>Estimation pour les cabinets qui n’ont pas donné de minutes</translation>
    </message>
    <message>
        <source>≈ %1 (an estimate)</source>
        <translation>≈ %1 (une estimation)</translation>
    </message>
    <message>
        <source>Patients affected, as reported</source>
        <translation>Patients concernés, tels que signalés</translation>
    </message>
    <message>
        <source>Fallback used</source>
        <translation>Solution de repli utilisée</translation>
    </message>
    <message>
        <source>Value lost, as reported</source>
        <translation>Valeur perdue, telle que signalée</translation>
    </message>
    <message>
        <source>Value lost, estimate</source>
        <translation>Valeur perdue, estimation</translation>
    </message>
    <message>
        <source>With an impact</source>
        <translation>Avec un impact</translation>
    </message>
    <message>
        <source>Minutes lost, reported</source>
        <translation>Minutes perdues, signalées</translation>
    </message>
    <message>
        <source>Median per report</source>
        <translation>Médiane par signalement</translation>
    </message>
    <message>
        <source>Estimate for practices without</source>
        <translation>Estimation pour les cabinets sans</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Patients</translation>
    </message>
    <message>
        <source>Value lost, reported</source>
        <translation>Valeur perdue, signalée</translation>
    </message>
    <message>
        <source>Outage episodes admitted by the official status page</source>
        <translation>Épisodes de panne reconnus par la page de statut officielle</translation>
    </message>
    <message>
        <source>Median lag before it admitted one</source>
        <translation>Retard médian avant reconnaissance</translation>
    </message>
    <message>
        <source>Outage episodes never admitted</source>
        <translation>Épisodes de panne jamais reconnus</translation>
    </message>
    <message>
        <source>Minutes of outage never admitted</source>
        <translation>Minutes de panne jamais reconnues</translation>
    </message>
    <message>
        <source>Official outages that no GP reported</source>
        <translation>Pannes officielles qu’aucun médecin n’a signalées</translation>
    </message>
</context>
<context>
    <name>ehb::MyReportsView</name>
    <message>
        <source>Resolved &amp;now</source>
        <translation>Résolu &amp;maintenant</translation>
    </message>
    <message>
        <source>Re&amp;try now</source>
        <translation>&amp;Réessayer maintenant</translation>
    </message>
    <message>
        <source>My reports</source>
        <translation>Mes signalements</translation>
    </message>
    <message>
        <source>Resolved now</source>
        <translation>Résolu maintenant</translation>
    </message>
    <message>
        <source>The selected problem is over: record that it ended now</source>
        <translation>Le problème sélectionné est terminé : enregistrer qu&apos;il a pris fin maintenant</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Réessayer maintenant</translation>
    </message>
    <message>
        <source>Try to send the waiting reports to the server now</source>
        <translation>Essayer maintenant d&apos;envoyer au serveur les signalements en attente</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>The report could not be marked as resolved: %1</source>
        <translation>Le signalement n&apos;a pas pu être marqué comme résolu : %1</translation>
    </message>
    <message>
        <source>The report could not be marked as still failing: %1</source>
        <translation>Le signalement n&apos;a pas pu être marqué comme toujours en panne : %1</translation>
    </message>
    <message>
        <source>Add &amp;details…</source>
        <translation>A&amp;jouter des détails…</translation>
    </message>
    <message>
        <source>Add details</source>
        <translation>Ajouter des détails</translation>
    </message>
    <message>
        <source>Add symptoms, the error message, the impact or a comment to the selected report</source>
        <translation>Ajouter des symptômes, le message d&apos;erreur, l&apos;impact ou un commentaire au signalement sélectionné</translation>
    </message>
    <message>
        <source>The details could not be saved: %1</source>
        <translation>Les détails n&apos;ont pas pu être enregistrés : %1</translation>
    </message>
</context>
<context>
    <name>ehb::NoServerNotice</name>
    <message>
        <source>Open Settin&amp;gs…</source>
        <translation>&amp;Ouvrir les paramètres…</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>Ouvrir les paramètres</translation>
    </message>
    <message>
        <source>No collection server</source>
        <translation>Aucun serveur de collecte</translation>
    </message>
    <message>
        <source>No collection server is set, so nothing is sent. Your reports are kept safely on this computer and go out as soon as a server address is set in Settings.</source>
        <translation>Aucun serveur de collecte n&apos;est défini : rien n&apos;est envoyé. Vos signalements sont conservés en sécurité sur cet ordinateur et partiront dès qu&apos;une adresse de serveur sera définie dans les Paramètres.</translation>
    </message>
</context>
<context>
    <name>ehb::NoticeAdmin</name>
    <message>
        <source>the notices</source>
        <translation>les avis</translation>
    </message>
    <message>
        <source>Could not publish the notice</source>
        <translation>Impossible de publier l&apos;avis</translation>
    </message>
    <message>
        <source>Could not withdraw the notice</source>
        <translation>Impossible de retirer l&apos;avis</translation>
    </message>
</context>
<context>
    <name>ehb::NoticeClient</name>
    <message>
        <source>The server&apos;s notices are not in the expected form.</source>
        <translation>Les avis du serveur n&apos;ont pas la forme attendue.</translation>
    </message>
</context>
<context>
    <name>ehb::NoticesPanel</name>
    <message>
        <source>The notice is published; GPs see it within a minute.</source>
        <translation>L&apos;avis est publié ; les médecins généralistes le voient d&apos;ici une minute.</translation>
    </message>
    <message>
        <source>The notice is withdrawn; GPs no longer see it within a minute.</source>
        <translation>L&apos;avis est retiré ; d&apos;ici une minute, les médecins généralistes ne le voient plus.</translation>
    </message>
    <message>
        <source>Set the server and the staff token in Settings first.</source>
        <translation>Indiquez d&apos;abord le serveur et le jeton du personnel dans les Paramètres.</translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translation>Publication…</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <source>Shown</source>
        <translation>Affiché</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Programmé</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>until withdrawn</source>
        <translation>jusqu&apos;au retrait</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>Tous les services</translation>
    </message>
    <message>
        <source>Notices to GPs</source>
        <translation>Avis aux médecins généralistes</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>French text</source>
        <translation>Texte en français</translation>
    </message>
    <message>
        <source>Dutch text</source>
        <translation>Texte en néerlandais</translation>
    </message>
    <message>
        <source>German text</source>
        <translation>Texte en allemand</translation>
    </message>
    <message>
        <source>English text</source>
        <translation>Texte en anglais</translation>
    </message>
    <message>
        <source>Link (optional)</source>
        <translation>Lien (facultatif)</translation>
    </message>
    <message>
        <source>Shown from</source>
        <translation>Affiché à partir du</translation>
    </message>
    <message>
        <source>Shown until</source>
        <translation>Affiché jusqu&apos;au</translation>
    </message>
    <message>
        <source>As GPs will see it:</source>
        <translation>Tel que les médecins généralistes le verront :</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publier</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Retirer</translation>
    </message>
</context>
<context>
    <name>ehb::NowStrip</name>
    <message>
        <source>%1: outage since %2</source>
        <extracomment>The &quot;Now&quot; strip. %1 is a service, %2 a time or a date and time.</extracomment>
        <translation>%1 : panne depuis %2</translation>
    </message>
    <message>
        <source>%1: possible problem since %2</source>
        <translation>%1 : problème possible depuis %2</translation>
    </message>
    <message>
        <source>%1: outage</source>
        <translation>%1 : panne</translation>
    </message>
    <message>
        <source>%1: possible problem</source>
        <translation>%1 : problème possible</translation>
    </message>
    <message numerus="yes">
        <source>%n practice(s) report it</source>
        <translation>
            <numerusform>%n cabinet le signale</numerusform>
            <numerusform>%n cabinets le signalent</numerusform>
        </translation>
    </message>
    <message>
        <source>a few practices report it</source>
        <translation>quelques cabinets le signalent</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>En ce moment</translation>
    </message>
    <message>
        <source>Services other practices report failing now</source>
        <translation>Services que d&apos;autres cabinets signalent en panne en ce moment</translation>
    </message>
    <message>
        <source>Me too</source>
        <translation>Moi aussi</translation>
    </message>
    <message>
        <source>Report that %1 fails for you too, started now, in one click</source>
        <extracomment>%1 is a service.</extracomment>
        <translation>Signaler en un clic que %1 est aussi en panne chez vous, depuis maintenant</translation>
    </message>
    <message>
        <source>Me too: %1</source>
        <translation>Moi aussi : %1</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Signalé</translation>
    </message>
    <message>
        <source>You reported it: see My reports</source>
        <translation>Vous l&apos;avez signalé : voir Mes signalements</translation>
    </message>
</context>
<context>
    <name>ehb::OfficialModel</name>
    <message>
        <source>%1 before</source>
        <extracomment>A negative lag: the official status page admitted the outage this long before GPs were hit.</extracomment>
        <translation>%1 avant</translation>
    </message>
    <message>
        <source>at the same time</source>
        <translation>au même moment</translation>
    </message>
    <message>
        <source>%1 later</source>
        <extracomment>The official status page said operational again this long after the GPs&apos; outage ended.</extracomment>
        <translation>%1 plus tard</translation>
    </message>
    <message>
        <source>%1 earlier</source>
        <extracomment>The official status page said operational again this long before the GPs&apos; outage ended.</extracomment>
        <translation>%1 plus tôt</translation>
    </message>
    <message>
        <source>Never admitted</source>
        <translation>Jamais reconnu</translation>
    </message>
    <message>
        <source>not over</source>
        <extracomment>An official outage not over yet.</extracomment>
        <translation>pas terminée</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>Tous les services</translation>
    </message>
    <message>
        <source>From the start of the outage as GPs reported it to the official status page admitting it; &quot;before&quot; when the page said it first.</source>
        <translation>Du début de la panne signalée par les médecins jusqu’à sa reconnaissance par la page de statut officielle ; « avant » quand la page l’a indiquée en premier.</translation>
    </message>
    <message>
        <source>The worst official status during the outage.</source>
        <translation>Le pire statut officiel pendant la panne.</translation>
    </message>
    <message>
        <source>The length of the outages the official status page never admitted.</source>
        <translation>La durée des pannes que la page de statut officielle n’a jamais reconnues.</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Official status</source>
        <translation>Statut officiel</translation>
    </message>
    <message>
        <source>Admitted at</source>
        <translation>Reconnue le</translation>
    </message>
    <message>
        <source>Lag</source>
        <translation>Retard</translation>
    </message>
    <message>
        <source>Official end</source>
        <translation>Fin officielle</translation>
    </message>
    <message>
        <source>Official end vs
GPs&apos; end</source>
        <translation>Fin officielle vs
fin selon les médecins</translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation>Reconnus</translation>
    </message>
    <message>
        <source>Not admitted</source>
        <translation>Non reconnus</translation>
    </message>
    <message>
        <source>Never admitted,
minutes</source>
        <translation>Jamais reconnues,
minutes</translation>
    </message>
    <message>
        <source>Median lag</source>
        <translation>Retard médian</translation>
    </message>
    <message>
        <source>Official outages
no GP reported</source>
        <translation>Pannes officielles
non signalées</translation>
    </message>
    <message>
        <source>Duration in the period</source>
        <translation>Durée dans la période</translation>
    </message>
    <message>
        <source>No outage episodes and no official outages in this period.</source>
        <translation>Aucun épisode de panne ni aucune panne officielle pendant cette période.</translation>
    </message>
    <message numerus="yes">
        <source>The official status page admitted %1 of %n outage episode(s)</source>
        <extracomment>How many of the GPs&apos; outage episodes the official status page admitted.</extracomment>
        <translation>
            <numerusform>La page de statut officielle a reconnu %1 épisode de panne sur %n</numerusform>
            <numerusform>La page de statut officielle a reconnu %1 des %n épisodes de panne</numerusform>
        </translation>
    </message>
    <message>
        <source>(median lag %1)</source>
        <translation>(retard médian %1)</translation>
    </message>
    <message numerus="yes">
        <source>%n episode(s) never admitted, %1 in all.</source>
        <translation>
            <numerusform>%n épisode jamais reconnu, %1 en tout.</numerusform>
            <numerusform>%n épisodes jamais reconnus, %1 en tout.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n official outage(s) that no GP reported.</source>
        <translation>
            <numerusform>%n panne officielle qu’aucun médecin n’a signalée.</numerusform>
            <numerusform>%n pannes officielles qu’aucun médecin n’a signalées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Service id</source>
        <translation>Id du service</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Lag (minutes)</source>
        <translation>Retard (minutes)</translation>
    </message>
    <message>
        <source>Official end after the GPs&apos; end (minutes)</source>
        <translation>Fin officielle après la fin selon les médecins (minutes)</translation>
    </message>
    <message>
        <source>Minutes never admitted</source>
        <translation>Minutes jamais reconnues</translation>
    </message>
    <message>
        <source>Median lag (minutes)</source>
        <translation>Retard médian (minutes)</translation>
    </message>
    <message>
        <source>Official outages no GP reported</source>
        <translation>Pannes officielles non signalées par les médecins</translation>
    </message>
    <message>
        <source>Outage episode</source>
        <translation>Épisode de panne</translation>
    </message>
    <message>
        <source>Official outage no GP reported</source>
        <translation>Panne officielle non signalée par les médecins</translation>
    </message>
</context>
<context>
    <name>ehb::OfficialView</name>
    <message>
        <source>Acknowledged by the official status page?</source>
        <translation>Reconnu par la page de statut officielle ?</translation>
    </message>
    <message>
        <source>The GPs&apos; outage episodes beside the official status</source>
        <translation>Les épisodes de panne signalés par les médecins face au statut officiel</translation>
    </message>
    <message>
        <source>By service</source>
        <translation>Par service</translation>
    </message>
    <message>
        <source>Official outages that no GP reported</source>
        <translation>Pannes officielles qu’aucun médecin n’a signalées</translation>
    </message>
    <message>
        <source>No official record yet.</source>
        <translation>Pas encore de relevé officiel.</translation>
    </message>
</context>
<context>
    <name>ehb::RankingChart</name>
    <message>
        <source>Top symptoms</source>
        <translation>Symptômes les plus fréquents</translation>
    </message>
    <message>
        <source>Reports by EMR software</source>
        <translation>Signalements par logiciel médical</translation>
    </message>
    <message>
        <source>Reports by province</source>
        <translation>Signalements par province</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Non précisé</translation>
    </message>
    <message>
        <source>Not given or other</source>
        <translation>Non précisé ou autre</translation>
    </message>
    <message>
        <source>No reports in this period.</source>
        <translation>Aucun signalement pendant cette période.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n report(s) (%2)</source>
        <translation>
            <numerusform>%1 : %n signalement (%2)</numerusform>
            <numerusform>%1 : %n signalements (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 categories; first %2 with %3 reports.</source>
        <translation>%1 catégories ; en tête : %2 avec %3 signalements.</translation>
    </message>
    <message>
        <source>Symptom</source>
        <translation>Symptôme</translation>
    </message>
    <message>
        <source>EMR software</source>
        <translation>Logiciel médical</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Signalements</translation>
    </message>
    <message>
        <source>Share (%)</source>
        <translation>Part (%)</translation>
    </message>
</context>
<context>
    <name>ehb::ReportDetailsDialog</name>
    <message>
        <source>The details were not saved. Please correct the following:</source>
        <translation>Les détails n&apos;ont pas été enregistrés. Veuillez corriger ce qui suit :</translation>
    </message>
    <message>
        <source>Add details</source>
        <translation>Ajouter des détails</translation>
    </message>
    <message>
        <source>Your report on %1, started at %2. Add what you know: it is sent with the report. No patient data, please.</source>
        <extracomment>%1 is a service, %2 the time the problem started.</extracomment>
        <translation>Votre signalement sur %1, commencé à %2. Ajoutez ce que vous savez : ce sera envoyé avec le signalement. Aucune donnée de patient, s&apos;il vous plaît.</translation>
    </message>
    <message>
        <source>S&amp;ymptoms:</source>
        <translation>S&amp;ymptômes :</translation>
    </message>
    <message>
        <source>&amp;Error message:</source>
        <translation>&amp;Message d&apos;erreur :</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>Message d&apos;erreur</translation>
    </message>
    <message>
        <source>The message or code your software showed, if any</source>
        <translation>Le message ou le code affiché par votre logiciel, le cas échéant</translation>
    </message>
    <message>
        <source>C&amp;omment:</source>
        <translation>C&amp;ommentaire :</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Problems with the details</source>
        <translation>Problèmes dans les détails</translation>
    </message>
    <message>
        <source>&amp;Save details</source>
        <translation>&amp;Enregistrer les détails</translation>
    </message>
    <message>
        <source>Save details</source>
        <translation>Enregistrer les détails</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>ehb::ReportForm</name>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>Symptoms</source>
        <translation>Symptômes</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>Message d&apos;erreur</translation>
    </message>
    <message>
        <source>The message or code your software showed, if any</source>
        <translation>Le message ou le code affiché par votre logiciel, le cas échéant</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Anything else worth knowing. No patient data, please.</source>
        <translation>Toute autre information utile. Aucune donnée de patient, s&apos;il vous plaît.</translation>
    </message>
    <message>
        <source>Problems with the report</source>
        <translation>Problèmes dans le signalement</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Confirmation</translation>
    </message>
    <message>
        <source>Se&amp;nd report</source>
        <translation>&amp;Envoyer le signalement</translation>
    </message>
    <message>
        <source>Send report</source>
        <translation>Envoyer le signalement</translation>
    </message>
    <message>
        <source>Save the report and send it to the server (Ctrl+Enter)</source>
        <translation>Enregistrer le signalement et l&apos;envoyer au serveur (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>Se&amp;rvice :</translation>
    </message>
    <message>
        <source>S&amp;ince:</source>
        <translation>&amp;Depuis :</translation>
    </message>
    <message>
        <source>Sym&amp;ptoms:</source>
        <translation>S&amp;ymptômes :</translation>
    </message>
    <message>
        <source>&amp;Error message:</source>
        <translation>&amp;Message d&apos;erreur :</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Commentaire :</translation>
    </message>
    <message>
        <source>Patients affected</source>
        <translation>Patients concernés</translation>
    </message>
    <message>
        <source>Minutes lost</source>
        <translation>Minutes perdues</translation>
    </message>
    <message>
        <source>Fallback</source>
        <translation>Solution de repli</translation>
    </message>
    <message>
        <source>Practice postcode (in Settings)</source>
        <translation>Code postal du cabinet (dans Paramètres)</translation>
    </message>
    <message>
        <source>EMR software name (in Settings)</source>
        <translation>Nom du logiciel médical (dans Paramètres)</translation>
    </message>
    <message>
        <source>EMR software version (in Settings)</source>
        <translation>Version du logiciel médical (dans Paramètres)</translation>
    </message>
    <message>
        <source>Computer clock</source>
        <translation>Horloge de l&apos;ordinateur</translation>
    </message>
    <message>
        <source>Program data (%1)</source>
        <translation>Données du programme (%1)</translation>
    </message>
    <message>
        <source>The report could not be saved on this computer: %1</source>
        <translation>Le signalement n&apos;a pas pu être enregistré sur cet ordinateur : %1</translation>
    </message>
    <message>
        <source>Report saved at %1. It is sent to the server in the background.</source>
        <translation>Signalement enregistré à %1. Il est envoyé au serveur en arrière-plan.</translation>
    </message>
    <message>
        <source>The report was not saved. Please correct the following:</source>
        <translation>Le signalement n&apos;a pas été enregistré. Veuillez corriger ce qui suit :</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A problem in the report form. %1 is the field, %2 the reason.</extracomment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Reported: %1, started now</source>
        <extracomment>Feedback after &quot;Me too&quot;. %1 is a service.</extracomment>
        <translation>Signalé : %1, depuis maintenant</translation>
    </message>
    <message>
        <source>Add &amp;details…</source>
        <translation>A&amp;jouter des détails…</translation>
    </message>
    <message>
        <source>Add details to this report</source>
        <translation>Ajouter des détails à ce signalement</translation>
    </message>
    <message>
        <source>Add symptoms, the error message, the impact or a comment while it waits to be sent or after</source>
        <translation>Ajouter des symptômes, le message d&apos;erreur, l&apos;impact ou un commentaire, pendant qu&apos;il attend d&apos;être envoyé ou après</translation>
    </message>
</context>
<context>
    <name>ehb::ReportsModel</name>
    <message>
        <source>ongoing</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>%1
Error message: %2</source>
        <translation>%1
Message d&apos;erreur : %2</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Symptoms</source>
        <translation>Symptômes</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Retrying (%1)</source>
        <translation>Nouvel essai (%1)</translation>
    </message>
    <message>
        <source>Retrying at %1 (%2)</source>
        <extracomment>%1 is the time of the next attempt, %2 the reason of the last failure.</extracomment>
        <translation>Nouvel essai à %1 (%2)</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>Refusé : %1</translation>
    </message>
    <message>
        <source>Saved on this computer, waiting to be sent to the server.</source>
        <translation>Enregistré sur cet ordinateur, en attente d&apos;envoi au serveur.</translation>
    </message>
    <message>
        <source>The server received this report.</source>
        <translation>Le serveur a reçu ce signalement.</translation>
    </message>
    <message>
        <source>The last attempt failed: %1
Next attempt: %2
Attempts so far: %3</source>
        <translation>La dernière tentative a échoué : %1
Prochaine tentative : %2
Tentatives jusqu&apos;à présent : %3</translation>
    </message>
    <message>
        <source>The server refused this report: %1
It is kept on this computer.</source>
        <translation>Le serveur a refusé ce signalement : %1
Il est conservé sur cet ordinateur.</translation>
    </message>
    <message>
        <source>ongoing (still failing at %1)</source>
        <extracomment>My reports, the end column of a report the GP said was &quot;still failing&quot;.</extracomment>
        <translation>en cours (toujours en panne à %1)</translation>
    </message>
</context>
<context>
    <name>ehb::ResolveDialog</name>
    <message>
        <source>The problem is over</source>
        <translation>Le problème est terminé</translation>
    </message>
    <message>
        <source>Now that it is over, you may add what it cost your practice: the minutes lost and the patients affected. This is optional.</source>
        <translation>Maintenant que c’est terminé, vous pouvez ajouter ce que cela a coûté à votre cabinet : les minutes perdues et les patients concernés. C’est facultatif.</translation>
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translation>&amp;Résoudre</translation>
    </message>
    <message>
        <source>Resolve with this impact</source>
        <translation>Résoudre avec cet impact</translation>
    </message>
    <message>
        <source>Resolve &amp;without adding</source>
        <translation>Résoudre &amp;sans ajouter</translation>
    </message>
    <message>
        <source>Resolve without adding an impact</source>
        <translation>Résoudre sans ajouter d’impact</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>ehb::ServerProbe</name>
    <message>
        <source>the address is not a web address</source>
        <translation>l&apos;adresse n&apos;est pas une adresse web</translation>
    </message>
    <message numerus="yes">
        <source>no answer within %n second(s)</source>
        <translation>
            <numerusform>aucune réponse en %n seconde</numerusform>
            <numerusform>aucune réponse en %n secondes</numerusform>
        </translation>
    </message>
    <message>
        <source>it answers HTTP %1, not as a collection server does</source>
        <translation>il répond HTTP %1, pas comme un serveur de collecte</translation>
    </message>
    <message>
        <source>its answer is not a collection server&apos;s</source>
        <translation>sa réponse n&apos;est pas celle d&apos;un serveur de collecte</translation>
    </message>
</context>
<context>
    <name>ehb::ServiceComboBox</name>
    <message>
        <source>Choose the service that fails</source>
        <translation>Choisissez le service en panne</translation>
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
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Practice postcode</source>
        <translation>Code postal du cabinet</translation>
    </message>
    <message>
        <source>e.g. 1000</source>
        <translation>p. ex. 1000</translation>
    </message>
    <message>
        <source>Optional. Shows where problems happen, without naming you.</source>
        <translation>Facultatif. Indique où les problèmes surviennent, sans vous identifier.</translation>
    </message>
    <message>
        <source>EMR software name</source>
        <translation>Nom du logiciel médical</translation>
    </message>
    <message>
        <source>EMR software version</source>
        <translation>Version du logiciel médical</translation>
    </message>
    <message>
        <source>Problems with the settings</source>
        <translation>Problèmes dans les paramètres</translation>
    </message>
    <message>
        <source>Save the settings</source>
        <translation>Enregistrer les paramètres</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Server address:</source>
        <translation>Adresse du &amp;serveur :</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Practice &amp;postcode:</source>
        <translation>&amp;Code postal du cabinet :</translation>
    </message>
    <message>
        <source>EMR software &amp;name:</source>
        <translation>&amp;Nom du logiciel médical :</translation>
    </message>
    <message>
        <source>EMR software &amp;version:</source>
        <translation>&amp;Version du logiciel médical :</translation>
    </message>
    <message>
        <source>Practice postcode: enter a Belgian postcode from 1000 to 9999, or leave it empty</source>
        <translation>Code postal du cabinet : saisissez un code postal belge de 1000 à 9999, ou laissez le champ vide</translation>
    </message>
    <message>
        <source>Staff &amp;token (GBO):</source>
        <translation>&amp;Jeton du personnel (GBO) :</translation>
    </message>
    <message>
        <source>Staff token (GBO)</source>
        <translation>Jeton du personnel (GBO)</translation>
    </message>
    <message>
        <source>Only for GBO staff: shows the Analysis tab</source>
        <translation>Réservé au personnel du GBO : affiche l&apos;onglet Analyse</translation>
    </message>
    <message>
        <source>The token the server&apos;s administrator made for you. It is kept in your system&apos;s keychain when there is one.</source>
        <translation>Le jeton que l&apos;administrateur du serveur a créé pour vous. Il est conservé dans le trousseau de clés de votre système, s&apos;il en possède un.</translation>
    </message>
    <message>
        <source>Where the staff token is kept</source>
        <translation>Emplacement du jeton du personnel</translation>
    </message>
    <message>
        <source>No keychain is available on this computer: the staff token is kept in the settings file, where anyone who can read your files can read it.</source>
        <translation>Aucun trousseau de clés n&apos;est disponible sur cet ordinateur : le jeton du personnel est conservé dans le fichier de paramètres, où toute personne pouvant lire vos fichiers peut le lire.</translation>
    </message>
    <message>
        <source>Set by your practice&apos;s administrator.</source>
        <translation>Défini par l&apos;administrateur de votre cabinet.</translation>
    </message>
    <message>
        <source>About the server address</source>
        <translation>À propos de l&apos;adresse du serveur</translation>
    </message>
</context>
<context>
    <name>ehb::SinceChooser</name>
    <message>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <source>Since now</source>
        <translation>Commencé à l&apos;instant</translation>
    </message>
    <message>
        <source>15 min</source>
        <translation>15 min</translation>
    </message>
    <message>
        <source>Since 15 minutes</source>
        <translation>Depuis 15 minutes</translation>
    </message>
    <message>
        <source>30 min</source>
        <translation>30 min</translation>
    </message>
    <message>
        <source>Since 30 minutes</source>
        <translation>Depuis 30 minutes</translation>
    </message>
    <message>
        <source>1 h</source>
        <translation>1 h</translation>
    </message>
    <message>
        <source>Since 1 hour</source>
        <translation>Depuis 1 heure</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Since a custom time</source>
        <translation>Depuis une durée personnalisée</translation>
    </message>
    <message>
        <source>Minutes since the problem began</source>
        <translation>Minutes écoulées depuis le début du problème</translation>
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
        <translation>la fréquence des signalements</translation>
    </message>
    <message>
        <source>the weekday and hour heatmap</source>
        <translation>la carte thermique par jour et par heure</translation>
    </message>
    <message>
        <source>the outage episodes</source>
        <translation>les épisodes de panne</translation>
    </message>
    <message>
        <source>the breakdown by symptom, software and province</source>
        <translation>la répartition par symptôme, logiciel et province</translation>
    </message>
    <message>
        <source>the statistics</source>
        <translation>les statistiques</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>what the outages cost</source>
        <translation>ce que les pannes ont coûté</translation>
    </message>
    <message>
        <source>the official status page&apos;s record beside the episodes</source>
        <translation>le relevé de la page de statut officielle face aux épisodes</translation>
    </message>
    <message>
        <source>the official status page&apos;s changes</source>
        <translation>les changements de la page de statut officielle</translation>
    </message>
    <message>
        <source>Could not load %1: no collection server is set (Settings).</source>
        <translation>Impossible de charger %1 : aucun serveur de collecte n&apos;est défini (Paramètres).</translation>
    </message>
    <message>
        <source>Could not load %1: the staff token is never sent over plain http:// to another computer. Use an https:// server address in Settings.</source>
        <translation>Impossible de charger %1 : le jeton du personnel n&apos;est jamais envoyé en http:// simple vers un autre ordinateur. Utilisez une adresse de serveur https:// dans les Paramètres.</translation>
    </message>
</context>
<context>
    <name>ehb::SymptomPicker</name>
    <message>
        <source>Symptom: %1</source>
        <translation>Symptôme : %1</translation>
    </message>
</context>
<context>
    <name>ehb::TimelineChart</name>
    <message>
        <source>Outage episodes</source>
        <translation>Épisodes de panne</translation>
    </message>
    <message>
        <source>No outage episodes in this period.</source>
        <translation>Aucun épisode de panne pendant cette période.</translation>
    </message>
    <message>
        <source>No data.</source>
        <translation>Aucune donnée.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 – %3 (%4), %n report(s) from %5 practices</source>
        <extracomment>An outage episode: service, start, end, duration, reports, practices.</extracomment>
        <translation>
            <numerusform>%1 : %2 – %3 (%4), %n signalement de %5 cabinets</numerusform>
            <numerusform>%1 : %2 – %3 (%4), %n signalements de %5 cabinets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n outage episode(s), %1 in all.</source>
        <translation>
            <numerusform>%n épisode de panne, %1 au total.</numerusform>
            <numerusform>%n épisodes de panne, %1 au total.</numerusform>
        </translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Service id</source>
        <translation>Id du service</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Signalements</translation>
    </message>
    <message>
        <source>Practices</source>
        <translation>Cabinets</translation>
    </message>
    <message>
        <source>Proven by the reports</source>
        <translation>Prouvé par les signalements</translation>
    </message>
    <message>
        <source>Allowed by the reports</source>
        <translation>Permis par les signalements</translation>
    </message>
    <message>
        <source>Start and end found</source>
        <translation>Début et fin retenus</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 – %3, %4, %n report(s) from %5 practices</source>
        <extracomment>An outage episode: service, start, end, minutes with their range (&quot;48 min (9–49)&quot;), reports, practices.</extracomment>
        <translation>
            <numerusform>%1 : %2 – %3, %4, %n signalement de %5 cabinets</numerusform>
            <numerusform>%1 : %2 – %3, %4, %n signalements de %5 cabinets</numerusform>
        </translation>
    </message>
    <message>
        <source>Start between %1 and %2, end between %3 and %4.</source>
        <extracomment>The ranges of an outage episode&apos;s start and end, as the reports allow them.</extracomment>
        <translation>Début entre %1 et %2, fin entre %3 et %4.</translation>
    </message>
    <message>
        <source>Minutes, low</source>
        <translation>Minutes, minimum</translation>
    </message>
    <message>
        <source>Minutes, high</source>
        <translation>Minutes, maximum</translation>
    </message>
    <message>
        <source>Start, earliest</source>
        <translation>Début, au plus tôt</translation>
    </message>
    <message>
        <source>Start, latest</source>
        <translation>Début, au plus tard</translation>
    </message>
    <message>
        <source>End, earliest</source>
        <translation>Fin, au plus tôt</translation>
    </message>
    <message>
        <source>End, latest</source>
        <translation>Fin, au plus tard</translation>
    </message>
    <message numerus="yes">
        <source>Minutes lost: %1 reported by %n report(s)</source>
        <extracomment>What an outage episode cost: minutes lost as reported, by how many reports.</extracomment>
        <translation>
            <numerusform>Minutes perdues : %1 signalées par %n signalement</numerusform>
            <numerusform>Minutes perdues : %1 signalées par %n signalements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, ≈ %1 more estimated for %n practice(s) that gave none</source>
        <extracomment>The estimate of an episode&apos;s minutes lost, kept apart from the reported sum.</extracomment>
        <translation>
            <numerusform>, environ %1 de plus estimées pour %n cabinet qui n’en a pas donné</numerusform>
            <numerusform>, environ %1 de plus estimées pour %n cabinets qui n’en ont pas donné</numerusform>
        </translation>
    </message>
    <message>
        <source>Minutes lost, reported</source>
        <translation>Minutes perdues, signalées</translation>
    </message>
    <message>
        <source>Reports giving minutes lost</source>
        <translation>Signalements donnant des minutes perdues</translation>
    </message>
    <message>
        <source>Minutes lost, estimate for practices without</source>
        <translation>Minutes perdues, estimation pour les cabinets sans</translation>
    </message>
    <message>
        <source>Patients affected, reported</source>
        <translation>Patients concernés, signalés</translation>
    </message>
    <message>
        <source>official</source>
        <extracomment>The label of the official status lane under a service on the episode timeline.</extracomment>
        <translation>officiel</translation>
    </message>
    <message>
        <source>Under each service, what the official status page said at the time.</source>
        <translation>Sous chaque service, ce que la page de statut officielle indiquait à ce moment-là.</translation>
    </message>
</context>
<context>
    <name>ehb::TrayIcon</name>
    <message>
        <source>&amp;Report a problem with</source>
        <translation>&amp;Signaler un problème avec</translation>
    </message>
    <message>
        <source>&amp;Show window</source>
        <translation>&amp;Afficher la fenêtre</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>eHealth Bugs: report a problem with an eHealth service</source>
        <translation>eHealth Bugs : signaler un problème avec un service eHealth</translation>
    </message>
    <message>
        <source>eHealth Bugs</source>
        <translation>eHealth Bugs</translation>
    </message>
    <message numerus="yes">
        <source>The connection is back: %Ln waiting report(s) reached the server.</source>
        <translation>
            <numerusform>La connexion est rétablie : %Ln signalement en attente est parvenu au serveur.</numerusform>
            <numerusform>La connexion est rétablie : %Ln signalements en attente sont parvenus au serveur.</numerusform>
        </translation>
    </message>
    <message>
        <source>Click here to answer in eHealth Bugs.</source>
        <translation>Cliquez ici pour répondre dans eHealth Bugs.</translation>
    </message>
    <message>
        <source>eHealth Bugs: no collection server is set. Reports are kept on this computer until one is set in Settings.</source>
        <translation>eHealth Bugs : aucun serveur de collecte n&apos;est défini. Les signalements sont conservés sur cet ordinateur jusqu&apos;à ce qu&apos;un serveur soit défini dans les Paramètres.</translation>
    </message>
    <message>
        <source>&amp;Me too, failing now</source>
        <translation>&amp;Moi aussi, en panne maintenant</translation>
    </message>
    <message>
        <source>Click here to add details.</source>
        <translation>Cliquez ici pour ajouter des détails.</translation>
    </message>
</context>
<context>
    <name>ehb::UpdateNotice</name>
    <message>
        <source>A newer version is available</source>
        <translation>Une nouvelle version est disponible</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Hide this notice until a still newer version is available</source>
        <translation>Masquer cet avis jusqu&apos;à ce qu&apos;une version encore plus récente soit disponible</translation>
    </message>
    <message>
        <source>A newer version of eHealth Bugs (%1) is available</source>
        <translation>Une nouvelle version d&apos;eHealth Bugs (%1) est disponible</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>ehb::WelcomeDialog</name>
    <message>
        <source>Welcome to eHealth Bugs</source>
        <translation>Bienvenue dans eHealth Bugs</translation>
    </message>
    <message>
        <source>Two details make your reports more useful: where your practice is, by its postcode only, and which EMR software you use. Both are optional; you can skip them and change them later in Settings.</source>
        <translation>Deux précisions rendent vos signalements plus utiles : où se trouve votre cabinet, par son seul code postal, et quel logiciel médical vous utilisez. Les deux sont facultatives ; vous pouvez les passer et les modifier plus tard dans Paramètres.</translation>
    </message>
    <message>
        <source>eHealth Bugs never asks for your name, your RIZIV/INAMI number or anything else that identifies you.</source>
        <translation>eHealth Bugs ne demande jamais votre nom, votre numéro INAMI ni rien d&apos;autre qui vous identifie.</translation>
    </message>
    <message>
        <source>Practice &amp;postcode:</source>
        <translation>&amp;Code postal du cabinet :</translation>
    </message>
    <message>
        <source>Practice postcode</source>
        <translation>Code postal du cabinet</translation>
    </message>
    <message>
        <source>e.g. 1000</source>
        <translation>p. ex. 1000</translation>
    </message>
    <message>
        <source>EMR software &amp;name:</source>
        <translation>&amp;Nom du logiciel médical :</translation>
    </message>
    <message>
        <source>EMR software name</source>
        <translation>Nom du logiciel médical</translation>
    </message>
    <message>
        <source>Choose or type</source>
        <translation>Choisissez ou saisissez</translation>
    </message>
    <message>
        <source>EMR software &amp;version:</source>
        <translation>&amp;Version du logiciel médical :</translation>
    </message>
    <message>
        <source>EMR software version</source>
        <translation>Version du logiciel médical</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>&amp;Passer</translation>
    </message>
    <message>
        <source>Collection server</source>
        <translation>Serveur de collecte</translation>
    </message>
    <message>
        <source>No collection server is set yet. Your reports are kept on this computer until one is set in Settings.</source>
        <translation>Aucun serveur de collecte n&apos;est encore défini. Vos signalements sont conservés sur cet ordinateur jusqu&apos;à ce qu&apos;un serveur soit défini dans Paramètres.</translation>
    </message>
    <message>
        <source>Collection server: %1. Checking whether it answers…</source>
        <translation>Serveur de collecte : %1. Vérification de sa réponse…</translation>
    </message>
    <message>
        <source>Collection server: %1. It answers.</source>
        <translation>Serveur de collecte : %1. Il répond.</translation>
    </message>
    <message>
        <source>Collection server: %1. It does not answer: %2. Your reports are kept on this computer until it does.</source>
        <translation>Serveur de collecte : %1. Il ne répond pas : %2. Vos signalements sont conservés sur cet ordinateur jusqu&apos;à ce qu&apos;il réponde.</translation>
    </message>
    <message>
        <source>Collection server: %1.</source>
        <translation>Serveur de collecte : %1.</translation>
    </message>
    <message>
        <source>Practice postcode: enter a Belgian postcode from 1000 to 9999, or leave it empty</source>
        <translation>Code postal du cabinet : saisissez un code postal belge de 1000 à 9999, ou laissez le champ vide</translation>
    </message>
</context>
<context>
    <name>ehb::server::CollectionServer</name>
    <message>
        <source>Cannot listen on %1:%2: %3</source>
        <translation>Impossible d&apos;écouter sur %1:%2 : %3</translation>
    </message>
</context>
<context>
    <name>ehb::server::GuardedSocket</name>
    <message>
        <source>The server has too many connections open; try again later.</source>
        <translation>Le serveur a trop de connexions ouvertes ; réessayez plus tard.</translation>
    </message>
    <message>
        <source>The request is not valid HTTP/1.1.</source>
        <translation>La requête n&apos;est pas du HTTP/1.1 valide.</translation>
    </message>
    <message>
        <source>Send the body with a Content-Length header; Transfer-Encoding is not accepted.</source>
        <translation>Envoyez le corps avec un en-tête Content-Length ; Transfer-Encoding n&apos;est pas accepté.</translation>
    </message>
    <message>
        <source>The request body is larger than the %1 bytes accepted.</source>
        <translation>Le corps de la requête dépasse les %1 octets acceptés.</translation>
    </message>
    <message>
        <source>The request line is longer than the %1 bytes accepted.</source>
        <translation>La ligne de requête dépasse les %1 octets acceptés.</translation>
    </message>
    <message>
        <source>Only the expectation 100-continue is supported.</source>
        <translation>Seule l&apos;attente 100-continue est prise en charge.</translation>
    </message>
    <message>
        <source>The request headers are larger than the %1 bytes accepted.</source>
        <translation>Les en-têtes de la requête dépassent les %1 octets acceptés.</translation>
    </message>
    <message>
        <source>The request did not arrive in whole within %1 seconds.</source>
        <translation>La requête n&apos;est pas arrivée en entier dans les %1 secondes.</translation>
    </message>
    <message>
        <source>Too many connections from your address are open; try again later.</source>
        <translation>Trop de connexions sont ouvertes depuis votre adresse ; réessayez plus tard.</translation>
    </message>
    <message numerus="yes">
        <source>The request headers did not arrive within %n second(s).</source>
        <translation>
            <numerusform>Les en-têtes de la requête ne sont pas arrivés en %n seconde.</numerusform>
            <numerusform>Les en-têtes de la requête ne sont pas arrivés en %n secondes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ehb::server::HttpListener</name>
    <message>
        <source>Cannot listen on %1:%2: %3</source>
        <translation>Impossible d&apos;écouter sur %1:%2 : %3</translation>
    </message>
</context>
<context>
    <name>ehb::server::HttpWorker</name>
    <message>
        <source>The server is already listening on port %1.</source>
        <translation>Le serveur écoute déjà sur le port %1.</translation>
    </message>
</context>
<context>
    <name>ehb::server::OfficialPoller</name>
    <message>
        <source>no complete answer in time, or an answer too large</source>
        <translation>pas de réponse complète à temps, ou une réponse trop grande</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>statut HTTP %1</translation>
    </message>
</context>
</TS>
