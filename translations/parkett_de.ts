<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AddRowCommand</name>
    <message numerus="yes">
        <source>Add row %1 with %n seat(s)</source>
        <translation>
            <numerusform>Reihe %1 mit %n Platz hinzufügen</numerusform>
            <numerusform>Reihe %1 mit %n Plätzen hinzufügen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AddTableSeatsCommand</name>
    <message numerus="yes">
        <source>Add %n chair(s)</source>
        <translation>
            <numerusform>%n Stuhl hinzufügen</numerusform>
            <numerusform>%n Stühle hinzufügen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Parkett box office</source>
        <translation>Parkett Kasse</translation>
    </message>
    <message>
        <source>The SQLite database to use (default: %1).</source>
        <translation>Die zu verwendende SQLite-Datenbank (Standard: %1).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Fill an empty database with the demo theatre.</source>
        <translation>Eine leere Datenbank mit dem Demo-Theater füllen.</translation>
    </message>
    <message>
        <source>Use this fixed time as &quot;now&quot; (ISO 8601), for tests.</source>
        <translation>Diese feste Zeit als „jetzt“ verwenden (ISO 8601), für Tests.</translation>
    </message>
    <message>
        <source>time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Print the milliseconds until the window is shown, then exit.</source>
        <translation>Die Millisekunden bis zur Anzeige des Fensters ausgeben, dann beenden.</translation>
    </message>
    <message>
        <source>Save screenshots into a folder, then exit.</source>
        <translation>Bildschirmfotos in einem Ordner speichern, dann beenden.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>--now: &quot;%1&quot; is not an ISO 8601 time.</source>
        <translation>--now: „%1“ ist keine ISO-8601-Zeit.</translation>
    </message>
    <message>
        <source>The database %1 cannot be used. It was not changed.

%2</source>
        <translation>Die Datenbank %1 kann nicht verwendet werden. Sie wurde nicht verändert.

%2</translation>
    </message>
    <message>
        <source>Parkett</source>
        <translation>Parkett</translation>
    </message>
</context>
<context>
    <name>MoveSeatsCommand</name>
    <message numerus="yes">
        <source>Move %n seat(s)</source>
        <translation>
            <numerusform>%n Platz verschieben</numerusform>
            <numerusform>%n Plätze verschieben</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelabelRowsCommand</name>
    <message numerus="yes">
        <source>Name %n row(s)</source>
        <translation>
            <numerusform>%n Reihe benennen</numerusform>
            <numerusform>%n Reihen benennen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelabelSeatsCommand</name>
    <message numerus="yes">
        <source>Number %n seat(s)</source>
        <translation>
            <numerusform>%n Platz nummerieren</numerusform>
            <numerusform>%n Plätze nummerieren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemoveEmptyRowCommand</name>
    <message>
        <source>Delete a row</source>
        <translation>Eine Reihe löschen</translation>
    </message>
</context>
<context>
    <name>RemoveSeatsCommand</name>
    <message numerus="yes">
        <source>Delete %n seat(s)</source>
        <translation>
            <numerusform>%n Platz löschen</numerusform>
            <numerusform>%n Plätze löschen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SeatMapRenderer</name>
    <message numerus="yes">
        <source>%1 · %n free</source>
        <translation>
            <numerusform>%1 · %n frei</numerusform>
            <numerusform>%1 · %n frei</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n in basket</source>
        <translation>
            <numerusform> · %n im Warenkorb</numerusform>
            <numerusform> · %n im Warenkorb</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SetCategoryCommand</name>
    <message numerus="yes">
        <source>Set the category of %n seat(s)</source>
        <translation>
            <numerusform>Preiskategorie von %n Platz festlegen</numerusform>
            <numerusform>Preiskategorie von %n Plätzen festlegen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SetFlagCommand</name>
    <message numerus="yes">
        <source>Mark %n seat(s)</source>
        <translation>
            <numerusform>%n Platz kennzeichnen</numerusform>
            <numerusform>%n Plätze kennzeichnen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unmark %n seat(s)</source>
        <translation>
            <numerusform>Kennzeichnung von %n Platz entfernen</numerusform>
            <numerusform>Kennzeichnung von %n Plätzen entfernen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parkett</name>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>exported</source>
        <translation>exportiert</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Vermerke</translation>
    </message>
    <message>
        <source>Consent history</source>
        <translation>Verlauf der Einwilligungen</translation>
    </message>
    <message>
        <source>granted</source>
        <translation>erteilt</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>widerrufen</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
</context>
<context>
    <name>parkett::BasketModel</name>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Preiskategorie</translation>
    </message>
    <message>
        <source>Price type</source>
        <translation>Preisart</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
</context>
<context>
    <name>parkett::BlockTool</name>
    <message>
        <source>Add block</source>
        <translation>Reihenblock hinzufügen</translation>
    </message>
    <message>
        <source>Drag a rectangle to fill it with rows; click for %1 rows of %2 seats</source>
        <translation>Ein Rechteck aufziehen, um es mit Reihen zu füllen; klicken für %1 Reihen mit je %2 Plätzen</translation>
    </message>
    <message numerus="yes">
        <source>Add a block of %n row(s)</source>
        <translation>
            <numerusform>Einen Reihenblock mit %n Reihe hinzufügen</numerusform>
            <numerusform>Einen Reihenblock mit %n Reihen hinzufügen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parkett::CompositionRoot</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Standalone</source>
        <translation>Einzelplatz</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Verbunden mit %1</translation>
    </message>
    <message>
        <source>Parkett</source>
        <translation>Parkett</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
</context>
<context>
    <name>parkett::ConnectedCustomers</name>
    <message>
        <source>A customer&apos;s flags are shared with every counter through the server, which cannot be reached now. Nothing was changed; try again when the connection is back.</source>
        <translation>Die Vermerke eines Kunden werden über den Server mit allen Kassen geteilt, und der Server ist gerade nicht erreichbar. Es wurde nichts geändert; versuchen Sie es erneut, sobald die Verbindung wieder besteht.</translation>
    </message>
    <message>
        <source>A customer&apos;s name, e-mail and phone are kept on the server for every counter, which cannot be reached now. Nothing was saved; the other details can be saved while offline.</source>
        <translation>Name, E-Mail und Telefon eines Kunden werden für alle Kassen auf dem Server geführt, und der Server ist gerade nicht erreichbar. Es wurde nichts gespeichert; die übrigen Angaben lassen sich auch offline speichern.</translation>
    </message>
    <message>
        <source>A customer is anonymised on the server, for every counter, and the server cannot be reached now. Nothing was changed; try again when the connection is back.</source>
        <translation>Kunden werden auf dem Server für alle Kassen anonymisiert, und der Server ist gerade nicht erreichbar. Es wurde nichts geändert; versuchen Sie es erneut, sobald die Verbindung wieder besteht.</translation>
    </message>
    <message>
        <source>Customers are merged on the server, for every counter, and the server cannot be reached now. Nothing was changed; try again when the connection is back.</source>
        <translation>Kunden werden auf dem Server für alle Kassen zusammengeführt, und der Server ist gerade nicht erreichbar. Es wurde nichts geändert; versuchen Sie es erneut, sobald die Verbindung wieder besteht.</translation>
    </message>
    <message>
        <source>A merge made on the server cannot be undone at the counter.</source>
        <translation>Eine auf dem Server vorgenommene Zusammenführung kann an der Kasse nicht rückgängig gemacht werden.</translation>
    </message>
</context>
<context>
    <name>parkett::ConnectedSales</name>
    <message>
        <source>Online: sales go to the server</source>
        <translation>Online: Verkäufe gehen an den Server</translation>
    </message>
    <message>
        <source>Offline: sales from this terminal&apos;s lease</source>
        <translation>Offline: Verkäufe aus dem Kontingent dieses Terminals</translation>
    </message>
    <message>
        <source>The server&apos;s seating rules cannot be overridden at the counter.</source>
        <translation>Die Platzregeln des Servers können an der Kasse nicht übergangen werden.</translation>
    </message>
    <message>
        <source>Offline, this terminal sells only what is leased to it (Server &gt; Terminal leases). %1</source>
        <translation>Offline verkauft dieses Terminal nur, was ihm als Kontingent zugeteilt ist (Server &gt; Terminal-Kontingente). %1</translation>
    </message>
    <message>
        <source>A reservation needs the server, which cannot be reached now. Offline, this terminal can only sell from its lease.</source>
        <translation>Eine Reservierung braucht den Server, der gerade nicht erreichbar ist. Offline kann dieses Terminal nur aus seinem Kontingent verkaufen.</translation>
    </message>
    <message>
        <source>The server refused the supervisor&apos;s approval: %1. Nothing was sold; ask the supervisor again at the customer card.</source>
        <translation>Der Server hat die Freigabe der Kassenleitung abgelehnt: %1. Es wurde nichts verkauft; bitte die Kassenleitung erneut über die Kundenkarte fragen.</translation>
    </message>
    <message>
        <source>%1 needs the server, which cannot be reached now. Nothing was saved; try again when the connection is back.</source>
        <translation>%1 braucht den Server, der gerade nicht erreichbar ist. Es wurde nichts gespeichert; bitte erneut versuchen, wenn die Verbindung wieder besteht.</translation>
    </message>
    <message>
        <source>This customer is blocked from sale. A supervisor&apos;s approval needs the server, which cannot be reached now: this terminal cannot check the supervisor&apos;s password. Nothing was sold.</source>
        <translation>Für diesen Kunden besteht ein Sperrvermerk. Eine Freigabe der Kassenleitung braucht den Server, der gerade nicht erreichbar ist: Dieses Terminal kann das Passwort der Kassenleitung nicht prüfen. Es wurde nichts verkauft.</translation>
    </message>
    <message>
        <source>A reservation</source>
        <translation>Eine Reservierung</translation>
    </message>
    <message>
        <source>Paying a reservation</source>
        <translation>Das Bezahlen einer Reservierung</translation>
    </message>
    <message>
        <source>Cancelling a reservation</source>
        <translation>Das Stornieren einer Reservierung</translation>
    </message>
</context>
<context>
    <name>parkett::ConsentHistoryModel</name>
    <message>
        <source>Newsletter</source>
        <translation>Newsletter</translation>
    </message>
    <message>
        <source>Event information</source>
        <translation>Veranstaltungsinformationen</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Kasse</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Vorverkaufsstelle</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Erteilt</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Erfasst von</translation>
    </message>
</context>
<context>
    <name>parkett::CustomerCard</name>
    <message>
        <source>Denmark</source>
        <translation>Dänemark</translation>
    </message>
    <message>
        <source>Norway</source>
        <translation>Norwegen</translation>
    </message>
    <message>
        <source>Sweden</source>
        <translation>Schweden</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Deutschland</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Vereinigtes Königreich</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation>Niederlande</translation>
    </message>
    <message>
        <source>Poland</source>
        <translation>Polen</translation>
    </message>
    <message>
        <source>Ukraine</source>
        <translation>Ukraine</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>Vereinigte Staaten</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>Dänisch</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>Norwegian</source>
        <translation>Norwegisch</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Schwedisch</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>Ukrainisch</translation>
    </message>
    <message>
        <source>+ Flag</source>
        <translation>+ Vermerk</translation>
    </message>
    <message>
        <source>Add a flag from the list defined in the settings</source>
        <translation>Einen Vermerk aus der in den Einstellungen festgelegten Liste hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Sell…</source>
        <translation>&amp;Verkaufen…</translation>
    </message>
    <message>
        <source>Sell tickets with this customer in the basket</source>
        <translation>Tickets mit diesem Kunden im Warenkorb verkaufen</translation>
    </message>
    <message>
        <source>&amp;Reserve…</source>
        <translation>&amp;Reservieren…</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Mehr</translation>
    </message>
    <message>
        <source>Export data (JSON)…</source>
        <translation>Daten exportieren (JSON)…</translation>
    </message>
    <message>
        <source>Export data (PDF)…</source>
        <translation>Daten exportieren (PDF)…</translation>
    </message>
    <message>
        <source>Merge a duplicate into this customer…</source>
        <translation>Eine Dublette mit diesem Kunden zusammenführen…</translation>
    </message>
    <message>
        <source>Merged. The merge can be undone for 30 days.</source>
        <translation>Zusammengeführt. Die Zusammenführung kann 30 Tage lang rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Undo the last merge…</source>
        <translation>Letzte Zusammenführung rückgängig machen…</translation>
    </message>
    <message>
        <source>Anonymise…</source>
        <translation>Anonymisieren…</translation>
    </message>
    <message>
        <source>Open in own window</source>
        <translation>In eigenem Fenster öffnen</translation>
    </message>
    <message>
        <source>&amp;Contact</source>
        <translation>&amp;Kontakt</translation>
    </message>
    <message>
        <source>&amp;Orders</source>
        <translation>&amp;Bestellungen</translation>
    </message>
    <message>
        <source>Co&amp;nsent</source>
        <translation>E&amp;inwilligung</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>Ver&amp;lauf</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Vorname</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Nachname</translation>
    </message>
    <message>
        <source>Compan&amp;y</source>
        <translation>&amp;Firma</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-Mail</translation>
    </message>
    <message>
        <source>Other e-&amp;mails</source>
        <translation>Weitere E-&amp;Mails</translation>
    </message>
    <message>
        <source>Separated by commas; searchable</source>
        <translation>Durch Kommas getrennt; durchsuchbar</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>M&amp;obile</source>
        <translation>M&amp;obil</translation>
    </message>
    <message>
        <source>+45 12 34 56 78</source>
        <translation>+45 12 34 56 78</translation>
    </message>
    <message>
        <source>La&amp;nguage</source>
        <translation>Spr&amp;ache</translation>
    </message>
    <message>
        <source>Birthday known</source>
        <translation>Geburtstag bekannt</translation>
    </message>
    <message>
        <source>&amp;Birthday</source>
        <translation>&amp;Geburtstag</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>S&amp;treet</source>
        <translation>Stra&amp;ße</translation>
    </message>
    <message>
        <source>Postco&amp;de</source>
        <translation>&amp;PLZ</translation>
    </message>
    <message>
        <source>C&amp;ity</source>
        <translation>&amp;Ort</translation>
    </message>
    <message>
        <source>Co&amp;untry</source>
        <translation>La&amp;nd</translation>
    </message>
    <message>
        <source>Internal note (staff only, never printed or sent)</source>
        <translation>Interne Notiz (nur für Mitarbeitende, wird nie gedruckt oder versendet)</translation>
    </message>
    <message>
        <source>Web profile</source>
        <translation>Webprofil</translation>
    </message>
    <message>
        <source>&amp;Link…</source>
        <translation>&amp;Verknüpfen…</translation>
    </message>
    <message>
        <source>Unlin&amp;k</source>
        <translation>Verknüpfung &amp;lösen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save the contact (Ctrl+S)</source>
        <translation>Den Kontakt speichern (Strg+S)</translation>
    </message>
    <message>
        <source>All orders</source>
        <translation>Alle Bestellungen</translation>
    </message>
    <message>
        <source>Upcoming performances</source>
        <translation>Kommende Vorstellungen</translation>
    </message>
    <message>
        <source>Past performances</source>
        <translation>Vergangene Vorstellungen</translation>
    </message>
    <message>
        <source>Cancelled orders</source>
        <translation>Stornierte Bestellungen</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>&amp;Anzeigen</translation>
    </message>
    <message>
        <source>from</source>
        <translation>von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n order(s)</source>
        <translation>
            <numerusform>%1 von %n Bestellung</numerusform>
            <numerusform>%1 von %n Bestellungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Consent now</source>
        <translation>Aktuelle Einwilligung</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Given &amp;at</source>
        <translation>Erteilt &amp;am</translation>
    </message>
    <message>
        <source>Consent history</source>
        <translation>Verlauf der Einwilligungen</translation>
    </message>
    <message>
        <source>%1 · anonymised</source>
        <translation>%1 · anonymisiert</translation>
    </message>
    <message>
        <source>&lt;b&gt;Internal note&lt;/b&gt;&lt;br&gt;%1</source>
        <translation>&lt;b&gt;Interne Notiz&lt;/b&gt;&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>Web-shop account: %1</source>
        <translation>Webshop-Konto: %1</translation>
    </message>
    <message>
        <source>No web-shop account linked</source>
        <translation>Kein Webshop-Konto verknüpft</translation>
    </message>
    <message>
        <source>Linked to the web-shop account %1</source>
        <translation>Mit dem Webshop-Konto %1 verknüpft</translation>
    </message>
    <message>
        <source>Remove the flag %1</source>
        <translation>Den Vermerk %1 entfernen</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>A customer needs a first or last name.</source>
        <translation>Ein Kunde braucht einen Vor- oder Nachnamen.</translation>
    </message>
    <message>
        <source>This is not an e-mail address (name@example.com).</source>
        <translation>Das ist keine E-Mail-Adresse (name@example.com).</translation>
    </message>
    <message>
        <source>This is not a phone number: use digits, with + and the country code for numbers abroad.</source>
        <translation>Das ist keine Telefonnummer: Ziffern verwenden, bei Nummern im Ausland mit + und Ländervorwahl.</translation>
    </message>
    <message>
        <source>This is not a postcode in %1.</source>
        <translation>Das ist keine Postleitzahl in %1.</translation>
    </message>
    <message>
        <source>The date is in the future.</source>
        <translation>Das Datum liegt in der Zukunft.</translation>
    </message>
    <message>
        <source>Please correct the marked fields.</source>
        <translation>Bitte die markierten Felder korrigieren.</translation>
    </message>
    <message>
        <source>The customer could not be saved: %1</source>
        <translation>Der Kunde konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Ihre Fassung</translation>
    </message>
    <message>
        <source>Saved meanwhile</source>
        <translation>Inzwischen gespeichert</translation>
    </message>
    <message>
        <source>Changed meanwhile</source>
        <translation>Inzwischen geändert</translation>
    </message>
    <message>
        <source>Someone else saved this customer while you were editing. Compare the two versions:</source>
        <translation>Jemand anderes hat diesen Kunden gespeichert, während Sie ihn bearbeitet haben. Vergleichen Sie die beiden Fassungen:</translation>
    </message>
    <message>
        <source>Save mine over theirs</source>
        <translation>Meine Fassung darüber speichern</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Die andere übernehmen</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Changes discarded.</source>
        <translation>Änderungen verworfen.</translation>
    </message>
    <message>
        <source>The flag could not be added: %1</source>
        <translation>Der Vermerk konnte nicht hinzugefügt werden: %1</translation>
    </message>
    <message>
        <source>The flag could not be removed: %1</source>
        <translation>Der Vermerk konnte nicht entfernt werden: %1</translation>
    </message>
    <message>
        <source>The consent could not be recorded: %1</source>
        <translation>Die Einwilligung konnte nicht erfasst werden: %1</translation>
    </message>
    <message>
        <source>Link a web-shop account</source>
        <translation>Ein Webshop-Konto verknüpfen</translation>
    </message>
    <message>
        <source>Search accounts by e-mail</source>
        <translation>Konten nach E-Mail suchen</translation>
    </message>
    <message>
        <source>The web profile could not be linked: %1</source>
        <translation>Das Webprofil konnte nicht verknüpft werden: %1</translation>
    </message>
    <message>
        <source>The web profile could not be unlinked: %1</source>
        <translation>Die Verknüpfung des Webprofils konnte nicht gelöst werden: %1</translation>
    </message>
    <message>
        <source>The order could not be read: %1</source>
        <translation>Die Bestellung konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Blocked from sale</source>
        <translation>Für den Verkauf gesperrt (Sperrvermerk)</translation>
    </message>
    <message>
        <source>%1 is blocked from sale (%2). Nothing can be sold or reserved for this customer unless a supervisor allows it.</source>
        <translation>%1 ist für den Verkauf gesperrt (%2). Für diesen Kunden kann nichts verkauft oder reserviert werden, es sei denn, die Kassenleitung gibt es frei.</translation>
    </message>
    <message>
        <source>Supervisor override…</source>
        <translation>Freigabe durch Kassenleitung…</translation>
    </message>
    <message>
        <source>There is no supervisor who could allow this sale.</source>
        <translation>Es gibt keine Kassenleitung, die diesen Verkauf freigeben könnte.</translation>
    </message>
    <message>
        <source>Supervisor override</source>
        <translation>Freigabe durch Kassenleitung</translation>
    </message>
    <message>
        <source>Supervisor allowing this sale:</source>
        <translation>Kassenleitung, die diesen Verkauf freigibt:</translation>
    </message>
    <message>
        <source>The override was refused: %1</source>
        <translation>Die Freigabe wurde abgelehnt: %1</translation>
    </message>
    <message>
        <source>Export customer data</source>
        <translation>Kundendaten exportieren</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>The data could not be exported: %1</source>
        <translation>Die Daten konnten nicht exportiert werden: %1</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Die Datei konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Anonymise customer</source>
        <translation>Kunden anonymisieren</translation>
    </message>
    <message>
        <source>Remove all personal data of %1? The orders stay for the accounts; this cannot be undone.</source>
        <translation>Alle personenbezogenen Daten von %1 entfernen? Die Bestellungen bleiben für die Buchhaltung erhalten; dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>The customer could not be anonymised: %1</source>
        <translation>Der Kunde konnte nicht anonymisiert werden: %1</translation>
    </message>
    <message>
        <source>The merges could not be read: %1</source>
        <translation>Die Zusammenführungen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>There is no merge of the last 30 days to undo.</source>
        <translation>Es gibt keine Zusammenführung der letzten 30 Tage, die rückgängig gemacht werden kann.</translation>
    </message>
    <message>
        <source>Undo merge</source>
        <translation>Zusammenführung rückgängig machen</translation>
    </message>
    <message>
        <source>Undo merging %1 into this customer? %1 comes back with its orders, consents, flags and history.</source>
        <translation>Zusammenführung von %1 mit diesem Kunden rückgängig machen? %1 kommt mit seinen Bestellungen, Einwilligungen, Vermerken und seinem Verlauf zurück.</translation>
    </message>
    <message>
        <source>The merge could not be undone: %1</source>
        <translation>Die Zusammenführung konnte nicht rückgängig gemacht werden: %1</translation>
    </message>
    <message>
        <source>Merge undone; %1 is a customer of its own again.</source>
        <translation>Zusammenführung rückgängig gemacht; %1 ist wieder ein eigener Kunde.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Su&amp;bscription / season</source>
        <translation>A&amp;bonnement / Saison</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Beliebig</translation>
    </message>
    <message>
        <source>Password of %1:</source>
        <translation>Passwort von %1:</translation>
    </message>
    <message>
        <source>&amp;Pay reservation…</source>
        <translation>Reservierung &amp;bezahlen…</translation>
    </message>
    <message>
        <source>Cance&amp;l reservation…</source>
        <translation>Reservierung &amp;stornieren…</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Bar</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Gift card</source>
        <translation>Gutschein</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Überweisung</translation>
    </message>
    <message>
        <source>Pay reservation</source>
        <translation>Reservierung bezahlen</translation>
    </message>
    <message>
        <source>Paid by:</source>
        <translation>Bezahlt mit:</translation>
    </message>
    <message>
        <source>Cancel reservation</source>
        <translation>Reservierung stornieren</translation>
    </message>
    <message>
        <source>Reason (kept in the order&apos;s history):</source>
        <translation>Grund (wird im Verlauf der Bestellung festgehalten):</translation>
    </message>
    <message>
        <source>The reservation could not be paid: %1</source>
        <translation>Die Reservierung konnte nicht bezahlt werden: %1</translation>
    </message>
    <message>
        <source>The reservation could not be cancelled: %1</source>
        <translation>Die Reservierung konnte nicht storniert werden: %1</translation>
    </message>
    <message>
        <source>A supervisor&apos;s approval needs the server, which cannot be reached now: this terminal cannot check the supervisor&apos;s password. Sell to this customer when the connection is back.</source>
        <translation>Eine Freigabe der Kassenleitung braucht den Server, der gerade nicht erreichbar ist: Dieses Terminal kann das Passwort der Kassenleitung nicht prüfen. Bitte an diesen Kunden verkaufen, wenn die Verbindung wieder besteht.</translation>
    </message>
    <message>
        <source>Login of the supervisor allowing this sale:</source>
        <translation>Anmeldename der Kassenleitung, die diesen Verkauf freigibt:</translation>
    </message>
    <message>
        <source>Password of %1 (checked by the server when the sale is placed):</source>
        <translation>Passwort von %1 (wird vom Server geprüft, wenn der Verkauf gebucht wird):</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
</context>
<context>
    <name>parkett::CustomerHistoryModel</name>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Flag added</source>
        <translation>Vermerk hinzugefügt</translation>
    </message>
    <message>
        <source>Flag removed</source>
        <translation>Vermerk entfernt</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <source>Web profile linked</source>
        <translation>Webprofil verknüpft</translation>
    </message>
    <message>
        <source>Web profile unlinked</source>
        <translation>Webprofil-Verknüpfung gelöst</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Zusammengeführt</translation>
    </message>
    <message>
        <source>Merge undone</source>
        <translation>Zusammenführung rückgängig gemacht</translation>
    </message>
    <message>
        <source>Data exported</source>
        <translation>Daten exportiert</translation>
    </message>
    <message>
        <source>Anonymised</source>
        <translation>Anonymisiert</translation>
    </message>
    <message>
        <source>Blocked sale allowed</source>
        <translation>Gesperrten Verkauf freigegeben</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Geburtstag</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>PLZ</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Interne Notiz</translation>
    </message>
    <message>
        <source>Alternative e-mails</source>
        <translation>Weitere E-Mails</translation>
    </message>
    <message>
        <source>Web profile</source>
        <translation>Webprofil</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Alter Wert</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Neuer Wert</translation>
    </message>
</context>
<context>
    <name>parkett::CustomerMergeDialog</name>
    <message>
        <source>Merge a duplicate into %1</source>
        <translation>Eine Dublette mit %1 zusammenführen</translation>
    </message>
    <message>
        <source>Find the duplicate: name, e-mail, phone or number</source>
        <translation>Dublette suchen: Name, E-Mail, Telefon oder Nummer</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Zusammenführen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Field&lt;/b&gt;</source>
        <translation>&lt;b&gt;Feld&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Keep (%1)&lt;/b&gt;</source>
        <translation>&lt;b&gt;Behalten (%1)&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Take from %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Von %1 übernehmen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>%1 order(s) of %2 move to %3, with consents, flags and history; %2&apos;s e-mail stays as another e-mail. The merge is logged and can be undone for 30 days.</source>
        <translation>%1 Bestellung(en) von %2 gehen an %3 über, mit Einwilligungen, Vermerken und Verlauf; die E-Mail-Adresse von %2 bleibt als weitere E-Mail erhalten. Die Zusammenführung wird protokolliert und kann 30 Tage lang rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <source>The customers were not merged: %1</source>
        <translation>Die Kunden wurden nicht zusammengeführt: %1</translation>
    </message>
</context>
<context>
    <name>parkett::CustomerOrdersModel</name>
    <message>
        <source>Reserved</source>
        <translation>Reserviert</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Verkauft</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Kasse</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Vorverkaufsstelle</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) · %1</source>
        <translation>
            <numerusform>%n Ticket · %1</numerusform>
            <numerusform>%n Tickets · %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Reserved until %1</source>
        <translation>Reserviert bis %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>Vorstellung</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>Season: %1</source>
        <translation>Saison: %1</translation>
    </message>
    <message>
        <source>Subscription: %1</source>
        <translation>Abonnement: %1</translation>
    </message>
    <message>
        <source>Subscription / season</source>
        <translation>Abonnement / Saison</translation>
    </message>
</context>
<context>
    <name>parkett::CustomerSearchModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — found by %2</source>
        <translation>%1 — gefunden über %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Vermerke</translation>
    </message>
</context>
<context>
    <name>parkett::CustomerSearchPanel</name>
    <message>
        <source>Name, e-mail, phone, customer, order or ticket number (Ctrl+K); Enter opens</source>
        <translation>Name, E-Mail, Telefon, Kunden-, Bestell- oder Ticketnummer (Strg+K); Enter öffnet</translation>
    </message>
    <message>
        <source>&amp;New customer…</source>
        <translation>&amp;Neuer Kunde…</translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation>Suche fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Nobody found. Enter creates a new customer.</source>
        <translation>Niemand gefunden. Enter legt einen neuen Kunden an.</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s); Enter opens the first, Down moves to the list.</source>
        <translation>
            <numerusform>%n Kunde; Enter öffnet ihn, Pfeil nach unten wechselt in die Liste.</numerusform>
            <numerusform>%n Kunden; Enter öffnet den ersten, Pfeil nach unten wechselt in die Liste.</numerusform>
        </translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Neuer Kunde</translation>
    </message>
    <message>
        <source>The customer could not be created: %1</source>
        <translation>Der Kunde konnte nicht angelegt werden: %1</translation>
    </message>
</context>
<context>
    <name>parkett::CustomerWorkspace</name>
    <message>
        <source>&amp;Customers</source>
        <translation>&amp;Kunden</translation>
    </message>
    <message>
        <source>&amp;Find customer…</source>
        <translation>Kunden &amp;suchen…</translation>
    </message>
    <message>
        <source>&amp;New customer…</source>
        <translation>&amp;Neuer Kunde…</translation>
    </message>
    <message>
        <source>&amp;Alternative e-mails on cards</source>
        <translation>&amp;Weitere E-Mails auf Karten</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>The customer could not be opened: %1</source>
        <translation>Der Kunde konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Open a performance to sell to %1.</source>
        <translation>Öffnen Sie eine Vorstellung, um an %1 zu verkaufen.</translation>
    </message>
</context>
<context>
    <name>parkett::FocalPointTool</name>
    <message>
        <source>Focal point</source>
        <translation>Bezugspunkt</translation>
    </message>
    <message>
        <source>Click where the stage&apos;s centre is: best available measures from here</source>
        <translation>Dort klicken, wo die Bühnenmitte ist: Bestplatz-Suche misst von hier aus</translation>
    </message>
</context>
<context>
    <name>parkett::LeaseDialog</name>
    <message>
        <source>Terminal leases</source>
        <translation>Terminal-Kontingente</translation>
    </message>
    <message>
        <source>Seats and standing places leased to this terminal (%1) can be sold here while the server is out of reach. Leased places are set aside on the server: no other counter sells them until the lease is released.</source>
        <translation>Plätze und Stehplätze, die diesem Terminal (%1) als Kontingent zugeteilt sind, können hier verkauft werden, solange der Server nicht erreichbar ist. Zugeteilte Plätze werden auf dem Server zurückgehalten: Keine andere Kasse verkauft sie, bis das Kontingent freigegeben wird.</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>Vorstellung</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Leased seats</source>
        <translation>Zugeteilte Plätze</translation>
    </message>
    <message>
        <source>Leased standing</source>
        <translation>Zugeteilte Stehplätze</translation>
    </message>
    <message>
        <source>Lease to this terminal</source>
        <translation>Diesem Terminal zuteilen</translation>
    </message>
    <message>
        <source>Lease the &amp;selection</source>
        <translation>&amp;Auswahl zuteilen</translation>
    </message>
    <message>
        <source> seats</source>
        <translation> Plätze</translation>
    </message>
    <message>
        <source>Lease &amp;free seats</source>
        <translation>&amp;Freie Plätze zuteilen</translation>
    </message>
    <message>
        <source>The first free seats of the plan, front rows first</source>
        <translation>Die ersten freien Plätze des Plans, vordere Reihen zuerst</translation>
    </message>
    <message>
        <source>Seats:</source>
        <translation>Plätze:</translation>
    </message>
    <message>
        <source> places</source>
        <translation> Plätze</translation>
    </message>
    <message>
        <source>Lease s&amp;tanding places</source>
        <translation>S&amp;tehplätze zuteilen</translation>
    </message>
    <message>
        <source>Standing:</source>
        <translation>Stehplätze:</translation>
    </message>
    <message>
        <source>&amp;Release this performance&apos;s lease</source>
        <translation>Kontingent dieser Vorstellung f&amp;reigeben</translation>
    </message>
    <message>
        <source>Unsold leased places become free for every counter</source>
        <translation>Unverkaufte zugeteilte Plätze werden für alle Kassen frei</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Neu &amp;laden</translation>
    </message>
    <message>
        <source>Zone %1</source>
        <translation>Zone %1</translation>
    </message>
    <message numerus="yes">
        <source>Selected on the sales screen: %n seat(s)</source>
        <translation>
            <numerusform>Im Verkaufsbildschirm ausgewählt: %n Platz</numerusform>
            <numerusform>Im Verkaufsbildschirm ausgewählt: %n Plätze</numerusform>
        </translation>
    </message>
    <message>
        <source>No seats of this performance are selected on the sales screen.</source>
        <translation>Im Verkaufsbildschirm sind keine Plätze dieser Vorstellung ausgewählt.</translation>
    </message>
    <message>
        <source>Sign in to a server first (Server &gt; Server settings).</source>
        <translation>Zuerst an einem Server anmelden (Server &gt; Servereinstellungen).</translation>
    </message>
    <message>
        <source>The lease could not be read: %1</source>
        <translation>Das Kontingent konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Refused by the server: %1</source>
        <translation>Vom Server abgelehnt: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n selected seat(s) leased to this terminal.</source>
        <translation>
            <numerusform>%n ausgewählter Platz diesem Terminal zugeteilt.</numerusform>
            <numerusform>%n ausgewählte Plätze diesem Terminal zugeteilt.</numerusform>
        </translation>
    </message>
    <message>
        <source>No free seats are left to lease.</source>
        <translation>Es sind keine freien Plätze mehr zum Zuteilen übrig.</translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) leased to this terminal.</source>
        <translation>
            <numerusform>%n Platz diesem Terminal zugeteilt.</numerusform>
            <numerusform>%n Plätze diesem Terminal zugeteilt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n standing place(s) leased to this terminal.</source>
        <translation>
            <numerusform>%n Stehplatz diesem Terminal zugeteilt.</numerusform>
            <numerusform>%n Stehplätze diesem Terminal zugeteilt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The lease was released; its unsold places are free again.</source>
        <translation>Das Kontingent wurde freigegeben; seine unverkauften Plätze sind wieder frei.</translation>
    </message>
</context>
<context>
    <name>parkett::MainWindow</name>
    <message>
        <source>Parkett</source>
        <translation>Parkett</translation>
    </message>
    <message>
        <source>Search by title or date (Ctrl+F); Enter opens the first match</source>
        <translation>Nach Titel oder Datum suchen (Strg+F); Enter öffnet den ersten Treffer</translation>
    </message>
    <message>
        <source>Performances</source>
        <translation>Vorstellungen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Release expired reservations</source>
        <translation>Abgelaufene Reservierungen f&amp;reigeben</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Find performance</source>
        <translation>Vorstellung &amp;suchen</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Neu &amp;laden</translation>
    </message>
    <message>
        <source>&amp;Close tab</source>
        <translation>Tab s&amp;chließen</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <source>Standalone</source>
        <translation>Einzelplatz</translation>
    </message>
    <message>
        <source>Could not read the performances: %1</source>
        <translation>Die Vorstellungen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The performance could not be opened: %1</source>
        <translation>Die Vorstellung konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Release expired reservations</source>
        <translation>Abgelaufene Reservierungen freigeben</translation>
    </message>
    <message>
        <source>The reservations could not be released: %1</source>
        <translation>Die Reservierungen konnten nicht freigegeben werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Released %n expired reservation(s).</source>
        <translation>
            <numerusform>%n abgelaufene Reservierung freigegeben.</numerusform>
            <numerusform>%n abgelaufene Reservierungen freigegeben.</numerusform>
        </translation>
    </message>
    <message>
        <source>V&amp;enue</source>
        <translation>&amp;Spielstätte</translation>
    </message>
    <message>
        <source>Edit &amp;seat plan…</source>
        <translation>&amp;Saalplan bearbeiten…</translation>
    </message>
    <message>
        <source>Ticket &amp;layouts…</source>
        <translation>Ticket&amp;layouts…</translation>
    </message>
    <message>
        <source>Seat plan</source>
        <translation>Saalplan</translation>
    </message>
    <message>
        <source>There is no venue with a seat plan yet.</source>
        <translation>Es gibt noch keine Spielstätte mit Saalplan.</translation>
    </message>
    <message>
        <source>The venues could not be read: %1</source>
        <translation>Die Spielstätten konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 (plan version %2)</source>
        <translation>%1 (Planversion %2)</translation>
    </message>
    <message>
        <source>Edit seat plan</source>
        <translation>Saalplan bearbeiten</translation>
    </message>
    <message>
        <source>Venue:</source>
        <translation>Spielstätte:</translation>
    </message>
    <message numerus="yes">
        <source>Seat plan version %1 saved; %n performance(s) moved onto it</source>
        <translation>
            <numerusform>Saalplan-Version %1 gespeichert; %n Vorstellung wurde darauf umgestellt</numerusform>
            <numerusform>Saalplan-Version %1 gespeichert; %n Vorstellungen wurden darauf umgestellt</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Printing settings…</source>
        <translation>&amp;Druckeinstellungen…</translation>
    </message>
</context>
<context>
    <name>parkett::MiniMap</name>
    <message>
        <source>Click or drag to move the view</source>
        <translation>Klicken oder ziehen, um die Ansicht zu verschieben</translation>
    </message>
</context>
<context>
    <name>parkett::NewCustomerDialog</name>
    <message>
        <source>New customer</source>
        <translation>Neuer Kunde</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Vorname</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Nachname</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-Mail</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Anlegen</translation>
    </message>
    <message>
        <source>A name is needed.</source>
        <translation>Ein Name wird benötigt.</translation>
    </message>
    <message>
        <source>The e-mail address is not valid.</source>
        <translation>Die E-Mail-Adresse ist ungültig.</translation>
    </message>
    <message>
        <source>The phone number is not valid.</source>
        <translation>Die Telefonnummer ist ungültig.</translation>
    </message>
    <message>
        <source>same e-mail</source>
        <translation>gleiche E-Mail</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>gleiche Telefonnummer</translation>
    </message>
    <message>
        <source>similar name</source>
        <translation>ähnlicher Name</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;Possibly already a customer:&lt;/b&gt;&lt;br&gt;%1</source>
        <translation>&lt;b&gt;Möglicherweise bereits Kunde:&lt;/b&gt;&lt;br&gt;%1</translation>
    </message>
</context>
<context>
    <name>parkett::NumberingDialog</name>
    <message>
        <source>Number the rows</source>
        <translation>Reihen nummerieren</translation>
    </message>
    <message>
        <source>Skip I and O</source>
        <translation>I und O überspringen</translation>
    </message>
    <message>
        <source>Number the seats</source>
        <translation>Plätze nummerieren</translation>
    </message>
    <message>
        <source>Number rows and seats</source>
        <translation>Reihen und Plätze nummerieren</translation>
    </message>
    <message>
        <source>Letters (A, B, C …)</source>
        <translation>Buchstaben (A, B, C …)</translation>
    </message>
    <message>
        <source>Numbers (1, 2, 3 …)</source>
        <translation>Zahlen (1, 2, 3 …)</translation>
    </message>
    <message>
        <source>Front to back (nearest the stage first)</source>
        <translation>Von vorn nach hinten (bühnennächste zuerst)</translation>
    </message>
    <message>
        <source>Back to front</source>
        <translation>Von hinten nach vorn</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ohne</translation>
    </message>
    <message>
        <source>Every number</source>
        <translation>Jede Zahl</translation>
    </message>
    <message>
        <source>Odd numbers</source>
        <translation>Ungerade Zahlen</translation>
    </message>
    <message>
        <source>Even numbers</source>
        <translation>Gerade Zahlen</translation>
    </message>
    <message>
        <source>In row order</source>
        <translation>In Reihenfolge</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>Umgekehrt</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Reihen</translation>
    </message>
    <message>
        <source>&amp;Style:</source>
        <translation>&amp;Stil:</translation>
    </message>
    <message>
        <source>S&amp;tart at:</source>
        <translation>Beginnen &amp;bei:</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>&amp;Richtung:</translation>
    </message>
    <message>
        <source>&amp;Prefix:</source>
        <translation>&amp;Präfix:</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Plätze</translation>
    </message>
    <message>
        <source>Start &amp;at:</source>
        <translation>Beginnen b&amp;ei:</translation>
    </message>
    <message>
        <source>&amp;Numbers:</source>
        <translation>&amp;Zahlen:</translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation>Rei&amp;henfolge:</translation>
    </message>
    <message>
        <source>&amp;Number</source>
        <translation>&amp;Nummerieren</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of the selection</source>
        <translation>
            <numerusform>%n Reihe der Auswahl</numerusform>
            <numerusform>%n Reihen der Auswahl</numerusform>
        </translation>
    </message>
    <message>
        <source>The start value does not fit the style.</source>
        <translation>Der Startwert passt nicht zum Stil.</translation>
    </message>
    <message>
        <source>Rows: %1 …   Seats: %2 …</source>
        <translation>Reihen: %1 …   Plätze: %2 …</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a start value for this style.</source>
        <translation>„%1“ ist kein Startwert für diesen Stil.</translation>
    </message>
</context>
<context>
    <name>parkett::OrderConfirmationDialog</name>
    <message>
        <source>Order %1 sold</source>
        <translation>Bestellung %1 verkauft</translation>
    </message>
    <message>
        <source>Order %1 reserved</source>
        <translation>Bestellung %1 reserviert</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Bestellung %1</translation>
    </message>
    <message>
        <source>Sold and paid (%1). The tickets are stored and can be printed.</source>
        <translation>Verkauft und bezahlt (%1). Die Tickets sind gespeichert und können gedruckt werden.</translation>
    </message>
    <message>
        <source>Reserved until %1. Unpaid, the seats are released after that.</source>
        <translation>Reserviert bis %1. Unbezahlt werden die Plätze danach freigegeben.</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Price type</source>
        <translation>Preisart</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Barcode</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Summe: %1</translation>
    </message>
</context>
<context>
    <name>parkett::OrderDetailsDialog</name>
    <message>
        <source>Order %1</source>
        <translation>Bestellung %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · total %3 · paid %4 · created %5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · Summe %3 · bezahlt %4 · angelegt %5</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Gedruckt</translation>
    </message>
    <message>
        <source>&amp;Lines and tickets (%1)</source>
        <translation>&amp;Positionen und Tickets (%1)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Zahlungsart</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>&amp;Payments (%1)</source>
        <translation>&amp;Zahlungen (%1)</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>&amp;History (%1)</source>
        <translation>&amp;Verlauf (%1)</translation>
    </message>
</context>
<context>
    <name>parkett::PaintTool</name>
    <message>
        <source>Paint</source>
        <translation>Malen</translation>
    </message>
    <message>
        <source>Drag over seats to give them the chosen category</source>
        <translation>Über Plätze ziehen, um ihnen die gewählte Preiskategorie zu geben</translation>
    </message>
    <message>
        <source>Drag over seats to take the flag off</source>
        <translation>Über Plätze ziehen, um das Merkmal zu entfernen</translation>
    </message>
    <message>
        <source>Drag over seats to flag them</source>
        <translation>Über Plätze ziehen, um sie mit dem Merkmal zu versehen</translation>
    </message>
    <message>
        <source>Drag over seats to take them out of the area</source>
        <translation>Über Plätze ziehen, um sie aus dem Bereich zu nehmen</translation>
    </message>
    <message>
        <source>Drag over seats to add them to the area</source>
        <translation>Über Plätze ziehen, um sie dem Bereich hinzuzufügen</translation>
    </message>
</context>
<context>
    <name>parkett::PerformanceListModel</name>
    <message>
        <source>Not on sale</source>
        <translation>Nicht im Verkauf</translation>
    </message>
    <message>
        <source>%1 of %2 places free</source>
        <translation>%1 von %2 Plätzen frei</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Spielstätte</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Frei</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Verkauft</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Reserviert</translation>
    </message>
</context>
<context>
    <name>parkett::PrintDesk</name>
    <message>
        <source>Receipt printed on %1.</source>
        <translation>Beleg auf %1 gedruckt.</translation>
    </message>
    <message>
        <source>Receipt not printed</source>
        <translation>Beleg nicht gedruckt</translation>
    </message>
    <message>
        <source>The receipt was not printed on %1.</source>
        <translation>Der Beleg wurde nicht auf %1 gedruckt.</translation>
    </message>
    <message numerus="yes">
        <source>Order %1: %n ticket(s) printed on %2.</source>
        <translation>
            <numerusform>Bestellung %1: %n Ticket auf %2 gedruckt.</numerusform>
            <numerusform>Bestellung %1: %n Tickets auf %2 gedruckt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tickets not printed</source>
        <translation>Tickets nicht gedruckt</translation>
    </message>
    <message>
        <source>Order %1 is saved, but not all of its tickets were printed on %2.</source>
        <translation>Bestellung %1 ist gespeichert, aber nicht alle ihre Tickets wurden auf %2 gedruckt.</translation>
    </message>
    <message>
        <source>Printer: %1.</source>
        <translation>Drucker: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) printed.</source>
        <translation>
            <numerusform>%n Ticket gedruckt.</numerusform>
            <numerusform>%n Tickets gedruckt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) went to the printer without its confirmation: check whether they came out before anything is printed again (a missing ticket is reprinted with a reason, as a duplicate).</source>
        <translation>
            <numerusform>%n Ticket ging ohne Bestätigung an den Drucker: Prüfen Sie, ob es herausgekommen ist, bevor erneut gedruckt wird (ein fehlendes Ticket wird mit Begründung als Duplikat nachgedruckt).</numerusform>
            <numerusform>%n Tickets gingen ohne Bestätigung an den Drucker: Prüfen Sie, ob sie herausgekommen sind, bevor erneut gedruckt wird (ein fehlendes Ticket wird mit Begründung als Duplikat nachgedruckt).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) were not sent and wait in the queue.</source>
        <translation>
            <numerusform>%n Ticket wurde nicht gesendet und wartet in der Warteschlange.</numerusform>
            <numerusform>%n Tickets wurden nicht gesendet und warten in der Warteschlange.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is resent automatically.</source>
        <translation>Es wird nichts automatisch erneut gesendet.</translation>
    </message>
    <message>
        <source>They &amp;came out</source>
        <translation>Sie sind &amp;herausgekommen</translation>
    </message>
    <message>
        <source>Re&amp;print them…</source>
        <translation>&amp;Nachdrucken…</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>Nachdruck</translation>
    </message>
    <message>
        <source>Reason for the reprint (kept in the order&apos;s history):</source>
        <translation>Grund für den Nachdruck (wird im Verlauf der Bestellung festgehalten):</translation>
    </message>
    <message>
        <source>Did not come out of the printer</source>
        <translation>Ist nicht aus dem Drucker gekommen</translation>
    </message>
    <message>
        <source>Print the &amp;rest</source>
        <translation>&amp;Rest drucken</translation>
    </message>
    <message>
        <source>Print &amp;tickets…</source>
        <translation>&amp;Tickets drucken…</translation>
    </message>
    <message>
        <source>Tickets not printed yet go to the chosen printer; a second copy is a reprint with a reason.</source>
        <translation>Noch nicht gedruckte Tickets gehen an den gewählten Drucker; eine zweite Ausfertigung ist ein Nachdruck mit Begründung.</translation>
    </message>
    <message>
        <source>A reservation prints once it is paid.</source>
        <translation>Eine Reservierung wird gedruckt, sobald sie bezahlt ist.</translation>
    </message>
    <message>
        <source>Print r&amp;eceipt</source>
        <translation>B&amp;eleg drucken</translation>
    </message>
</context>
<context>
    <name>parkett::PrintDialog</name>
    <message>
        <source>Print tickets</source>
        <translation>Tickets drucken</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Erneut &amp;prüfen</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Print %n ticket(s)</source>
        <translation>
            <numerusform>%n Ticket &amp;drucken</numerusform>
            <numerusform>%n Tickets &amp;drucken</numerusform>
        </translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Drucker</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>No ticket printer is set up for this terminal.</source>
        <translation>Für dieses Terminal ist kein Ticketdrucker eingerichtet.</translation>
    </message>
    <message>
        <source>The printer does not report its state over this connection. Watch that every ticket comes out.</source>
        <translation>Der Drucker meldet seinen Zustand über diese Verbindung nicht. Achten Sie darauf, dass jedes Ticket herauskommt.</translation>
    </message>
</context>
<context>
    <name>parkett::PrintSettingsDialog</name>
    <message>
        <source>Printing settings</source>
        <translation>Druckeinstellungen</translation>
    </message>
    <message>
        <source>This computer&apos;s name</source>
        <translation>Name dieses Computers</translation>
    </message>
    <message>
        <source>The first ticket printer</source>
        <translation>Der erste Ticketdrucker</translation>
    </message>
    <message>
        <source>The first receipt or page printer</source>
        <translation>Der erste Beleg- oder Seitendrucker</translation>
    </message>
    <message>
        <source>Print a &amp;receipt after each sale</source>
        <translation>Nach jedem Verkauf einen &amp;Beleg drucken</translation>
    </message>
    <message>
        <source>This terminal</source>
        <translation>Dieses Terminal</translation>
    </message>
    <message>
        <source>&amp;Name on receipts</source>
        <translation>&amp;Name auf Belegen</translation>
    </message>
    <message>
        <source>&amp;Tickets print on</source>
        <translation>&amp;Tickets drucken auf</translation>
    </message>
    <message>
        <source>R&amp;eceipts print on</source>
        <translation>B&amp;elege drucken auf</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Drucker</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Own layout</source>
        <translation>Eigenes Layout</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>BOCA (FGL)</source>
        <translation>BOCA (FGL)</translation>
    </message>
    <message>
        <source>Thermal (ESC/POS)</source>
        <translation>Thermodrucker (ESC/POS)</translation>
    </message>
    <message>
        <source>Page (PDF)</source>
        <translation>Seite (PDF)</translation>
    </message>
    <message>
        <source>Printers</source>
        <translation>Drucker</translation>
    </message>
    <message>
        <source>No printer is set up yet: add one with &quot;parkett-cli printers add&quot;.</source>
        <translation>Noch kein Drucker eingerichtet: einen mit „parkett-cli printers add“ hinzufügen.</translation>
    </message>
    <message>
        <source>Printer&apos;s own (%1)</source>
        <translation>Druckereigenes (%1)</translation>
    </message>
    <message>
        <source>Ticket layout per sales channel</source>
        <translation>Ticketlayout je Verkaufskanal</translation>
    </message>
    <message>
        <source>A ticket sold through a channel prints with the layout chosen for it on that printer; &quot;Printer&apos;s own&quot; uses the printer&apos;s layout.</source>
        <translation>Ein über einen Kanal verkauftes Ticket wird mit dem Layout gedruckt, das für ihn auf diesem Drucker gewählt ist; „Druckereigenes“ verwendet das Layout des Druckers.</translation>
    </message>
    <message>
        <source>The settings were not saved: %1</source>
        <translation>Die Einstellungen wurden nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>parkett::PrinterStatusLabel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>parkett::ReserveDialog</name>
    <message>
        <source>Reserve tickets</source>
        <translation>Tickets reservieren</translation>
    </message>
    <message numerus="yes">
        <source>Keep %n ticket(s) for the customer until the time below. Unpaid reservations are released after that.</source>
        <translation>
            <numerusform>%n Ticket bis zum unten angegebenen Zeitpunkt für den Kunden zurücklegen. Unbezahlte Reservierungen werden danach freigegeben.</numerusform>
            <numerusform>%n Tickets bis zum unten angegebenen Zeitpunkt für den Kunden zurücklegen. Unbezahlte Reservierungen werden danach freigegeben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reserved &amp;until:</source>
        <translation>Reserviert &amp;bis:</translation>
    </message>
    <message>
        <source>&amp;Reserve</source>
        <translation>&amp;Reservieren</translation>
    </message>
    <message>
        <source>Name, e-mail, phone or customer number</source>
        <translation>Name, E-Mail, Telefon oder Kundennummer</translation>
    </message>
    <message>
        <source>At the latest %1, when sales for the performance end.</source>
        <translation>Spätestens %1, wenn der Verkauf für die Vorstellung endet.</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>&amp;Kunde:</translation>
    </message>
    <message>
        <source>No customer chosen: the reservation is anonymous.</source>
        <translation>Kein Kunde gewählt: Die Reservierung ist anonym.</translation>
    </message>
    <message>
        <source>Reserving for %1.</source>
        <translation>Reservierung für %1.</translation>
    </message>
    <message>
        <source>The customer search failed: %1</source>
        <translation>Die Kundensuche ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1 (%2) %3</source>
        <translation>%1 (%2) %3</translation>
    </message>
    <message>
        <source>No customer matches &quot;%1&quot;.</source>
        <translation>Kein Kunde passt zu „%1“.</translation>
    </message>
</context>
<context>
    <name>parkett::RowTool</name>
    <message>
        <source>Add row</source>
        <translation>Reihe hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>Drag from the first seat to the last to add a row; click for a row of %n seat(s)</source>
        <translation>
            <numerusform>Vom ersten zum letzten Platz ziehen, um eine Reihe hinzuzufügen; klicken für eine Reihe mit %n Platz</numerusform>
            <numerusform>Vom ersten zum letzten Platz ziehen, um eine Reihe hinzuzufügen; klicken für eine Reihe mit %n Plätzen</numerusform>
        </translation>
    </message>
    <message>
        <source>Add row %1</source>
        <translation>Reihe %1 hinzufügen</translation>
    </message>
</context>
<context>
    <name>parkett::SalesGateway</name>
    <message>
        <source>Standalone</source>
        <translation>Einzelplatz</translation>
    </message>
</context>
<context>
    <name>parkett::SalesScreen</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Seat map</source>
        <translation>Saalplan</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+−)</source>
        <translation>Verkleinern (Strg+−)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Fit the whole plan (Ctrl+0)</source>
        <translation>Den ganzen Plan einpassen (Strg+0)</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>Vergrößern (Strg++)</translation>
    </message>
    <message>
        <source>Best available</source>
        <translation>Bestplatz</translation>
    </message>
    <message>
        <source>&amp;Seats:</source>
        <translation>&amp;Plätze:</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Jede Preiskategorie</translation>
    </message>
    <message>
        <source>&amp;Find seats</source>
        <translation>Plätze &amp;finden</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Stehplätze</translation>
    </message>
    <message>
        <source>Standing places in %1</source>
        <translation>Stehplätze in %1</translation>
    </message>
    <message>
        <source>Basket</source>
        <translation>Warenkorb</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected tickets (Delete)</source>
        <translation>Die ausgewählten Tickets entfernen (Entf)</translation>
    </message>
    <message>
        <source>Reser&amp;ve…</source>
        <translation>Reser&amp;vieren…</translation>
    </message>
    <message>
        <source>&amp;Sell (cash)</source>
        <translation>&amp;Verkaufen (bar)</translation>
    </message>
    <message>
        <source>Take cash payment and sell the basket (Enter)</source>
        <translation>Barzahlung annehmen und den Warenkorb verkaufen (Enter)</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>%1 free</source>
        <translation>%1 frei</translation>
    </message>
    <message>
        <source>Free: %1 seats</source>
        <translation>Frei: %1 Plätze</translation>
    </message>
    <message>
        <source>, %1 standing</source>
        <translation>, %1 Stehplätze</translation>
    </message>
    <message>
        <source> · Sold: %1 · Reserved: %2</source>
        <translation> · Verkauft: %1 · Reserviert: %2</translation>
    </message>
    <message>
        <source>This performance is not on sale any more.</source>
        <translation>Diese Vorstellung ist nicht mehr im Verkauf.</translation>
    </message>
    <message>
        <source>Basket empty</source>
        <translation>Warenkorb leer</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Summe %1</translation>
    </message>
    <message>
        <source>Tickets: %1</source>
        <translation>Tickets: %1</translation>
    </message>
    <message numerus="yes">
        <source>There are not %n free seat(s) left in %1.</source>
        <translation>
            <numerusform>Es ist nicht mehr %n freier Platz in %1 übrig.</numerusform>
            <numerusform>Es sind nicht mehr %n freie Plätze in %1 übrig.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>There are not %n free seat(s) left.</source>
        <translation>
            <numerusform>Es ist nicht mehr %n freier Platz übrig.</numerusform>
            <numerusform>Es sind nicht mehr %n freie Plätze übrig.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sale was refused</source>
        <translation>Der Verkauf wurde abgelehnt</translation>
    </message>
    <message>
        <source>The reservation was refused</source>
        <translation>Die Reservierung wurde abgelehnt</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>There are not enough standing places left.

%1</source>
        <translation>Es sind nicht mehr genug Stehplätze übrig.

%1</translation>
    </message>
    <message>
        <source>A ticket has no price for its price type at this performance.</source>
        <translation>Ein Ticket hat für seine Preisart in dieser Vorstellung keinen Preis.</translation>
    </message>
    <message>
        <source>Something in the basket no longer exists: %1</source>
        <translation>Etwas im Warenkorb existiert nicht mehr: %1</translation>
    </message>
    <message>
        <source>The database could not be written. Nothing was saved.

%1</source>
        <translation>Die Datenbank konnte nicht geschrieben werden. Es wurde nichts gespeichert.

%1</translation>
    </message>
    <message>
        <source>The request was refused: %1</source>
        <translation>Die Anfrage wurde abgelehnt: %1</translation>
    </message>
    <message numerus="yes">
        <source>Only %n standing place(s) left in %1; the basket was reduced.</source>
        <translation>
            <numerusform>Nur noch %n Stehplatz in %1; der Warenkorb wurde verringert.</numerusform>
            <numerusform>Nur noch %n Stehplätze in %1; der Warenkorb wurde verringert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Taken meanwhile and removed from the basket: %1</source>
        <translation>Inzwischen vergeben und aus dem Warenkorb entfernt: %1</translation>
    </message>
    <message>
        <source>Some seats in the basket were taken meanwhile. They were removed from the basket; check the rest and sell again.

%1</source>
        <translation>Einige Plätze im Warenkorb wurden inzwischen vergeben. Sie wurden aus dem Warenkorb entfernt; bitte den Rest prüfen und erneut verkaufen.

%1</translation>
    </message>
    <message>
        <source>Seating rules</source>
        <translation>Platzregeln</translation>
    </message>
    <message>
        <source>These seats break the seating rules:

%1</source>
        <translation>Diese Plätze verstoßen gegen die Platzregeln:

%1</translation>
    </message>
    <message>
        <source>&amp;Override as supervisor…</source>
        <translation>Als Kassenleitung &amp;übergehen…</translation>
    </message>
    <message>
        <source>Override the seating rules</source>
        <translation>Platzregeln übergehen</translation>
    </message>
    <message>
        <source>Reason (kept in the order&apos;s history):</source>
        <translation>Grund (wird im Verlauf der Bestellung festgehalten):</translation>
    </message>
    <message>
        <source>&lt;b&gt;Customer:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Kunde:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Take the hold off this seat so it can be sold to everybody</source>
        <translation>Die Blockung dieses Platzes aufheben, damit er an alle verkauft werden kann</translation>
    </message>
    <message>
        <source>%1 on hold %2</source>
        <translation>%1 geblockt %2</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source> + %1</source>
        <translation> + %1</translation>
    </message>
    <message>
        <source> · basket takes %1</source>
        <translation> · Warenkorb belegt %1</translation>
    </message>
    <message>
        <source>Release hold %1</source>
        <translation>Blockung %1 aufheben</translation>
    </message>
    <message>
        <source>The hold was not released: %1</source>
        <translation>Die Blockung wurde nicht aufgehoben: %1</translation>
    </message>
    <message numerus="yes">
        <source>Hold released on %n seat(s).</source>
        <translation>
            <numerusform>Blockung von %n Platz aufgehoben.</numerusform>
            <numerusform>Blockung von %n Plätzen aufgehoben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reserve the basket for a customer, unpaid, until a time</source>
        <translation>Den Warenkorb unbezahlt bis zu einem Zeitpunkt für einen Kunden reservieren</translation>
    </message>
</context>
<context>
    <name>parkett::SeatMapDocument</name>
    <message numerus="yes">
        <source>Rotate %n seat(s)</source>
        <translation>
            <numerusform>%n Platz drehen</numerusform>
            <numerusform>%n Plätze drehen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Align %n seat(s)</source>
        <translation>
            <numerusform>%n Platz ausrichten</numerusform>
            <numerusform>%n Plätze ausrichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Angle %n seat(s)</source>
        <translation>
            <numerusform>%n Platz schräg stellen</numerusform>
            <numerusform>%n Plätze schräg stellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Number %n seat(s)</source>
        <translation>
            <numerusform>%n Platz nummerieren</numerusform>
            <numerusform>%n Plätze nummerieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Add section %1</source>
        <translation>Block %1 hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>Add table %1 with %n chair(s)</source>
        <translation>
            <numerusform>Tisch %1 mit %n Stuhl hinzufügen</numerusform>
            <numerusform>Tisch %1 mit %n Stühlen hinzufügen</numerusform>
        </translation>
    </message>
    <message>
        <source>Add standing zone %1</source>
        <translation>Stehplatzbereich %1 hinzufügen</translation>
    </message>
    <message>
        <source>Add a label</source>
        <translation>Eine Beschriftung hinzufügen</translation>
    </message>
    <message>
        <source>Add a shape</source>
        <translation>Eine Form hinzufügen</translation>
    </message>
    <message>
        <source>Add area %1</source>
        <translation>Bereich %1 hinzufügen</translation>
    </message>
    <message>
        <source>Set the focal point</source>
        <translation>Den Bezugspunkt festlegen</translation>
    </message>
    <message numerus="yes">
        <source>Add %n seat(s) to %1</source>
        <translation>
            <numerusform>%n Platz zu %1 hinzufügen</numerusform>
            <numerusform>%n Plätze zu %1 hinzufügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Take %n seat(s) out of %1</source>
        <translation>
            <numerusform>%n Platz aus %1 nehmen</numerusform>
            <numerusform>%n Plätze aus %1 nehmen</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete section %1</source>
        <translation>Block %1 löschen</translation>
    </message>
    <message>
        <source>Delete table %1</source>
        <translation>Tisch %1 löschen</translation>
    </message>
    <message>
        <source>Delete standing zone %1</source>
        <translation>Stehplatzbereich %1 löschen</translation>
    </message>
    <message>
        <source>Delete a shape</source>
        <translation>Eine Form löschen</translation>
    </message>
    <message>
        <source>Delete area %1</source>
        <translation>Bereich %1 löschen</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n seat(s)</source>
        <translation>
            <numerusform>%n Platz einfügen</numerusform>
            <numerusform>%n Plätze einfügen</numerusform>
        </translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>Drehen</translation>
    </message>
</context>
<context>
    <name>parkett::SeatMapEditor</name>
    <message>
        <source>Untitled plan</source>
        <translation>Unbenannter Plan</translation>
    </message>
    <message>
        <source>%1 (version %2)%3 — Seat map editor</source>
        <translation>%1 (Version %2)%3 — Saalplan-Editor</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Werkzeuge</translation>
    </message>
    <message>
        <source>Tool options</source>
        <translation>Werkzeugoptionen</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Preiskategorie:</translation>
    </message>
    <message>
        <source>Seats per row:</source>
        <translation>Plätze pro Reihe:</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>Reihen:</translation>
    </message>
    <message>
        <source>Row spacing:</source>
        <translation>Reihenabstand:</translation>
    </message>
    <message>
        <source>Angle (°):</source>
        <translation>Winkel (°):</translation>
    </message>
    <message>
        <source>Seat spacing:</source>
        <translation>Platzabstand:</translation>
    </message>
    <message>
        <source>Curve by:</source>
        <translation>Krümmung über:</translation>
    </message>
    <message>
        <source>sagitta</source>
        <translation>Pfeilhöhe</translation>
    </message>
    <message>
        <source>radius</source>
        <translation>Radius</translation>
    </message>
    <message>
        <source>Chairs:</source>
        <translation>Stühle:</translation>
    </message>
    <message>
        <source>Shape:</source>
        <translation>Form:</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Rund</translation>
    </message>
    <message>
        <source>Rectangular</source>
        <translation>Rechteckig</translation>
    </message>
    <message>
        <source>Booking:</source>
        <translation>Buchung:</translation>
    </message>
    <message>
        <source>By seat</source>
        <translation>Pro Platz</translation>
    </message>
    <message>
        <source>Whole table</source>
        <translation>Ganzer Tisch</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Party min:</source>
        <translation>Gruppe min.:</translation>
    </message>
    <message>
        <source>max:</source>
        <translation>max.:</translation>
    </message>
    <message>
        <source>Standing zone</source>
        <translation>Stehplatzbereich</translation>
    </message>
    <message>
        <source>Capacity:</source>
        <translation>Kapazität:</translation>
    </message>
    <message>
        <source>Outline:</source>
        <translation>Umriss:</translation>
    </message>
    <message>
        <source>Rectangle</source>
        <translation>Rechteck</translation>
    </message>
    <message>
        <source>Polygon</source>
        <translation>Polygon</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Draw:</source>
        <translation>Zeichnen:</translation>
    </message>
    <message>
        <source>Ellipse</source>
        <translation>Ellipse</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Text:</translation>
    </message>
    <message>
        <source>Stage, Bar, Exit …</source>
        <translation>Bühne, Bar, Ausgang …</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>Farbe:</translation>
    </message>
    <message>
        <source>Paint:</source>
        <translation>Malen:</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Preiskategorie</translation>
    </message>
    <message>
        <source>Seat flag</source>
        <translation>Platzmerkmal</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Wheelchair place</source>
        <translation>Rollstuhlplatz</translation>
    </message>
    <message>
        <source>Companion seat</source>
        <translation>Begleitplatz</translation>
    </message>
    <message>
        <source>Restricted view</source>
        <translation>Eingeschränkte Sicht</translation>
    </message>
    <message>
        <source>Aisle seat</source>
        <translation>Gangplatz</translation>
    </message>
    <message>
        <source>(add an area in the Areas panel first)</source>
        <translation>(zuerst im Bereichsfenster einen Bereich hinzufügen)</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Radieren</translation>
    </message>
    <message>
        <source>Snap to grid</source>
        <translation>Am Raster ausrichten</translation>
    </message>
    <message>
        <source>Grid:</source>
        <translation>Raster:</translation>
    </message>
    <message>
        <source>Snap to rows</source>
        <translation>An Reihen ausrichten</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <source>&amp;Save as new version</source>
        <translation>Als neue Version &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>E&amp;infügen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
    <message>
        <source>&amp;Number rows and seats…</source>
        <translation>Reihen und Plätze &amp;nummerieren…</translation>
    </message>
    <message>
        <source>&amp;Align</source>
        <translation>A&amp;usrichten</translation>
    </message>
    <message>
        <source>Left edges</source>
        <translation>Linke Kanten</translation>
    </message>
    <message>
        <source>Horizontal centres</source>
        <translation>Horizontale Mitten</translation>
    </message>
    <message>
        <source>Right edges</source>
        <translation>Rechte Kanten</translation>
    </message>
    <message>
        <source>Top edges</source>
        <translation>Obere Kanten</translation>
    </message>
    <message>
        <source>Vertical centres</source>
        <translation>Vertikale Mitten</translation>
    </message>
    <message>
        <source>Bottom edges</source>
        <translation>Untere Kanten</translation>
    </message>
    <message>
        <source>Distribute horizontally</source>
        <translation>Horizontal verteilen</translation>
    </message>
    <message>
        <source>Distribute vertically</source>
        <translation>Vertikal verteilen</translation>
    </message>
    <message>
        <source>Rotate 15° &amp;left</source>
        <translation>15° nach &amp;links drehen</translation>
    </message>
    <message>
        <source>Rotate 15° &amp;right</source>
        <translation>15° nach &amp;rechts drehen</translation>
    </message>
    <message>
        <source>An&amp;gle the block…</source>
        <translation>Reihenblock &amp;schräg stellen…</translation>
    </message>
    <message>
        <source>Angle the block</source>
        <translation>Reihenblock schräg stellen</translation>
    </message>
    <message>
        <source>Shift each row sideways by (degrees):</source>
        <translation>Jede Reihe seitlich verschieben um (Grad):</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Vergrößern</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>Zoom to &amp;fit</source>
        <translation>&amp;Einpassen</translation>
    </message>
    <message>
        <source>Zoom to &amp;selection</source>
        <translation>Auf &amp;Auswahl zoomen</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>&amp;Add area</source>
        <translation>Bereich &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Area %1</source>
        <translation>Bereich %1</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;geöffnet&gt;</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>No problems found</source>
        <translation>Keine Probleme gefunden</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n seat(s))</source>
        <translation>
            <numerusform>%1 (%n Platz)</numerusform>
            <numerusform>%1 (%n Plätze)</numerusform>
        </translation>
    </message>
    <message>
        <source> · distancing</source>
        <translation> · Abstandsregeln</translation>
    </message>
    <message numerus="yes">
        <source>Select seats or an object to see and change their properties.

%n seat(s) in the plan.</source>
        <translation>
            <numerusform>Plätze oder ein Objekt auswählen, um ihre Eigenschaften zu sehen und zu ändern.

%n Platz im Plan.</numerusform>
            <numerusform>Plätze oder ein Objekt auswählen, um ihre Eigenschaften zu sehen und zu ändern.

%n Plätze im Plan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n seat(s) selected&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n Platz ausgewählt&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n Plätze ausgewählt&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Beschriftung:</translation>
    </message>
    <message>
        <source>Technical id:</source>
        <translation>Technische ID:</translation>
    </message>
    <message>
        <source>Imported id:</source>
        <translation>Importierte ID:</translation>
    </message>
    <message>
        <source>Where:</source>
        <translation>Lage:</translation>
    </message>
    <message>
        <source>%1, row %2</source>
        <translation>%1, Reihe %2</translation>
    </message>
    <message>
        <source>&amp;Row:</source>
        <translation>&amp;Reihe:</translation>
    </message>
    <message>
        <source>(several)</source>
        <translation>(mehrere)</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Preiskategorie:</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>%1 ändern</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Section&lt;/b&gt; · %n row(s)</source>
        <translation>
            <numerusform>&lt;b&gt;Block&lt;/b&gt; · %n Reihe</numerusform>
            <numerusform>&lt;b&gt;Block&lt;/b&gt; · %n Reihen</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Table&lt;/b&gt; · %n chair(s)</source>
        <translation>
            <numerusform>&lt;b&gt;Tisch&lt;/b&gt; · %n Stuhl</numerusform>
            <numerusform>&lt;b&gt;Tisch&lt;/b&gt; · %n Stühle</numerusform>
        </translation>
    </message>
    <message>
        <source>Party of min–max persons</source>
        <translation>Gruppe von min.–max. Personen</translation>
    </message>
    <message>
        <source>Change table booking</source>
        <translation>Tischbuchung ändern</translation>
    </message>
    <message>
        <source>&amp;Booking:</source>
        <translation>&amp;Buchung:</translation>
    </message>
    <message>
        <source>M&amp;in persons:</source>
        <translation>M&amp;in. Personen:</translation>
    </message>
    <message>
        <source>M&amp;ax persons:</source>
        <translation>M&amp;ax. Personen:</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>&lt;b&gt;Standing zone&lt;/b&gt;</source>
        <translation>&lt;b&gt;Stehplatzbereich&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation>&amp;Kapazität:</translation>
    </message>
    <message>
        <source>Change category</source>
        <translation>Preiskategorie ändern</translation>
    </message>
    <message>
        <source>C&amp;ategory:</source>
        <translation>Preis&amp;kategorie:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Shape&lt;/b&gt;</source>
        <translation>&lt;b&gt;Form&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>&amp;Farbe:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Focal point&lt;/b&gt;</source>
        <translation>&lt;b&gt;Bezugspunkt&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Position:</source>
        <translation>Position:</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Area&lt;/b&gt; · %n seat(s)</source>
        <translation>
            <numerusform>&lt;b&gt;Bereich&lt;/b&gt; · %n Platz</numerusform>
            <numerusform>&lt;b&gt;Bereich&lt;/b&gt; · %n Plätze</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename area</source>
        <translation>Bereich umbenennen</translation>
    </message>
    <message>
        <source>Change area colour</source>
        <translation>Bereichsfarbe ändern</translation>
    </message>
    <message>
        <source>Co&amp;lour:</source>
        <translation>Fa&amp;rbe:</translation>
    </message>
    <message>
        <source>&amp;Distancing seating</source>
        <translation>&amp;Abstandsregeln</translation>
    </message>
    <message>
        <source>Turn distancing on</source>
        <translation>Abstandsregeln einschalten</translation>
    </message>
    <message>
        <source>Turn distancing off</source>
        <translation>Abstandsregeln ausschalten</translation>
    </message>
    <message>
        <source>Change area rules</source>
        <translation>Bereichsregeln ändern</translation>
    </message>
    <message>
        <source>Seats blocked each side:</source>
        <translation>Gesperrte Plätze je Seite:</translation>
    </message>
    <message>
        <source>Also in front and behind</source>
        <translation>Auch davor und dahinter</translation>
    </message>
    <message>
        <source>Also diagonally</source>
        <translation>Auch diagonal</translation>
    </message>
    <message>
        <source>Free seats at row ends:</source>
        <translation>Freie Plätze an Reihenenden:</translation>
    </message>
    <message>
        <source>Largest group:</source>
        <translation>Größte Gruppe:</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>keine Begrenzung</translation>
    </message>
    <message>
        <source>Most seats taken:</source>
        <translation>Höchstens belegte Plätze:</translation>
    </message>
    <message>
        <source>Most seats taken is a percentage</source>
        <translation>„Höchstens belegte Plätze“ ist ein Prozentwert</translation>
    </message>
    <message>
        <source>One party per table</source>
        <translation>Eine Gruppe pro Tisch</translation>
    </message>
    <message>
        <source>Radius instead of neighbours:</source>
        <translation>Radius statt Nachbarn:</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>Order limits</source>
        <translation>Bestellgrenzen</translation>
    </message>
    <message>
        <source>Change order limits</source>
        <translation>Bestellgrenzen ändern</translation>
    </message>
    <message>
        <source>Most orders:</source>
        <translation>Höchstens Bestellungen:</translation>
    </message>
    <message>
        <source>Fewest persons per order:</source>
        <translation>Mindestens Personen je Bestellung:</translation>
    </message>
    <message>
        <source>Most persons per order:</source>
        <translation>Höchstens Personen je Bestellung:</translation>
    </message>
    <message>
        <source>every price type</source>
        <translation>jede Preisart</translation>
    </message>
    <message>
        <source>Price types (codes):</source>
        <translation>Preisarten (Kürzel):</translation>
    </message>
    <message>
        <source>&amp;Paint seats into this area</source>
        <translation>Plätze in diesen Bereich &amp;malen</translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s)</source>
        <translation>
            <numerusform>%n Platz</numerusform>
            <numerusform>%n Plätze</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan not saved</source>
        <translation>Plan nicht gespeichert</translation>
    </message>
    <message>
        <source>Saved as version %1</source>
        <translation>Als Version %1 gespeichert</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>The plan has changes that are not saved. Close anyway and lose them?</source>
        <translation>Der Plan enthält ungespeicherte Änderungen. Trotzdem schließen und sie verwerfen?</translation>
    </message>
</context>
<context>
    <name>parkett::SeatMapLegend</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>In basket</source>
        <translation>Im Warenkorb</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Reserviert</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Verkauft</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Wheelchair place</source>
        <translation>Rollstuhlplatz</translation>
    </message>
</context>
<context>
    <name>parkett::SeatMapView</name>
    <message>
        <source>Free</source>
        <translation>Frei</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Geblockt</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Reserviert</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Verkauft</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>%1, table %2, seat %3</source>
        <translation>%1, Tisch %2, Platz %3</translation>
    </message>
    <message>
        <source>%1, row %2, seat %3</source>
        <translation>%1, Reihe %2, Platz %3</translation>
    </message>
    <message>
        <source>%1, seat %2</source>
        <translation>%1, Platz %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Wheelchair place</source>
        <translation>Rollstuhlplatz</translation>
    </message>
    <message>
        <source>Companion seat</source>
        <translation>Begleitplatz</translation>
    </message>
    <message>
        <source>Restricted view</source>
        <translation>Eingeschränkte Sicht</translation>
    </message>
    <message>
        <source>In the basket</source>
        <translation>Im Warenkorb</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n place(s) free
Click to choose how many</source>
        <translation>
            <numerusform>%1: %n Platz frei
Klicken, um die Anzahl zu wählen</numerusform>
            <numerusform>%1: %n Plätze frei
Klicken, um die Anzahl zu wählen</numerusform>
        </translation>
    </message>
    <message>
        <source>Not for sale: %1</source>
        <translation>Nicht im Verkauf: %1</translation>
    </message>
    <message>
        <source>%1 (hold %2)</source>
        <translation>%1 (Blockung %2)</translation>
    </message>
</context>
<context>
    <name>parkett::SelectTool</name>
    <message>
        <source>Select</source>
        <translation>Auswählen</translation>
    </message>
    <message>
        <source>Click or drag to select (Shift adds, Ctrl toggles); drag the selection to move it, Alt+drag to rotate; arrow keys nudge</source>
        <translation>Klicken oder ziehen zum Auswählen (Umschalt fügt hinzu, Strg schaltet um); Auswahl ziehen zum Verschieben, Alt+Ziehen zum Drehen; Pfeiltasten verschieben fein</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Verschieben</translation>
    </message>
</context>
<context>
    <name>parkett::ServerSettingsDialog</name>
    <message>
        <source>Work &amp;offline (sell from this terminal&apos;s lease)</source>
        <translation>&amp;Offline arbeiten (aus dem Kontingent dieses Terminals verkaufen)</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>https://boxoffice.example:8443</source>
        <translation>https://boxoffice.example:8443</translation>
    </message>
    <message>
        <source>The number this computer was enrolled under on the server</source>
        <translation>Die Nummer, unter der dieser Computer auf dem Server registriert wurde</translation>
    </message>
    <message>
        <source>Server &amp;URL:</source>
        <translation>Server-&amp;URL:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Anmeldename:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Terminal:</source>
        <translation>&amp;Terminal:</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>A&amp;nmelden</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Ab&amp;melden</translation>
    </message>
    <message>
        <source>Use the s&amp;tandalone box office</source>
        <translation>&amp;Einzelplatz-Kasse verwenden</translation>
    </message>
    <message>
        <source>This file holds a standalone box office. Signing in keeps the server&apos;s data in a file of its own beside it, one per server; this box office stays as it is, and Parkett switches to the server&apos;s file.</source>
        <translation>Diese Datei enthält eine Einzelplatz-Kasse. Beim Anmelden werden die Daten des Servers in einer eigenen Datei daneben gehalten, eine pro Server; diese Kasse bleibt, wie sie ist, und Parkett wechselt zur Datei des Servers.</translation>
    </message>
    <message>
        <source>Connected mode works on the server&apos;s own file; the standalone box office in %1 is kept as it was.</source>
        <translation>Der verbundene Modus arbeitet mit der eigenen Datei des Servers; die Einzelplatz-Kasse in %1 bleibt, wie sie war.</translation>
    </message>
    <message>
        <source>Signed in as %1 at %2.</source>
        <translation>Als %1 bei %2 angemeldet.</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>Nicht angemeldet.</translation>
    </message>
    <message>
        <source>The server URL is not valid.</source>
        <translation>Die Server-URL ist ungültig.</translation>
    </message>
    <message>
        <source>Enter your login.</source>
        <translation>Geben Sie Ihren Anmeldenamen ein.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
    <message>
        <source>Signed in, but the keychain refused the token (%1): you will have to sign in again after a restart.</source>
        <translation>Angemeldet, aber der Schlüsselbund hat das Token abgelehnt (%1): Nach einem Neustart müssen Sie sich erneut anmelden.</translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>Anmeldung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The server&apos;s file could not be opened: %1</source>
        <translation>Die Datei des Servers konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Signed in. Parkett now works on the server&apos;s file %1.</source>
        <translation>Angemeldet. Parkett arbeitet jetzt mit der Datei %1 des Servers.</translation>
    </message>
    <message>
        <source>Parkett goes back to the standalone box office in %1.</source>
        <translation>Parkett kehrt zur Einzelplatz-Kasse in %1 zurück.</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message numerus="yes">
        <source>%n operation(s) in the outbox have not reached the server yet. They stay on this computer and are sent after the next sign-in. Sign out anyway?</source>
        <translation>
            <numerusform>%n Vorgang im Postausgang hat den Server noch nicht erreicht. Er bleibt auf diesem Computer und wird nach der nächsten Anmeldung gesendet. Trotzdem abmelden?</numerusform>
            <numerusform>%n Vorgänge im Postausgang haben den Server noch nicht erreicht. Sie bleiben auf diesem Computer und werden nach der nächsten Anmeldung gesendet. Trotzdem abmelden?</numerusform>
        </translation>
    </message>
    <message>
        <source>Signing out…</source>
        <translation>Abmeldung läuft…</translation>
    </message>
    <message>
        <source>Signed out; the keychain said: %1</source>
        <translation>Abgemeldet; der Schlüsselbund meldete: %1</translation>
    </message>
</context>
<context>
    <name>parkett::ShapeTool</name>
    <message>
        <source>Standing zone</source>
        <translation>Stehplatzbereich</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Block</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Click the corners; double click or Enter closes the outline, Escape drops it</source>
        <translation>Ecken anklicken; Doppelklick oder Enter schließt den Umriss, Escape verwirft ihn</translation>
    </message>
    <message>
        <source>Click where the label goes</source>
        <translation>Dort klicken, wo die Beschriftung stehen soll</translation>
    </message>
    <message>
        <source>Drag a rectangle</source>
        <translation>Ein Rechteck aufziehen</translation>
    </message>
    <message>
        <source>Section %1</source>
        <translation>Block %1</translation>
    </message>
    <message>
        <source>Standing %1</source>
        <translation>Stehplätze %1</translation>
    </message>
</context>
<context>
    <name>parkett::SupervisorQueueDialog</name>
    <message>
        <source>Seats no longer leased to this terminal</source>
        <translation>Plätze nicht mehr diesem Terminal zugeteilt</translation>
    </message>
    <message>
        <source>Seats taken by another sale</source>
        <translation>Plätze durch einen anderen Verkauf vergeben</translation>
    </message>
    <message>
        <source>Seating rules refuse it</source>
        <translation>Von den Platzregeln abgelehnt</translation>
    </message>
    <message>
        <source>Receipt already on the server</source>
        <translation>Beleg bereits auf dem Server</translation>
    </message>
    <message>
        <source>Not possible in the order&apos;s state</source>
        <translation>Im Zustand der Bestellung nicht möglich</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <source>Moved to other seats</source>
        <translation>Auf andere Plätze umgebucht</translation>
    </message>
    <message>
        <source>Sent again</source>
        <translation>Erneut gesendet</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Akzeptiert</translation>
    </message>
    <message>
        <source>Show &amp;resolved</source>
        <translation>&amp;Erledigte anzeigen</translation>
    </message>
    <message>
        <source>Supervisor queue</source>
        <translation>Warteschlange der Kassenleitung</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Server&apos;s message</source>
        <translation>Meldung des Servers</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Plätze</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Re&amp;fund</source>
        <translation>&amp;Rückerstattung</translation>
    </message>
    <message>
        <source>Cancel the sale here; the guest gets the money back</source>
        <translation>Den Verkauf hier stornieren; der Gast bekommt das Geld zurück</translation>
    </message>
    <message>
        <source>&amp;Moved…</source>
        <translation>&amp;Umgebucht…</translation>
    </message>
    <message>
        <source>The guest got other seats through a new sale; cancel this one</source>
        <translation>Der Gast hat über einen neuen Verkauf andere Plätze bekommen; diesen hier stornieren</translation>
    </message>
    <message>
        <source>Send &amp;again</source>
        <translation>Erneut &amp;senden</translation>
    </message>
    <message>
        <source>Send the sale again, after its seats were leased to this terminal again</source>
        <translation>Den Verkauf erneut senden, nachdem seine Plätze diesem Terminal wieder zugeteilt wurden</translation>
    </message>
    <message>
        <source>&amp;Accept…</source>
        <translation>&amp;Akzeptieren…</translation>
    </message>
    <message>
        <source>Leave the sale as it is, with a note</source>
        <translation>Den Verkauf mit einer Notiz so belassen, wie er ist</translation>
    </message>
    <message>
        <source>Note for the record:</source>
        <translation>Notiz für die Akte:</translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation>Nicht erledigt: %1</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Rückerstattung</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Akzeptieren</translation>
    </message>
    <message>
        <source>Customer blocked from sale, no supervisor approved</source>
        <translation>Kunde für den Verkauf gesperrt, keine Freigabe der Kassenleitung</translation>
    </message>
    <message>
        <source>Appro&amp;ve and send again…</source>
        <translation>Frei&amp;geben und erneut senden…</translation>
    </message>
    <message>
        <source>A supervisor allows the sale to the blocked customer; the server checks the supervisor&apos;s password, then the sale goes again</source>
        <translation>Die Kassenleitung erlaubt den Verkauf an die gesperrte Person; der Server prüft ihr Passwort, dann wird der Verkauf erneut gesendet</translation>
    </message>
    <message>
        <source>Supervisor approval</source>
        <translation>Freigabe durch die Kassenleitung</translation>
    </message>
    <message>
        <source>Login of the supervisor allowing this sale:</source>
        <translation>Anmeldename der Kassenleitung, die diesen Verkauf freigibt:</translation>
    </message>
    <message>
        <source>Password of %1 (checked by the server):</source>
        <translation>Passwort von %1 (prüft der Server):</translation>
    </message>
    <message>
        <source>Checking the supervisor with the server…</source>
        <translation>Der Server prüft die Kassenleitung…</translation>
    </message>
</context>
<context>
    <name>parkett::SyncDesk</name>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Server</translation>
    </message>
    <message>
        <source>Server &amp;settings…</source>
        <translation>Server&amp;einstellungen…</translation>
    </message>
    <message>
        <source>Supervisor &amp;queue…</source>
        <translation>&amp;Warteschlange der Kassenleitung…</translation>
    </message>
    <message>
        <source>Terminal &amp;leases…</source>
        <translation>Terminal-&amp;Kontingente…</translation>
    </message>
    <message>
        <source>Work &amp;offline</source>
        <translation>&amp;Offline arbeiten</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>&amp;Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message numerus="yes">
        <source>%n operation(s) in the outbox have not reached the server yet. They stay on this computer and are sent when Parkett runs again with the server in reach. Quit anyway?</source>
        <translation>
            <numerusform>%n Vorgang im Postausgang hat den Server noch nicht erreicht. Er bleibt auf diesem Computer und wird gesendet, wenn Parkett wieder mit erreichbarem Server läuft. Trotzdem beenden?</numerusform>
            <numerusform>%n Vorgänge im Postausgang haben den Server noch nicht erreicht. Sie bleiben auf diesem Computer und werden gesendet, wenn Parkett wieder mit erreichbarem Server läuft. Trotzdem beenden?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parkett::SyncStatusWidget</name>
    <message>
        <source>Operations the server refused; a supervisor decides what happens</source>
        <translation>Vom Server abgelehnte Vorgänge; die Kassenleitung entscheidet, was geschieht</translation>
    </message>
    <message>
        <source>Syncing %v/%m</source>
        <translation>Synchronisiere %v/%m</translation>
    </message>
    <message>
        <source>Offline (by choice)</source>
        <translation>Offline (gewollt)</translation>
    </message>
    <message>
        <source>Selling from this terminal&apos;s lease; sales wait in the outbox</source>
        <translation>Verkauf aus dem Kontingent dieses Terminals; Verkäufe warten im Postausgang</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>No server: sales are kept on this computer</source>
        <translation>Kein Server: Verkäufe bleiben auf diesem Computer</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Verbunden mit %1</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>The server cannot be reached; selling from this terminal&apos;s lease, sales wait in the outbox</source>
        <translation>Der Server ist nicht erreichbar; Verkauf aus dem Kontingent dieses Terminals, Verkäufe warten im Postausgang</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Nie synchronisiert</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Synchronisiert %1</translation>
    </message>
    <message numerus="yes">
        <source>Outbox: %n</source>
        <translation>
            <numerusform>Postausgang: %n</numerusform>
            <numerusform>Postausgang: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Outbox: ?</source>
        <translation>Postausgang: ?</translation>
    </message>
    <message>
        <source>Operations made here that the server has not received yet</source>
        <translation>Hier ausgeführte Vorgänge, die der Server noch nicht erhalten hat</translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n abgelehnt</numerusform>
            <numerusform>%n abgelehnt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parkett::TableTool</name>
    <message>
        <source>Add table</source>
        <translation>Tisch hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>Click to place a %1 table with %n chair(s)</source>
        <translation>
            <numerusform>Klicken, um einen %1 Tisch mit %n Stuhl zu platzieren</numerusform>
            <numerusform>Klicken, um einen %1 Tisch mit %n Stühlen zu platzieren</numerusform>
        </translation>
    </message>
    <message>
        <source>round</source>
        <translation>runden</translation>
    </message>
    <message>
        <source>rectangular</source>
        <translation>rechteckigen</translation>
    </message>
</context>
<context>
    <name>parkett::TicketLayoutEditor</name>
    <message>
        <source>Text &quot;%1&quot;</source>
        <translation>Text „%1“</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>Rahmen</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linie</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Code 128: %1</source>
        <translation>Code 128: %1</translation>
    </message>
    <message>
        <source>QR code: %1</source>
        <translation>QR-Code: %1</translation>
    </message>
    <message>
        <source>Field: %1</source>
        <translation>Feld: %1</translation>
    </message>
    <message>
        <source>Ticket layouts</source>
        <translation>Ticketlayouts</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern…</translation>
    </message>
    <message>
        <source>As the printer prints it (FGL)</source>
        <translation>So, wie der Drucker es druckt (FGL)</translation>
    </message>
    <message>
        <source>+ Field</source>
        <translation>+ Feld</translation>
    </message>
    <message>
        <source>+ Text</source>
        <translation>+ Text</translation>
    </message>
    <message>
        <source>+ Box</source>
        <translation>+ Rahmen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>Mitte</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <source>Shows</source>
        <translation>Zeigt</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>X (dots)</source>
        <translation>X (Punkte)</translation>
    </message>
    <message>
        <source>Y (dots)</source>
        <translation>Y (Punkte)</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Breite</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Höhe</translation>
    </message>
    <message>
        <source>Font size (dots)</source>
        <translation>Schriftgröße (Punkte)</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Fett</translation>
    </message>
    <message>
        <source>Alignment</source>
        <translation>Ausrichtung</translation>
    </message>
    <message>
        <source>Rotation</source>
        <translation>Drehung</translation>
    </message>
    <message>
        <source>Module / line (dots)</source>
        <translation>Modul / Linie (Punkte)</translation>
    </message>
    <message>
        <source>Open ticket layout</source>
        <translation>Ticketlayout öffnen</translation>
    </message>
    <message>
        <source>Ticket layouts (*.json)</source>
        <translation>Ticketlayouts (*.json)</translation>
    </message>
    <message>
        <source>Save ticket layout</source>
        <translation>Ticketlayout speichern</translation>
    </message>
</context>
<context>
    <name>parkett::ToolManager</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
</TS>
