<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Test only: a few of the report's strings in French, to show that the PDF's words come from
     the installed translator. The shipped translations live in translations/. -->
<TS version="2.1" language="fr_BE">
<context>
    <name>MonthlyPdf</name>
    <message>
        <source>eHealth Bugs — monthly report, %1</source>
        <translation>eHealth Bugs — rapport mensuel, %1</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>A length in minutes is followed by its range, as in “%1”: from the shortest to the longest the reports allow; the shortest is the least they show.</source>
        <translation>Une durée en minutes est suivie de sa fourchette, comme dans « %1 » : du plus court au plus long que les signalements permettent ; le plus court est le moins qu&apos;ils montrent.</translation>
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
</context>
</TS>
