<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AnnotationClaimsModel</name>
    <message>
        <location filename="../../app/ui/claims/claims_model.py" line="59"/>
        <source>proposed by %s</source>
        <translation>voorgesteld door %s</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/claims_model.py" line="69"/>
        <source>proposed</source>
        <translation>voorgesteld</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/claims_model.py" line="69"/>
        <source>accepted</source>
        <translation>geaccepteerd</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/claims_model.py" line="70"/>
        <source>rejected</source>
        <translation>afgewezen</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/claims_model.py" line="70"/>
        <source>disputed</source>
        <translation>betwist</translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <location filename="../../app/ui/context.py" line="80"/>
        <source>Opening %1…</source>
        <translation>%1 wordt geopend…</translation>
    </message>
    <message>
        <location filename="../../app/ui/context.py" line="81"/>
        <source>No project is open.</source>
        <translation>Er is geen project geopend.</translation>
    </message>
</context>
<context>
    <name>BackgroundJob</name>
    <message>
        <location filename="../../app/ui/background.py" line="67"/>
        <source>Something went wrong; the details are in the log.</source>
        <translation>Er ging iets mis; de details staan in het logbestand.</translation>
    </message>
</context>
<context>
    <name>ClaimCommands</name>
    <message>
        <location filename="../../app/ui/claims/commands.py" line="56"/>
        <source>add record</source>
        <translation>record toevoegen</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/commands.py" line="76"/>
        <source>add annotation</source>
        <translation>markering toevoegen</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/commands.py" line="99"/>
        <location filename="../../app/ui/claims/commands.py" line="141"/>
        <source>add claim</source>
        <translation>claim toevoegen</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/commands.py" line="162"/>
        <source>accept claim</source>
        <translation>claim accepteren</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/commands.py" line="163"/>
        <source>reject claim</source>
        <translation>claim afwijzen</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/commands.py" line="164"/>
        <source>dispute claim</source>
        <translation>claim betwisten</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/commands.py" line="165"/>
        <source>reopen claim</source>
        <translation>claim heropenen</translation>
    </message>
</context>
<context>
    <name>ClaimEditorDock</name>
    <message>
        <location filename="../../app/ui/claims/editor.py" line="23"/>
        <source>Claim editor</source>
        <translation>Claim-editor</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/editor.py" line="29"/>
        <source>New claim</source>
        <translation>Nieuwe claim</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/editor.py" line="32"/>
        <source>Claims on this passage</source>
        <translation>Claims bij deze passage</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/editor.py" line="33"/>
        <location filename="../../app/ui/claims/editor.py" line="86"/>
        <source>Click a highlight in the reader to see its claims.</source>
        <translation>Klik op een markering in de lezer om de claims te zien.</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/editor.py" line="39"/>
        <source>Accept</source>
        <translation>Accepteren</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/editor.py" line="40"/>
        <source>Reject</source>
        <translation>Afwijzen</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/editor.py" line="41"/>
        <source>Dispute</source>
        <translation>Betwisten</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/editor.py" line="84"/>
        <source>No claims cite this passage yet.</source>
        <translation>Nog geen claims verwijzen naar deze passage.</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/editor.py" line="101"/>
        <source>Select a claim first: click a highlight in the reader.</source>
        <translation>Kies eerst een claim: klik op een markering in de lezer.</translation>
    </message>
</context>
<context>
    <name>ClaimForm</name>
    <message>
        <location filename="../../app/ui/claims/form.py" line="64"/>
        <source>Select text in the reader and press Ctrl+K to claim it.</source>
        <translation>Selecteer tekst in de lezer en druk op Ctrl+K om er een claim van te maken.</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/form.py" line="70"/>
        <source>Type to find a record or name a new one</source>
        <translation>Typ om een record te zoeken of een nieuw te noemen</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/form.py" line="89"/>
        <source>Save claim (Enter)</source>
        <translation>Claim opslaan (Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/form.py" line="92"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/form.py" line="94"/>
        <source>New record&apos;s type</source>
        <translation>Soort nieuw record</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/form.py" line="96"/>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/form.py" line="97"/>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/form.py" line="313"/>
        <source>⚠ Already accepted: %s</source>
        <translation>⚠ Al geaccepteerd: %s</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/form.py" line="315"/>
        <source>⚠ Competing %1 value: %2</source>
        <translation>⚠ Concurrerende waarde (%1): %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/form.py" line="324"/>
        <source>Select text in the reader first.</source>
        <translation>Selecteer eerst tekst in de lezer.</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/form.py" line="329"/>
        <source>Pick a record, or type the name of a new one.</source>
        <translation>Kies een record, of typ de naam van een nieuw record.</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/form.py" line="332"/>
        <source>Pick a field.</source>
        <translation>Kies een veld.</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/form.py" line="345"/>
        <source>Claim saved (Ctrl+Z undoes it).</source>
        <translation>Claim opgeslagen (Ctrl+Z maakt dit ongedaan).</translation>
    </message>
</context>
<context>
    <name>ConflictsModel</name>
    <message>
        <location filename="../../app/ui/review/conflicts.py" line="32"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../app/ui/review/conflicts.py" line="32"/>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <location filename="../../app/ui/review/conflicts.py" line="32"/>
        <source>Values</source>
        <translation>Waarden</translation>
    </message>
</context>
<context>
    <name>ConflictsView</name>
    <message>
        <location filename="../../app/ui/review/conflicts.py" line="91"/>
        <source>Why does this value win? (required)</source>
        <translation>Waarom krijgt deze waarde voorrang? (verplicht)</translation>
    </message>
    <message>
        <location filename="../../app/ui/review/conflicts.py" line="151"/>
        <source>%1 of %2 is now %3.</source>
        <translation>%1 van %2 is nu %3.</translation>
    </message>
    <message>
        <location filename="../../app/ui/review/conflicts.py" line="178"/>
        <source>No conflicts: every single-valued field agrees.</source>
        <translation>Geen conflicten: elk veld met één waarde is eenduidig.</translation>
    </message>
    <message>
        <location filename="../../app/ui/review/conflicts.py" line="179"/>
        <source>Select a conflict.</source>
        <translation>Selecteer een conflict.</translation>
    </message>
    <message>
        <location filename="../../app/ui/review/conflicts.py" line="197"/>
        <source>Choose this value</source>
        <translation>Deze waarde kiezen</translation>
    </message>
    <message>
        <location filename="../../app/ui/review/conflicts.py" line="209"/>
        <source>the accepted value</source>
        <translation>de geaccepteerde waarde</translation>
    </message>
    <message>
        <location filename="../../app/ui/review/conflicts.py" line="215"/>
        <source>No quote supports this claim.</source>
        <translation>Geen citaat onderbouwt deze claim.</translation>
    </message>
    <message>
        <location filename="../../app/ui/review/conflicts.py" line="227"/>
        <source>Type the reason first.</source>
        <translation>Vul eerst de reden in.</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../../app/ui/crash.py" line="43"/>
        <source>Claimdesk</source>
        <translation>Claimdesk</translation>
    </message>
    <message>
        <location filename="../../app/ui/crash.py" line="47"/>
        <source>Details were written to %s.</source>
        <translation>De details staan in %s.</translation>
    </message>
    <message>
        <location filename="../../app/ui/crash.py" line="49"/>
        <source>The details could not be written (%s).</source>
        <translation>De details konden niet worden opgeslagen (%s).</translation>
    </message>
    <message>
        <location filename="../../app/ui/crash.py" line="52"/>
        <source>Unexpected error</source>
        <translation>Onverwachte fout</translation>
    </message>
    <message>
        <location filename="../../app/ui/crash.py" line="53"/>
        <source>Something went wrong: %s. Your work so far is saved.</source>
        <translation>Er ging iets mis: %s. Uw werk tot nu toe is bewaard.</translation>
    </message>
</context>
<context>
    <name>DocumentListModel</name>
    <message>
        <location filename="../../app/ui/library/model.py" line="46"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/model.py" line="46"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/model.py" line="46"/>
        <source>Publisher</source>
        <translation>Uitgever</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/model.py" line="47"/>
        <source>Annotations</source>
        <translation>Markeringen</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/model.py" line="47"/>
        <source>Claims</source>
        <translation>Claims</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/model.py" line="47"/>
        <source>Imported</source>
        <translation>Geïmporteerd</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/model.py" line="124"/>
        <source>This column cannot be sorted</source>
        <translation>Op deze kolom kan niet worden gesorteerd</translation>
    </message>
</context>
<context>
    <name>DuplicatesModel</name>
    <message>
        <location filename="../../app/ui/review/duplicates_model.py" line="34"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../app/ui/review/duplicates_model.py" line="34"/>
        <source>Type</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../app/ui/review/duplicates_model.py" line="34"/>
        <source>Aliases</source>
        <translation>Aliassen</translation>
    </message>
    <message>
        <location filename="../../app/ui/review/duplicates_model.py" line="34"/>
        <source>Claims</source>
        <translation>Claims</translation>
    </message>
    <message>
        <location filename="../../app/ui/review/duplicates_model.py" line="35"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../app/ui/review/duplicates_model.py" line="165"/>
        <source>same name key</source>
        <translation>zelfde naamsleutel</translation>
    </message>
    <message>
        <location filename="../../app/ui/review/duplicates_model.py" line="165"/>
        <source>similar names</source>
        <translation>vergelijkbare namen</translation>
    </message>
</context>
<context>
    <name>DuplicatesView</name>
    <message>
        <location filename="../../app/ui/review/duplicates.py" line="47"/>
        <source>No likely duplicates: no two live records of one type share a name or have very similar names.</source>
        <translation>Geen waarschijnlijke dubbelen: geen twee actieve records van dezelfde soort hebben dezelfde of sterk gelijkende namen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/review/duplicates.py" line="55"/>
        <source>&amp;Keep this one</source>
        <translation>&amp;Deze behouden</translation>
    </message>
    <message>
        <location filename="../../app/ui/review/duplicates.py" line="56"/>
        <source>The selected record survives the merge and keeps its id.</source>
        <translation>Het geselecteerde record blijft na het samenvoegen bestaan en houdt zijn id.</translation>
    </message>
    <message>
        <location filename="../../app/ui/review/duplicates.py" line="58"/>
        <location filename="../../app/ui/review/duplicates.py" line="161"/>
        <source>&amp;Merge</source>
        <translation>&amp;Samenvoegen</translation>
    </message>
    <message>
        <location filename="../../app/ui/review/duplicates.py" line="60"/>
        <source>&amp;Not duplicates</source>
        <translation>&amp;Geen dubbelen</translation>
    </message>
    <message>
        <location filename="../../app/ui/review/duplicates.py" line="61"/>
        <source>These records are different things: stop offering them as duplicates (Ctrl+Z takes it back).</source>
        <translation>Deze records zijn verschillende dingen: bied ze niet meer als dubbelen aan (Ctrl+Z draait het terug).</translation>
    </message>
    <message>
        <location filename="../../app/ui/review/duplicates.py" line="128"/>
        <source>Merged %1 into %2.</source>
        <translation>%1 samengevoegd in %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/review/duplicates.py" line="143"/>
        <source>%1 will not be offered as duplicates again.</source>
        <translation>%1 worden niet meer als dubbelen aangeboden.</translation>
    </message>
    <message>
        <location filename="../../app/ui/review/duplicates.py" line="165"/>
        <source>&amp;Merge into %1</source>
        <translation>&amp;Samenvoegen in %1</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../app/ui/export/dialog.py" line="97"/>
        <location filename="../../app/ui/export/dialog.py" line="192"/>
        <source>Export workbook</source>
        <translation>Werkmap exporteren</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/dialog.py" line="107"/>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/dialog.py" line="108"/>
        <source>Dutch (Nederlands)</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/dialog.py" line="109"/>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/dialog.py" line="111"/>
        <source>Accepted claims only</source>
        <translation>Alleen geaccepteerde claims</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/dialog.py" line="112"/>
        <source>Accepted and proposed claims</source>
        <translation>Geaccepteerde en voorgestelde claims</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/dialog.py" line="113"/>
        <source>Accepted, proposed and disputed claims</source>
        <translation>Geaccepteerde, voorgestelde en betwiste claims</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/dialog.py" line="115"/>
        <source>&amp;Claims:</source>
        <translation>&amp;Claims:</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/dialog.py" line="117"/>
        <source>&amp;Template:</source>
        <translation>&amp;Sjabloon:</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/dialog.py" line="123"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/dialog.py" line="128"/>
        <source>&amp;Save as:</source>
        <translation>Opslaan &amp;als:</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/dialog.py" line="134"/>
        <source>%v of %m records</source>
        <translation>%v van %m records</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/dialog.py" line="142"/>
        <source>&amp;Export</source>
        <translation>&amp;Exporteren</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/dialog.py" line="146"/>
        <source>&amp;Open folder</source>
        <translation>&amp;Map openen</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/dialog.py" line="150"/>
        <source>&amp;Stop</source>
        <translation>Sto&amp;ppen</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/dialog.py" line="175"/>
        <source>Open a project to export it.</source>
        <translation>Open een project om het te exporteren.</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/dialog.py" line="193"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-werkmap (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/dialog.py" line="218"/>
        <source>Writing %1…</source>
        <translation>%1 wordt geschreven…</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/dialog.py" line="235"/>
        <source>Stopping…</source>
        <translation>Bezig met stoppen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/dialog.py" line="276"/>
        <source>records</source>
        <translation>records</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/dialog.py" line="276"/>
        <source>claims</source>
        <translation>claims</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/dialog.py" line="277"/>
        <source>sources</source>
        <translation>bronnen</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/dialog.py" line="277"/>
        <source>conflicts</source>
        <translation>conflicten</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/dialog.py" line="279"/>
        <source>Exported %1 to %2.</source>
        <translation>%1 geëxporteerd naar %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/dialog.py" line="287"/>
        <source>Export stopped; no file was written or changed.</source>
        <translation>Export gestopt; er is geen bestand geschreven of gewijzigd.</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../app/ui/reader/find_bar.py" line="36"/>
        <source>Find in document</source>
        <translation>Zoeken in document</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader/find_bar.py" line="39"/>
        <source>Previous match (Shift+Enter)</source>
        <translation>Vorige treffer (Shift+Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader/find_bar.py" line="40"/>
        <source>Next match (Enter)</source>
        <translation>Volgende treffer (Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader/find_bar.py" line="41"/>
        <source>Close (Esc)</source>
        <translation>Sluiten (Esc)</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader/find_bar.py" line="98"/>
        <source>Not found</source>
        <translation>Niet gevonden</translation>
    </message>
</context>
<context>
    <name>GapsModel</name>
    <message>
        <location filename="../../app/ui/review/overview.py" line="28"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../app/ui/review/overview.py" line="28"/>
        <source>Type</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../app/ui/review/overview.py" line="28"/>
        <source>Missing</source>
        <translation>Ontbreekt</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../app/ui/review/history_model.py" line="64"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../../app/ui/review/history_model.py" line="64"/>
        <source>Editor</source>
        <translation>Redacteur</translation>
    </message>
    <message>
        <location filename="../../app/ui/review/history_model.py" line="64"/>
        <source>Action</source>
        <translation>Handeling</translation>
    </message>
    <message>
        <location filename="../../app/ui/review/history_model.py" line="64"/>
        <source>Table</source>
        <translation>Tabel</translation>
    </message>
    <message>
        <location filename="../../app/ui/review/history_model.py" line="65"/>
        <source>Row</source>
        <translation>Rij</translation>
    </message>
    <message>
        <location filename="../../app/ui/review/history_model.py" line="65"/>
        <source>Change</source>
        <translation>Wijziging</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../../app/ui/review/history.py" line="35"/>
        <source>Editor</source>
        <translation>Redacteur</translation>
    </message>
    <message>
        <location filename="../../app/ui/review/history.py" line="36"/>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <location filename="../../app/ui/review/history.py" line="36"/>
        <source>To</source>
        <translation>Tot en met</translation>
    </message>
    <message>
        <location filename="../../app/ui/review/history.py" line="44"/>
        <source>Show all</source>
        <translation>Alles tonen</translation>
    </message>
    <message>
        <location filename="../../app/ui/review/history.py" line="75"/>
        <source>Everyone</source>
        <translation>Iedereen</translation>
    </message>
    <message>
        <location filename="../../app/ui/review/history.py" line="76"/>
        <source>History of %1</source>
        <translation>Geschiedenis van %1</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <location filename="../../app/ui/library/importing.py" line="32"/>
        <source>imported</source>
        <translation>geïmporteerd</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/importing.py" line="33"/>
        <source>already in the project</source>
        <translation>al in het project</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/importing.py" line="34"/>
        <source>failed</source>
        <translation>mislukt</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/importing.py" line="40"/>
        <source>%n imported</source>
        <translation>%n geïmporteerd</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/importing.py" line="42"/>
        <source>%n already in the project</source>
        <translation>%n al in het project</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/importing.py" line="44"/>
        <source>%n failed</source>
        <translation>%n mislukt</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/importing.py" line="46"/>
        <source>%n not imported because you stopped</source>
        <translation>%n niet geïmporteerd omdat u bent gestopt</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location filename="../../app/ui/library/importing.py" line="98"/>
        <source>Import report</source>
        <translation>Importverslag</translation>
    </message>
</context>
<context>
    <name>ImportReportModel</name>
    <message>
        <location filename="../../app/ui/library/importing.py" line="67"/>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/importing.py" line="67"/>
        <source>Outcome</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/importing.py" line="67"/>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
</context>
<context>
    <name>ImportRunner</name>
    <message>
        <location filename="../../app/ui/library/importing.py" line="151"/>
        <source>Looking for files…</source>
        <translation>Bestanden zoeken…</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/importing.py" line="151"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/importing.py" line="153"/>
        <source>Importing</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/importing.py" line="184"/>
        <source>Stopping after the current file…</source>
        <translation>Stoppen na het huidige bestand…</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/importing.py" line="195"/>
        <source>Importing file %1 of %2:
%3</source>
        <translation>Bestand %1 van %2 importeren:
%3</translation>
    </message>
</context>
<context>
    <name>LibraryDock</name>
    <message>
        <location filename="../../app/ui/library/dock.py" line="31"/>
        <source>Documents (*.txt *.md *.markdown *.html *.htm *.pdf *.docx);;All files (*)</source>
        <translation>Documenten (*.txt *.md *.markdown *.html *.htm *.pdf *.docx);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/dock.py" line="54"/>
        <source>Library</source>
        <translation>Bibliotheek</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/dock.py" line="79"/>
        <source>Import files…</source>
        <translation>Bestanden importeren…</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/dock.py" line="81"/>
        <source>Import documents into the project</source>
        <translation>Documenten in het project importeren</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/dock.py" line="84"/>
        <source>Import folder…</source>
        <translation>Map importeren…</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/dock.py" line="85"/>
        <source>Import every document in a folder</source>
        <translation>Alle documenten in een map importeren</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/dock.py" line="96"/>
        <source>Search the documents…</source>
        <translation>Zoeken in de documenten…</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/dock.py" line="163"/>
        <location filename="../../app/ui/library/dock.py" line="316"/>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/dock.py" line="163"/>
        <source>Open a project first.</source>
        <translation>Open eerst een project.</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/dock.py" line="178"/>
        <source>Import files</source>
        <translation>Bestanden importeren</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/dock.py" line="184"/>
        <source>Import folder</source>
        <translation>Map importeren</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/dock.py" line="289"/>
        <source>No documents match “%1”.</source>
        <translation>Geen documenten gevonden voor ‘%1’.</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/dock.py" line="291"/>
        <source>No documents yet — drag files here or press %1.</source>
        <translation>Nog geen documenten — sleep bestanden hierheen of druk op %1.</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../../app/ui/main.py" line="61"/>
        <source>Welcome to Claimdesk</source>
        <translation>Welkom bij Claimdesk</translation>
    </message>
    <message>
        <location filename="../../app/ui/main.py" line="62"/>
        <source>Your name, as reviews and the change history will show it:</source>
        <translation>Uw naam, zoals beoordelingen en de wijzigingsgeschiedenis die tonen:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/window.py" line="82"/>
        <source>Ready</source>
        <translation>Gereed</translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="103"/>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="35"/>
        <source>Claimdesk projects (*.claimdesk)</source>
        <translation>Claimdesk-projecten (*.claimdesk)</translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="108"/>
        <source>Review</source>
        <translation>Beoordeling</translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="166"/>
        <location filename="../../app/ui/window.py" line="207"/>
        <source>Cannot open the project</source>
        <translation>Het project kan niet worden geopend</translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="181"/>
        <source>the demo project</source>
        <translation>het demoproject</translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="185"/>
        <source>Opening %1…</source>
        <translation>%1 wordt geopend…</translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="215"/>
        <source>Open a project</source>
        <translation>Een project openen</translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="221"/>
        <source>New project</source>
        <translation>Nieuw project</translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="232"/>
        <source>Cannot create the project</source>
        <translation>Het project kan niet worden gemaakt</translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="246"/>
        <source>No recent projects</source>
        <translation>Geen recente projecten</translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="273"/>
        <source>The document opens as soon as the project is open.</source>
        <translation>Het document gaat open zodra het project open is.</translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="319"/>
        <source>Select text in the reader first, then press Ctrl+K.</source>
        <translation>Selecteer eerst tekst in de lezer en druk dan op Ctrl+K.</translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="348"/>
        <source>Settings saved; a new interface language applies after a restart.</source>
        <translation>Instellingen opgeslagen; een nieuwe taal geldt na een herstart.</translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="352"/>
        <source>About Claimdesk</source>
        <translation>Over Claimdesk</translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="353"/>
        <source>&lt;b&gt;Claimdesk %1&lt;/b&gt;&lt;p&gt;Curate traceable claims out of source documents and export them as a ministry workbook.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Claimdesk %1&lt;/b&gt;&lt;p&gt;Verzamel herleidbare claims uit brondocumenten en exporteer ze als werkmap voor het ministerie.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_actions.py" line="37"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_actions.py" line="38"/>
        <source>&amp;New project…</source>
        <translation>&amp;Nieuw project…</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_actions.py" line="40"/>
        <source>&amp;Open…</source>
        <translation>&amp;Openen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_actions.py" line="41"/>
        <source>Open &amp;recent</source>
        <translation>&amp;Recent geopend</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_actions.py" line="47"/>
        <source>&amp;Import files…</source>
        <translation>Bestanden &amp;importeren…</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_actions.py" line="48"/>
        <source>Import documents into the project</source>
        <translation>Documenten in het project importeren</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_actions.py" line="49"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exporteren…</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_actions.py" line="50"/>
        <source>Export the ministry workbook</source>
        <translation>De werkmap voor het ministerie exporteren</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_actions.py" line="51"/>
        <source>&amp;Merge a copy…</source>
        <translation>Kopie &amp;samenvoegen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_actions.py" line="53"/>
        <source>Bring in the work done in a copy of this project</source>
        <translation>Het werk uit een kopie van dit project overnemen</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_actions.py" line="54"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_actions.py" line="63"/>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_actions.py" line="66"/>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_actions.py" line="68"/>
        <source>Redo</source>
        <translation>Opnieuw</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_actions.py" line="71"/>
        <source>&amp;Find in document…</source>
        <translation>&amp;Zoeken in document…</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_actions.py" line="73"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_actions.py" line="80"/>
        <source>&amp;Claims</source>
        <translation>&amp;Claims</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_actions.py" line="81"/>
        <source>&amp;New claim from selection</source>
        <translation>&amp;Nieuwe claim uit selectie</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_actions.py" line="83"/>
        <source>Claim the text selected in the reader</source>
        <translation>Een claim maken van de geselecteerde tekst</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_actions.py" line="84"/>
        <source>&amp;Accept</source>
        <translation>&amp;Accepteren</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_actions.py" line="86"/>
        <source>&amp;Reject</source>
        <translation>Af&amp;wijzen</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_actions.py" line="88"/>
        <source>&amp;Dispute</source>
        <translation>&amp;Betwisten</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_actions.py" line="94"/>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_actions.py" line="98"/>
        <source>Focus &amp;library</source>
        <translation>Naar &amp;bibliotheek</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_actions.py" line="99"/>
        <source>Focus &amp;reader</source>
        <translation>Naar &amp;lezer</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_actions.py" line="100"/>
        <source>Focus claim &amp;editor</source>
        <translation>Naar claim-&amp;editor</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_actions.py" line="101"/>
        <source>Focus re&amp;cords</source>
        <translation>Naar re&amp;cords</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_actions.py" line="102"/>
        <source>Focus re&amp;view</source>
        <translation>Naar be&amp;oordeling</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_actions.py" line="107"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_actions.py" line="108"/>
        <source>&amp;About Claimdesk</source>
        <translation>&amp;Over Claimdesk</translation>
    </message>
</context>
<context>
    <name>MergeAction</name>
    <message>
        <location filename="../../app/ui/merge_action.py" line="32"/>
        <source>The copy holds nothing this project does not already have; nothing was changed.</source>
        <translation>De kopie bevat niets wat dit project nog niet heeft; er is niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../app/ui/merge_action.py" line="36"/>
        <source>%1 changes came in.</source>
        <translation>%1 wijzigingen overgenomen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/merge_action.py" line="38"/>
        <source>New: %1.</source>
        <translation>Nieuw: %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/merge_action.py" line="40"/>
        <source>Changed: %1.</source>
        <translation>Gewijzigd: %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/merge_action.py" line="42"/>
        <source>%1 conflicts were kept side by side for you to decide (claimdesk merge-conflicts).</source>
        <translation>%1 conflicten zijn naast elkaar bewaard, zodat u kunt beslissen (claimdesk merge-conflicts).</translation>
    </message>
    <message>
        <location filename="../../app/ui/merge_action.py" line="46"/>
        <source>A backup from before the merge is at %1.</source>
        <translation>Een reservekopie van vóór het samenvoegen staat in %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/merge_action.py" line="66"/>
        <source>Merge a copy of this project</source>
        <translation>Een kopie van dit project samenvoegen</translation>
    </message>
    <message>
        <location filename="../../app/ui/merge_action.py" line="67"/>
        <source>Claimdesk projects (*.claimdesk)</source>
        <translation>Claimdesk-projecten (*.claimdesk)</translation>
    </message>
    <message>
        <location filename="../../app/ui/merge_action.py" line="76"/>
        <source>Merging %1…</source>
        <translation>%1 wordt samengevoegd…</translation>
    </message>
    <message>
        <location filename="../../app/ui/merge_action.py" line="77"/>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <location filename="../../app/ui/merge_action.py" line="114"/>
        <source>Merge finished</source>
        <translation>Samenvoegen voltooid</translation>
    </message>
    <message>
        <location filename="../../app/ui/merge_action.py" line="121"/>
        <source>Merge not done</source>
        <translation>Niet samengevoegd</translation>
    </message>
</context>
<context>
    <name>MergeConflictModel</name>
    <message>
        <location filename="../../app/ui/review/merge_conflicts.py" line="41"/>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location filename="../../app/ui/review/merge_conflicts.py" line="41"/>
        <source>Kind</source>
        <translation>Aard</translation>
    </message>
    <message>
        <location filename="../../app/ui/review/merge_conflicts.py" line="41"/>
        <source>This copy kept</source>
        <translation>Deze kopie had</translation>
    </message>
    <message>
        <location filename="../../app/ui/review/merge_conflicts.py" line="42"/>
        <source>The other copy had</source>
        <translation>De andere kopie had</translation>
    </message>
    <message>
        <location filename="../../app/ui/review/merge_conflicts.py" line="42"/>
        <source>Found</source>
        <translation>Gevonden</translation>
    </message>
</context>
<context>
    <name>MergeConflicts</name>
    <message>
        <location filename="../../app/ui/review/merge_conflicts.py" line="30"/>
        <source>(deleted)</source>
        <translation>(verwijderd)</translation>
    </message>
</context>
<context>
    <name>MergeConflictsView</name>
    <message>
        <location filename="../../app/ui/review/merge_conflicts.py" line="72"/>
        <source>No open merge conflicts: merged copies agreed.</source>
        <translation>Geen open samenvoegconflicten: de samengevoegde kopieën kwamen overeen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/review/merge_conflicts.py" line="74"/>
        <source>&amp;Keep this copy&apos;s version</source>
        <translation>Versie van deze kopie &amp;behouden</translation>
    </message>
    <message>
        <location filename="../../app/ui/review/merge_conflicts.py" line="75"/>
        <source>&amp;Take the other version</source>
        <translation>Andere versie over&amp;nemen</translation>
    </message>
    <message>
        <location filename="../../app/ui/review/merge_conflicts.py" line="76"/>
        <source>Dis&amp;miss</source>
        <translation>Neg&amp;eren</translation>
    </message>
    <message>
        <location filename="../../app/ui/review/merge_conflicts.py" line="121"/>
        <source>Decided.</source>
        <translation>Besloten.</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <location filename="../../app/ui/review/overview.py" line="74"/>
        <source>Claims by status and record type</source>
        <translation>Claims per status en recordsoort</translation>
    </message>
    <message>
        <location filename="../../app/ui/review/overview.py" line="75"/>
        <source>Review progress per day</source>
        <translation>Voortgang van de beoordeling per dag</translation>
    </message>
    <message>
        <location filename="../../app/ui/review/overview.py" line="80"/>
        <source>Records lacking a sourced, accepted value for a required field</source>
        <translation>Records zonder geaccepteerde waarde met bron voor een verplicht veld</translation>
    </message>
    <message>
        <location filename="../../app/ui/review/overview.py" line="105"/>
        <source>%1 claims: %2 · %3 records with gaps</source>
        <translation>%1 claims: %2 · %3 records met hiaten</translation>
    </message>
</context>
<context>
    <name>ProgressChart</name>
    <message>
        <location filename="../../app/ui/review/charts.py" line="118"/>
        <source>No review work yet.</source>
        <translation>Nog geen beoordelingen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/review/charts.py" line="157"/>
        <source>proposed</source>
        <translation>voorgesteld</translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <location filename="../../app/ui/reader/view.py" line="85"/>
        <source>&lt;i&gt;Choose a document in the library to read it here.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Kies een document in de bibliotheek om het hier te lezen.&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader/view.py" line="110"/>
        <source>language: %s</source>
        <translation>taal: %s</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/reader/view.py" line="112"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n pagina</numerusform>
            <numerusform>%n pagina&apos;s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordDetailModel</name>
    <message>
        <location filename="../../app/ui/records/detail.py" line="38"/>
        <source>Field, claim or quote</source>
        <translation>Veld, claim of citaat</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/detail.py" line="38"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/detail.py" line="39"/>
        <source>Who and when, or source</source>
        <translation>Wie en wanneer, of bron</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/detail.py" line="61"/>
        <source>competing values</source>
        <translation>concurrerende waarden</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/detail.py" line="61"/>
        <source>⚠ competing values</source>
        <translation>⚠ concurrerende waarden</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/detail.py" line="62"/>
        <source>Several values are claimed; a reviewer should decide</source>
        <translation>Er zijn meerdere waarden geclaimd; een beoordelaar moet beslissen</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/detail.py" line="66"/>
        <source>no claims</source>
        <translation>geen claims</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/detail.py" line="80"/>
        <source>by %1, %2</source>
        <translation>door %1, %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/detail.py" line="83"/>
        <source>; reviewed by %1, %2</source>
        <translation>; beoordeeld door %1, %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/detail.py" line="86"/>
        <source>; unsourced</source>
        <translation>; zonder bron</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/detail.py" line="92"/>
        <source>accepted</source>
        <translation>geaccepteerd</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/detail.py" line="92"/>
        <source>proposed</source>
        <translation>voorgesteld</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/detail.py" line="93"/>
        <source>disputed</source>
        <translation>betwist</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/detail.py" line="93"/>
        <source>rejected</source>
        <translation>afgewezen</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/detail.py" line="96"/>
        <source>Click or press Enter to open the document at this quote</source>
        <translation>Klik of druk op Enter om het document bij dit citaat te openen</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/detail.py" line="104"/>
        <source>, page %1</source>
        <translation>, pagina %1</translation>
    </message>
</context>
<context>
    <name>RecordSuggestionModel</name>
    <message>
        <location filename="../../app/ui/claims/suggestions.py" line="115"/>
        <source>New record: “%s”</source>
        <translation>Nieuw record: ‘%s’</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/suggestions.py" line="116"/>
        <source>New record (type its name above)</source>
        <translation>Nieuw record (typ de naam hierboven)</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/suggestions.py" line="118"/>
        <source>Create a record with this name; choose its type below</source>
        <translation>Maak een record met deze naam; kies hieronder de soort</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <location filename="../../app/ui/records/model.py" line="94"/>
        <source>Label</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/model.py" line="97"/>
        <source>, several values</source>
        <translation>, meerdere waarden</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/model.py" line="135"/>
        <source>Also known as: %1</source>
        <translation>Ook bekend als: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/records/model.py" line="146"/>
        <source>⚠ %n values</source>
        <translation>
            <numerusform>⚠ %n waarde</numerusform>
            <numerusform>⚠ %n waarden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/records/model.py" line="152"/>
        <source>(unreviewed: %n)</source>
        <translation>
            <numerusform>(niet beoordeeld: %n)</numerusform>
            <numerusform>(niet beoordeeld: %n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/records/model.py" line="162"/>
        <source>Claims await review; select the record to see them</source>
        <translation>Claims wachten op beoordeling; selecteer het record om ze te zien</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/model.py" line="166"/>
        <source>Claims compete for this field:</source>
        <translation>Voor dit veld concurreren claims:</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/model.py" line="169"/>
        <source>None is accepted yet.</source>
        <translation>Nog geen ervan is geaccepteerd.</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/model.py" line="171"/>
        <source>Accepted: %1</source>
        <translation>Geaccepteerd: %1</translation>
    </message>
</context>
<context>
    <name>RecordsView</name>
    <message>
        <location filename="../../app/ui/records/view.py" line="198"/>
        <source>No record selected</source>
        <translation>Geen record geselecteerd</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/view.py" line="199"/>
        <source>Select a record to see every claim and its quotes.</source>
        <translation>Selecteer een record om alle claims en hun citaten te zien.</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/view.py" line="204"/>
        <source>Also known as: %1</source>
        <translation>Ook bekend als: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/view.py" line="224"/>
        <source>No records of this type yet. Records appear here when you add them while making claims in the reader.</source>
        <translation>Nog geen records van deze soort. Records verschijnen hier zodra u ze toevoegt bij het maken van claims in de lezer.</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <location filename="../../app/ui/review/common.py" line="27"/>
        <source>proposed</source>
        <translation>voorgesteld</translation>
    </message>
    <message>
        <location filename="../../app/ui/review/common.py" line="28"/>
        <source>accepted</source>
        <translation>geaccepteerd</translation>
    </message>
    <message>
        <location filename="../../app/ui/review/common.py" line="29"/>
        <source>rejected</source>
        <translation>afgewezen</translation>
    </message>
    <message>
        <location filename="../../app/ui/review/common.py" line="30"/>
        <source>disputed</source>
        <translation>betwist</translation>
    </message>
    <message>
        <location filename="../../app/ui/review/common.py" line="92"/>
        <source>proposed by %1</source>
        <translation>voorgesteld door %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/review/common.py" line="122"/>
        <source>any</source>
        <translation>alle</translation>
    </message>
    <message>
        <location filename="../../app/ui/review/history_model.py" line="51"/>
        <source>added</source>
        <translation>toegevoegd</translation>
    </message>
    <message>
        <location filename="../../app/ui/review/history_model.py" line="52"/>
        <source>removed</source>
        <translation>verwijderd</translation>
    </message>
</context>
<context>
    <name>ReviewCommands</name>
    <message>
        <location filename="../../app/ui/review/commands.py" line="37"/>
        <source>note claim</source>
        <translation>notitie bij claim</translation>
    </message>
    <message>
        <location filename="../../app/ui/review/commands.py" line="74"/>
        <source>resolve conflict</source>
        <translation>conflict beslechten</translation>
    </message>
    <message>
        <location filename="../../app/ui/review/commands.py" line="116"/>
        <location filename="../../app/ui/review/commands.py" line="156"/>
        <source>merge records</source>
        <translation>records samenvoegen</translation>
    </message>
    <message>
        <location filename="../../app/ui/review/commands.py" line="169"/>
        <source>mark records as different</source>
        <translation>records als verschillend markeren</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <location filename="../../app/ui/review/panel.py" line="38"/>
        <source>&amp;Queue</source>
        <translation>&amp;Wachtrij</translation>
    </message>
    <message>
        <location filename="../../app/ui/review/panel.py" line="39"/>
        <source>&amp;Conflicts</source>
        <translation>&amp;Conflicten</translation>
    </message>
    <message>
        <location filename="../../app/ui/review/panel.py" line="40"/>
        <source>D&amp;uplicates</source>
        <translation>D&amp;ubbelen</translation>
    </message>
    <message>
        <location filename="../../app/ui/review/panel.py" line="41"/>
        <source>&amp;History</source>
        <translation>&amp;Geschiedenis</translation>
    </message>
    <message>
        <location filename="../../app/ui/review/panel.py" line="42"/>
        <source>&amp;Overview</source>
        <translation>&amp;Overzicht</translation>
    </message>
    <message>
        <location filename="../../app/ui/review/panel.py" line="43"/>
        <source>&amp;Merge conflicts</source>
        <translation>Samen&amp;voegconflicten</translation>
    </message>
</context>
<context>
    <name>ReviewQueueModel</name>
    <message>
        <location filename="../../app/ui/review/queue_model.py" line="48"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../app/ui/review/queue_model.py" line="48"/>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <location filename="../../app/ui/review/queue_model.py" line="48"/>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <location filename="../../app/ui/review/queue_model.py" line="48"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/review/queue_model.py" line="49"/>
        <source>Proposed by</source>
        <translation>Voorgesteld door</translation>
    </message>
    <message>
        <location filename="../../app/ui/review/queue_model.py" line="49"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
</context>
<context>
    <name>ReviewQueueView</name>
    <message>
        <location filename="../../app/ui/review/queue_view.py" line="65"/>
        <source>Type</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../app/ui/review/queue_view.py" line="66"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../app/ui/review/queue_view.py" line="67"/>
        <source>Proposed by</source>
        <translation>Voorgesteld door</translation>
    </message>
    <message>
        <location filename="../../app/ui/review/queue_view.py" line="68"/>
        <source>Since</source>
        <translation>Sinds</translation>
    </message>
    <message>
        <location filename="../../app/ui/review/queue_view.py" line="107"/>
        <source>Review note (N), Enter saves</source>
        <translation>Beoordelingsnotitie (N), Enter slaat op</translation>
    </message>
    <message>
        <location filename="../../app/ui/review/queue_view.py" line="113"/>
        <source>&amp;Accept (A)</source>
        <translation>&amp;Accepteren (A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/review/queue_view.py" line="113"/>
        <source>&amp;Reject (R)</source>
        <translation>Afwij&amp;zen (R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/review/queue_view.py" line="114"/>
        <source>&amp;Dispute (D)</source>
        <translation>&amp;Betwisten (D)</translation>
    </message>
    <message>
        <location filename="../../app/ui/review/queue_view.py" line="144"/>
        <source>Anyone</source>
        <translation>Iedereen</translation>
    </message>
    <message>
        <location filename="../../app/ui/review/queue_view.py" line="146"/>
        <source>%1 of %2 claims</source>
        <translation>%1 van %2 claims</translation>
    </message>
    <message>
        <location filename="../../app/ui/review/queue_view.py" line="192"/>
        <source>%1 claim: %2 · %3</source>
        <translation>Claim %1: %2 · %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/review/queue_view.py" line="195"/>
        <source>(the value accepted before is proposed again)</source>
        <translation>(de eerder geaccepteerde waarde is weer voorgesteld)</translation>
    </message>
    <message>
        <location filename="../../app/ui/review/queue_view.py" line="214"/>
        <source>Note saved.</source>
        <translation>Notitie opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/review/queue_view.py" line="277"/>
        <source>All types</source>
        <translation>Alle soorten</translation>
    </message>
    <message>
        <location filename="../../app/ui/review/queue_view.py" line="278"/>
        <source>All documents</source>
        <translation>Alle documenten</translation>
    </message>
    <message>
        <location filename="../../app/ui/review/queue_view.py" line="292"/>
        <source>The queue is empty: nothing awaits review here.</source>
        <translation>De wachtrij is leeg: hier wacht niets op beoordeling.</translation>
    </message>
    <message>
        <location filename="../../app/ui/review/queue_view.py" line="294"/>
        <source>Select a claim to see its quotes.</source>
        <translation>Selecteer een claim om de citaten te zien.</translation>
    </message>
    <message>
        <location filename="../../app/ui/review/queue_view.py" line="312"/>
        <source>No quote supports this claim.</source>
        <translation>Geen citaat onderbouwt deze claim.</translation>
    </message>
    <message>
        <location filename="../../app/ui/review/queue_view.py" line="316"/>
        <source>p. %1</source>
        <translation>p. %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/review/queue_view.py" line="321"/>
        <source>Open in document</source>
        <translation>Openen in document</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../app/ui/settings.py" line="40"/>
        <source>Your name</source>
        <translation>Uw naam</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="42"/>
        <source>Interface language</source>
        <translation>Taal van de interface</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="44"/>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="46"/>
        <source>Recent projects</source>
        <translation>Recente projecten</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="47"/>
        <source>Window layout</source>
        <translation>Vensterindeling</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="49"/>
        <source>Window size and place</source>
        <translation>Venstergrootte en -plaats</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="16"/>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="24"/>
        <source>Follow the system</source>
        <translation>Systeem volgen</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="25"/>
        <source>Light</source>
        <translation>Licht</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="26"/>
        <source>Dark</source>
        <translation>Donker</translation>
    </message>
</context>
<context>
    <name>StatusBarChart</name>
    <message>
        <location filename="../../app/ui/review/charts.py" line="74"/>
        <source>No claims yet.</source>
        <translation>Nog geen claims.</translation>
    </message>
</context>
</TS>
