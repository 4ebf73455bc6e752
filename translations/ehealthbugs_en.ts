<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_BE">
<context>
    <name>ReportValidator</name>
    <message numerus="yes">
        <source>is longer than %n characters</source>
        <translation>
            <numerusform>is longer than %n character</numerusform>
            <numerusform>is longer than %n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>has more than %n symptoms</source>
        <translation>
            <numerusform>has more than %n symptom</numerusform>
            <numerusform>has more than %n symptoms</numerusform>
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
