<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl_NL">
<context>
    <name>AnnotationClaimsModel</name>
    <message>
        <location filename="../../app/ui/claims/claims_model.py" line="58" />
        <source>proposed by %s</source>
        <translation>voorgesteld door %s</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/claims_model.py" line="68" />
        <source>proposed</source>
        <translation>voorgesteld</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/claims_model.py" line="68" />
        <source>accepted</source>
        <translation>geaccepteerd</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/claims_model.py" line="69" />
        <source>rejected</source>
        <translation>afgewezen</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/claims_model.py" line="69" />
        <source>disputed</source>
        <translation>betwist</translation>
    </message>
</context>
<context>
    <name>BackgroundJob</name>
    <message>
        <location filename="../../app/ui/background.py" line="67" />
        <source>Something went wrong; the details are in the log.</source>
        <translation>Er ging iets mis; de details staan in het logbestand.</translation>
    </message>
</context>
<context>
    <name>ClaimCommands</name>
    <message>
        <location filename="../../app/ui/claims/commands.py" line="57" />
        <source>add record</source>
        <translation>record toevoegen</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/commands.py" line="73" />
        <source>add annotation</source>
        <translation>markering toevoegen</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/commands.py" line="92" />
        <location filename="../../app/ui/claims/commands.py" line="130" />
        <source>add claim</source>
        <translation>claim toevoegen</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/commands.py" line="151" />
        <source>accept claim</source>
        <translation>claim accepteren</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/commands.py" line="152" />
        <source>reject claim</source>
        <translation>claim afwijzen</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/commands.py" line="153" />
        <source>dispute claim</source>
        <translation>claim betwisten</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/commands.py" line="154" />
        <source>reopen claim</source>
        <translation>claim heropenen</translation>
    </message>
</context>
<context>
    <name>ClaimEditorDock</name>
    <message>
        <location filename="../../app/ui/claims/editor.py" line="24" />
        <source>Claim editor</source>
        <translation>Claim-editor</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/editor.py" line="30" />
        <source>New claim</source>
        <translation>Nieuwe claim</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/editor.py" line="33" />
        <source>Claims on this passage</source>
        <translation>Claims bij deze passage</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/editor.py" line="34" />
        <location filename="../../app/ui/claims/editor.py" line="85" />
        <source>Click a highlight in the reader to see its claims.</source>
        <translation>Klik op een markering in de lezer om de claims te zien.</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/editor.py" line="40" />
        <source>Accept</source>
        <translation>Accepteren</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/editor.py" line="41" />
        <source>Reject</source>
        <translation>Afwijzen</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/editor.py" line="42" />
        <source>Dispute</source>
        <translation>Betwisten</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/editor.py" line="83" />
        <source>No claims cite this passage yet.</source>
        <translation>Nog geen claims verwijzen naar deze passage.</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/editor.py" line="100" />
        <source>Select a claim first: click a highlight in the reader.</source>
        <translation>Kies eerst een claim: klik op een markering in de lezer.</translation>
    </message>
</context>
<context>
    <name>ClaimForm</name>
    <message>
        <location filename="../../app/ui/claims/form.py" line="66" />
        <source>Select text in the reader and press Ctrl+K to claim it.</source>
        <translation>Selecteer tekst in de lezer en druk op Ctrl+K om er een claim van te maken.</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/form.py" line="72" />
        <source>Type to find a record or name a new one</source>
        <translation>Typ om een record te zoeken of een nieuw te noemen</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/form.py" line="91" />
        <source>Save claim (Enter)</source>
        <translation>Claim opslaan (Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/form.py" line="94" />
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/form.py" line="96" />
        <source>New record's type</source>
        <translation>Soort nieuw record</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/form.py" line="98" />
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/form.py" line="99" />
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/form.py" line="303" />
        <source>⚠ Already accepted: %s</source>
        <translation>⚠ Al geaccepteerd: %s</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/form.py" line="305" />
        <source>⚠ Competing %1 value: %2</source>
        <translation>⚠ Concurrerende waarde (%1): %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/form.py" line="314" />
        <source>Select text in the reader first.</source>
        <translation>Selecteer eerst tekst in de lezer.</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/form.py" line="319" />
        <source>Pick a record, or type the name of a new one.</source>
        <translation>Kies een record, of typ de naam van een nieuw record.</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/form.py" line="322" />
        <source>Pick a field.</source>
        <translation>Kies een veld.</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/form.py" line="333" />
        <source>Claim saved (Ctrl+Z undoes it).</source>
        <translation>Claim opgeslagen (Ctrl+Z maakt dit ongedaan).</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../../app/ui/crash.py" line="43" />
        <source>Claimdesk</source>
        <translation>Claimdesk</translation>
    </message>
    <message>
        <location filename="../../app/ui/crash.py" line="47" />
        <source>Details were written to %s.</source>
        <translation>De details staan in %s.</translation>
    </message>
    <message>
        <location filename="../../app/ui/crash.py" line="49" />
        <source>The details could not be written (%s).</source>
        <translation>De details konden niet worden opgeslagen (%s).</translation>
    </message>
    <message>
        <location filename="../../app/ui/crash.py" line="52" />
        <source>Unexpected error</source>
        <translation>Onverwachte fout</translation>
    </message>
    <message>
        <location filename="../../app/ui/crash.py" line="53" />
        <source>Something went wrong: %s. Your work so far is saved.</source>
        <translation>Er ging iets mis: %s. Uw werk tot nu toe is bewaard.</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../app/ui/reader/find_bar.py" line="36" />
        <source>Find in document</source>
        <translation>Zoeken in document</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader/find_bar.py" line="39" />
        <source>Previous match (Shift+Enter)</source>
        <translation>Vorige treffer (Shift+Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader/find_bar.py" line="40" />
        <source>Next match (Enter)</source>
        <translation>Volgende treffer (Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader/find_bar.py" line="41" />
        <source>Close (Esc)</source>
        <translation>Sluiten (Esc)</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader/find_bar.py" line="98" />
        <source>Not found</source>
        <translation>Niet gevonden</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../../app/ui/main.py" line="54" />
        <source>Welcome to Claimdesk</source>
        <translation>Welkom bij Claimdesk</translation>
    </message>
    <message>
        <location filename="../../app/ui/main.py" line="55" />
        <source>Your name, as reviews and the change history will show it:</source>
        <translation>Uw naam, zoals beoordelingen en de wijzigingsgeschiedenis die tonen:</translation>
    </message>
    <message>
        <location filename="../../app/ui/main.py" line="78" />
        <source>No demo project</source>
        <translation>Geen demoproject</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/window.py" line="60" />
        <source>Ready</source>
        <translation>Gereed</translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="78" />
        <source>Library</source>
        <translation>Bibliotheek</translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="79" />
        <source>The library is not available yet.</source>
        <translation>De bibliotheek is nog niet beschikbaar.</translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="84" />
        <location filename="../../app/ui/window.py" line="88" />
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="89" />
        <source>The records view is not available yet.</source>
        <translation>De recordweergave is nog niet beschikbaar.</translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="125" />
        <source>Cannot open the project</source>
        <translation>Het project kan niet worden geopend</translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="132" />
        <source>Open a project</source>
        <translation>Een project openen</translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="138" />
        <source>New project</source>
        <translation>Nieuw project</translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="147" />
        <source>Cannot create the project</source>
        <translation>Het project kan niet worden gemaakt</translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="161" />
        <source>No recent projects</source>
        <translation>Geen recente projecten</translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="195" />
        <source>Import documents</source>
        <translation>Documenten importeren</translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="201" />
        <source>Imported %1 file(s), %2 failed.</source>
        <translation>%1 bestand(en) geïmporteerd, %2 mislukt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="210" />
        <source>Export from the window is not available yet; use `claimdesk export`.</source>
        <translation>Exporteren vanuit het venster kan nog niet; gebruik `claimdesk export`.</translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="221" />
        <source>Select text in the reader first, then press Ctrl+K.</source>
        <translation>Selecteer eerst tekst in de lezer en druk dan op Ctrl+K.</translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="250" />
        <source>Settings saved; a new interface language applies after a restart.</source>
        <translation>Instellingen opgeslagen; een nieuwe taal geldt na een herstart.</translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="254" />
        <source>About Claimdesk</source>
        <translation>Over Claimdesk</translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="255" />
        <source>&lt;b&gt;Claimdesk %1&lt;/b&gt;&lt;p&gt;Curate traceable claims out of source documents and export them as a ministry workbook.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Claimdesk %1&lt;/b&gt;&lt;p&gt;Verzamel herleidbare claims uit brondocumenten en exporteer ze als werkmap voor het ministerie.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_actions.py" line="37" />
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_actions.py" line="38" />
        <source>&amp;New project…</source>
        <translation>&amp;Nieuw project…</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_actions.py" line="40" />
        <source>&amp;Open…</source>
        <translation>&amp;Openen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_actions.py" line="41" />
        <source>Open &amp;recent</source>
        <translation>&amp;Recent geopend</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_actions.py" line="47" />
        <source>&amp;Import files…</source>
        <translation>Bestanden &amp;importeren…</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_actions.py" line="48" />
        <source>Import documents into the project</source>
        <translation>Documenten in het project importeren</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_actions.py" line="49" />
        <source>&amp;Export…</source>
        <translation>&amp;Exporteren…</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_actions.py" line="50" />
        <source>Export the ministry workbook</source>
        <translation>De werkmap voor het ministerie exporteren</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_actions.py" line="51" />
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_actions.py" line="60" />
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_actions.py" line="63" />
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_actions.py" line="65" />
        <source>Redo</source>
        <translation>Opnieuw</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_actions.py" line="68" />
        <source>&amp;Find in document…</source>
        <translation>&amp;Zoeken in document…</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_actions.py" line="70" />
        <source>&amp;Settings…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_actions.py" line="77" />
        <source>&amp;Claims</source>
        <translation>&amp;Claims</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_actions.py" line="78" />
        <source>&amp;New claim from selection</source>
        <translation>&amp;Nieuwe claim uit selectie</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_actions.py" line="80" />
        <source>Claim the text selected in the reader</source>
        <translation>Een claim maken van de geselecteerde tekst</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_actions.py" line="81" />
        <source>&amp;Accept</source>
        <translation>&amp;Accepteren</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_actions.py" line="83" />
        <source>&amp;Reject</source>
        <translation>&amp;Afwijzen</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_actions.py" line="85" />
        <source>&amp;Dispute</source>
        <translation>&amp;Betwisten</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_actions.py" line="91" />
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_actions.py" line="95" />
        <source>Focus &amp;library</source>
        <translation>Naar &amp;bibliotheek</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_actions.py" line="96" />
        <source>Focus &amp;reader</source>
        <translation>Naar &amp;lezer</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_actions.py" line="97" />
        <source>Focus claim &amp;editor</source>
        <translation>Naar claim-&amp;editor</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_actions.py" line="98" />
        <source>Focus re&amp;cords</source>
        <translation>Naar re&amp;cords</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_actions.py" line="103" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_actions.py" line="104" />
        <source>&amp;About Claimdesk</source>
        <translation>&amp;Over Claimdesk</translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <location filename="../../app/ui/reader/view.py" line="80" />
        <source>&lt;i&gt;Choose a document in the library to read it here.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Kies een document in de bibliotheek om het hier te lezen.&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader/view.py" line="102" />
        <source>language: %s</source>
        <translation>taal: %s</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/reader/view.py" line="104" />
        <source>%n page(s)</source>
        <translation><numerusform>%n pagina</numerusform><numerusform>%n pagina's</numerusform></translation>
    </message>
</context>
<context>
    <name>RecordSuggestionModel</name>
    <message>
        <location filename="../../app/ui/claims/suggestions.py" line="112" />
        <source>New record: “%s”</source>
        <translation>Nieuw record: ‘%s’</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/suggestions.py" line="113" />
        <source>New record (type its name above)</source>
        <translation>Nieuw record (typ de naam hierboven)</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/suggestions.py" line="115" />
        <source>Create a record with this name; choose its type below</source>
        <translation>Maak een record met deze naam; kies hieronder de soort</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../app/ui/settings.py" line="40" />
        <source>Your name</source>
        <translation>Uw naam</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="42" />
        <source>Interface language</source>
        <translation>Taal van de interface</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="44" />
        <source>Recent projects</source>
        <translation>Recente projecten</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="45" />
        <source>Window layout</source>
        <translation>Vensterindeling</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="47" />
        <source>Window size and place</source>
        <translation>Venstergrootte en -plaats</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="15" />
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
</context>
</TS>