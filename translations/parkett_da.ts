<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
<context>
    <name>AddRowCommand</name>
    <message numerus="yes">
        <source>Add row %1 with %n seat(s)</source>
        <translation>
            <numerusform>Tilføj række %1 med %n sæde</numerusform>
            <numerusform>Tilføj række %1 med %n sæder</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AddTableSeatsCommand</name>
    <message numerus="yes">
        <source>Add %n chair(s)</source>
        <translation>
            <numerusform>Tilføj %n stol</numerusform>
            <numerusform>Tilføj %n stole</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Parkett box office</source>
        <translation>Parkett billetkontor</translation>
    </message>
    <message>
        <source>The SQLite database to use (default: %1).</source>
        <translation>SQLite-databasen, der skal bruges (standard: %1).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fil</translation>
    </message>
    <message>
        <source>Fill an empty database with the demo theatre.</source>
        <translation>Fyld en tom database med demoteatret.</translation>
    </message>
    <message>
        <source>Use this fixed time as &quot;now&quot; (ISO 8601), for tests.</source>
        <translation>Brug dette faste tidspunkt som &quot;nu&quot; (ISO 8601), til test.</translation>
    </message>
    <message>
        <source>time</source>
        <translation>tidspunkt</translation>
    </message>
    <message>
        <source>Print the milliseconds until the window is shown, then exit.</source>
        <translation>Udskriv millisekunderne, indtil vinduet vises, og afslut derefter.</translation>
    </message>
    <message>
        <source>Save screenshots into a folder, then exit.</source>
        <translation>Gem skærmbilleder i en mappe, og afslut derefter.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>mappe</translation>
    </message>
    <message>
        <source>--now: &quot;%1&quot; is not an ISO 8601 time.</source>
        <translation>--now: &quot;%1&quot; er ikke et ISO 8601-tidspunkt.</translation>
    </message>
    <message>
        <source>The database %1 cannot be used. It was not changed.

%2</source>
        <translation>Databasen %1 kan ikke bruges. Den er ikke blevet ændret.

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
            <numerusform>Flyt %n sæde</numerusform>
            <numerusform>Flyt %n sæder</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelabelRowsCommand</name>
    <message numerus="yes">
        <source>Name %n row(s)</source>
        <translation>
            <numerusform>Navngiv %n række</numerusform>
            <numerusform>Navngiv %n rækker</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelabelSeatsCommand</name>
    <message numerus="yes">
        <source>Number %n seat(s)</source>
        <translation>
            <numerusform>Nummerér %n sæde</numerusform>
            <numerusform>Nummerér %n sæder</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemoveEmptyRowCommand</name>
    <message>
        <source>Delete a row</source>
        <translation>Slet en række</translation>
    </message>
</context>
<context>
    <name>RemoveSeatsCommand</name>
    <message numerus="yes">
        <source>Delete %n seat(s)</source>
        <translation>
            <numerusform>Slet %n sæde</numerusform>
            <numerusform>Slet %n sæder</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SeatMapRenderer</name>
    <message numerus="yes">
        <source>%1 · %n free</source>
        <translation>
            <numerusform>%1 · %n ledig</numerusform>
            <numerusform>%1 · %n ledige</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n in basket</source>
        <translation>
            <numerusform> · %n i kurven</numerusform>
            <numerusform> · %n i kurven</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SetCategoryCommand</name>
    <message numerus="yes">
        <source>Set the category of %n seat(s)</source>
        <translation>
            <numerusform>Angiv priskategori for %n sæde</numerusform>
            <numerusform>Angiv priskategori for %n sæder</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SetFlagCommand</name>
    <message numerus="yes">
        <source>Mark %n seat(s)</source>
        <translation>
            <numerusform>Markér %n sæde</numerusform>
            <numerusform>Markér %n sæder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unmark %n seat(s)</source>
        <translation>
            <numerusform>Fjern markering af %n sæde</numerusform>
            <numerusform>Fjern markering af %n sæder</numerusform>
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
        <translation>eksporteret</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Markeringer</translation>
    </message>
    <message>
        <source>Consent history</source>
        <translation>Samtykkehistorik</translation>
    </message>
    <message>
        <source>granted</source>
        <translation>givet</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>tilbagekaldt</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Ordrer</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historik</translation>
    </message>
</context>
<context>
    <name>parkett::BasketModel</name>
    <message>
        <source>Ticket</source>
        <translation>Billet</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Priskategori</translation>
    </message>
    <message>
        <source>Price type</source>
        <translation>Pristype</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Pris</translation>
    </message>
</context>
<context>
    <name>parkett::BlockTool</name>
    <message>
        <source>Add block</source>
        <translation>Tilføj blok</translation>
    </message>
    <message>
        <source>Drag a rectangle to fill it with rows; click for %1 rows of %2 seats</source>
        <translation>Træk et rektangel for at fylde det med rækker; klik for %1 rækker med %2 sæder</translation>
    </message>
    <message numerus="yes">
        <source>Add a block of %n row(s)</source>
        <translation>
            <numerusform>Tilføj en blok med %n række</numerusform>
            <numerusform>Tilføj en blok med %n rækker</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parkett::CompositionRoot</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Mappen %1 kan ikke oprettes.</translation>
    </message>
    <message>
        <source>Standalone</source>
        <translation>Enkeltstående</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Forbundet til %1</translation>
    </message>
    <message>
        <source>Parkett</source>
        <translation>Parkett</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 kan ikke åbnes: %2</translation>
    </message>
</context>
<context>
    <name>parkett::ConnectedCustomers</name>
    <message>
        <source>A customer&apos;s flags are shared with every counter through the server, which cannot be reached now. Nothing was changed; try again when the connection is back.</source>
        <translation>En kundes markeringer deles med alle kasser via serveren, som ikke kan nås lige nu. Intet blev ændret; prøv igen, når forbindelsen er tilbage.</translation>
    </message>
    <message>
        <source>A customer&apos;s name, e-mail and phone are kept on the server for every counter, which cannot be reached now. Nothing was saved; the other details can be saved while offline.</source>
        <translation>En kundes navn, e-mail og telefon opbevares på serveren for alle kasser, og den kan ikke nås lige nu. Intet blev gemt; de øvrige oplysninger kan gemmes offline.</translation>
    </message>
    <message>
        <source>A customer is anonymised on the server, for every counter, and the server cannot be reached now. Nothing was changed; try again when the connection is back.</source>
        <translation>En kunde anonymiseres på serveren for alle kasser, og serveren kan ikke nås lige nu. Intet blev ændret; prøv igen, når forbindelsen er tilbage.</translation>
    </message>
    <message>
        <source>Customers are merged on the server, for every counter, and the server cannot be reached now. Nothing was changed; try again when the connection is back.</source>
        <translation>Kunder sammenlægges på serveren for alle kasser, og serveren kan ikke nås lige nu. Intet blev ændret; prøv igen, når forbindelsen er tilbage.</translation>
    </message>
    <message>
        <source>A merge made on the server cannot be undone at the counter.</source>
        <translation>En sammenlægning foretaget på serveren kan ikke fortrydes ved kassen.</translation>
    </message>
</context>
<context>
    <name>parkett::ConnectedSales</name>
    <message>
        <source>Online: sales go to the server</source>
        <translation>Online: salg sendes til serveren</translation>
    </message>
    <message>
        <source>Offline: sales from this terminal&apos;s lease</source>
        <translation>Offline: salg fra denne terminals kontingent</translation>
    </message>
    <message>
        <source>The server&apos;s seating rules cannot be overridden at the counter.</source>
        <translation>Serverens pladsregler kan ikke tilsidesættes ved skranken.</translation>
    </message>
    <message>
        <source>Offline, this terminal sells only what is leased to it (Server &gt; Terminal leases). %1</source>
        <translation>Offline sælger denne terminal kun det, der er tildelt dens kontingent (Server &gt; Terminalkontingenter). %1</translation>
    </message>
    <message>
        <source>A reservation needs the server, which cannot be reached now. Offline, this terminal can only sell from its lease.</source>
        <translation>En reservation kræver serveren, som ikke kan nås lige nu. Offline kan denne terminal kun sælge fra sit kontingent.</translation>
    </message>
    <message>
        <source>The server refused the supervisor&apos;s approval: %1. Nothing was sold; ask the supervisor again at the customer card.</source>
        <translation>Serveren afviste den ansvarshavendes godkendelse: %1. Intet blev solgt; spørg den ansvarshavende igen på kundekortet.</translation>
    </message>
    <message>
        <source>%1 needs the server, which cannot be reached now. Nothing was saved; try again when the connection is back.</source>
        <translation>%1 kræver serveren, som ikke kan nås lige nu. Intet blev gemt; prøv igen, når forbindelsen er tilbage.</translation>
    </message>
    <message>
        <source>This customer is blocked from sale. A supervisor&apos;s approval needs the server, which cannot be reached now: this terminal cannot check the supervisor&apos;s password. Nothing was sold.</source>
        <translation>Denne kunde er spærret for salg. Den ansvarshavendes godkendelse kræver serveren, som ikke kan nås lige nu: denne terminal kan ikke kontrollere den ansvarshavendes adgangskode. Intet blev solgt.</translation>
    </message>
    <message>
        <source>A reservation</source>
        <translation>En reservation</translation>
    </message>
    <message>
        <source>Paying a reservation</source>
        <translation>Betaling af en reservation</translation>
    </message>
    <message>
        <source>Cancelling a reservation</source>
        <translation>Annullering af en reservation</translation>
    </message>
</context>
<context>
    <name>parkett::ConsentHistoryModel</name>
    <message>
        <source>Newsletter</source>
        <translation>Nyhedsbrev</translation>
    </message>
    <message>
        <source>Event information</source>
        <translation>Information om arrangementer</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
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
        <translation>Skranke</translation>
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
        <translation>Forsalgssted</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Givet</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Tilbagekaldt</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Formål</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Samtykke</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Kilde</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Registreret af</translation>
    </message>
</context>
<context>
    <name>parkett::CustomerCard</name>
    <message>
        <source>Denmark</source>
        <translation>Danmark</translation>
    </message>
    <message>
        <source>Norway</source>
        <translation>Norge</translation>
    </message>
    <message>
        <source>Sweden</source>
        <translation>Sverige</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Tyskland</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Storbritannien</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation>Nederlandene</translation>
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
        <translation>USA</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>Dansk</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engelsk</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Tysk</translation>
    </message>
    <message>
        <source>Norwegian</source>
        <translation>Norsk</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Svensk</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>Ukrainsk</translation>
    </message>
    <message>
        <source>+ Flag</source>
        <translation>+ Markering</translation>
    </message>
    <message>
        <source>Add a flag from the list defined in the settings</source>
        <translation>Tilføj en markering fra listen, der er defineret i indstillingerne</translation>
    </message>
    <message>
        <source>&amp;Sell…</source>
        <translation>&amp;Sælg…</translation>
    </message>
    <message>
        <source>Sell tickets with this customer in the basket</source>
        <translation>Sælg billetter med denne kunde i kurven</translation>
    </message>
    <message>
        <source>&amp;Reserve…</source>
        <translation>&amp;Reservér…</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Mere</translation>
    </message>
    <message>
        <source>Export data (JSON)…</source>
        <translation>Eksportér data (JSON)…</translation>
    </message>
    <message>
        <source>Export data (PDF)…</source>
        <translation>Eksportér data (PDF)…</translation>
    </message>
    <message>
        <source>Merge a duplicate into this customer…</source>
        <translation>Sammenlæg en dublet med denne kunde…</translation>
    </message>
    <message>
        <source>Merged. The merge can be undone for 30 days.</source>
        <translation>Sammenlagt. Sammenlægningen kan fortrydes i 30 dage.</translation>
    </message>
    <message>
        <source>Undo the last merge…</source>
        <translation>Fortryd den seneste sammenlægning…</translation>
    </message>
    <message>
        <source>Anonymise…</source>
        <translation>Anonymisér…</translation>
    </message>
    <message>
        <source>Open in own window</source>
        <translation>Åbn i eget vindue</translation>
    </message>
    <message>
        <source>&amp;Contact</source>
        <translation>&amp;Kontakt</translation>
    </message>
    <message>
        <source>&amp;Orders</source>
        <translation>&amp;Ordrer</translation>
    </message>
    <message>
        <source>Co&amp;nsent</source>
        <translation>&amp;Samtykke</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historik</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Fornavn</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Efternavn</translation>
    </message>
    <message>
        <source>Compan&amp;y</source>
        <translation>Firm&amp;a</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>Other e-&amp;mails</source>
        <translation>Andre e-&amp;mails</translation>
    </message>
    <message>
        <source>Separated by commas; searchable</source>
        <translation>Adskilt med kommaer; søgbar</translation>
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
        <translation>S&amp;prog</translation>
    </message>
    <message>
        <source>Birthday known</source>
        <translation>Fødselsdag kendt</translation>
    </message>
    <message>
        <source>&amp;Birthday</source>
        <translation>Fø&amp;dselsdag</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>S&amp;treet</source>
        <translation>&amp;Vej</translation>
    </message>
    <message>
        <source>Postco&amp;de</source>
        <translation>Post&amp;nummer</translation>
    </message>
    <message>
        <source>C&amp;ity</source>
        <translation>&amp;By</translation>
    </message>
    <message>
        <source>Co&amp;untry</source>
        <translation>&amp;Land</translation>
    </message>
    <message>
        <source>Internal note (staff only, never printed or sent)</source>
        <translation>Intern note (kun for personalet, udskrives eller sendes aldrig)</translation>
    </message>
    <message>
        <source>Web profile</source>
        <translation>Webprofil</translation>
    </message>
    <message>
        <source>&amp;Link…</source>
        <translation>&amp;Tilknyt…</translation>
    </message>
    <message>
        <source>Unlin&amp;k</source>
        <translation>Fjern til&amp;knytning</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Gem</translation>
    </message>
    <message>
        <source>Save the contact (Ctrl+S)</source>
        <translation>Gem kontakten (Ctrl+S)</translation>
    </message>
    <message>
        <source>All orders</source>
        <translation>Alle ordrer</translation>
    </message>
    <message>
        <source>Upcoming performances</source>
        <translation>Kommende forestillinger</translation>
    </message>
    <message>
        <source>Past performances</source>
        <translation>Tidligere forestillinger</translation>
    </message>
    <message>
        <source>Cancelled orders</source>
        <translation>Annullerede ordrer</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>from</source>
        <translation>fra</translation>
    </message>
    <message>
        <source>to</source>
        <translation>til</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n order(s)</source>
        <translation>
            <numerusform>%1 af %n ordre</numerusform>
            <numerusform>%1 af %n ordrer</numerusform>
        </translation>
    </message>
    <message>
        <source>Consent now</source>
        <translation>Aktuelt samtykke</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 af %2</translation>
    </message>
    <message>
        <source>Given &amp;at</source>
        <translation>Givet &amp;den</translation>
    </message>
    <message>
        <source>Consent history</source>
        <translation>Samtykkehistorik</translation>
    </message>
    <message>
        <source>%1 · anonymised</source>
        <translation>%1 · anonymiseret</translation>
    </message>
    <message>
        <source>&lt;b&gt;Internal note&lt;/b&gt;&lt;br&gt;%1</source>
        <translation>&lt;b&gt;Intern note&lt;/b&gt;&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>Web-shop account: %1</source>
        <translation>Webshop-konto: %1</translation>
    </message>
    <message>
        <source>No web-shop account linked</source>
        <translation>Ingen webshop-konto tilknyttet</translation>
    </message>
    <message>
        <source>Linked to the web-shop account %1</source>
        <translation>Tilknyttet webshop-kontoen %1</translation>
    </message>
    <message>
        <source>Remove the flag %1</source>
        <translation>Fjern markeringen %1</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ikke-gemte ændringer</translation>
    </message>
    <message>
        <source>A customer needs a first or last name.</source>
        <translation>En kunde skal have et fornavn eller efternavn.</translation>
    </message>
    <message>
        <source>This is not an e-mail address (name@example.com).</source>
        <translation>Dette er ikke en e-mailadresse (name@example.com).</translation>
    </message>
    <message>
        <source>This is not a phone number: use digits, with + and the country code for numbers abroad.</source>
        <translation>Dette er ikke et telefonnummer: brug cifre, med + og landekode for udenlandske numre.</translation>
    </message>
    <message>
        <source>This is not a postcode in %1.</source>
        <translation>Dette er ikke et postnummer i %1.</translation>
    </message>
    <message>
        <source>The date is in the future.</source>
        <translation>Datoen ligger i fremtiden.</translation>
    </message>
    <message>
        <source>Please correct the marked fields.</source>
        <translation>Ret venligst de markerede felter.</translation>
    </message>
    <message>
        <source>The customer could not be saved: %1</source>
        <translation>Kunden kunne ikke gemmes: %1</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Din</translation>
    </message>
    <message>
        <source>Saved meanwhile</source>
        <translation>Gemt i mellemtiden</translation>
    </message>
    <message>
        <source>Changed meanwhile</source>
        <translation>Ændret i mellemtiden</translation>
    </message>
    <message>
        <source>Someone else saved this customer while you were editing. Compare the two versions:</source>
        <translation>En anden har gemt denne kunde, mens du redigerede. Sammenlign de to versioner:</translation>
    </message>
    <message>
        <source>Save mine over theirs</source>
        <translation>Gem min version oven på deres</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Brug deres</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gemt.</translation>
    </message>
    <message>
        <source>Changes discarded.</source>
        <translation>Ændringer kasseret.</translation>
    </message>
    <message>
        <source>The flag could not be added: %1</source>
        <translation>Markeringen kunne ikke tilføjes: %1</translation>
    </message>
    <message>
        <source>The flag could not be removed: %1</source>
        <translation>Markeringen kunne ikke fjernes: %1</translation>
    </message>
    <message>
        <source>The consent could not be recorded: %1</source>
        <translation>Samtykket kunne ikke registreres: %1</translation>
    </message>
    <message>
        <source>Link a web-shop account</source>
        <translation>Tilknyt en webshop-konto</translation>
    </message>
    <message>
        <source>Search accounts by e-mail</source>
        <translation>Søg konti efter e-mail</translation>
    </message>
    <message>
        <source>The web profile could not be linked: %1</source>
        <translation>Webprofilen kunne ikke tilknyttes: %1</translation>
    </message>
    <message>
        <source>The web profile could not be unlinked: %1</source>
        <translation>Webprofilens tilknytning kunne ikke fjernes: %1</translation>
    </message>
    <message>
        <source>The order could not be read: %1</source>
        <translation>Ordren kunne ikke læses: %1</translation>
    </message>
    <message>
        <source>Blocked from sale</source>
        <translation>Spærret for salg</translation>
    </message>
    <message>
        <source>%1 is blocked from sale (%2). Nothing can be sold or reserved for this customer unless a supervisor allows it.</source>
        <translation>%1 er spærret for salg (%2). Intet kan sælges eller reserveres til denne kunde, medmindre en ansvarshavende tillader det.</translation>
    </message>
    <message>
        <source>Supervisor override…</source>
        <translation>Godkendelse fra ansvarshavende…</translation>
    </message>
    <message>
        <source>There is no supervisor who could allow this sale.</source>
        <translation>Der er ingen ansvarshavende, som kan tillade dette salg.</translation>
    </message>
    <message>
        <source>Supervisor override</source>
        <translation>Godkendelse fra ansvarshavende</translation>
    </message>
    <message>
        <source>Supervisor allowing this sale:</source>
        <translation>Ansvarshavende, der tillader dette salg:</translation>
    </message>
    <message>
        <source>The override was refused: %1</source>
        <translation>Godkendelsen blev afvist: %1</translation>
    </message>
    <message>
        <source>Export customer data</source>
        <translation>Eksportér kundedata</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>The data could not be exported: %1</source>
        <translation>Dataene kunne ikke eksporteres: %1</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Filen kunne ikke skrives: %1</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Anonymise customer</source>
        <translation>Anonymisér kunde</translation>
    </message>
    <message>
        <source>Remove all personal data of %1? The orders stay for the accounts; this cannot be undone.</source>
        <translation>Fjern alle personoplysninger om %1? Ordrerne bevares til regnskabet; dette kan ikke fortrydes.</translation>
    </message>
    <message>
        <source>The customer could not be anonymised: %1</source>
        <translation>Kunden kunne ikke anonymiseres: %1</translation>
    </message>
    <message>
        <source>The merges could not be read: %1</source>
        <translation>Sammenlægningerne kunne ikke læses: %1</translation>
    </message>
    <message>
        <source>There is no merge of the last 30 days to undo.</source>
        <translation>Der er ingen sammenlægning fra de seneste 30 dage at fortryde.</translation>
    </message>
    <message>
        <source>Undo merge</source>
        <translation>Fortryd sammenlægning</translation>
    </message>
    <message>
        <source>Undo merging %1 into this customer? %1 comes back with its orders, consents, flags and history.</source>
        <translation>Fortryd sammenlægningen af %1 med denne kunde? %1 vender tilbage med sine ordrer, samtykker, markeringer og historik.</translation>
    </message>
    <message>
        <source>The merge could not be undone: %1</source>
        <translation>Sammenlægningen kunne ikke fortrydes: %1</translation>
    </message>
    <message>
        <source>Merge undone; %1 is a customer of its own again.</source>
        <translation>Sammenlægningen er fortrudt; %1 er igen en selvstændig kunde.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Su&amp;bscription / season</source>
        <translation>A&amp;bonnement / sæson</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Password of %1:</source>
        <translation>Adgangskode for %1:</translation>
    </message>
    <message>
        <source>&amp;Pay reservation…</source>
        <translation>&amp;Betal reservation…</translation>
    </message>
    <message>
        <source>Cance&amp;l reservation…</source>
        <translation>Annu&amp;llér reservation…</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Kontant</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Kort</translation>
    </message>
    <message>
        <source>Gift card</source>
        <translation>Gavekort</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Faktura</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Bankoverførsel</translation>
    </message>
    <message>
        <source>Pay reservation</source>
        <translation>Betal reservation</translation>
    </message>
    <message>
        <source>Paid by:</source>
        <translation>Betalt med:</translation>
    </message>
    <message>
        <source>Cancel reservation</source>
        <translation>Annullér reservation</translation>
    </message>
    <message>
        <source>Reason (kept in the order&apos;s history):</source>
        <translation>Årsag (gemmes i ordrens historik):</translation>
    </message>
    <message>
        <source>The reservation could not be paid: %1</source>
        <translation>Reservationen kunne ikke betales: %1</translation>
    </message>
    <message>
        <source>The reservation could not be cancelled: %1</source>
        <translation>Reservationen kunne ikke annulleres: %1</translation>
    </message>
    <message>
        <source>A supervisor&apos;s approval needs the server, which cannot be reached now: this terminal cannot check the supervisor&apos;s password. Sell to this customer when the connection is back.</source>
        <translation>Den ansvarshavendes godkendelse kræver serveren, som ikke kan nås lige nu: denne terminal kan ikke kontrollere den ansvarshavendes adgangskode. Sælg til denne kunde, når forbindelsen er tilbage.</translation>
    </message>
    <message>
        <source>Login of the supervisor allowing this sale:</source>
        <translation>Brugernavn på den ansvarshavende, der tillader dette salg:</translation>
    </message>
    <message>
        <source>Password of %1 (checked by the server when the sale is placed):</source>
        <translation>Adgangskode for %1 (kontrolleres af serveren, når salget gennemføres):</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Gemmer…</translation>
    </message>
</context>
<context>
    <name>parkett::CustomerHistoryModel</name>
    <message>
        <source>Created</source>
        <translation>Oprettet</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Ændret</translation>
    </message>
    <message>
        <source>Flag added</source>
        <translation>Markering tilføjet</translation>
    </message>
    <message>
        <source>Flag removed</source>
        <translation>Markering fjernet</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Samtykke</translation>
    </message>
    <message>
        <source>Web profile linked</source>
        <translation>Webprofil tilknyttet</translation>
    </message>
    <message>
        <source>Web profile unlinked</source>
        <translation>Webprofil frakoblet</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Sammenlagt</translation>
    </message>
    <message>
        <source>Merge undone</source>
        <translation>Sammenlægning fortrudt</translation>
    </message>
    <message>
        <source>Data exported</source>
        <translation>Data eksporteret</translation>
    </message>
    <message>
        <source>Anonymised</source>
        <translation>Anonymiseret</translation>
    </message>
    <message>
        <source>Blocked sale allowed</source>
        <translation>Spærret salg tilladt</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Fornavn</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Efternavn</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
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
        <translation>Sprog</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Fødselsdag</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Vej</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <source>City</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Intern note</translation>
    </message>
    <message>
        <source>Alternative e-mails</source>
        <translation>Alternative e-mails</translation>
    </message>
    <message>
        <source>Web profile</source>
        <translation>Webprofil</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Felt</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Gammel værdi</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Ny værdi</translation>
    </message>
</context>
<context>
    <name>parkett::CustomerMergeDialog</name>
    <message>
        <source>Merge a duplicate into %1</source>
        <translation>Sammenlæg en dublet med %1</translation>
    </message>
    <message>
        <source>Find the duplicate: name, e-mail, phone or number</source>
        <translation>Find dubletten: navn, e-mail, telefon eller nummer</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Sammenlæg</translation>
    </message>
    <message>
        <source>&lt;b&gt;Field&lt;/b&gt;</source>
        <translation>&lt;b&gt;Felt&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Keep (%1)&lt;/b&gt;</source>
        <translation>&lt;b&gt;Behold (%1)&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Take from %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Brug fra %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(tom)</translation>
    </message>
    <message>
        <source>%1 order(s) of %2 move to %3, with consents, flags and history; %2&apos;s e-mail stays as another e-mail. The merge is logged and can be undone for 30 days.</source>
        <translation>%1 ordre(r) fra %2 flyttes til %3 sammen med samtykker, markeringer og historik; e-mailadressen for %2 bevares som en ekstra e-mail. Sammenlægningen logges og kan fortrydes i 30 dage.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Sammenlæg</translation>
    </message>
    <message>
        <source>The customers were not merged: %1</source>
        <translation>Kunderne blev ikke sammenlagt: %1</translation>
    </message>
</context>
<context>
    <name>parkett::CustomerOrdersModel</name>
    <message>
        <source>Reserved</source>
        <translation>Reserveret</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Solgt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulleret</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Udløbet</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Skranke</translation>
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
        <translation>Forsalgssted</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) · %1</source>
        <translation>
            <numerusform>%n billet · %1</numerusform>
            <numerusform>%n billetter · %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Reserved until %1</source>
        <translation>Reserveret indtil %1</translation>
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
        <translation>Ordre</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>Forestilling</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Indhold</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>I alt</translation>
    </message>
    <message>
        <source>Season: %1</source>
        <translation>Sæson: %1</translation>
    </message>
    <message>
        <source>Subscription: %1</source>
        <translation>Abonnement: %1</translation>
    </message>
    <message>
        <source>Subscription / season</source>
        <translation>Abonnement / sæson</translation>
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
        <translation>%1 — fundet via %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Markeringer</translation>
    </message>
</context>
<context>
    <name>parkett::CustomerSearchPanel</name>
    <message>
        <source>Name, e-mail, phone, customer, order or ticket number (Ctrl+K); Enter opens</source>
        <translation>Navn, e-mail, telefon, kunde-, ordre- eller billetnummer (Ctrl+K); Enter åbner</translation>
    </message>
    <message>
        <source>&amp;New customer…</source>
        <translation>&amp;Ny kunde…</translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation>Søgningen mislykkedes: %1</translation>
    </message>
    <message>
        <source>Nobody found. Enter creates a new customer.</source>
        <translation>Ingen fundet. Enter opretter en ny kunde.</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s); Enter opens the first, Down moves to the list.</source>
        <translation>
            <numerusform>%n kunde; Enter åbner den, pil ned flytter til listen.</numerusform>
            <numerusform>%n kunder; Enter åbner den første, pil ned flytter til listen.</numerusform>
        </translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Ny kunde</translation>
    </message>
    <message>
        <source>The customer could not be created: %1</source>
        <translation>Kunden kunne ikke oprettes: %1</translation>
    </message>
</context>
<context>
    <name>parkett::CustomerWorkspace</name>
    <message>
        <source>&amp;Customers</source>
        <translation>&amp;Kunder</translation>
    </message>
    <message>
        <source>&amp;Find customer…</source>
        <translation>&amp;Find kunde…</translation>
    </message>
    <message>
        <source>&amp;New customer…</source>
        <translation>&amp;Ny kunde…</translation>
    </message>
    <message>
        <source>&amp;Alternative e-mails on cards</source>
        <translation>&amp;Alternative e-mails på kort</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunder</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>The customer could not be opened: %1</source>
        <translation>Kunden kunne ikke åbnes: %1</translation>
    </message>
    <message>
        <source>Open a performance to sell to %1.</source>
        <translation>Åbn en forestilling for at sælge til %1.</translation>
    </message>
</context>
<context>
    <name>parkett::FocalPointTool</name>
    <message>
        <source>Focal point</source>
        <translation>Fokuspunkt</translation>
    </message>
    <message>
        <source>Click where the stage&apos;s centre is: best available measures from here</source>
        <translation>Klik dér, hvor scenens midte er: bedste ledige måles herfra</translation>
    </message>
</context>
<context>
    <name>parkett::LeaseDialog</name>
    <message>
        <source>Terminal leases</source>
        <translation>Terminalkontingenter</translation>
    </message>
    <message>
        <source>Seats and standing places leased to this terminal (%1) can be sold here while the server is out of reach. Leased places are set aside on the server: no other counter sells them until the lease is released.</source>
        <translation>Sæder og ståpladser, der er tildelt denne terminal (%1) som kontingent, kan sælges her, mens serveren ikke kan nås. Tildelte pladser holdes tilbage på serveren: ingen anden skranke sælger dem, før kontingentet frigives.</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>Forestilling</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Leased seats</source>
        <translation>Tildelte sæder</translation>
    </message>
    <message>
        <source>Leased standing</source>
        <translation>Tildelte ståpladser</translation>
    </message>
    <message>
        <source>Lease to this terminal</source>
        <translation>Tildel denne terminal</translation>
    </message>
    <message>
        <source>Lease the &amp;selection</source>
        <translation>Tildel &amp;markeringen</translation>
    </message>
    <message>
        <source> seats</source>
        <translation> sæder</translation>
    </message>
    <message>
        <source>Lease &amp;free seats</source>
        <translation>Tildel &amp;ledige sæder</translation>
    </message>
    <message>
        <source>The first free seats of the plan, front rows first</source>
        <translation>Planens første ledige sæder, forreste rækker først</translation>
    </message>
    <message>
        <source>Seats:</source>
        <translation>Sæder:</translation>
    </message>
    <message>
        <source> places</source>
        <translation> pladser</translation>
    </message>
    <message>
        <source>Lease s&amp;tanding places</source>
        <translation>Tildel s&amp;tåpladser</translation>
    </message>
    <message>
        <source>Standing:</source>
        <translation>Ståpladser:</translation>
    </message>
    <message>
        <source>&amp;Release this performance&apos;s lease</source>
        <translation>F&amp;rigiv denne forestillings kontingent</translation>
    </message>
    <message>
        <source>Unsold leased places become free for every counter</source>
        <translation>Usolgte tildelte pladser bliver ledige for alle skranker</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Gen&amp;indlæs</translation>
    </message>
    <message>
        <source>Zone %1</source>
        <translation>Zone %1</translation>
    </message>
    <message numerus="yes">
        <source>Selected on the sales screen: %n seat(s)</source>
        <translation>
            <numerusform>Valgt i salgsbilledet: %n sæde</numerusform>
            <numerusform>Valgt i salgsbilledet: %n sæder</numerusform>
        </translation>
    </message>
    <message>
        <source>No seats of this performance are selected on the sales screen.</source>
        <translation>Ingen sæder til denne forestilling er valgt i salgsbilledet.</translation>
    </message>
    <message>
        <source>Sign in to a server first (Server &gt; Server settings).</source>
        <translation>Log først ind på en server (Server &gt; Serverindstillinger).</translation>
    </message>
    <message>
        <source>The lease could not be read: %1</source>
        <translation>Kontingentet kunne ikke læses: %1</translation>
    </message>
    <message>
        <source>Refused by the server: %1</source>
        <translation>Afvist af serveren: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n selected seat(s) leased to this terminal.</source>
        <translation>
            <numerusform>%n valgt sæde tildelt denne terminal.</numerusform>
            <numerusform>%n valgte sæder tildelt denne terminal.</numerusform>
        </translation>
    </message>
    <message>
        <source>No free seats are left to lease.</source>
        <translation>Der er ingen ledige sæder tilbage at tildele.</translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) leased to this terminal.</source>
        <translation>
            <numerusform>%n sæde tildelt denne terminal.</numerusform>
            <numerusform>%n sæder tildelt denne terminal.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n standing place(s) leased to this terminal.</source>
        <translation>
            <numerusform>%n ståplads tildelt denne terminal.</numerusform>
            <numerusform>%n ståpladser tildelt denne terminal.</numerusform>
        </translation>
    </message>
    <message>
        <source>The lease was released; its unsold places are free again.</source>
        <translation>Kontingentet blev frigivet; dets usolgte pladser er ledige igen.</translation>
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
        <translation>Søg efter titel eller dato (Ctrl+F); Enter åbner det første resultat</translation>
    </message>
    <message>
        <source>Performances</source>
        <translation>Forestillinger</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <source>&amp;Release expired reservations</source>
        <translation>F&amp;rigiv udløbne reservationer</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>&amp;Find performance</source>
        <translation>&amp;Find forestilling</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Gen&amp;indlæs</translation>
    </message>
    <message>
        <source>&amp;Close tab</source>
        <translation>&amp;Luk fane</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>Standalone</source>
        <translation>Enkeltstående</translation>
    </message>
    <message>
        <source>Could not read the performances: %1</source>
        <translation>Forestillingerne kunne ikke læses: %1</translation>
    </message>
    <message>
        <source>The performance could not be opened: %1</source>
        <translation>Forestillingen kunne ikke åbnes: %1</translation>
    </message>
    <message>
        <source>Release expired reservations</source>
        <translation>Frigiv udløbne reservationer</translation>
    </message>
    <message>
        <source>The reservations could not be released: %1</source>
        <translation>Reservationerne kunne ikke frigives: %1</translation>
    </message>
    <message numerus="yes">
        <source>Released %n expired reservation(s).</source>
        <translation>
            <numerusform>%n udløbet reservation frigivet.</numerusform>
            <numerusform>%n udløbne reservationer frigivet.</numerusform>
        </translation>
    </message>
    <message>
        <source>V&amp;enue</source>
        <translation>&amp;Spillested</translation>
    </message>
    <message>
        <source>Edit &amp;seat plan…</source>
        <translation>Redigér &amp;pladsplan…</translation>
    </message>
    <message>
        <source>Ticket &amp;layouts…</source>
        <translation>Billet&amp;layouts…</translation>
    </message>
    <message>
        <source>Seat plan</source>
        <translation>Pladsplan</translation>
    </message>
    <message>
        <source>There is no venue with a seat plan yet.</source>
        <translation>Der er endnu intet spillested med en pladsplan.</translation>
    </message>
    <message>
        <source>The venues could not be read: %1</source>
        <translation>Spillestederne kunne ikke læses: %1</translation>
    </message>
    <message>
        <source>%1 (plan version %2)</source>
        <translation>%1 (planversion %2)</translation>
    </message>
    <message>
        <source>Edit seat plan</source>
        <translation>Redigér pladsplan</translation>
    </message>
    <message>
        <source>Venue:</source>
        <translation>Spillested:</translation>
    </message>
    <message numerus="yes">
        <source>Seat plan version %1 saved; %n performance(s) moved onto it</source>
        <translation>
            <numerusform>Pladsplan version %1 gemt; %n forestilling er flyttet over på den</numerusform>
            <numerusform>Pladsplan version %1 gemt; %n forestillinger er flyttet over på den</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Printing settings…</source>
        <translation>&amp;Udskriftsindstillinger…</translation>
    </message>
</context>
<context>
    <name>parkett::MiniMap</name>
    <message>
        <source>Click or drag to move the view</source>
        <translation>Klik eller træk for at flytte visningen</translation>
    </message>
</context>
<context>
    <name>parkett::NewCustomerDialog</name>
    <message>
        <source>New customer</source>
        <translation>Ny kunde</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Fornavn</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Efternavn</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>E-&amp;mail</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Opret</translation>
    </message>
    <message>
        <source>A name is needed.</source>
        <translation>Et navn er påkrævet.</translation>
    </message>
    <message>
        <source>The e-mail address is not valid.</source>
        <translation>E-mailadressen er ikke gyldig.</translation>
    </message>
    <message>
        <source>The phone number is not valid.</source>
        <translation>Telefonnummeret er ikke gyldigt.</translation>
    </message>
    <message>
        <source>same e-mail</source>
        <translation>samme e-mail</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>samme telefon</translation>
    </message>
    <message>
        <source>similar name</source>
        <translation>lignende navn</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;Possibly already a customer:&lt;/b&gt;&lt;br&gt;%1</source>
        <translation>&lt;b&gt;Muligvis allerede kunde:&lt;/b&gt;&lt;br&gt;%1</translation>
    </message>
</context>
<context>
    <name>parkett::NumberingDialog</name>
    <message>
        <source>Number the rows</source>
        <translation>Nummerér rækkerne</translation>
    </message>
    <message>
        <source>Skip I and O</source>
        <translation>Spring I og O over</translation>
    </message>
    <message>
        <source>Number the seats</source>
        <translation>Nummerér sæderne</translation>
    </message>
    <message>
        <source>Number rows and seats</source>
        <translation>Nummerér rækker og sæder</translation>
    </message>
    <message>
        <source>Letters (A, B, C …)</source>
        <translation>Bogstaver (A, B, C …)</translation>
    </message>
    <message>
        <source>Numbers (1, 2, 3 …)</source>
        <translation>Tal (1, 2, 3 …)</translation>
    </message>
    <message>
        <source>Front to back (nearest the stage first)</source>
        <translation>Forfra og bagud (nærmest scenen først)</translation>
    </message>
    <message>
        <source>Back to front</source>
        <translation>Bagfra og fremad</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>Every number</source>
        <translation>Alle tal</translation>
    </message>
    <message>
        <source>Odd numbers</source>
        <translation>Ulige tal</translation>
    </message>
    <message>
        <source>Even numbers</source>
        <translation>Lige tal</translation>
    </message>
    <message>
        <source>In row order</source>
        <translation>I rækkefølge</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>Omvendt</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rækker</translation>
    </message>
    <message>
        <source>&amp;Style:</source>
        <translation>&amp;Stil:</translation>
    </message>
    <message>
        <source>S&amp;tart at:</source>
        <translation>S&amp;tart ved:</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>&amp;Retning:</translation>
    </message>
    <message>
        <source>&amp;Prefix:</source>
        <translation>&amp;Præfiks:</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Sæder</translation>
    </message>
    <message>
        <source>Start &amp;at:</source>
        <translation>Start &amp;ved:</translation>
    </message>
    <message>
        <source>&amp;Numbers:</source>
        <translation>&amp;Tal:</translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation>Rækkef&amp;ølge:</translation>
    </message>
    <message>
        <source>&amp;Number</source>
        <translation>&amp;Nummerér</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of the selection</source>
        <translation>
            <numerusform>%n række i markeringen</numerusform>
            <numerusform>%n rækker i markeringen</numerusform>
        </translation>
    </message>
    <message>
        <source>The start value does not fit the style.</source>
        <translation>Startværdien passer ikke til stilen.</translation>
    </message>
    <message>
        <source>Rows: %1 …   Seats: %2 …</source>
        <translation>Rækker: %1 …   Sæder: %2 …</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>uændret</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a start value for this style.</source>
        <translation>&quot;%1&quot; er ikke en startværdi for denne stil.</translation>
    </message>
</context>
<context>
    <name>parkett::OrderConfirmationDialog</name>
    <message>
        <source>Order %1 sold</source>
        <translation>Ordre %1 solgt</translation>
    </message>
    <message>
        <source>Order %1 reserved</source>
        <translation>Ordre %1 reserveret</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Ordre %1</translation>
    </message>
    <message>
        <source>Sold and paid (%1). The tickets are stored and can be printed.</source>
        <translation>Solgt og betalt (%1). Billetterne er gemt og kan udskrives.</translation>
    </message>
    <message>
        <source>Reserved until %1. Unpaid, the seats are released after that.</source>
        <translation>Reserveret indtil %1. Hvis de ikke betales, frigives sæderne derefter.</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Billet</translation>
    </message>
    <message>
        <source>Price type</source>
        <translation>Pristype</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Pris</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Stregkode</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>I alt: %1</translation>
    </message>
</context>
<context>
    <name>parkett::OrderDetailsDialog</name>
    <message>
        <source>Order %1</source>
        <translation>Ordre %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · total %3 · paid %4 · created %5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · i alt %3 · betalt %4 · oprettet %5</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Billet</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Pris</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tilstand</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Udskrevet</translation>
    </message>
    <message>
        <source>&amp;Lines and tickets (%1)</source>
        <translation>&amp;Linjer og billetter (%1)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Betalingsmåde</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Beløb</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>&amp;Payments (%1)</source>
        <translation>&amp;Betalinger (%1)</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Hændelse</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalje</translation>
    </message>
    <message>
        <source>&amp;History (%1)</source>
        <translation>&amp;Historik (%1)</translation>
    </message>
</context>
<context>
    <name>parkett::PaintTool</name>
    <message>
        <source>Paint</source>
        <translation>Mal</translation>
    </message>
    <message>
        <source>Drag over seats to give them the chosen category</source>
        <translation>Træk hen over sæder for at give dem den valgte priskategori</translation>
    </message>
    <message>
        <source>Drag over seats to take the flag off</source>
        <translation>Træk hen over sæder for at fjerne markeringen</translation>
    </message>
    <message>
        <source>Drag over seats to flag them</source>
        <translation>Træk hen over sæder for at markere dem</translation>
    </message>
    <message>
        <source>Drag over seats to take them out of the area</source>
        <translation>Træk hen over sæder for at tage dem ud af området</translation>
    </message>
    <message>
        <source>Drag over seats to add them to the area</source>
        <translation>Træk hen over sæder for at føje dem til området</translation>
    </message>
</context>
<context>
    <name>parkett::PerformanceListModel</name>
    <message>
        <source>Not on sale</source>
        <translation>Ikke til salg</translation>
    </message>
    <message>
        <source>%1 of %2 places free</source>
        <translation>%1 af %2 pladser ledige</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Spillested</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Ledige</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Solgt</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Reserveret</translation>
    </message>
</context>
<context>
    <name>parkett::PrintDesk</name>
    <message>
        <source>Receipt printed on %1.</source>
        <translation>Kvittering udskrevet på %1.</translation>
    </message>
    <message>
        <source>Receipt not printed</source>
        <translation>Kvittering ikke udskrevet</translation>
    </message>
    <message>
        <source>The receipt was not printed on %1.</source>
        <translation>Kvitteringen blev ikke udskrevet på %1.</translation>
    </message>
    <message numerus="yes">
        <source>Order %1: %n ticket(s) printed on %2.</source>
        <translation>
            <numerusform>Ordre %1: %n billet udskrevet på %2.</numerusform>
            <numerusform>Ordre %1: %n billetter udskrevet på %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tickets not printed</source>
        <translation>Billetter ikke udskrevet</translation>
    </message>
    <message>
        <source>Order %1 is saved, but not all of its tickets were printed on %2.</source>
        <translation>Ordre %1 er gemt, men ikke alle dens billetter blev udskrevet på %2.</translation>
    </message>
    <message>
        <source>Printer: %1.</source>
        <translation>Printer: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) printed.</source>
        <translation>
            <numerusform>%n billet udskrevet.</numerusform>
            <numerusform>%n billetter udskrevet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) went to the printer without its confirmation: check whether they came out before anything is printed again (a missing ticket is reprinted with a reason, as a duplicate).</source>
        <translation>
            <numerusform>%n billet blev sendt til printeren uden bekræftelse: kontrollér, om den kom ud, før der udskrives igen (en manglende billet genudskrives med en begrundelse, som duplikat).</numerusform>
            <numerusform>%n billetter blev sendt til printeren uden bekræftelse: kontrollér, om de kom ud, før der udskrives igen (en manglende billet genudskrives med en begrundelse, som duplikat).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) were not sent and wait in the queue.</source>
        <translation>
            <numerusform>%n billet blev ikke sendt og venter i køen.</numerusform>
            <numerusform>%n billetter blev ikke sendt og venter i køen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is resent automatically.</source>
        <translation>Intet sendes automatisk igen.</translation>
    </message>
    <message>
        <source>They &amp;came out</source>
        <translation>De &amp;kom ud</translation>
    </message>
    <message>
        <source>Re&amp;print them…</source>
        <translation>&amp;Genudskriv dem…</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>Genudskrivning</translation>
    </message>
    <message>
        <source>Reason for the reprint (kept in the order&apos;s history):</source>
        <translation>Årsag til genudskrivningen (gemmes i ordrens historik):</translation>
    </message>
    <message>
        <source>Did not come out of the printer</source>
        <translation>Kom ikke ud af printeren</translation>
    </message>
    <message>
        <source>Print the &amp;rest</source>
        <translation>Udskriv &amp;resten</translation>
    </message>
    <message>
        <source>Print &amp;tickets…</source>
        <translation>Udskriv &amp;billetter…</translation>
    </message>
    <message>
        <source>Tickets not printed yet go to the chosen printer; a second copy is a reprint with a reason.</source>
        <translation>Billetter, der ikke er udskrevet endnu, sendes til den valgte printer; en ekstra kopi er en genudskrivning med en begrundelse.</translation>
    </message>
    <message>
        <source>A reservation prints once it is paid.</source>
        <translation>En reservation udskrives, når den er betalt.</translation>
    </message>
    <message>
        <source>Print r&amp;eceipt</source>
        <translation>Udskriv kvi&amp;ttering</translation>
    </message>
</context>
<context>
    <name>parkett::PrintDialog</name>
    <message>
        <source>Print tickets</source>
        <translation>Udskriv billetter</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Kontrollér &amp;igen</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Print %n ticket(s)</source>
        <translation>
            <numerusform>&amp;Udskriv %n billet</numerusform>
            <numerusform>&amp;Udskriv %n billetter</numerusform>
        </translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Printer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>No ticket printer is set up for this terminal.</source>
        <translation>Der er ikke sat nogen billetprinter op til denne terminal.</translation>
    </message>
    <message>
        <source>The printer does not report its state over this connection. Watch that every ticket comes out.</source>
        <translation>Printeren rapporterer ikke sin tilstand over denne forbindelse. Hold øje med, at hver billet kommer ud.</translation>
    </message>
</context>
<context>
    <name>parkett::PrintSettingsDialog</name>
    <message>
        <source>Printing settings</source>
        <translation>Udskriftsindstillinger</translation>
    </message>
    <message>
        <source>This computer&apos;s name</source>
        <translation>Denne computers navn</translation>
    </message>
    <message>
        <source>The first ticket printer</source>
        <translation>Den første billetprinter</translation>
    </message>
    <message>
        <source>The first receipt or page printer</source>
        <translation>Den første kvitterings- eller sideprinter</translation>
    </message>
    <message>
        <source>Print a &amp;receipt after each sale</source>
        <translation>Udskriv en &amp;kvittering efter hvert salg</translation>
    </message>
    <message>
        <source>This terminal</source>
        <translation>Denne terminal</translation>
    </message>
    <message>
        <source>&amp;Name on receipts</source>
        <translation>&amp;Navn på kvitteringer</translation>
    </message>
    <message>
        <source>&amp;Tickets print on</source>
        <translation>&amp;Billetter udskrives på</translation>
    </message>
    <message>
        <source>R&amp;eceipts print on</source>
        <translation>Kvi&amp;tteringer udskrives på</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Printer</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <source>Own layout</source>
        <translation>Eget layout</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tilstand</translation>
    </message>
    <message>
        <source>BOCA (FGL)</source>
        <translation>BOCA (FGL)</translation>
    </message>
    <message>
        <source>Thermal (ESC/POS)</source>
        <translation>Termisk (ESC/POS)</translation>
    </message>
    <message>
        <source>Page (PDF)</source>
        <translation>Side (PDF)</translation>
    </message>
    <message>
        <source>Printers</source>
        <translation>Printere</translation>
    </message>
    <message>
        <source>No printer is set up yet: add one with &quot;parkett-cli printers add&quot;.</source>
        <translation>Der er endnu ingen printer sat op: tilføj en med &quot;parkett-cli printers add&quot;.</translation>
    </message>
    <message>
        <source>Printer&apos;s own (%1)</source>
        <translation>Printerens eget (%1)</translation>
    </message>
    <message>
        <source>Ticket layout per sales channel</source>
        <translation>Billetlayout pr. salgskanal</translation>
    </message>
    <message>
        <source>A ticket sold through a channel prints with the layout chosen for it on that printer; &quot;Printer&apos;s own&quot; uses the printer&apos;s layout.</source>
        <translation>En billet solgt via en kanal udskrives med det layout, der er valgt til kanalen på den printer; &quot;Printerens eget&quot; bruger printerens layout.</translation>
    </message>
    <message>
        <source>The settings were not saved: %1</source>
        <translation>Indstillingerne blev ikke gemt: %1</translation>
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
        <translation>Reservér billetter</translation>
    </message>
    <message numerus="yes">
        <source>Keep %n ticket(s) for the customer until the time below. Unpaid reservations are released after that.</source>
        <translation>
            <numerusform>Hold %n billet til kunden indtil tidspunktet nedenfor. Ubetalte reservationer frigives derefter.</numerusform>
            <numerusform>Hold %n billetter til kunden indtil tidspunktet nedenfor. Ubetalte reservationer frigives derefter.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reserved &amp;until:</source>
        <translation>Reserveret &amp;indtil:</translation>
    </message>
    <message>
        <source>&amp;Reserve</source>
        <translation>&amp;Reservér</translation>
    </message>
    <message>
        <source>Name, e-mail, phone or customer number</source>
        <translation>Navn, e-mail, telefon eller kundenummer</translation>
    </message>
    <message>
        <source>At the latest %1, when sales for the performance end.</source>
        <translation>Senest %1, når salget til forestillingen slutter.</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>&amp;Kunde:</translation>
    </message>
    <message>
        <source>No customer chosen: the reservation is anonymous.</source>
        <translation>Ingen kunde valgt: reservationen er anonym.</translation>
    </message>
    <message>
        <source>Reserving for %1.</source>
        <translation>Reserverer til %1.</translation>
    </message>
    <message>
        <source>The customer search failed: %1</source>
        <translation>Kundesøgningen mislykkedes: %1</translation>
    </message>
    <message>
        <source>%1 (%2) %3</source>
        <translation>%1 (%2) %3</translation>
    </message>
    <message>
        <source>No customer matches &quot;%1&quot;.</source>
        <translation>Ingen kunde matcher &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>parkett::RowTool</name>
    <message>
        <source>Add row</source>
        <translation>Tilføj række</translation>
    </message>
    <message numerus="yes">
        <source>Drag from the first seat to the last to add a row; click for a row of %n seat(s)</source>
        <translation>
            <numerusform>Træk fra første til sidste sæde for at tilføje en række; klik for en række med %n sæde</numerusform>
            <numerusform>Træk fra første til sidste sæde for at tilføje en række; klik for en række med %n sæder</numerusform>
        </translation>
    </message>
    <message>
        <source>Add row %1</source>
        <translation>Tilføj række %1</translation>
    </message>
</context>
<context>
    <name>parkett::SalesGateway</name>
    <message>
        <source>Standalone</source>
        <translation>Enkeltstående</translation>
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
        <translation>Pladsplan</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+−)</source>
        <translation>Zoom ud (Ctrl+−)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Tilpas</translation>
    </message>
    <message>
        <source>Fit the whole plan (Ctrl+0)</source>
        <translation>Tilpas hele planen (Ctrl+0)</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>Zoom ind (Ctrl++)</translation>
    </message>
    <message>
        <source>Best available</source>
        <translation>Bedste ledige</translation>
    </message>
    <message>
        <source>&amp;Seats:</source>
        <translation>&amp;Sæder:</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Alle priskategorier</translation>
    </message>
    <message>
        <source>&amp;Find seats</source>
        <translation>&amp;Find sæder</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Ståpladser</translation>
    </message>
    <message>
        <source>Standing places in %1</source>
        <translation>Ståpladser i %1</translation>
    </message>
    <message>
        <source>Basket</source>
        <translation>Kurv</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Fjern</translation>
    </message>
    <message>
        <source>Remove the selected tickets (Delete)</source>
        <translation>Fjern de valgte billetter (Delete)</translation>
    </message>
    <message>
        <source>Reser&amp;ve…</source>
        <translation>Reser&amp;vér…</translation>
    </message>
    <message>
        <source>&amp;Sell (cash)</source>
        <translation>&amp;Sælg (kontant)</translation>
    </message>
    <message>
        <source>Take cash payment and sell the basket (Enter)</source>
        <translation>Modtag kontant betaling og sælg kurven (Enter)</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>%1 free</source>
        <translation>%1 ledige</translation>
    </message>
    <message>
        <source>Free: %1 seats</source>
        <translation>Ledige: %1 sæder</translation>
    </message>
    <message>
        <source>, %1 standing</source>
        <translation>, %1 ståpladser</translation>
    </message>
    <message>
        <source> · Sold: %1 · Reserved: %2</source>
        <translation> · Solgt: %1 · Reserveret: %2</translation>
    </message>
    <message>
        <source>This performance is not on sale any more.</source>
        <translation>Denne forestilling er ikke længere til salg.</translation>
    </message>
    <message>
        <source>Basket empty</source>
        <translation>Kurven er tom</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>I alt %1</translation>
    </message>
    <message>
        <source>Tickets: %1</source>
        <translation>Billetter: %1</translation>
    </message>
    <message numerus="yes">
        <source>There are not %n free seat(s) left in %1.</source>
        <translation>
            <numerusform>Der er ikke %n ledigt sæde tilbage i %1.</numerusform>
            <numerusform>Der er ikke %n ledige sæder tilbage i %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>There are not %n free seat(s) left.</source>
        <translation>
            <numerusform>Der er ikke %n ledigt sæde tilbage.</numerusform>
            <numerusform>Der er ikke %n ledige sæder tilbage.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sale was refused</source>
        <translation>Salget blev afvist</translation>
    </message>
    <message>
        <source>The reservation was refused</source>
        <translation>Reservationen blev afvist</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>Intet blev gemt.</translation>
    </message>
    <message>
        <source>There are not enough standing places left.

%1</source>
        <translation>Der er ikke nok ståpladser tilbage.

%1</translation>
    </message>
    <message>
        <source>A ticket has no price for its price type at this performance.</source>
        <translation>En billet har ingen pris for sin pristype ved denne forestilling.</translation>
    </message>
    <message>
        <source>Something in the basket no longer exists: %1</source>
        <translation>Noget i kurven findes ikke længere: %1</translation>
    </message>
    <message>
        <source>The database could not be written. Nothing was saved.

%1</source>
        <translation>Der kunne ikke skrives til databasen. Intet blev gemt.

%1</translation>
    </message>
    <message>
        <source>The request was refused: %1</source>
        <translation>Forespørgslen blev afvist: %1</translation>
    </message>
    <message numerus="yes">
        <source>Only %n standing place(s) left in %1; the basket was reduced.</source>
        <translation>
            <numerusform>Kun %n ståplads tilbage i %1; kurven blev reduceret.</numerusform>
            <numerusform>Kun %n ståpladser tilbage i %1; kurven blev reduceret.</numerusform>
        </translation>
    </message>
    <message>
        <source>Taken meanwhile and removed from the basket: %1</source>
        <translation>Taget i mellemtiden og fjernet fra kurven: %1</translation>
    </message>
    <message>
        <source>Some seats in the basket were taken meanwhile. They were removed from the basket; check the rest and sell again.

%1</source>
        <translation>Nogle sæder i kurven blev taget i mellemtiden. De er fjernet fra kurven; kontrollér resten og sælg igen.

%1</translation>
    </message>
    <message>
        <source>Seating rules</source>
        <translation>Pladsregler</translation>
    </message>
    <message>
        <source>These seats break the seating rules:

%1</source>
        <translation>Disse sæder bryder pladsreglerne:

%1</translation>
    </message>
    <message>
        <source>&amp;Override as supervisor…</source>
        <translation>&amp;Tilsidesæt som ansvarshavende…</translation>
    </message>
    <message>
        <source>Override the seating rules</source>
        <translation>Tilsidesæt pladsreglerne</translation>
    </message>
    <message>
        <source>Reason (kept in the order&apos;s history):</source>
        <translation>Årsag (gemmes i ordrens historik):</translation>
    </message>
    <message>
        <source>&lt;b&gt;Customer:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Kunde:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Take the hold off this seat so it can be sold to everybody</source>
        <translation>Fjern tilbageholdelsen af dette sæde, så det kan sælges til alle</translation>
    </message>
    <message>
        <source>%1 on hold %2</source>
        <translation>%1 tilbageholdt %2</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 fra %2</translation>
    </message>
    <message>
        <source> + %1</source>
        <translation> + %1</translation>
    </message>
    <message>
        <source> · basket takes %1</source>
        <translation> · kurven optager %1</translation>
    </message>
    <message>
        <source>Release hold %1</source>
        <translation>Frigiv tilbageholdelse %1</translation>
    </message>
    <message>
        <source>The hold was not released: %1</source>
        <translation>Tilbageholdelsen blev ikke frigivet: %1</translation>
    </message>
    <message numerus="yes">
        <source>Hold released on %n seat(s).</source>
        <translation>
            <numerusform>Tilbageholdelse frigivet for %n sæde.</numerusform>
            <numerusform>Tilbageholdelse frigivet for %n sæder.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reserve the basket for a customer, unpaid, until a time</source>
        <translation>Reservér kurven til en kunde, ubetalt, indtil et tidspunkt</translation>
    </message>
</context>
<context>
    <name>parkett::SeatMapDocument</name>
    <message numerus="yes">
        <source>Rotate %n seat(s)</source>
        <translation>
            <numerusform>Rotér %n sæde</numerusform>
            <numerusform>Rotér %n sæder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Align %n seat(s)</source>
        <translation>
            <numerusform>Justér %n sæde</numerusform>
            <numerusform>Justér %n sæder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Angle %n seat(s)</source>
        <translation>
            <numerusform>Vinkl %n sæde</numerusform>
            <numerusform>Vinkl %n sæder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Number %n seat(s)</source>
        <translation>
            <numerusform>Nummerér %n sæde</numerusform>
            <numerusform>Nummerér %n sæder</numerusform>
        </translation>
    </message>
    <message>
        <source>Add section %1</source>
        <translation>Tilføj sektion %1</translation>
    </message>
    <message numerus="yes">
        <source>Add table %1 with %n chair(s)</source>
        <translation>
            <numerusform>Tilføj bord %1 med %n stol</numerusform>
            <numerusform>Tilføj bord %1 med %n stole</numerusform>
        </translation>
    </message>
    <message>
        <source>Add standing zone %1</source>
        <translation>Tilføj ståpladsområde %1</translation>
    </message>
    <message>
        <source>Add a label</source>
        <translation>Tilføj en etiket</translation>
    </message>
    <message>
        <source>Add a shape</source>
        <translation>Tilføj en figur</translation>
    </message>
    <message>
        <source>Add area %1</source>
        <translation>Tilføj område %1</translation>
    </message>
    <message>
        <source>Set the focal point</source>
        <translation>Angiv fokuspunktet</translation>
    </message>
    <message numerus="yes">
        <source>Add %n seat(s) to %1</source>
        <translation>
            <numerusform>Føj %n sæde til %1</numerusform>
            <numerusform>Føj %n sæder til %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Take %n seat(s) out of %1</source>
        <translation>
            <numerusform>Tag %n sæde ud af %1</numerusform>
            <numerusform>Tag %n sæder ud af %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete section %1</source>
        <translation>Slet sektion %1</translation>
    </message>
    <message>
        <source>Delete table %1</source>
        <translation>Slet bord %1</translation>
    </message>
    <message>
        <source>Delete standing zone %1</source>
        <translation>Slet ståpladsområde %1</translation>
    </message>
    <message>
        <source>Delete a shape</source>
        <translation>Slet en figur</translation>
    </message>
    <message>
        <source>Delete area %1</source>
        <translation>Slet område %1</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n seat(s)</source>
        <translation>
            <numerusform>Indsæt %n sæde</numerusform>
            <numerusform>Indsæt %n sæder</numerusform>
        </translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>Rotér</translation>
    </message>
</context>
<context>
    <name>parkett::SeatMapEditor</name>
    <message>
        <source>Untitled plan</source>
        <translation>Unavngiven plan</translation>
    </message>
    <message>
        <source>%1 (version %2)%3 — Seat map editor</source>
        <translation>%1 (version %2)%3 — Pladsplaneditor</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Værktøjer</translation>
    </message>
    <message>
        <source>Tool options</source>
        <translation>Værktøjsindstillinger</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Priskategori:</translation>
    </message>
    <message>
        <source>Seats per row:</source>
        <translation>Sæder pr. række:</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>Rækker:</translation>
    </message>
    <message>
        <source>Row spacing:</source>
        <translation>Rækkeafstand:</translation>
    </message>
    <message>
        <source>Angle (°):</source>
        <translation>Vinkel (°):</translation>
    </message>
    <message>
        <source>Seat spacing:</source>
        <translation>Sædeafstand:</translation>
    </message>
    <message>
        <source>Curve by:</source>
        <translation>Krumning efter:</translation>
    </message>
    <message>
        <source>sagitta</source>
        <translation>pilhøjde</translation>
    </message>
    <message>
        <source>radius</source>
        <translation>radius</translation>
    </message>
    <message>
        <source>Chairs:</source>
        <translation>Stole:</translation>
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
        <translation>Rektangulær</translation>
    </message>
    <message>
        <source>Booking:</source>
        <translation>Booking:</translation>
    </message>
    <message>
        <source>By seat</source>
        <translation>Pr. sæde</translation>
    </message>
    <message>
        <source>Whole table</source>
        <translation>Hele bordet</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Selskab</translation>
    </message>
    <message>
        <source>Party min:</source>
        <translation>Selskab min.:</translation>
    </message>
    <message>
        <source>max:</source>
        <translation>maks.:</translation>
    </message>
    <message>
        <source>Standing zone</source>
        <translation>Ståpladsområde</translation>
    </message>
    <message>
        <source>Capacity:</source>
        <translation>Kapacitet:</translation>
    </message>
    <message>
        <source>Outline:</source>
        <translation>Omrids:</translation>
    </message>
    <message>
        <source>Rectangle</source>
        <translation>Rektangel</translation>
    </message>
    <message>
        <source>Polygon</source>
        <translation>Polygon</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Figur</translation>
    </message>
    <message>
        <source>Draw:</source>
        <translation>Tegn:</translation>
    </message>
    <message>
        <source>Ellipse</source>
        <translation>Ellipse</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Tekst:</translation>
    </message>
    <message>
        <source>Stage, Bar, Exit …</source>
        <translation>Scene, Bar, Udgang …</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>Farve:</translation>
    </message>
    <message>
        <source>Paint:</source>
        <translation>Mal:</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Priskategori</translation>
    </message>
    <message>
        <source>Seat flag</source>
        <translation>Sædemarkering</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <source>Wheelchair place</source>
        <translation>Kørestolsplads</translation>
    </message>
    <message>
        <source>Companion seat</source>
        <translation>Ledsagersæde</translation>
    </message>
    <message>
        <source>Restricted view</source>
        <translation>Begrænset udsyn</translation>
    </message>
    <message>
        <source>Aisle seat</source>
        <translation>Sæde ved midtergang</translation>
    </message>
    <message>
        <source>(add an area in the Areas panel first)</source>
        <translation>(tilføj først et område i panelet Områder)</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Visk ud</translation>
    </message>
    <message>
        <source>Snap to grid</source>
        <translation>Fastgør til gitter</translation>
    </message>
    <message>
        <source>Grid:</source>
        <translation>Gitter:</translation>
    </message>
    <message>
        <source>Snap to rows</source>
        <translation>Fastgør til rækker</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <source>&amp;Save as new version</source>
        <translation>&amp;Gem som ny version</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Luk</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Redigér</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Fortryd</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Annullér fortryd</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Klip</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>K&amp;opiér</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Indsæt</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Slet</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>Markér &amp;alt</translation>
    </message>
    <message>
        <source>&amp;Number rows and seats…</source>
        <translation>&amp;Nummerér rækker og sæder…</translation>
    </message>
    <message>
        <source>&amp;Align</source>
        <translation>&amp;Justér</translation>
    </message>
    <message>
        <source>Left edges</source>
        <translation>Venstre kanter</translation>
    </message>
    <message>
        <source>Horizontal centres</source>
        <translation>Vandrette midter</translation>
    </message>
    <message>
        <source>Right edges</source>
        <translation>Højre kanter</translation>
    </message>
    <message>
        <source>Top edges</source>
        <translation>Øverste kanter</translation>
    </message>
    <message>
        <source>Vertical centres</source>
        <translation>Lodrette midter</translation>
    </message>
    <message>
        <source>Bottom edges</source>
        <translation>Nederste kanter</translation>
    </message>
    <message>
        <source>Distribute horizontally</source>
        <translation>Fordel vandret</translation>
    </message>
    <message>
        <source>Distribute vertically</source>
        <translation>Fordel lodret</translation>
    </message>
    <message>
        <source>Rotate 15° &amp;left</source>
        <translation>Rotér 15° til &amp;venstre</translation>
    </message>
    <message>
        <source>Rotate 15° &amp;right</source>
        <translation>Rotér 15° til &amp;højre</translation>
    </message>
    <message>
        <source>An&amp;gle the block…</source>
        <translation>&amp;Vinkl blokken…</translation>
    </message>
    <message>
        <source>Angle the block</source>
        <translation>Vinkl blokken</translation>
    </message>
    <message>
        <source>Shift each row sideways by (degrees):</source>
        <translation>Forskyd hver række sidelæns med (grader):</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;ind</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Zoom &amp;ud</translation>
    </message>
    <message>
        <source>Zoom to &amp;fit</source>
        <translation>&amp;Tilpas</translation>
    </message>
    <message>
        <source>Zoom to &amp;selection</source>
        <translation>Zoom til &amp;markering</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Egenskaber</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Områder</translation>
    </message>
    <message>
        <source>&amp;Add area</source>
        <translation>&amp;Tilføj område</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Area %1</source>
        <translation>Område %1</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historik</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;åbnet&gt;</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Oversigt</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemer</translation>
    </message>
    <message>
        <source>No problems found</source>
        <translation>Ingen problemer fundet</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n seat(s))</source>
        <translation>
            <numerusform>%1 (%n sæde)</numerusform>
            <numerusform>%1 (%n sæder)</numerusform>
        </translation>
    </message>
    <message>
        <source> · distancing</source>
        <translation> · afstand</translation>
    </message>
    <message numerus="yes">
        <source>Select seats or an object to see and change their properties.

%n seat(s) in the plan.</source>
        <translation>
            <numerusform>Vælg sæder eller et objekt for at se og ændre deres egenskaber.

%n sæde i planen.</numerusform>
            <numerusform>Vælg sæder eller et objekt for at se og ændre deres egenskaber.

%n sæder i planen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n seat(s) selected&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n sæde valgt&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n sæder valgt&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Etiket:</translation>
    </message>
    <message>
        <source>Technical id:</source>
        <translation>Teknisk id:</translation>
    </message>
    <message>
        <source>Imported id:</source>
        <translation>Importeret id:</translation>
    </message>
    <message>
        <source>Where:</source>
        <translation>Placering:</translation>
    </message>
    <message>
        <source>%1, row %2</source>
        <translation>%1, række %2</translation>
    </message>
    <message>
        <source>&amp;Row:</source>
        <translation>&amp;Række:</translation>
    </message>
    <message>
        <source>(several)</source>
        <translation>(flere)</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Priskategori:</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Ændr %1</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Section&lt;/b&gt; · %n row(s)</source>
        <translation>
            <numerusform>&lt;b&gt;Sektion&lt;/b&gt; · %n række</numerusform>
            <numerusform>&lt;b&gt;Sektion&lt;/b&gt; · %n rækker</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Table&lt;/b&gt; · %n chair(s)</source>
        <translation>
            <numerusform>&lt;b&gt;Bord&lt;/b&gt; · %n stol</numerusform>
            <numerusform>&lt;b&gt;Bord&lt;/b&gt; · %n stole</numerusform>
        </translation>
    </message>
    <message>
        <source>Party of min–max persons</source>
        <translation>Selskab på min.–maks. personer</translation>
    </message>
    <message>
        <source>Change table booking</source>
        <translation>Ændr bordbooking</translation>
    </message>
    <message>
        <source>&amp;Booking:</source>
        <translation>&amp;Booking:</translation>
    </message>
    <message>
        <source>M&amp;in persons:</source>
        <translation>M&amp;in. personer:</translation>
    </message>
    <message>
        <source>M&amp;ax persons:</source>
        <translation>M&amp;aks. personer:</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>&lt;b&gt;Standing zone&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ståpladsområde&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation>&amp;Kapacitet:</translation>
    </message>
    <message>
        <source>Change category</source>
        <translation>Ændr priskategori</translation>
    </message>
    <message>
        <source>C&amp;ategory:</source>
        <translation>Pris&amp;kategori:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Shape&lt;/b&gt;</source>
        <translation>&lt;b&gt;Figur&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Tekst:</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>&amp;Farve:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Focal point&lt;/b&gt;</source>
        <translation>&lt;b&gt;Fokuspunkt&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Position:</source>
        <translation>Position:</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Area&lt;/b&gt; · %n seat(s)</source>
        <translation>
            <numerusform>&lt;b&gt;Område&lt;/b&gt; · %n sæde</numerusform>
            <numerusform>&lt;b&gt;Område&lt;/b&gt; · %n sæder</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename area</source>
        <translation>Omdøb område</translation>
    </message>
    <message>
        <source>Change area colour</source>
        <translation>Ændr områdets farve</translation>
    </message>
    <message>
        <source>Co&amp;lour:</source>
        <translation>Fa&amp;rve:</translation>
    </message>
    <message>
        <source>&amp;Distancing seating</source>
        <translation>&amp;Afstandsplacering</translation>
    </message>
    <message>
        <source>Turn distancing on</source>
        <translation>Slå afstand til</translation>
    </message>
    <message>
        <source>Turn distancing off</source>
        <translation>Slå afstand fra</translation>
    </message>
    <message>
        <source>Change area rules</source>
        <translation>Ændr områdets regler</translation>
    </message>
    <message>
        <source>Seats blocked each side:</source>
        <translation>Spærrede sæder på hver side:</translation>
    </message>
    <message>
        <source>Also in front and behind</source>
        <translation>Også foran og bagved</translation>
    </message>
    <message>
        <source>Also diagonally</source>
        <translation>Også diagonalt</translation>
    </message>
    <message>
        <source>Free seats at row ends:</source>
        <translation>Ledige sæder ved rækkeender:</translation>
    </message>
    <message>
        <source>Largest group:</source>
        <translation>Største gruppe:</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>ingen grænse</translation>
    </message>
    <message>
        <source>Most seats taken:</source>
        <translation>Højst optagne sæder:</translation>
    </message>
    <message>
        <source>Most seats taken is a percentage</source>
        <translation>Højst optagne sæder er en procentsats</translation>
    </message>
    <message>
        <source>One party per table</source>
        <translation>Ét selskab pr. bord</translation>
    </message>
    <message>
        <source>Radius instead of neighbours:</source>
        <translation>Radius i stedet for naboer:</translation>
    </message>
    <message>
        <source>off</source>
        <translation>fra</translation>
    </message>
    <message>
        <source>Order limits</source>
        <translation>Ordregrænser</translation>
    </message>
    <message>
        <source>Change order limits</source>
        <translation>Ændr ordregrænser</translation>
    </message>
    <message>
        <source>Most orders:</source>
        <translation>Højst ordrer:</translation>
    </message>
    <message>
        <source>Fewest persons per order:</source>
        <translation>Mindst personer pr. ordre:</translation>
    </message>
    <message>
        <source>Most persons per order:</source>
        <translation>Højst personer pr. ordre:</translation>
    </message>
    <message>
        <source>every price type</source>
        <translation>alle pristyper</translation>
    </message>
    <message>
        <source>Price types (codes):</source>
        <translation>Pristyper (koder):</translation>
    </message>
    <message>
        <source>&amp;Paint seats into this area</source>
        <translation>&amp;Mal sæder ind i dette område</translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s)</source>
        <translation>
            <numerusform>%n sæde</numerusform>
            <numerusform>%n sæder</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan not saved</source>
        <translation>Planen er ikke gemt</translation>
    </message>
    <message>
        <source>Saved as version %1</source>
        <translation>Gemt som version %1</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ikke-gemte ændringer</translation>
    </message>
    <message>
        <source>The plan has changes that are not saved. Close anyway and lose them?</source>
        <translation>Planen har ændringer, der ikke er gemt. Luk alligevel og mist dem?</translation>
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
        <translation>I kurven</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Reserveret</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Solgt</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Spærret</translation>
    </message>
    <message>
        <source>Wheelchair place</source>
        <translation>Kørestolsplads</translation>
    </message>
</context>
<context>
    <name>parkett::SeatMapView</name>
    <message>
        <source>Free</source>
        <translation>Ledig</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Tilbageholdt</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Reserveret</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Solgt</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Spærret</translation>
    </message>
    <message>
        <source>%1, table %2, seat %3</source>
        <translation>%1, bord %2, sæde %3</translation>
    </message>
    <message>
        <source>%1, row %2, seat %3</source>
        <translation>%1, række %2, sæde %3</translation>
    </message>
    <message>
        <source>%1, seat %2</source>
        <translation>%1, sæde %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Wheelchair place</source>
        <translation>Kørestolsplads</translation>
    </message>
    <message>
        <source>Companion seat</source>
        <translation>Ledsagersæde</translation>
    </message>
    <message>
        <source>Restricted view</source>
        <translation>Begrænset udsyn</translation>
    </message>
    <message>
        <source>In the basket</source>
        <translation>I kurven</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n place(s) free
Click to choose how many</source>
        <translation>
            <numerusform>%1: %n plads ledig
Klik for at vælge antal</numerusform>
            <numerusform>%1: %n pladser ledige
Klik for at vælge antal</numerusform>
        </translation>
    </message>
    <message>
        <source>Not for sale: %1</source>
        <translation>Ikke til salg: %1</translation>
    </message>
    <message>
        <source>%1 (hold %2)</source>
        <translation>%1 (tilbageholdelse %2)</translation>
    </message>
</context>
<context>
    <name>parkett::SelectTool</name>
    <message>
        <source>Select</source>
        <translation>Markér</translation>
    </message>
    <message>
        <source>Click or drag to select (Shift adds, Ctrl toggles); drag the selection to move it, Alt+drag to rotate; arrow keys nudge</source>
        <translation>Klik eller træk for at markere (Skift tilføjer, Ctrl skifter); træk markeringen for at flytte den, Alt+træk for at rotere; piletasterne flytter en smule</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Flyt</translation>
    </message>
</context>
<context>
    <name>parkett::ServerSettingsDialog</name>
    <message>
        <source>Work &amp;offline (sell from this terminal&apos;s lease)</source>
        <translation>Arbejd &amp;offline (sælg fra denne terminals kontingent)</translation>
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
        <translation>Nummeret, som denne computer blev registreret under på serveren</translation>
    </message>
    <message>
        <source>Server &amp;URL:</source>
        <translation>Server-&amp;URL:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Brugernavn:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Adgangskode:</translation>
    </message>
    <message>
        <source>&amp;Terminal:</source>
        <translation>&amp;Terminal:</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Log ind</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Log &amp;ud</translation>
    </message>
    <message>
        <source>Use the s&amp;tandalone box office</source>
        <translation>Brug det &amp;enkeltstående billetkontor</translation>
    </message>
    <message>
        <source>This file holds a standalone box office. Signing in keeps the server&apos;s data in a file of its own beside it, one per server; this box office stays as it is, and Parkett switches to the server&apos;s file.</source>
        <translation>Denne fil indeholder et enkeltstående billetkontor. Når du logger ind, gemmes serverens data i en separat fil ved siden af, én pr. server; dette billetkontor forbliver, som det er, og Parkett skifter til serverens fil.</translation>
    </message>
    <message>
        <source>Connected mode works on the server&apos;s own file; the standalone box office in %1 is kept as it was.</source>
        <translation>Forbundet tilstand arbejder på serverens egen fil; det enkeltstående billetkontor i %1 bevares, som det var.</translation>
    </message>
    <message>
        <source>Signed in as %1 at %2.</source>
        <translation>Logget ind som %1 på %2.</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>Ikke logget ind.</translation>
    </message>
    <message>
        <source>The server URL is not valid.</source>
        <translation>Serverens URL er ikke gyldig.</translation>
    </message>
    <message>
        <source>Enter your login.</source>
        <translation>Indtast dit brugernavn.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Logger ind…</translation>
    </message>
    <message>
        <source>Signed in, but the keychain refused the token (%1): you will have to sign in again after a restart.</source>
        <translation>Logget ind, men nøgleringen afviste tokenet (%1): du skal logge ind igen efter en genstart.</translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>Login mislykkedes: %1</translation>
    </message>
    <message>
        <source>The server&apos;s file could not be opened: %1</source>
        <translation>Serverens fil kunne ikke åbnes: %1</translation>
    </message>
    <message>
        <source>Signed in. Parkett now works on the server&apos;s file %1.</source>
        <translation>Logget ind. Parkett arbejder nu på serverens fil %1.</translation>
    </message>
    <message>
        <source>Parkett goes back to the standalone box office in %1.</source>
        <translation>Parkett vender tilbage til det enkeltstående billetkontor i %1.</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Log ud</translation>
    </message>
    <message numerus="yes">
        <source>%n operation(s) in the outbox have not reached the server yet. They stay on this computer and are sent after the next sign-in. Sign out anyway?</source>
        <translation>
            <numerusform>%n handling i udbakken har endnu ikke nået serveren. Den bliver på denne computer og sendes efter næste login. Log ud alligevel?</numerusform>
            <numerusform>%n handlinger i udbakken har endnu ikke nået serveren. De bliver på denne computer og sendes efter næste login. Log ud alligevel?</numerusform>
        </translation>
    </message>
    <message>
        <source>Signing out…</source>
        <translation>Logger ud…</translation>
    </message>
    <message>
        <source>Signed out; the keychain said: %1</source>
        <translation>Logget ud; nøgleringen svarede: %1</translation>
    </message>
</context>
<context>
    <name>parkett::ShapeTool</name>
    <message>
        <source>Standing zone</source>
        <translation>Ståpladsområde</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Sektion</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Figur</translation>
    </message>
    <message>
        <source>Click the corners; double click or Enter closes the outline, Escape drops it</source>
        <translation>Klik på hjørnerne; dobbeltklik eller Enter lukker omridset, Escape kasserer det</translation>
    </message>
    <message>
        <source>Click where the label goes</source>
        <translation>Klik dér, hvor etiketten skal stå</translation>
    </message>
    <message>
        <source>Drag a rectangle</source>
        <translation>Træk et rektangel</translation>
    </message>
    <message>
        <source>Section %1</source>
        <translation>Sektion %1</translation>
    </message>
    <message>
        <source>Standing %1</source>
        <translation>Ståpladser %1</translation>
    </message>
</context>
<context>
    <name>parkett::SupervisorQueueDialog</name>
    <message>
        <source>Seats no longer leased to this terminal</source>
        <translation>Sæder ikke længere tildelt denne terminal</translation>
    </message>
    <message>
        <source>Seats taken by another sale</source>
        <translation>Sæder taget af et andet salg</translation>
    </message>
    <message>
        <source>Seating rules refuse it</source>
        <translation>Afvist af pladsreglerne</translation>
    </message>
    <message>
        <source>Receipt already on the server</source>
        <translation>Kvittering allerede på serveren</translation>
    </message>
    <message>
        <source>Not possible in the order&apos;s state</source>
        <translation>Ikke muligt i ordrens tilstand</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åben</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Refunderet</translation>
    </message>
    <message>
        <source>Moved to other seats</source>
        <translation>Flyttet til andre sæder</translation>
    </message>
    <message>
        <source>Sent again</source>
        <translation>Sendt igen</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepteret</translation>
    </message>
    <message>
        <source>Show &amp;resolved</source>
        <translation>Vis &amp;løste</translation>
    </message>
    <message>
        <source>Supervisor queue</source>
        <translation>Den ansvarshavendes kø</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Afvist</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Ordre</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Årsag</translation>
    </message>
    <message>
        <source>Server&apos;s message</source>
        <translation>Serverens meddelelse</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Sæder</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tilstand</translation>
    </message>
    <message>
        <source>Re&amp;fund</source>
        <translation>Re&amp;fundér</translation>
    </message>
    <message>
        <source>Cancel the sale here; the guest gets the money back</source>
        <translation>Annullér salget her; gæsten får pengene tilbage</translation>
    </message>
    <message>
        <source>&amp;Moved…</source>
        <translation>&amp;Flyttet…</translation>
    </message>
    <message>
        <source>The guest got other seats through a new sale; cancel this one</source>
        <translation>Gæsten fik andre sæder gennem et nyt salg; annullér dette</translation>
    </message>
    <message>
        <source>Send &amp;again</source>
        <translation>Send &amp;igen</translation>
    </message>
    <message>
        <source>Send the sale again, after its seats were leased to this terminal again</source>
        <translation>Send salget igen, efter at dets sæder er tildelt denne terminal igen</translation>
    </message>
    <message>
        <source>&amp;Accept…</source>
        <translation>&amp;Acceptér…</translation>
    </message>
    <message>
        <source>Leave the sale as it is, with a note</source>
        <translation>Lad salget være, som det er, med en note</translation>
    </message>
    <message>
        <source>Note for the record:</source>
        <translation>Note til journalen:</translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation>Ikke udført: %1</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Refusion</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Acceptér</translation>
    </message>
    <message>
        <source>Customer blocked from sale, no supervisor approved</source>
        <translation>Kunden er spærret for salg, ingen godkendelse fra ansvarshavende</translation>
    </message>
    <message>
        <source>Appro&amp;ve and send again…</source>
        <translation>God&amp;kend og send igen…</translation>
    </message>
    <message>
        <source>A supervisor allows the sale to the blocked customer; the server checks the supervisor&apos;s password, then the sale goes again</source>
        <translation>En ansvarshavende tillader salget til den spærrede kunde; serveren kontrollerer den ansvarshavendes adgangskode, og så sendes salget igen</translation>
    </message>
    <message>
        <source>Supervisor approval</source>
        <translation>Godkendelse fra ansvarshavende</translation>
    </message>
    <message>
        <source>Login of the supervisor allowing this sale:</source>
        <translation>Login for den ansvarshavende, der tillader dette salg:</translation>
    </message>
    <message>
        <source>Password of %1 (checked by the server):</source>
        <translation>Adgangskode for %1 (kontrolleres af serveren):</translation>
    </message>
    <message>
        <source>Checking the supervisor with the server…</source>
        <translation>Serveren kontrollerer den ansvarshavende…</translation>
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
        <translation>Server&amp;indstillinger…</translation>
    </message>
    <message>
        <source>Supervisor &amp;queue…</source>
        <translation>Den &amp;ansvarshavendes kø…</translation>
    </message>
    <message>
        <source>Terminal &amp;leases…</source>
        <translation>Terminal&amp;kontingenter…</translation>
    </message>
    <message>
        <source>Work &amp;offline</source>
        <translation>Arbejd &amp;offline</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Synkronisér &amp;nu</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Afslut</translation>
    </message>
    <message numerus="yes">
        <source>%n operation(s) in the outbox have not reached the server yet. They stay on this computer and are sent when Parkett runs again with the server in reach. Quit anyway?</source>
        <translation>
            <numerusform>%n handling i udbakken har endnu ikke nået serveren. Den bliver på denne computer og sendes, når Parkett kører igen, og serveren kan nås. Afslut alligevel?</numerusform>
            <numerusform>%n handlinger i udbakken har endnu ikke nået serveren. De bliver på denne computer og sendes, når Parkett kører igen, og serveren kan nås. Afslut alligevel?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parkett::SyncStatusWidget</name>
    <message>
        <source>Operations the server refused; a supervisor decides what happens</source>
        <translation>Handlinger, som serveren afviste; en ansvarshavende beslutter, hvad der skal ske</translation>
    </message>
    <message>
        <source>Syncing %v/%m</source>
        <translation>Synkroniserer %v/%m</translation>
    </message>
    <message>
        <source>Offline (by choice)</source>
        <translation>Offline (valgt)</translation>
    </message>
    <message>
        <source>Selling from this terminal&apos;s lease; sales wait in the outbox</source>
        <translation>Sælger fra denne terminals kontingent; salg venter i udbakken</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Ikke forbundet</translation>
    </message>
    <message>
        <source>No server: sales are kept on this computer</source>
        <translation>Ingen server: salg gemmes på denne computer</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Forbundet til %1</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>The server cannot be reached; selling from this terminal&apos;s lease, sales wait in the outbox</source>
        <translation>Serveren kan ikke nås; sælger fra denne terminals kontingent, salg venter i udbakken</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Aldrig synkroniseret</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Synkroniseret %1</translation>
    </message>
    <message numerus="yes">
        <source>Outbox: %n</source>
        <translation>
            <numerusform>Udbakke: %n</numerusform>
            <numerusform>Udbakke: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Outbox: ?</source>
        <translation>Udbakke: ?</translation>
    </message>
    <message>
        <source>Operations made here that the server has not received yet</source>
        <translation>Handlinger foretaget her, som serveren endnu ikke har modtaget</translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n afvist</numerusform>
            <numerusform>%n afvist</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parkett::TableTool</name>
    <message>
        <source>Add table</source>
        <translation>Tilføj bord</translation>
    </message>
    <message numerus="yes">
        <source>Click to place a %1 table with %n chair(s)</source>
        <translation>
            <numerusform>Klik for at placere et %1 bord med %n stol</numerusform>
            <numerusform>Klik for at placere et %1 bord med %n stole</numerusform>
        </translation>
    </message>
    <message>
        <source>round</source>
        <translation>rundt</translation>
    </message>
    <message>
        <source>rectangular</source>
        <translation>rektangulært</translation>
    </message>
</context>
<context>
    <name>parkett::TicketLayoutEditor</name>
    <message>
        <source>Text &quot;%1&quot;</source>
        <translation>Tekst &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>Boks</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linje</translation>
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
        <translation>QR-kode: %1</translation>
    </message>
    <message>
        <source>Field: %1</source>
        <translation>Felt: %1</translation>
    </message>
    <message>
        <source>Ticket layouts</source>
        <translation>Billetlayouts</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Åbn…</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Gem…</translation>
    </message>
    <message>
        <source>As the printer prints it (FGL)</source>
        <translation>Som printeren udskriver det (FGL)</translation>
    </message>
    <message>
        <source>+ Field</source>
        <translation>+ Felt</translation>
    </message>
    <message>
        <source>+ Text</source>
        <translation>+ Tekst</translation>
    </message>
    <message>
        <source>+ Box</source>
        <translation>+ Boks</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Venstre</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>Midte</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Højre</translation>
    </message>
    <message>
        <source>Shows</source>
        <translation>Viser</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>X (dots)</source>
        <translation>X (punkter)</translation>
    </message>
    <message>
        <source>Y (dots)</source>
        <translation>Y (punkter)</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Bredde</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Højde</translation>
    </message>
    <message>
        <source>Font size (dots)</source>
        <translation>Skriftstørrelse (punkter)</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Fed</translation>
    </message>
    <message>
        <source>Alignment</source>
        <translation>Justering</translation>
    </message>
    <message>
        <source>Rotation</source>
        <translation>Rotation</translation>
    </message>
    <message>
        <source>Module / line (dots)</source>
        <translation>Modul / linje (punkter)</translation>
    </message>
    <message>
        <source>Open ticket layout</source>
        <translation>Åbn billetlayout</translation>
    </message>
    <message>
        <source>Ticket layouts (*.json)</source>
        <translation>Billetlayouts (*.json)</translation>
    </message>
    <message>
        <source>Save ticket layout</source>
        <translation>Gem billetlayout</translation>
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
