<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_BE">
<context>
    <name>ApiReply</name>
    <message numerus="yes">
        <source>Could not load %1: the server is busy with too many requests; try again in %n second(s).</source>
        <translation>
            <numerusform>Could not load %1: the server is busy with too many requests; try again in %n second.</numerusform>
            <numerusform>Could not load %1: the server is busy with too many requests; try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PublicPage</name>
    <message numerus="yes">
        <source>%1: %n minute(s) of downtime</source>
        <translation>
            <numerusform>%1: %n minute of downtime</numerusform>
            <numerusform>%1: %n minutes of downtime</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n practice(s) report it</source>
        <translation>
            <numerusform>%n practice reports it</numerusform>
            <numerusform>%n practices report it</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The last %n day(s)</source>
        <translation>
            <numerusform>The last day</numerusform>
            <numerusform>The last %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>up to %n minute(s)</source>
        <translation>
            <numerusform>up to %n minute</numerusform>
            <numerusform>up to %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>more than %n minute(s)</source>
        <translation>
            <numerusform>more than %n minute</numerusform>
            <numerusform>more than %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Outages of the last %n day(s)</source>
        <translation>
            <numerusform>Outages of the last day</numerusform>
            <numerusform>Outages of the last %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoticeCodec</name>
    <message numerus="yes">
        <source>must be an https:// or http:// address of at most %Ln characters</source>
        <translation>
            <numerusform>must be an https:// or http:// address of at most %Ln character</numerusform>
            <numerusform>must be an https:// or http:// address of at most %Ln characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportValidator</name>
    <message numerus="yes">
        <source>is longer than %Ln characters</source>
        <translation>
            <numerusform>is longer than %Ln character</numerusform>
            <numerusform>is longer than %Ln characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>has more than %Ln symptoms</source>
        <translation>
            <numerusform>has more than %Ln symptom</numerusform>
            <numerusform>has more than %Ln symptoms</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ehb::AnalysisView</name>
    <message numerus="yes">
        <source>%Ln report(s)</source>
        <translation>
            <numerusform>%Ln report</numerusform>
            <numerusform>%Ln reports</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n outage episode(s)</source>
        <translation>
            <numerusform>%n outage episode</numerusform>
            <numerusform>%n outage episodes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ehb::AvailabilityView</name>
    <message numerus="yes">
        <source>SLA target %1: met by %2 of %n service(s).</source>
        <translation>
            <numerusform>SLA target %1: met by %2 of %n service.</numerusform>
            <numerusform>SLA target %1: met by %2 of %n services.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ehb::FrequencyChart</name>
    <message numerus="yes">
        <source>%1: %n report(s)</source>
        <translation>
            <numerusform>%1: %n report</numerusform>
            <numerusform>%1: %n reports</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 (%n practice(s))</source>
        <translation>
            <numerusform>%1: %2 (%n practice)</numerusform>
            <numerusform>%1: %2 (%n practices)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ehb::HeatmapChart</name>
    <message numerus="yes">
        <source>%1 %2:00–%3:00: %n report(s)</source>
        <extracomment>Heatmap tooltip: weekday, hour range, count. E.g. &quot;Tuesday 09:00–10:00: 12 reports&quot;.</extracomment>
        <translation>
            <numerusform>%1 %2:00–%3:00: %n report</numerusform>
            <numerusform>%1 %2:00–%3:00: %n reports</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ehb::ImpactChart</name>
    <message numerus="yes">
        <source>%1: %2 reported by %n report(s)</source>
        <extracomment>A service&apos;s minutes lost: name, the reported sum and how many reports gave it; then the estimate&apos;s basis on a line of its own.</extracomment>
        <translation>
            <numerusform>%1: %2 reported by %n report</numerusform>
            <numerusform>%1: %2 reported by %n reports</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ehb::ImpactModel</name>
    <message numerus="yes">
        <source>No estimate: %n practice(s) gave no minutes lost, and no report gave any to take a median from.</source>
        <translation>
            <numerusform>No estimate: %n practice gave no minutes lost, and no report gave any to take a median from.</numerusform>
            <numerusform>No estimate: %n practices gave no minutes lost, and no report gave any to take a median from.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Estimate: %n practice(s) without minutes lost × median %1 per report (of %2 reports) = %3.</source>
        <extracomment>The estimate&apos;s basis: practices without minutes × the median of the reports that gave them = the estimate.</extracomment>
        <translation>
            <numerusform>Estimate: %n practice without minutes lost × median %1 per report (of %2 reports) = %3.</numerusform>
            <numerusform>Estimate: %n practices without minutes lost × median %1 per report (of %2 reports) = %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The sum of the minutes lost that %n report(s) gave.</source>
        <translation>
            <numerusform>The sum of the minutes lost that %n report gave.</numerusform>
            <numerusform>The sum of the minutes lost that %n reports gave.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ehb::ImpactView</name>
    <message numerus="yes">
        <source>%1 lost as reported by %2 of %n report(s); %3 patients affected.</source>
        <extracomment>Totals of the impact: minutes lost as reported, reports behind them, reports in all, patients affected.</extracomment>
        <translation>
            <numerusform>%1 lost as reported by %2 of %n report; %3 patients affected.</numerusform>
            <numerusform>%1 lost as reported by %2 of %n reports; %3 patients affected.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ehb::LiveBanner</name>
    <message numerus="yes">
        <source>(%n report(s) in %1 min)</source>
        <extracomment>Appended to the live banner: how many reports in how many minutes.</extracomment>
        <translation>
            <numerusform>(%n report in %1 min)</numerusform>
            <numerusform>(%n reports in %1 min)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ehb::MainWindow</name>
    <message numerus="yes">
        <source>%Ln report(s) waiting for the server</source>
        <translation>
            <numerusform>%Ln report waiting for the server</numerusform>
            <numerusform>%Ln reports waiting for the server</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln report(s) kept on this computer: no collection server is set</source>
        <translation>
            <numerusform>%Ln report kept on this computer: no collection server is set</numerusform>
            <numerusform>%Ln reports kept on this computer: no collection server is set</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ehb::NowStrip</name>
    <message numerus="yes">
        <source>%n practice(s) report it</source>
        <translation>
            <numerusform>%n practice reports it</numerusform>
            <numerusform>%n practices report it</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ehb::OfficialModel</name>
    <message numerus="yes">
        <source>The official status page admitted %1 of %n outage episode(s)</source>
        <extracomment>How many of the GPs&apos; outage episodes the official status page admitted.</extracomment>
        <translation>
            <numerusform>The official status page admitted %1 of %n outage episode</numerusform>
            <numerusform>The official status page admitted %1 of %n outage episodes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n episode(s) never admitted, %1 in all.</source>
        <translation>
            <numerusform>%n episode never admitted, %1 in all.</numerusform>
            <numerusform>%n episodes never admitted, %1 in all.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n official outage(s) that no GP reported.</source>
        <translation>
            <numerusform>%n official outage that no GP reported.</numerusform>
            <numerusform>%n official outages that no GP reported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ehb::RankingChart</name>
    <message numerus="yes">
        <source>%1: %n report(s) (%2)</source>
        <translation>
            <numerusform>%1: %n report (%2)</numerusform>
            <numerusform>%1: %n reports (%2)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ehb::ServerProbe</name>
    <message numerus="yes">
        <source>no answer within %n second(s)</source>
        <translation>
            <numerusform>no answer within %n second</numerusform>
            <numerusform>no answer within %n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ehb::TimelineChart</name>
    <message numerus="yes">
        <source>%1: %2 – %3 (%4), %n report(s) from %5 practices</source>
        <extracomment>An outage episode: service, start, end, duration, reports, practices.</extracomment>
        <translation>
            <numerusform>%1: %2 – %3 (%4), %n report from %5 practices</numerusform>
            <numerusform>%1: %2 – %3 (%4), %n reports from %5 practices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n outage episode(s), %1 in all.</source>
        <translation>
            <numerusform>%n outage episode, %1 in all.</numerusform>
            <numerusform>%n outage episodes, %1 in all.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 – %3, %4, %n report(s) from %5 practices</source>
        <extracomment>An outage episode: service, start, end, minutes with their range (&quot;48 min (9–49)&quot;), reports, practices.</extracomment>
        <translation>
            <numerusform>%1: %2 – %3, %4, %n report from %5 practices</numerusform>
            <numerusform>%1: %2 – %3, %4, %n reports from %5 practices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Minutes lost: %1 reported by %n report(s)</source>
        <extracomment>What an outage episode cost: minutes lost as reported, by how many reports.</extracomment>
        <translation>
            <numerusform>Minutes lost: %1 reported by %n report</numerusform>
            <numerusform>Minutes lost: %1 reported by %n reports</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, ≈ %1 more estimated for %n practice(s) that gave none</source>
        <extracomment>The estimate of an episode&apos;s minutes lost, kept apart from the reported sum.</extracomment>
        <translation>
            <numerusform>, ≈ %1 more estimated for %n practice that gave none</numerusform>
            <numerusform>, ≈ %1 more estimated for %n practices that gave none</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ehb::TrayIcon</name>
    <message numerus="yes">
        <source>The connection is back: %Ln waiting report(s) reached the server.</source>
        <translation>
            <numerusform>The connection is back: %Ln waiting report reached the server.</numerusform>
            <numerusform>The connection is back: %Ln waiting reports reached the server.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ehb::server::GuardedSocket</name>
    <message numerus="yes">
        <source>The request headers did not arrive within %n second(s).</source>
        <translation>
            <numerusform>The request headers did not arrive within %n second.</numerusform>
            <numerusform>The request headers did not arrive within %n seconds.</numerusform>
        </translation>
    </message>
</context>
</TS>
