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
</TS>
