<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
<context>
    <name>AddRowCommand</name>
    <message numerus="yes">
        <source>Add row %1 with %n seat(s)</source>
        <translation>
            <numerusform>Legg til rad %1 med %n sete</numerusform>
            <numerusform>Legg til rad %1 med %n seter</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AddTableSeatsCommand</name>
    <message numerus="yes">
        <source>Add %n chair(s)</source>
        <translation>
            <numerusform>Legg til %n stol</numerusform>
            <numerusform>Legg til %n stoler</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Parkett box office</source>
        <translation>Parkett billettkontor</translation>
    </message>
    <message>
        <source>The SQLite database to use (default: %1).</source>
        <translation>SQLite-databasen som skal brukes (standard: %1).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fil</translation>
    </message>
    <message>
        <source>Fill an empty database with the demo theatre.</source>
        <translation>Fyll en tom database med demoteateret.</translation>
    </message>
    <message>
        <source>Use this fixed time as &quot;now&quot; (ISO 8601), for tests.</source>
        <translation>Bruk dette faste tidspunktet som «nå» (ISO 8601), for tester.</translation>
    </message>
    <message>
        <source>time</source>
        <translation>tidspunkt</translation>
    </message>
    <message>
        <source>Print the milliseconds until the window is shown, then exit.</source>
        <translation>Skriv ut millisekundene til vinduet vises, og avslutt deretter.</translation>
    </message>
    <message>
        <source>Save screenshots into a folder, then exit.</source>
        <translation>Lagre skjermbilder i en mappe, og avslutt deretter.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>mappe</translation>
    </message>
    <message>
        <source>--now: &quot;%1&quot; is not an ISO 8601 time.</source>
        <translation>--now: «%1» er ikke et ISO 8601-tidspunkt.</translation>
    </message>
    <message>
        <source>The database %1 cannot be used. It was not changed.

%2</source>
        <translation>Databasen %1 kan ikke brukes. Den ble ikke endret.

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
            <numerusform>Flytt %n sete</numerusform>
            <numerusform>Flytt %n seter</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelabelRowsCommand</name>
    <message numerus="yes">
        <source>Name %n row(s)</source>
        <translation>
            <numerusform>Gi navn til %n rad</numerusform>
            <numerusform>Gi navn til %n rader</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelabelSeatsCommand</name>
    <message numerus="yes">
        <source>Number %n seat(s)</source>
        <translation>
            <numerusform>Nummerer %n sete</numerusform>
            <numerusform>Nummerer %n seter</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemoveEmptyRowCommand</name>
    <message>
        <source>Delete a row</source>
        <translation>Slett en rad</translation>
    </message>
</context>
<context>
    <name>RemoveSeatsCommand</name>
    <message numerus="yes">
        <source>Delete %n seat(s)</source>
        <translation>
            <numerusform>Slett %n sete</numerusform>
            <numerusform>Slett %n seter</numerusform>
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
            <numerusform> · %n i handlekurven</numerusform>
            <numerusform> · %n i handlekurven</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SetCategoryCommand</name>
    <message numerus="yes">
        <source>Set the category of %n seat(s)</source>
        <translation>
            <numerusform>Angi priskategori for %n sete</numerusform>
            <numerusform>Angi priskategori for %n seter</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SetFlagCommand</name>
    <message numerus="yes">
        <source>Mark %n seat(s)</source>
        <translation>
            <numerusform>Merk %n sete</numerusform>
            <numerusform>Merk %n seter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unmark %n seat(s)</source>
        <translation>
            <numerusform>Fjern merking av %n sete</numerusform>
            <numerusform>Fjern merking av %n seter</numerusform>
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
        <translation>eksportert</translation>
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
        <translation>Samtykkehistorikk</translation>
    </message>
    <message>
        <source>granted</source>
        <translation>gitt</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>trukket tilbake</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Ordrer</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historikk</translation>
    </message>
</context>
<context>
    <name>parkett::BasketModel</name>
    <message>
        <source>Ticket</source>
        <translation>Billett</translation>
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
        <translation>Legg til blokk</translation>
    </message>
    <message>
        <source>Drag a rectangle to fill it with rows; click for %1 rows of %2 seats</source>
        <translation>Dra et rektangel for å fylle det med rader; klikk for %1 rader med %2 seter</translation>
    </message>
    <message numerus="yes">
        <source>Add a block of %n row(s)</source>
        <translation>
            <numerusform>Legg til en blokk med %n rad</numerusform>
            <numerusform>Legg til en blokk med %n rader</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parkett::CompositionRoot</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Mappen %1 kan ikke opprettes.</translation>
    </message>
    <message>
        <source>Standalone</source>
        <translation>Frittstående</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Koblet til %1</translation>
    </message>
    <message>
        <source>Parkett</source>
        <translation>Parkett</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 kan ikke åpnes: %2</translation>
    </message>
</context>
<context>
    <name>parkett::ConnectedCustomers</name>
    <message>
        <source>A customer&apos;s flags are shared with every counter through the server, which cannot be reached now. Nothing was changed; try again when the connection is back.</source>
        <translation>En kundes merknader deles med alle kasser via serveren, som ikke kan nås nå. Ingenting ble endret; prøv igjen når forbindelsen er tilbake.</translation>
    </message>
    <message>
        <source>A customer&apos;s name, e-mail and phone are kept on the server for every counter, which cannot be reached now. Nothing was saved; the other details can be saved while offline.</source>
        <translation>En kundes navn, e-post og telefon lagres på serveren for alle kasser, og den kan ikke nås nå. Ingenting ble lagret; de andre opplysningene kan lagres frakoblet.</translation>
    </message>
    <message>
        <source>A customer is anonymised on the server, for every counter, and the server cannot be reached now. Nothing was changed; try again when the connection is back.</source>
        <translation>En kunde anonymiseres på serveren for alle kasser, og serveren kan ikke nås nå. Ingenting ble endret; prøv igjen når forbindelsen er tilbake.</translation>
    </message>
    <message>
        <source>Customers are merged on the server, for every counter, and the server cannot be reached now. Nothing was changed; try again when the connection is back.</source>
        <translation>Kunder slås sammen på serveren for alle kasser, og serveren kan ikke nås nå. Ingenting ble endret; prøv igjen når forbindelsen er tilbake.</translation>
    </message>
    <message>
        <source>A merge made on the server cannot be undone at the counter.</source>
        <translation>En sammenslåing gjort på serveren kan ikke angres ved kassen.</translation>
    </message>
</context>
<context>
    <name>parkett::ConnectedSales</name>
    <message>
        <source>Online: sales go to the server</source>
        <translation>Tilkoblet: salg går til serveren</translation>
    </message>
    <message>
        <source>Offline: sales from this terminal&apos;s lease</source>
        <translation>Frakoblet: salg fra denne terminalens kontingent</translation>
    </message>
    <message>
        <source>The server&apos;s seating rules cannot be overridden at the counter.</source>
        <translation>Serverens plassregler kan ikke overstyres i skranken.</translation>
    </message>
    <message>
        <source>Offline, this terminal sells only what is leased to it (Server &gt; Terminal leases). %1</source>
        <translation>Frakoblet selger denne terminalen bare det som er tildelt dens kontingent (Server &gt; Terminalkontingenter). %1</translation>
    </message>
    <message>
        <source>A reservation needs the server, which cannot be reached now. Offline, this terminal can only sell from its lease.</source>
        <translation>En reservasjon krever serveren, som ikke kan nås nå. Frakoblet kan denne terminalen bare selge fra sitt kontingent.</translation>
    </message>
    <message>
        <source>The server refused the supervisor&apos;s approval: %1. Nothing was sold; ask the supervisor again at the customer card.</source>
        <translation>Serveren avviste godkjenningen fra den ansvarshavende: %1. Ingenting ble solgt; spør den ansvarshavende igjen på kundekortet.</translation>
    </message>
    <message>
        <source>%1 needs the server, which cannot be reached now. Nothing was saved; try again when the connection is back.</source>
        <translation>%1 krever serveren, som ikke kan nås nå. Ingenting ble lagret; prøv igjen når forbindelsen er tilbake.</translation>
    </message>
    <message>
        <source>This customer is blocked from sale. A supervisor&apos;s approval needs the server, which cannot be reached now: this terminal cannot check the supervisor&apos;s password. Nothing was sold.</source>
        <translation>Denne kunden er sperret for salg. Godkjenning fra den ansvarshavende krever serveren, som ikke kan nås nå: denne terminalen kan ikke kontrollere passordet til den ansvarshavende. Ingenting ble solgt.</translation>
    </message>
    <message>
        <source>A reservation</source>
        <translation>En reservasjon</translation>
    </message>
    <message>
        <source>Paying a reservation</source>
        <translation>Betaling av en reservasjon</translation>
    </message>
    <message>
        <source>Cancelling a reservation</source>
        <translation>Kansellering av en reservasjon</translation>
    </message>
</context>
<context>
    <name>parkett::ConsentHistoryModel</name>
    <message>
        <source>Newsletter</source>
        <translation>Nyhetsbrev</translation>
    </message>
    <message>
        <source>Event information</source>
        <translation>Informasjon om arrangementer</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
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
        <translation>Forhåndssalgssted</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Gitt</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Trukket tilbake</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Når</translation>
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
        <translation>Registrert av</translation>
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
        <translation>Storbritannia</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation>Nederland</translation>
    </message>
    <message>
        <source>Poland</source>
        <translation>Polen</translation>
    </message>
    <message>
        <source>Ukraine</source>
        <translation>Ukraina</translation>
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
        <translation>Legg til en markering fra listen som er definert i innstillingene</translation>
    </message>
    <message>
        <source>&amp;Sell…</source>
        <translation>&amp;Selg…</translation>
    </message>
    <message>
        <source>Sell tickets with this customer in the basket</source>
        <translation>Selg billetter med denne kunden i handlekurven</translation>
    </message>
    <message>
        <source>&amp;Reserve…</source>
        <translation>&amp;Reserver…</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Mer</translation>
    </message>
    <message>
        <source>Export data (JSON)…</source>
        <translation>Eksporter data (JSON)…</translation>
    </message>
    <message>
        <source>Export data (PDF)…</source>
        <translation>Eksporter data (PDF)…</translation>
    </message>
    <message>
        <source>Merge a duplicate into this customer…</source>
        <translation>Slå sammen et duplikat med denne kunden…</translation>
    </message>
    <message>
        <source>Merged. The merge can be undone for 30 days.</source>
        <translation>Slått sammen. Sammenslåingen kan angres i 30 dager.</translation>
    </message>
    <message>
        <source>Undo the last merge…</source>
        <translation>Angre den siste sammenslåingen…</translation>
    </message>
    <message>
        <source>Anonymise…</source>
        <translation>Anonymiser…</translation>
    </message>
    <message>
        <source>Open in own window</source>
        <translation>Åpne i eget vindu</translation>
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
        <translation>&amp;Historikk</translation>
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
        <translation>&amp;Etternavn</translation>
    </message>
    <message>
        <source>Compan&amp;y</source>
        <translation>Firm&amp;a</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-post</translation>
    </message>
    <message>
        <source>Other e-&amp;mails</source>
        <translation>Andre e-&amp;postadresser</translation>
    </message>
    <message>
        <source>Separated by commas; searchable</source>
        <translation>Atskilt med komma; søkbar</translation>
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
        <translation>S&amp;pråk</translation>
    </message>
    <message>
        <source>Birthday known</source>
        <translation>Fødselsdag kjent</translation>
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
        <translation>&amp;Gate</translation>
    </message>
    <message>
        <source>Postco&amp;de</source>
        <translation>Post&amp;nummer</translation>
    </message>
    <message>
        <source>C&amp;ity</source>
        <translation>&amp;Sted</translation>
    </message>
    <message>
        <source>Co&amp;untry</source>
        <translation>&amp;Land</translation>
    </message>
    <message>
        <source>Internal note (staff only, never printed or sent)</source>
        <translation>Internt notat (kun for ansatte, skrives aldri ut eller sendes)</translation>
    </message>
    <message>
        <source>Web profile</source>
        <translation>Webprofil</translation>
    </message>
    <message>
        <source>&amp;Link…</source>
        <translation>&amp;Koble til…</translation>
    </message>
    <message>
        <source>Unlin&amp;k</source>
        <translation>Koble &amp;fra</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <source>Save the contact (Ctrl+S)</source>
        <translation>Lagre kontakten (Ctrl+S)</translation>
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
        <translation>Kansellerte ordrer</translation>
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
            <numerusform>%1 av %n ordre</numerusform>
            <numerusform>%1 av %n ordrer</numerusform>
        </translation>
    </message>
    <message>
        <source>Consent now</source>
        <translation>Gjeldende samtykke</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 av %2</translation>
    </message>
    <message>
        <source>Given &amp;at</source>
        <translation>Gitt &amp;den</translation>
    </message>
    <message>
        <source>Consent history</source>
        <translation>Samtykkehistorikk</translation>
    </message>
    <message>
        <source>%1 · anonymised</source>
        <translation>%1 · anonymisert</translation>
    </message>
    <message>
        <source>&lt;b&gt;Internal note&lt;/b&gt;&lt;br&gt;%1</source>
        <translation>&lt;b&gt;Internt notat&lt;/b&gt;&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>Web-shop account: %1</source>
        <translation>Nettbutikkonto: %1</translation>
    </message>
    <message>
        <source>No web-shop account linked</source>
        <translation>Ingen nettbutikkonto tilknyttet</translation>
    </message>
    <message>
        <source>Linked to the web-shop account %1</source>
        <translation>Tilknyttet nettbutikkontoen %1</translation>
    </message>
    <message>
        <source>Remove the flag %1</source>
        <translation>Fjern markeringen %1</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ulagrede endringer</translation>
    </message>
    <message>
        <source>A customer needs a first or last name.</source>
        <translation>En kunde må ha fornavn eller etternavn.</translation>
    </message>
    <message>
        <source>This is not an e-mail address (name@example.com).</source>
        <translation>Dette er ikke en e-postadresse (name@example.com).</translation>
    </message>
    <message>
        <source>This is not a phone number: use digits, with + and the country code for numbers abroad.</source>
        <translation>Dette er ikke et telefonnummer: bruk sifre, med + og landskode for utenlandske numre.</translation>
    </message>
    <message>
        <source>This is not a postcode in %1.</source>
        <translation>Dette er ikke et postnummer i %1.</translation>
    </message>
    <message>
        <source>The date is in the future.</source>
        <translation>Datoen er i fremtiden.</translation>
    </message>
    <message>
        <source>Please correct the marked fields.</source>
        <translation>Rett de merkede feltene.</translation>
    </message>
    <message>
        <source>The customer could not be saved: %1</source>
        <translation>Kunden kunne ikke lagres: %1</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Din</translation>
    </message>
    <message>
        <source>Saved meanwhile</source>
        <translation>Lagret i mellomtiden</translation>
    </message>
    <message>
        <source>Changed meanwhile</source>
        <translation>Endret i mellomtiden</translation>
    </message>
    <message>
        <source>Someone else saved this customer while you were editing. Compare the two versions:</source>
        <translation>Noen andre lagret denne kunden mens du redigerte. Sammenlign de to versjonene:</translation>
    </message>
    <message>
        <source>Save mine over theirs</source>
        <translation>Lagre min versjon over deres</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Bruk deres</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Lagret.</translation>
    </message>
    <message>
        <source>Changes discarded.</source>
        <translation>Endringer forkastet.</translation>
    </message>
    <message>
        <source>The flag could not be added: %1</source>
        <translation>Markeringen kunne ikke legges til: %1</translation>
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
        <translation>Koble til en nettbutikkonto</translation>
    </message>
    <message>
        <source>Search accounts by e-mail</source>
        <translation>Søk etter kontoer med e-post</translation>
    </message>
    <message>
        <source>The web profile could not be linked: %1</source>
        <translation>Webprofilen kunne ikke kobles til: %1</translation>
    </message>
    <message>
        <source>The web profile could not be unlinked: %1</source>
        <translation>Webprofilen kunne ikke kobles fra: %1</translation>
    </message>
    <message>
        <source>The order could not be read: %1</source>
        <translation>Ordren kunne ikke leses: %1</translation>
    </message>
    <message>
        <source>Blocked from sale</source>
        <translation>Sperret for salg</translation>
    </message>
    <message>
        <source>%1 is blocked from sale (%2). Nothing can be sold or reserved for this customer unless a supervisor allows it.</source>
        <translation>%1 er sperret for salg (%2). Ingenting kan selges eller reserveres til denne kunden med mindre en ansvarshavende tillater det.</translation>
    </message>
    <message>
        <source>Supervisor override…</source>
        <translation>Godkjenning fra ansvarshavende…</translation>
    </message>
    <message>
        <source>There is no supervisor who could allow this sale.</source>
        <translation>Det finnes ingen ansvarshavende som kan tillate dette salget.</translation>
    </message>
    <message>
        <source>Supervisor override</source>
        <translation>Godkjenning fra ansvarshavende</translation>
    </message>
    <message>
        <source>Supervisor allowing this sale:</source>
        <translation>Ansvarshavende som tillater dette salget:</translation>
    </message>
    <message>
        <source>The override was refused: %1</source>
        <translation>Godkjenningen ble avvist: %1</translation>
    </message>
    <message>
        <source>Export customer data</source>
        <translation>Eksporter kundedata</translation>
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
        <translation>Anonymiser kunde</translation>
    </message>
    <message>
        <source>Remove all personal data of %1? The orders stay for the accounts; this cannot be undone.</source>
        <translation>Fjerne alle personopplysninger om %1? Ordrene beholdes for regnskapet; dette kan ikke angres.</translation>
    </message>
    <message>
        <source>The customer could not be anonymised: %1</source>
        <translation>Kunden kunne ikke anonymiseres: %1</translation>
    </message>
    <message>
        <source>The merges could not be read: %1</source>
        <translation>Sammenslåingene kunne ikke leses: %1</translation>
    </message>
    <message>
        <source>There is no merge of the last 30 days to undo.</source>
        <translation>Det finnes ingen sammenslåing fra de siste 30 dagene å angre.</translation>
    </message>
    <message>
        <source>Undo merge</source>
        <translation>Angre sammenslåing</translation>
    </message>
    <message>
        <source>Undo merging %1 into this customer? %1 comes back with its orders, consents, flags and history.</source>
        <translation>Angre sammenslåingen av %1 med denne kunden? %1 kommer tilbake med sine ordrer, samtykker, markeringer og historikk.</translation>
    </message>
    <message>
        <source>The merge could not be undone: %1</source>
        <translation>Sammenslåingen kunne ikke angres: %1</translation>
    </message>
    <message>
        <source>Merge undone; %1 is a customer of its own again.</source>
        <translation>Sammenslåingen er angret; %1 er igjen en egen kunde.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Su&amp;bscription / season</source>
        <translation>A&amp;bonnement / sesong</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Password of %1:</source>
        <translation>Passord for %1:</translation>
    </message>
    <message>
        <source>&amp;Pay reservation…</source>
        <translation>&amp;Betal reservasjon…</translation>
    </message>
    <message>
        <source>Cance&amp;l reservation…</source>
        <translation>Kansel&amp;ler reservasjon…</translation>
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
        <translation>Bankoverføring</translation>
    </message>
    <message>
        <source>Pay reservation</source>
        <translation>Betal reservasjon</translation>
    </message>
    <message>
        <source>Paid by:</source>
        <translation>Betalt med:</translation>
    </message>
    <message>
        <source>Cancel reservation</source>
        <translation>Kanseller reservasjon</translation>
    </message>
    <message>
        <source>Reason (kept in the order&apos;s history):</source>
        <translation>Årsak (lagres i ordrens historikk):</translation>
    </message>
    <message>
        <source>The reservation could not be paid: %1</source>
        <translation>Reservasjonen kunne ikke betales: %1</translation>
    </message>
    <message>
        <source>The reservation could not be cancelled: %1</source>
        <translation>Reservasjonen kunne ikke kanselleres: %1</translation>
    </message>
    <message>
        <source>A supervisor&apos;s approval needs the server, which cannot be reached now: this terminal cannot check the supervisor&apos;s password. Sell to this customer when the connection is back.</source>
        <translation>Godkjenning fra den ansvarshavende krever serveren, som ikke kan nås nå: denne terminalen kan ikke kontrollere passordet til den ansvarshavende. Selg til denne kunden når forbindelsen er tilbake.</translation>
    </message>
    <message>
        <source>Login of the supervisor allowing this sale:</source>
        <translation>Brukernavn til den ansvarshavende som tillater dette salget:</translation>
    </message>
    <message>
        <source>Password of %1 (checked by the server when the sale is placed):</source>
        <translation>Passord for %1 (kontrolleres av serveren når salget gjennomføres):</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Lagrer…</translation>
    </message>
</context>
<context>
    <name>parkett::CustomerHistoryModel</name>
    <message>
        <source>Created</source>
        <translation>Opprettet</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Endret</translation>
    </message>
    <message>
        <source>Flag added</source>
        <translation>Markering lagt til</translation>
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
        <translation>Slått sammen</translation>
    </message>
    <message>
        <source>Merge undone</source>
        <translation>Sammenslåing angret</translation>
    </message>
    <message>
        <source>Data exported</source>
        <translation>Data eksportert</translation>
    </message>
    <message>
        <source>Anonymised</source>
        <translation>Anonymisert</translation>
    </message>
    <message>
        <source>Blocked sale allowed</source>
        <translation>Sperret salg tillatt</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Fornavn</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Etternavn</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
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
        <translation>Språk</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Fødselsdag</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Gate</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Sted</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Internt notat</translation>
    </message>
    <message>
        <source>Alternative e-mails</source>
        <translation>Alternative e-postadresser</translation>
    </message>
    <message>
        <source>Web profile</source>
        <translation>Webprofil</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Når</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hva</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Felt</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Gammel verdi</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Ny verdi</translation>
    </message>
</context>
<context>
    <name>parkett::CustomerMergeDialog</name>
    <message>
        <source>Merge a duplicate into %1</source>
        <translation>Slå sammen et duplikat med %1</translation>
    </message>
    <message>
        <source>Find the duplicate: name, e-mail, phone or number</source>
        <translation>Finn duplikatet: navn, e-post, telefon eller nummer</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Slå sammen</translation>
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
        <translation>&lt;b&gt;Hent fra %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(tom)</translation>
    </message>
    <message>
        <source>%1 order(s) of %2 move to %3, with consents, flags and history; %2&apos;s e-mail stays as another e-mail. The merge is logged and can be undone for 30 days.</source>
        <translation>%1 ordre(r) fra %2 flyttes til %3 sammen med samtykker, markeringer og historikk; e-postadressen til %2 beholdes som en ekstra e-postadresse. Sammenslåingen logges og kan angres i 30 dager.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Slå sammen</translation>
    </message>
    <message>
        <source>The customers were not merged: %1</source>
        <translation>Kundene ble ikke slått sammen: %1</translation>
    </message>
</context>
<context>
    <name>parkett::CustomerOrdersModel</name>
    <message>
        <source>Reserved</source>
        <translation>Reservert</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Solgt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Kansellert</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Utløpt</translation>
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
        <translation>Forhåndssalgssted</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) · %1</source>
        <translation>
            <numerusform>%n billett · %1</numerusform>
            <numerusform>%n billetter · %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Reserved until %1</source>
        <translation>Reservert til %1</translation>
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
        <translation>Innhold</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>Season: %1</source>
        <translation>Sesong: %1</translation>
    </message>
    <message>
        <source>Subscription: %1</source>
        <translation>Abonnement: %1</translation>
    </message>
    <message>
        <source>Subscription / season</source>
        <translation>Abonnement / sesong</translation>
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
        <translation>%1 — funnet via %2</translation>
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
        <translation>E-post</translation>
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
        <translation>Navn, e-post, telefon, kunde-, ordre- eller billettnummer (Ctrl+K); Enter åpner</translation>
    </message>
    <message>
        <source>&amp;New customer…</source>
        <translation>&amp;Ny kunde…</translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation>Søket mislyktes: %1</translation>
    </message>
    <message>
        <source>Nobody found. Enter creates a new customer.</source>
        <translation>Ingen funnet. Enter oppretter en ny kunde.</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s); Enter opens the first, Down moves to the list.</source>
        <translation>
            <numerusform>%n kunde; Enter åpner den, pil ned flytter til listen.</numerusform>
            <numerusform>%n kunder; Enter åpner den første, pil ned flytter til listen.</numerusform>
        </translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Ny kunde</translation>
    </message>
    <message>
        <source>The customer could not be created: %1</source>
        <translation>Kunden kunne ikke opprettes: %1</translation>
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
        <translation>&amp;Finn kunde…</translation>
    </message>
    <message>
        <source>&amp;New customer…</source>
        <translation>&amp;Ny kunde…</translation>
    </message>
    <message>
        <source>&amp;Alternative e-mails on cards</source>
        <translation>&amp;Alternative e-postadresser på kort</translation>
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
        <translation>Kunden kunne ikke åpnes: %1</translation>
    </message>
    <message>
        <source>Open a performance to sell to %1.</source>
        <translation>Åpne en forestilling for å selge til %1.</translation>
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
        <translation>Klikk der scenens midtpunkt er: beste ledige måles herfra</translation>
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
        <translation>Seter og ståplasser som er tildelt denne terminalen (%1) som kontingent, kan selges her mens serveren ikke kan nås. Tildelte plasser holdes tilbake på serveren: ingen annen skranke selger dem før kontingentet frigis.</translation>
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
        <translation>Tildelte seter</translation>
    </message>
    <message>
        <source>Leased standing</source>
        <translation>Tildelte ståplasser</translation>
    </message>
    <message>
        <source>Lease to this terminal</source>
        <translation>Tildel denne terminalen</translation>
    </message>
    <message>
        <source>Lease the &amp;selection</source>
        <translation>Tildel &amp;utvalget</translation>
    </message>
    <message>
        <source> seats</source>
        <translation> seter</translation>
    </message>
    <message>
        <source>Lease &amp;free seats</source>
        <translation>Tildel &amp;ledige seter</translation>
    </message>
    <message>
        <source>The first free seats of the plan, front rows first</source>
        <translation>De første ledige setene i kartet, fremste rader først</translation>
    </message>
    <message>
        <source>Seats:</source>
        <translation>Seter:</translation>
    </message>
    <message>
        <source> places</source>
        <translation> plasser</translation>
    </message>
    <message>
        <source>Lease s&amp;tanding places</source>
        <translation>Tildel s&amp;tåplasser</translation>
    </message>
    <message>
        <source>Standing:</source>
        <translation>Ståplasser:</translation>
    </message>
    <message>
        <source>&amp;Release this performance&apos;s lease</source>
        <translation>F&amp;rigi kontingentet for denne forestillingen</translation>
    </message>
    <message>
        <source>Unsold leased places become free for every counter</source>
        <translation>Usolgte tildelte plasser blir ledige for alle skranker</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Last &amp;inn på nytt</translation>
    </message>
    <message>
        <source>Zone %1</source>
        <translation>Sone %1</translation>
    </message>
    <message numerus="yes">
        <source>Selected on the sales screen: %n seat(s)</source>
        <translation>
            <numerusform>Valgt i salgsbildet: %n sete</numerusform>
            <numerusform>Valgt i salgsbildet: %n seter</numerusform>
        </translation>
    </message>
    <message>
        <source>No seats of this performance are selected on the sales screen.</source>
        <translation>Ingen seter i denne forestillingen er valgt i salgsbildet.</translation>
    </message>
    <message>
        <source>Sign in to a server first (Server &gt; Server settings).</source>
        <translation>Logg først inn på en server (Server &gt; Serverinnstillinger).</translation>
    </message>
    <message>
        <source>The lease could not be read: %1</source>
        <translation>Kontingentet kunne ikke leses: %1</translation>
    </message>
    <message>
        <source>Refused by the server: %1</source>
        <translation>Avvist av serveren: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n selected seat(s) leased to this terminal.</source>
        <translation>
            <numerusform>%n valgt sete tildelt denne terminalen.</numerusform>
            <numerusform>%n valgte seter tildelt denne terminalen.</numerusform>
        </translation>
    </message>
    <message>
        <source>No free seats are left to lease.</source>
        <translation>Det er ingen ledige seter igjen å tildele.</translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) leased to this terminal.</source>
        <translation>
            <numerusform>%n sete tildelt denne terminalen.</numerusform>
            <numerusform>%n seter tildelt denne terminalen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n standing place(s) leased to this terminal.</source>
        <translation>
            <numerusform>%n ståplass tildelt denne terminalen.</numerusform>
            <numerusform>%n ståplasser tildelt denne terminalen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The lease was released; its unsold places are free again.</source>
        <translation>Kontingentet ble frigitt; de usolgte plassene er ledige igjen.</translation>
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
        <translation>Søk etter tittel eller dato (Ctrl+F); Enter åpner det første treffet</translation>
    </message>
    <message>
        <source>Performances</source>
        <translation>Forestillinger</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <source>&amp;Release expired reservations</source>
        <translation>F&amp;rigi utløpte reservasjoner</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>&amp;Find performance</source>
        <translation>&amp;Finn forestilling</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Last &amp;inn på nytt</translation>
    </message>
    <message>
        <source>&amp;Close tab</source>
        <translation>&amp;Lukk fane</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>Standalone</source>
        <translation>Frittstående</translation>
    </message>
    <message>
        <source>Could not read the performances: %1</source>
        <translation>Forestillingene kunne ikke leses: %1</translation>
    </message>
    <message>
        <source>The performance could not be opened: %1</source>
        <translation>Forestillingen kunne ikke åpnes: %1</translation>
    </message>
    <message>
        <source>Release expired reservations</source>
        <translation>Frigi utløpte reservasjoner</translation>
    </message>
    <message>
        <source>The reservations could not be released: %1</source>
        <translation>Reservasjonene kunne ikke frigis: %1</translation>
    </message>
    <message numerus="yes">
        <source>Released %n expired reservation(s).</source>
        <translation>
            <numerusform>%n utløpt reservasjon frigitt.</numerusform>
            <numerusform>%n utløpte reservasjoner frigitt.</numerusform>
        </translation>
    </message>
    <message>
        <source>V&amp;enue</source>
        <translation>&amp;Spillested</translation>
    </message>
    <message>
        <source>Edit &amp;seat plan…</source>
        <translation>Rediger &amp;setekart…</translation>
    </message>
    <message>
        <source>Ticket &amp;layouts…</source>
        <translation>Billett&amp;oppsett…</translation>
    </message>
    <message>
        <source>Seat plan</source>
        <translation>Setekart</translation>
    </message>
    <message>
        <source>There is no venue with a seat plan yet.</source>
        <translation>Det finnes ennå ikke noe spillested med setekart.</translation>
    </message>
    <message>
        <source>The venues could not be read: %1</source>
        <translation>Spillestedene kunne ikke leses: %1</translation>
    </message>
    <message>
        <source>%1 (plan version %2)</source>
        <translation>%1 (kartversjon %2)</translation>
    </message>
    <message>
        <source>Edit seat plan</source>
        <translation>Rediger setekart</translation>
    </message>
    <message>
        <source>Venue:</source>
        <translation>Spillested:</translation>
    </message>
    <message numerus="yes">
        <source>Seat plan version %1 saved; %n performance(s) moved onto it</source>
        <translation>
            <numerusform>Setekart versjon %1 lagret; %n forestilling er flyttet over til den</numerusform>
            <numerusform>Setekart versjon %1 lagret; %n forestillinger er flyttet over til den</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Printing settings…</source>
        <translation>&amp;Utskriftsinnstillinger…</translation>
    </message>
</context>
<context>
    <name>parkett::MiniMap</name>
    <message>
        <source>Click or drag to move the view</source>
        <translation>Klikk eller dra for å flytte visningen</translation>
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
        <translation>&amp;Etternavn</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>E-&amp;post</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Opprett</translation>
    </message>
    <message>
        <source>A name is needed.</source>
        <translation>Et navn er påkrevd.</translation>
    </message>
    <message>
        <source>The e-mail address is not valid.</source>
        <translation>E-postadressen er ikke gyldig.</translation>
    </message>
    <message>
        <source>The phone number is not valid.</source>
        <translation>Telefonnummeret er ikke gyldig.</translation>
    </message>
    <message>
        <source>same e-mail</source>
        <translation>samme e-post</translation>
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
        <translation>&lt;b&gt;Muligens allerede kunde:&lt;/b&gt;&lt;br&gt;%1</translation>
    </message>
</context>
<context>
    <name>parkett::NumberingDialog</name>
    <message>
        <source>Number the rows</source>
        <translation>Nummerer radene</translation>
    </message>
    <message>
        <source>Skip I and O</source>
        <translation>Hopp over I og O</translation>
    </message>
    <message>
        <source>Number the seats</source>
        <translation>Nummerer setene</translation>
    </message>
    <message>
        <source>Number rows and seats</source>
        <translation>Nummerer rader og seter</translation>
    </message>
    <message>
        <source>Letters (A, B, C …)</source>
        <translation>Bokstaver (A, B, C …)</translation>
    </message>
    <message>
        <source>Numbers (1, 2, 3 …)</source>
        <translation>Tall (1, 2, 3 …)</translation>
    </message>
    <message>
        <source>Front to back (nearest the stage first)</source>
        <translation>Forfra og bakover (nærmest scenen først)</translation>
    </message>
    <message>
        <source>Back to front</source>
        <translation>Bakfra og fremover</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>Every number</source>
        <translation>Alle tall</translation>
    </message>
    <message>
        <source>Odd numbers</source>
        <translation>Oddetall</translation>
    </message>
    <message>
        <source>Even numbers</source>
        <translation>Partall</translation>
    </message>
    <message>
        <source>In row order</source>
        <translation>I rekkefølge</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>Omvendt</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rader</translation>
    </message>
    <message>
        <source>&amp;Style:</source>
        <translation>&amp;Stil:</translation>
    </message>
    <message>
        <source>S&amp;tart at:</source>
        <translation>S&amp;tart på:</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>&amp;Retning:</translation>
    </message>
    <message>
        <source>&amp;Prefix:</source>
        <translation>&amp;Prefiks:</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Seter</translation>
    </message>
    <message>
        <source>Start &amp;at:</source>
        <translation>Start p&amp;å:</translation>
    </message>
    <message>
        <source>&amp;Numbers:</source>
        <translation>T&amp;all:</translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation>Rekkef&amp;ølge:</translation>
    </message>
    <message>
        <source>&amp;Number</source>
        <translation>&amp;Nummerer</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of the selection</source>
        <translation>
            <numerusform>%n rad i utvalget</numerusform>
            <numerusform>%n rader i utvalget</numerusform>
        </translation>
    </message>
    <message>
        <source>The start value does not fit the style.</source>
        <translation>Startverdien passer ikke til stilen.</translation>
    </message>
    <message>
        <source>Rows: %1 …   Seats: %2 …</source>
        <translation>Rader: %1 …   Seter: %2 …</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>uendret</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a start value for this style.</source>
        <translation>«%1» er ikke en startverdi for denne stilen.</translation>
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
        <translation>Ordre %1 reservert</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Ordre %1</translation>
    </message>
    <message>
        <source>Sold and paid (%1). The tickets are stored and can be printed.</source>
        <translation>Solgt og betalt (%1). Billettene er lagret og kan skrives ut.</translation>
    </message>
    <message>
        <source>Reserved until %1. Unpaid, the seats are released after that.</source>
        <translation>Reservert til %1. Hvis de ikke betales, frigis setene etter det.</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Billett</translation>
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
        <translation>Strekkode</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Totalt: %1</translation>
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
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · totalt %3 · betalt %4 · opprettet %5</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Billett</translation>
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
        <translation>Skrevet ut</translation>
    </message>
    <message>
        <source>&amp;Lines and tickets (%1)</source>
        <translation>&amp;Linjer og billetter (%1)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Når</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Betalingsmåte</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Beløp</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referanse</translation>
    </message>
    <message>
        <source>&amp;Payments (%1)</source>
        <translation>&amp;Betalinger (%1)</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Hendelse</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalj</translation>
    </message>
    <message>
        <source>&amp;History (%1)</source>
        <translation>&amp;Historikk (%1)</translation>
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
        <translation>Dra over seter for å gi dem den valgte priskategorien</translation>
    </message>
    <message>
        <source>Drag over seats to take the flag off</source>
        <translation>Dra over seter for å fjerne merkingen</translation>
    </message>
    <message>
        <source>Drag over seats to flag them</source>
        <translation>Dra over seter for å merke dem</translation>
    </message>
    <message>
        <source>Drag over seats to take them out of the area</source>
        <translation>Dra over seter for å ta dem ut av området</translation>
    </message>
    <message>
        <source>Drag over seats to add them to the area</source>
        <translation>Dra over seter for å legge dem til i området</translation>
    </message>
</context>
<context>
    <name>parkett::PerformanceListModel</name>
    <message>
        <source>Not on sale</source>
        <translation>Ikke i salg</translation>
    </message>
    <message>
        <source>%1 of %2 places free</source>
        <translation>%1 av %2 plasser ledige</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tittel</translation>
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
        <translation>Reservert</translation>
    </message>
</context>
<context>
    <name>parkett::PrintDesk</name>
    <message>
        <source>Receipt printed on %1.</source>
        <translation>Kvittering skrevet ut på %1.</translation>
    </message>
    <message>
        <source>Receipt not printed</source>
        <translation>Kvittering ikke skrevet ut</translation>
    </message>
    <message>
        <source>The receipt was not printed on %1.</source>
        <translation>Kvitteringen ble ikke skrevet ut på %1.</translation>
    </message>
    <message numerus="yes">
        <source>Order %1: %n ticket(s) printed on %2.</source>
        <translation>
            <numerusform>Ordre %1: %n billett skrevet ut på %2.</numerusform>
            <numerusform>Ordre %1: %n billetter skrevet ut på %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tickets not printed</source>
        <translation>Billetter ikke skrevet ut</translation>
    </message>
    <message>
        <source>Order %1 is saved, but not all of its tickets were printed on %2.</source>
        <translation>Ordre %1 er lagret, men ikke alle billettene ble skrevet ut på %2.</translation>
    </message>
    <message>
        <source>Printer: %1.</source>
        <translation>Skriver: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) printed.</source>
        <translation>
            <numerusform>%n billett skrevet ut.</numerusform>
            <numerusform>%n billetter skrevet ut.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) went to the printer without its confirmation: check whether they came out before anything is printed again (a missing ticket is reprinted with a reason, as a duplicate).</source>
        <translation>
            <numerusform>%n billett ble sendt til skriveren uten bekreftelse: kontroller om den kom ut før noe skrives ut igjen (en manglende billett skrives ut på nytt med en begrunnelse, som duplikat).</numerusform>
            <numerusform>%n billetter ble sendt til skriveren uten bekreftelse: kontroller om de kom ut før noe skrives ut igjen (en manglende billett skrives ut på nytt med en begrunnelse, som duplikat).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) were not sent and wait in the queue.</source>
        <translation>
            <numerusform>%n billett ble ikke sendt og venter i køen.</numerusform>
            <numerusform>%n billetter ble ikke sendt og venter i køen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is resent automatically.</source>
        <translation>Ingenting sendes automatisk på nytt.</translation>
    </message>
    <message>
        <source>They &amp;came out</source>
        <translation>De &amp;kom ut</translation>
    </message>
    <message>
        <source>Re&amp;print them…</source>
        <translation>Skriv dem ut på &amp;nytt…</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>Ny utskrift</translation>
    </message>
    <message>
        <source>Reason for the reprint (kept in the order&apos;s history):</source>
        <translation>Årsak til ny utskrift (lagres i ordrens historikk):</translation>
    </message>
    <message>
        <source>Did not come out of the printer</source>
        <translation>Kom ikke ut av skriveren</translation>
    </message>
    <message>
        <source>Print the &amp;rest</source>
        <translation>Skriv ut &amp;resten</translation>
    </message>
    <message>
        <source>Print &amp;tickets…</source>
        <translation>Skriv ut &amp;billetter…</translation>
    </message>
    <message>
        <source>Tickets not printed yet go to the chosen printer; a second copy is a reprint with a reason.</source>
        <translation>Billetter som ikke er skrevet ut ennå, går til den valgte skriveren; en ekstra kopi er en ny utskrift med en begrunnelse.</translation>
    </message>
    <message>
        <source>A reservation prints once it is paid.</source>
        <translation>En reservasjon skrives ut når den er betalt.</translation>
    </message>
    <message>
        <source>Print r&amp;eceipt</source>
        <translation>Skriv ut kvi&amp;ttering</translation>
    </message>
</context>
<context>
    <name>parkett::PrintDialog</name>
    <message>
        <source>Print tickets</source>
        <translation>Skriv ut billetter</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Kontroller &amp;igjen</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Print %n ticket(s)</source>
        <translation>
            <numerusform>&amp;Skriv ut %n billett</numerusform>
            <numerusform>&amp;Skriv ut %n billetter</numerusform>
        </translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Skriver</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>No ticket printer is set up for this terminal.</source>
        <translation>Ingen billettskriver er satt opp for denne terminalen.</translation>
    </message>
    <message>
        <source>The printer does not report its state over this connection. Watch that every ticket comes out.</source>
        <translation>Skriveren rapporterer ikke tilstanden sin over denne tilkoblingen. Pass på at hver billett kommer ut.</translation>
    </message>
</context>
<context>
    <name>parkett::PrintSettingsDialog</name>
    <message>
        <source>Printing settings</source>
        <translation>Utskriftsinnstillinger</translation>
    </message>
    <message>
        <source>This computer&apos;s name</source>
        <translation>Navnet på denne datamaskinen</translation>
    </message>
    <message>
        <source>The first ticket printer</source>
        <translation>Den første billettskriveren</translation>
    </message>
    <message>
        <source>The first receipt or page printer</source>
        <translation>Den første kvitterings- eller sideskriveren</translation>
    </message>
    <message>
        <source>Print a &amp;receipt after each sale</source>
        <translation>Skriv ut en &amp;kvittering etter hvert salg</translation>
    </message>
    <message>
        <source>This terminal</source>
        <translation>Denne terminalen</translation>
    </message>
    <message>
        <source>&amp;Name on receipts</source>
        <translation>&amp;Navn på kvitteringer</translation>
    </message>
    <message>
        <source>&amp;Tickets print on</source>
        <translation>&amp;Billetter skrives ut på</translation>
    </message>
    <message>
        <source>R&amp;eceipts print on</source>
        <translation>Kvi&amp;tteringer skrives ut på</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Skriver</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Own layout</source>
        <translation>Eget oppsett</translation>
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
        <translation>Skrivere</translation>
    </message>
    <message>
        <source>No printer is set up yet: add one with &quot;parkett-cli printers add&quot;.</source>
        <translation>Ingen skriver er satt opp ennå: legg til en med «parkett-cli printers add».</translation>
    </message>
    <message>
        <source>Printer&apos;s own (%1)</source>
        <translation>Skriverens eget (%1)</translation>
    </message>
    <message>
        <source>Ticket layout per sales channel</source>
        <translation>Billettoppsett per salgskanal</translation>
    </message>
    <message>
        <source>A ticket sold through a channel prints with the layout chosen for it on that printer; &quot;Printer&apos;s own&quot; uses the printer&apos;s layout.</source>
        <translation>En billett solgt gjennom en kanal skrives ut med oppsettet som er valgt for kanalen på den skriveren; «Skriverens eget» bruker skriverens oppsett.</translation>
    </message>
    <message>
        <source>The settings were not saved: %1</source>
        <translation>Innstillingene ble ikke lagret: %1</translation>
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
        <translation>Reserver billetter</translation>
    </message>
    <message numerus="yes">
        <source>Keep %n ticket(s) for the customer until the time below. Unpaid reservations are released after that.</source>
        <translation>
            <numerusform>Hold av %n billett til kunden fram til tidspunktet nedenfor. Ubetalte reservasjoner frigis etter det.</numerusform>
            <numerusform>Hold av %n billetter til kunden fram til tidspunktet nedenfor. Ubetalte reservasjoner frigis etter det.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reserved &amp;until:</source>
        <translation>Reservert &amp;til:</translation>
    </message>
    <message>
        <source>&amp;Reserve</source>
        <translation>&amp;Reserver</translation>
    </message>
    <message>
        <source>Name, e-mail, phone or customer number</source>
        <translation>Navn, e-post, telefon eller kundenummer</translation>
    </message>
    <message>
        <source>At the latest %1, when sales for the performance end.</source>
        <translation>Senest %1, når salget til forestillingen avsluttes.</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>&amp;Kunde:</translation>
    </message>
    <message>
        <source>No customer chosen: the reservation is anonymous.</source>
        <translation>Ingen kunde valgt: reservasjonen er anonym.</translation>
    </message>
    <message>
        <source>Reserving for %1.</source>
        <translation>Reserverer for %1.</translation>
    </message>
    <message>
        <source>The customer search failed: %1</source>
        <translation>Kundesøket mislyktes: %1</translation>
    </message>
    <message>
        <source>%1 (%2) %3</source>
        <translation>%1 (%2) %3</translation>
    </message>
    <message>
        <source>No customer matches &quot;%1&quot;.</source>
        <translation>Ingen kunde samsvarer med «%1».</translation>
    </message>
</context>
<context>
    <name>parkett::RowTool</name>
    <message>
        <source>Add row</source>
        <translation>Legg til rad</translation>
    </message>
    <message numerus="yes">
        <source>Drag from the first seat to the last to add a row; click for a row of %n seat(s)</source>
        <translation>
            <numerusform>Dra fra første til siste sete for å legge til en rad; klikk for en rad med %n sete</numerusform>
            <numerusform>Dra fra første til siste sete for å legge til en rad; klikk for en rad med %n seter</numerusform>
        </translation>
    </message>
    <message>
        <source>Add row %1</source>
        <translation>Legg til rad %1</translation>
    </message>
</context>
<context>
    <name>parkett::SalesGateway</name>
    <message>
        <source>Standalone</source>
        <translation>Frittstående</translation>
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
        <translation>Setekart</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+−)</source>
        <translation>Zoom ut (Ctrl+−)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Tilpass</translation>
    </message>
    <message>
        <source>Fit the whole plan (Ctrl+0)</source>
        <translation>Tilpass hele kartet (Ctrl+0)</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>Zoom inn (Ctrl++)</translation>
    </message>
    <message>
        <source>Best available</source>
        <translation>Beste ledige</translation>
    </message>
    <message>
        <source>&amp;Seats:</source>
        <translation>&amp;Seter:</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Alle priskategorier</translation>
    </message>
    <message>
        <source>&amp;Find seats</source>
        <translation>&amp;Finn seter</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Ståplasser</translation>
    </message>
    <message>
        <source>Standing places in %1</source>
        <translation>Ståplasser i %1</translation>
    </message>
    <message>
        <source>Basket</source>
        <translation>Handlekurv</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Fjern</translation>
    </message>
    <message>
        <source>Remove the selected tickets (Delete)</source>
        <translation>Fjern de valgte billettene (Delete)</translation>
    </message>
    <message>
        <source>Reser&amp;ve…</source>
        <translation>Reser&amp;ver…</translation>
    </message>
    <message>
        <source>&amp;Sell (cash)</source>
        <translation>&amp;Selg (kontant)</translation>
    </message>
    <message>
        <source>Take cash payment and sell the basket (Enter)</source>
        <translation>Ta imot kontant betaling og selg handlekurven (Enter)</translation>
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
        <translation>Ledige: %1 seter</translation>
    </message>
    <message>
        <source>, %1 standing</source>
        <translation>, %1 ståplasser</translation>
    </message>
    <message>
        <source> · Sold: %1 · Reserved: %2</source>
        <translation> · Solgt: %1 · Reservert: %2</translation>
    </message>
    <message>
        <source>This performance is not on sale any more.</source>
        <translation>Denne forestillingen er ikke lenger i salg.</translation>
    </message>
    <message>
        <source>Basket empty</source>
        <translation>Handlekurven er tom</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Totalt %1</translation>
    </message>
    <message>
        <source>Tickets: %1</source>
        <translation>Billetter: %1</translation>
    </message>
    <message numerus="yes">
        <source>There are not %n free seat(s) left in %1.</source>
        <translation>
            <numerusform>Det er ikke %n ledig sete igjen i %1.</numerusform>
            <numerusform>Det er ikke %n ledige seter igjen i %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>There are not %n free seat(s) left.</source>
        <translation>
            <numerusform>Det er ikke %n ledig sete igjen.</numerusform>
            <numerusform>Det er ikke %n ledige seter igjen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sale was refused</source>
        <translation>Salget ble avvist</translation>
    </message>
    <message>
        <source>The reservation was refused</source>
        <translation>Reservasjonen ble avvist</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>Ingenting ble lagret.</translation>
    </message>
    <message>
        <source>There are not enough standing places left.

%1</source>
        <translation>Det er ikke nok ståplasser igjen.

%1</translation>
    </message>
    <message>
        <source>A ticket has no price for its price type at this performance.</source>
        <translation>En billett har ingen pris for pristypen sin i denne forestillingen.</translation>
    </message>
    <message>
        <source>Something in the basket no longer exists: %1</source>
        <translation>Noe i handlekurven finnes ikke lenger: %1</translation>
    </message>
    <message>
        <source>The database could not be written. Nothing was saved.

%1</source>
        <translation>Databasen kunne ikke skrives til. Ingenting ble lagret.

%1</translation>
    </message>
    <message>
        <source>The request was refused: %1</source>
        <translation>Forespørselen ble avvist: %1</translation>
    </message>
    <message numerus="yes">
        <source>Only %n standing place(s) left in %1; the basket was reduced.</source>
        <translation>
            <numerusform>Bare %n ståplass igjen i %1; handlekurven ble redusert.</numerusform>
            <numerusform>Bare %n ståplasser igjen i %1; handlekurven ble redusert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Taken meanwhile and removed from the basket: %1</source>
        <translation>Tatt i mellomtiden og fjernet fra handlekurven: %1</translation>
    </message>
    <message>
        <source>Some seats in the basket were taken meanwhile. They were removed from the basket; check the rest and sell again.

%1</source>
        <translation>Noen seter i handlekurven ble tatt i mellomtiden. De ble fjernet fra handlekurven; kontroller resten og selg på nytt.

%1</translation>
    </message>
    <message>
        <source>Seating rules</source>
        <translation>Plassregler</translation>
    </message>
    <message>
        <source>These seats break the seating rules:

%1</source>
        <translation>Disse setene bryter plassreglene:

%1</translation>
    </message>
    <message>
        <source>&amp;Override as supervisor…</source>
        <translation>&amp;Overstyr som ansvarshavende…</translation>
    </message>
    <message>
        <source>Override the seating rules</source>
        <translation>Overstyr plassreglene</translation>
    </message>
    <message>
        <source>Reason (kept in the order&apos;s history):</source>
        <translation>Årsak (lagres i ordrens historikk):</translation>
    </message>
    <message>
        <source>&lt;b&gt;Customer:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Kunde:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Take the hold off this seat so it can be sold to everybody</source>
        <translation>Fjern tilbakeholdelsen av dette setet slik at det kan selges til alle</translation>
    </message>
    <message>
        <source>%1 on hold %2</source>
        <translation>%1 holdt tilbake %2</translation>
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
        <translation> · handlekurven tar %1</translation>
    </message>
    <message>
        <source>Release hold %1</source>
        <translation>Frigi tilbakeholdelse %1</translation>
    </message>
    <message>
        <source>The hold was not released: %1</source>
        <translation>Tilbakeholdelsen ble ikke frigitt: %1</translation>
    </message>
    <message numerus="yes">
        <source>Hold released on %n seat(s).</source>
        <translation>
            <numerusform>Tilbakeholdelse frigitt for %n sete.</numerusform>
            <numerusform>Tilbakeholdelse frigitt for %n seter.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reserve the basket for a customer, unpaid, until a time</source>
        <translation>Reserver handlekurven for en kunde, ubetalt, fram til et tidspunkt</translation>
    </message>
</context>
<context>
    <name>parkett::SeatMapDocument</name>
    <message numerus="yes">
        <source>Rotate %n seat(s)</source>
        <translation>
            <numerusform>Roter %n sete</numerusform>
            <numerusform>Roter %n seter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Align %n seat(s)</source>
        <translation>
            <numerusform>Juster %n sete</numerusform>
            <numerusform>Juster %n seter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Angle %n seat(s)</source>
        <translation>
            <numerusform>Vinkle %n sete</numerusform>
            <numerusform>Vinkle %n seter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Number %n seat(s)</source>
        <translation>
            <numerusform>Nummerer %n sete</numerusform>
            <numerusform>Nummerer %n seter</numerusform>
        </translation>
    </message>
    <message>
        <source>Add section %1</source>
        <translation>Legg til seksjon %1</translation>
    </message>
    <message numerus="yes">
        <source>Add table %1 with %n chair(s)</source>
        <translation>
            <numerusform>Legg til bord %1 med %n stol</numerusform>
            <numerusform>Legg til bord %1 med %n stoler</numerusform>
        </translation>
    </message>
    <message>
        <source>Add standing zone %1</source>
        <translation>Legg til ståplassområde %1</translation>
    </message>
    <message>
        <source>Add a label</source>
        <translation>Legg til en etikett</translation>
    </message>
    <message>
        <source>Add a shape</source>
        <translation>Legg til en figur</translation>
    </message>
    <message>
        <source>Add area %1</source>
        <translation>Legg til område %1</translation>
    </message>
    <message>
        <source>Set the focal point</source>
        <translation>Angi fokuspunktet</translation>
    </message>
    <message numerus="yes">
        <source>Add %n seat(s) to %1</source>
        <translation>
            <numerusform>Legg %n sete til i %1</numerusform>
            <numerusform>Legg %n seter til i %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Take %n seat(s) out of %1</source>
        <translation>
            <numerusform>Ta %n sete ut av %1</numerusform>
            <numerusform>Ta %n seter ut av %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete section %1</source>
        <translation>Slett seksjon %1</translation>
    </message>
    <message>
        <source>Delete table %1</source>
        <translation>Slett bord %1</translation>
    </message>
    <message>
        <source>Delete standing zone %1</source>
        <translation>Slett ståplassområde %1</translation>
    </message>
    <message>
        <source>Delete a shape</source>
        <translation>Slett en figur</translation>
    </message>
    <message>
        <source>Delete area %1</source>
        <translation>Slett område %1</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n seat(s)</source>
        <translation>
            <numerusform>Lim inn %n sete</numerusform>
            <numerusform>Lim inn %n seter</numerusform>
        </translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>Roter</translation>
    </message>
</context>
<context>
    <name>parkett::SeatMapEditor</name>
    <message>
        <source>Untitled plan</source>
        <translation>Kart uten navn</translation>
    </message>
    <message>
        <source>%1 (version %2)%3 — Seat map editor</source>
        <translation>%1 (versjon %2)%3 — Setekartredigering</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Verktøy</translation>
    </message>
    <message>
        <source>Tool options</source>
        <translation>Verktøyalternativer</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Priskategori:</translation>
    </message>
    <message>
        <source>Seats per row:</source>
        <translation>Seter per rad:</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>Rader:</translation>
    </message>
    <message>
        <source>Row spacing:</source>
        <translation>Radavstand:</translation>
    </message>
    <message>
        <source>Angle (°):</source>
        <translation>Vinkel (°):</translation>
    </message>
    <message>
        <source>Seat spacing:</source>
        <translation>Seteavstand:</translation>
    </message>
    <message>
        <source>Curve by:</source>
        <translation>Krumming etter:</translation>
    </message>
    <message>
        <source>sagitta</source>
        <translation>pilhøyde</translation>
    </message>
    <message>
        <source>radius</source>
        <translation>radius</translation>
    </message>
    <message>
        <source>Chairs:</source>
        <translation>Stoler:</translation>
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
        <translation>Per sete</translation>
    </message>
    <message>
        <source>Whole table</source>
        <translation>Hele bordet</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Selskap</translation>
    </message>
    <message>
        <source>Party min:</source>
        <translation>Selskap min.:</translation>
    </message>
    <message>
        <source>max:</source>
        <translation>maks.:</translation>
    </message>
    <message>
        <source>Standing zone</source>
        <translation>Ståplassområde</translation>
    </message>
    <message>
        <source>Capacity:</source>
        <translation>Kapasitet:</translation>
    </message>
    <message>
        <source>Outline:</source>
        <translation>Omriss:</translation>
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
        <translation>Scene, Bar, Utgang …</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>Farge:</translation>
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
        <translation>Setemerking</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <source>Wheelchair place</source>
        <translation>Rullestolplass</translation>
    </message>
    <message>
        <source>Companion seat</source>
        <translation>Ledsagersete</translation>
    </message>
    <message>
        <source>Restricted view</source>
        <translation>Begrenset sikt</translation>
    </message>
    <message>
        <source>Aisle seat</source>
        <translation>Sete ved midtgang</translation>
    </message>
    <message>
        <source>(add an area in the Areas panel first)</source>
        <translation>(legg først til et område i panelet Områder)</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Visk ut</translation>
    </message>
    <message>
        <source>Snap to grid</source>
        <translation>Fest til rutenett</translation>
    </message>
    <message>
        <source>Grid:</source>
        <translation>Rutenett:</translation>
    </message>
    <message>
        <source>Snap to rows</source>
        <translation>Fest til rader</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Kart</translation>
    </message>
    <message>
        <source>&amp;Save as new version</source>
        <translation>&amp;Lagre som ny versjon</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Lukk</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gjør om</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Klipp &amp;ut</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Lim inn</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Slett</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>Merk &amp;alt</translation>
    </message>
    <message>
        <source>&amp;Number rows and seats…</source>
        <translation>&amp;Nummerer rader og seter…</translation>
    </message>
    <message>
        <source>&amp;Align</source>
        <translation>&amp;Juster</translation>
    </message>
    <message>
        <source>Left edges</source>
        <translation>Venstre kanter</translation>
    </message>
    <message>
        <source>Horizontal centres</source>
        <translation>Vannrette midtpunkter</translation>
    </message>
    <message>
        <source>Right edges</source>
        <translation>Høyre kanter</translation>
    </message>
    <message>
        <source>Top edges</source>
        <translation>Øverste kanter</translation>
    </message>
    <message>
        <source>Vertical centres</source>
        <translation>Loddrette midtpunkter</translation>
    </message>
    <message>
        <source>Bottom edges</source>
        <translation>Nederste kanter</translation>
    </message>
    <message>
        <source>Distribute horizontally</source>
        <translation>Fordel vannrett</translation>
    </message>
    <message>
        <source>Distribute vertically</source>
        <translation>Fordel loddrett</translation>
    </message>
    <message>
        <source>Rotate 15° &amp;left</source>
        <translation>Roter 15° til &amp;venstre</translation>
    </message>
    <message>
        <source>Rotate 15° &amp;right</source>
        <translation>Roter 15° til &amp;høyre</translation>
    </message>
    <message>
        <source>An&amp;gle the block…</source>
        <translation>&amp;Vinkle blokken…</translation>
    </message>
    <message>
        <source>Angle the block</source>
        <translation>Vinkle blokken</translation>
    </message>
    <message>
        <source>Shift each row sideways by (degrees):</source>
        <translation>Forskyv hver rad sidelengs med (grader):</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;inn</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Zoom &amp;ut</translation>
    </message>
    <message>
        <source>Zoom to &amp;fit</source>
        <translation>&amp;Tilpass</translation>
    </message>
    <message>
        <source>Zoom to &amp;selection</source>
        <translation>Zoom til &amp;utvalg</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Egenskaper</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Områder</translation>
    </message>
    <message>
        <source>&amp;Add area</source>
        <translation>&amp;Legg til område</translation>
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
        <translation>Historikk</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;åpnet&gt;</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Oversikt</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemer</translation>
    </message>
    <message>
        <source>No problems found</source>
        <translation>Ingen problemer funnet</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n seat(s))</source>
        <translation>
            <numerusform>%1 (%n sete)</numerusform>
            <numerusform>%1 (%n seter)</numerusform>
        </translation>
    </message>
    <message>
        <source> · distancing</source>
        <translation> · avstand</translation>
    </message>
    <message numerus="yes">
        <source>Select seats or an object to see and change their properties.

%n seat(s) in the plan.</source>
        <translation>
            <numerusform>Velg seter eller et objekt for å se og endre egenskapene deres.

%n sete i kartet.</numerusform>
            <numerusform>Velg seter eller et objekt for å se og endre egenskapene deres.

%n seter i kartet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n seat(s) selected&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n sete valgt&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n seter valgt&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Etikett:</translation>
    </message>
    <message>
        <source>Technical id:</source>
        <translation>Teknisk ID:</translation>
    </message>
    <message>
        <source>Imported id:</source>
        <translation>Importert ID:</translation>
    </message>
    <message>
        <source>Where:</source>
        <translation>Plassering:</translation>
    </message>
    <message>
        <source>%1, row %2</source>
        <translation>%1, rad %2</translation>
    </message>
    <message>
        <source>&amp;Row:</source>
        <translation>&amp;Rad:</translation>
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
        <translation>Endre %1</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Section&lt;/b&gt; · %n row(s)</source>
        <translation>
            <numerusform>&lt;b&gt;Seksjon&lt;/b&gt; · %n rad</numerusform>
            <numerusform>&lt;b&gt;Seksjon&lt;/b&gt; · %n rader</numerusform>
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
            <numerusform>&lt;b&gt;Bord&lt;/b&gt; · %n stoler</numerusform>
        </translation>
    </message>
    <message>
        <source>Party of min–max persons</source>
        <translation>Selskap på min.–maks. personer</translation>
    </message>
    <message>
        <source>Change table booking</source>
        <translation>Endre bordbooking</translation>
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
        <translation>&lt;b&gt;Ståplassområde&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation>&amp;Kapasitet:</translation>
    </message>
    <message>
        <source>Change category</source>
        <translation>Endre priskategori</translation>
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
        <translation>&amp;Farge:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Focal point&lt;/b&gt;</source>
        <translation>&lt;b&gt;Fokuspunkt&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Position:</source>
        <translation>Posisjon:</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Area&lt;/b&gt; · %n seat(s)</source>
        <translation>
            <numerusform>&lt;b&gt;Område&lt;/b&gt; · %n sete</numerusform>
            <numerusform>&lt;b&gt;Område&lt;/b&gt; · %n seter</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename area</source>
        <translation>Gi område nytt navn</translation>
    </message>
    <message>
        <source>Change area colour</source>
        <translation>Endre områdets farge</translation>
    </message>
    <message>
        <source>Co&amp;lour:</source>
        <translation>Fa&amp;rge:</translation>
    </message>
    <message>
        <source>&amp;Distancing seating</source>
        <translation>&amp;Avstandsplassering</translation>
    </message>
    <message>
        <source>Turn distancing on</source>
        <translation>Slå på avstand</translation>
    </message>
    <message>
        <source>Turn distancing off</source>
        <translation>Slå av avstand</translation>
    </message>
    <message>
        <source>Change area rules</source>
        <translation>Endre områdets regler</translation>
    </message>
    <message>
        <source>Seats blocked each side:</source>
        <translation>Sperrede seter på hver side:</translation>
    </message>
    <message>
        <source>Also in front and behind</source>
        <translation>Også foran og bak</translation>
    </message>
    <message>
        <source>Also diagonally</source>
        <translation>Også diagonalt</translation>
    </message>
    <message>
        <source>Free seats at row ends:</source>
        <translation>Ledige seter ved radendene:</translation>
    </message>
    <message>
        <source>Largest group:</source>
        <translation>Største gruppe:</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>ingen grense</translation>
    </message>
    <message>
        <source>Most seats taken:</source>
        <translation>Høyst opptatte seter:</translation>
    </message>
    <message>
        <source>Most seats taken is a percentage</source>
        <translation>Høyst opptatte seter er en prosentandel</translation>
    </message>
    <message>
        <source>One party per table</source>
        <translation>Ett selskap per bord</translation>
    </message>
    <message>
        <source>Radius instead of neighbours:</source>
        <translation>Radius i stedet for naboer:</translation>
    </message>
    <message>
        <source>off</source>
        <translation>av</translation>
    </message>
    <message>
        <source>Order limits</source>
        <translation>Ordregrenser</translation>
    </message>
    <message>
        <source>Change order limits</source>
        <translation>Endre ordregrenser</translation>
    </message>
    <message>
        <source>Most orders:</source>
        <translation>Høyst ordrer:</translation>
    </message>
    <message>
        <source>Fewest persons per order:</source>
        <translation>Minst personer per ordre:</translation>
    </message>
    <message>
        <source>Most persons per order:</source>
        <translation>Høyst personer per ordre:</translation>
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
        <translation>&amp;Mal seter inn i dette området</translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s)</source>
        <translation>
            <numerusform>%n sete</numerusform>
            <numerusform>%n seter</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan not saved</source>
        <translation>Kartet er ikke lagret</translation>
    </message>
    <message>
        <source>Saved as version %1</source>
        <translation>Lagret som versjon %1</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ulagrede endringer</translation>
    </message>
    <message>
        <source>The plan has changes that are not saved. Close anyway and lose them?</source>
        <translation>Kartet har endringer som ikke er lagret. Lukke likevel og miste dem?</translation>
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
        <translation>I handlekurven</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Reservert</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Solgt</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Sperret</translation>
    </message>
    <message>
        <source>Wheelchair place</source>
        <translation>Rullestolplass</translation>
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
        <translation>Holdt tilbake</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Reservert</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Solgt</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Sperret</translation>
    </message>
    <message>
        <source>%1, table %2, seat %3</source>
        <translation>%1, bord %2, sete %3</translation>
    </message>
    <message>
        <source>%1, row %2, seat %3</source>
        <translation>%1, rad %2, sete %3</translation>
    </message>
    <message>
        <source>%1, seat %2</source>
        <translation>%1, sete %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Wheelchair place</source>
        <translation>Rullestolplass</translation>
    </message>
    <message>
        <source>Companion seat</source>
        <translation>Ledsagersete</translation>
    </message>
    <message>
        <source>Restricted view</source>
        <translation>Begrenset sikt</translation>
    </message>
    <message>
        <source>In the basket</source>
        <translation>I handlekurven</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n place(s) free
Click to choose how many</source>
        <translation>
            <numerusform>%1: %n plass ledig
Klikk for å velge antall</numerusform>
            <numerusform>%1: %n plasser ledige
Klikk for å velge antall</numerusform>
        </translation>
    </message>
    <message>
        <source>Not for sale: %1</source>
        <translation>Ikke til salgs: %1</translation>
    </message>
    <message>
        <source>%1 (hold %2)</source>
        <translation>%1 (tilbakeholdelse %2)</translation>
    </message>
</context>
<context>
    <name>parkett::SelectTool</name>
    <message>
        <source>Select</source>
        <translation>Merk</translation>
    </message>
    <message>
        <source>Click or drag to select (Shift adds, Ctrl toggles); drag the selection to move it, Alt+drag to rotate; arrow keys nudge</source>
        <translation>Klikk eller dra for å merke (Shift legger til, Ctrl veksler); dra utvalget for å flytte det, Alt+dra for å rotere; piltastene flytter litt</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Flytt</translation>
    </message>
</context>
<context>
    <name>parkett::ServerSettingsDialog</name>
    <message>
        <source>Work &amp;offline (sell from this terminal&apos;s lease)</source>
        <translation>Arbeid &amp;frakoblet (selg fra denne terminalens kontingent)</translation>
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
        <translation>Nummeret denne datamaskinen ble registrert med på serveren</translation>
    </message>
    <message>
        <source>Server &amp;URL:</source>
        <translation>Server-&amp;URL:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Brukernavn:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passord:</translation>
    </message>
    <message>
        <source>&amp;Terminal:</source>
        <translation>&amp;Terminal:</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Logg inn</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Logg &amp;ut</translation>
    </message>
    <message>
        <source>Use the s&amp;tandalone box office</source>
        <translation>Bruk det &amp;frittstående billettkontoret</translation>
    </message>
    <message>
        <source>This file holds a standalone box office. Signing in keeps the server&apos;s data in a file of its own beside it, one per server; this box office stays as it is, and Parkett switches to the server&apos;s file.</source>
        <translation>Denne filen inneholder et frittstående billettkontor. Når du logger inn, lagres serverens data i en egen fil ved siden av, én per server; dette billettkontoret forblir som det er, og Parkett bytter til serverens fil.</translation>
    </message>
    <message>
        <source>Connected mode works on the server&apos;s own file; the standalone box office in %1 is kept as it was.</source>
        <translation>Tilkoblet modus arbeider på serverens egen fil; det frittstående billettkontoret i %1 beholdes som det var.</translation>
    </message>
    <message>
        <source>Signed in as %1 at %2.</source>
        <translation>Logget inn som %1 på %2.</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>Ikke logget inn.</translation>
    </message>
    <message>
        <source>The server URL is not valid.</source>
        <translation>Serverens URL er ikke gyldig.</translation>
    </message>
    <message>
        <source>Enter your login.</source>
        <translation>Skriv inn brukernavnet ditt.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Logger inn…</translation>
    </message>
    <message>
        <source>Signed in, but the keychain refused the token (%1): you will have to sign in again after a restart.</source>
        <translation>Logget inn, men nøkkelringen avviste tokenet (%1): du må logge inn på nytt etter en omstart.</translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>Innlogging mislyktes: %1</translation>
    </message>
    <message>
        <source>The server&apos;s file could not be opened: %1</source>
        <translation>Serverens fil kunne ikke åpnes: %1</translation>
    </message>
    <message>
        <source>Signed in. Parkett now works on the server&apos;s file %1.</source>
        <translation>Logget inn. Parkett arbeider nå på serverens fil %1.</translation>
    </message>
    <message>
        <source>Parkett goes back to the standalone box office in %1.</source>
        <translation>Parkett går tilbake til det frittstående billettkontoret i %1.</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Logg ut</translation>
    </message>
    <message numerus="yes">
        <source>%n operation(s) in the outbox have not reached the server yet. They stay on this computer and are sent after the next sign-in. Sign out anyway?</source>
        <translation>
            <numerusform>%n operasjon i utboksen har ikke nådd serveren ennå. Den blir værende på denne datamaskinen og sendes etter neste innlogging. Logge ut likevel?</numerusform>
            <numerusform>%n operasjoner i utboksen har ikke nådd serveren ennå. De blir værende på denne datamaskinen og sendes etter neste innlogging. Logge ut likevel?</numerusform>
        </translation>
    </message>
    <message>
        <source>Signing out…</source>
        <translation>Logger ut…</translation>
    </message>
    <message>
        <source>Signed out; the keychain said: %1</source>
        <translation>Logget ut; nøkkelringen svarte: %1</translation>
    </message>
</context>
<context>
    <name>parkett::ShapeTool</name>
    <message>
        <source>Standing zone</source>
        <translation>Ståplassområde</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Seksjon</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Figur</translation>
    </message>
    <message>
        <source>Click the corners; double click or Enter closes the outline, Escape drops it</source>
        <translation>Klikk på hjørnene; dobbeltklikk eller Enter lukker omrisset, Escape forkaster det</translation>
    </message>
    <message>
        <source>Click where the label goes</source>
        <translation>Klikk der etiketten skal stå</translation>
    </message>
    <message>
        <source>Drag a rectangle</source>
        <translation>Dra et rektangel</translation>
    </message>
    <message>
        <source>Section %1</source>
        <translation>Seksjon %1</translation>
    </message>
    <message>
        <source>Standing %1</source>
        <translation>Ståplasser %1</translation>
    </message>
</context>
<context>
    <name>parkett::SupervisorQueueDialog</name>
    <message>
        <source>Seats no longer leased to this terminal</source>
        <translation>Seter ikke lenger tildelt denne terminalen</translation>
    </message>
    <message>
        <source>Seats taken by another sale</source>
        <translation>Seter tatt av et annet salg</translation>
    </message>
    <message>
        <source>Seating rules refuse it</source>
        <translation>Avvist av plassreglene</translation>
    </message>
    <message>
        <source>Receipt already on the server</source>
        <translation>Kvittering allerede på serveren</translation>
    </message>
    <message>
        <source>Not possible in the order&apos;s state</source>
        <translation>Ikke mulig i ordrens tilstand</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åpen</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Refundert</translation>
    </message>
    <message>
        <source>Moved to other seats</source>
        <translation>Flyttet til andre seter</translation>
    </message>
    <message>
        <source>Sent again</source>
        <translation>Sendt på nytt</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Akseptert</translation>
    </message>
    <message>
        <source>Show &amp;resolved</source>
        <translation>Vis &amp;løste</translation>
    </message>
    <message>
        <source>Supervisor queue</source>
        <translation>Køen til ansvarshavende</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Avvist</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Ordre</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Årsak</translation>
    </message>
    <message>
        <source>Server&apos;s message</source>
        <translation>Serverens melding</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Seter</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tilstand</translation>
    </message>
    <message>
        <source>Re&amp;fund</source>
        <translation>Re&amp;funder</translation>
    </message>
    <message>
        <source>Cancel the sale here; the guest gets the money back</source>
        <translation>Kanseller salget her; gjesten får pengene tilbake</translation>
    </message>
    <message>
        <source>&amp;Moved…</source>
        <translation>&amp;Flyttet…</translation>
    </message>
    <message>
        <source>The guest got other seats through a new sale; cancel this one</source>
        <translation>Gjesten fikk andre seter gjennom et nytt salg; kanseller dette</translation>
    </message>
    <message>
        <source>Send &amp;again</source>
        <translation>Send på &amp;nytt</translation>
    </message>
    <message>
        <source>Send the sale again, after its seats were leased to this terminal again</source>
        <translation>Send salget på nytt etter at setene er tildelt denne terminalen igjen</translation>
    </message>
    <message>
        <source>&amp;Accept…</source>
        <translation>&amp;Aksepter…</translation>
    </message>
    <message>
        <source>Leave the sale as it is, with a note</source>
        <translation>La salget være som det er, med et notat</translation>
    </message>
    <message>
        <source>Note for the record:</source>
        <translation>Notat for journalen:</translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation>Ikke utført: %1</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Refusjon</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Aksepter</translation>
    </message>
    <message>
        <source>Customer blocked from sale, no supervisor approved</source>
        <translation>Kunden er sperret for salg, ingen godkjenning fra ansvarshavende</translation>
    </message>
    <message>
        <source>Appro&amp;ve and send again…</source>
        <translation>God&amp;kjenn og send på nytt…</translation>
    </message>
    <message>
        <source>A supervisor allows the sale to the blocked customer; the server checks the supervisor&apos;s password, then the sale goes again</source>
        <translation>En ansvarshavende tillater salget til den sperrede kunden; serveren kontrollerer den ansvarshavendes passord, og så sendes salget på nytt</translation>
    </message>
    <message>
        <source>Supervisor approval</source>
        <translation>Godkjenning fra ansvarshavende</translation>
    </message>
    <message>
        <source>Login of the supervisor allowing this sale:</source>
        <translation>Brukernavn for den ansvarshavende som tillater dette salget:</translation>
    </message>
    <message>
        <source>Password of %1 (checked by the server):</source>
        <translation>Passord for %1 (kontrolleres av serveren):</translation>
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
        <translation>Server&amp;innstillinger…</translation>
    </message>
    <message>
        <source>Supervisor &amp;queue…</source>
        <translation>&amp;Køen til ansvarshavende…</translation>
    </message>
    <message>
        <source>Terminal &amp;leases…</source>
        <translation>Terminal&amp;kontingenter…</translation>
    </message>
    <message>
        <source>Work &amp;offline</source>
        <translation>Arbeid &amp;frakoblet</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Synkroniser &amp;nå</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Avslutt</translation>
    </message>
    <message numerus="yes">
        <source>%n operation(s) in the outbox have not reached the server yet. They stay on this computer and are sent when Parkett runs again with the server in reach. Quit anyway?</source>
        <translation>
            <numerusform>%n operasjon i utboksen har ikke nådd serveren ennå. Den blir værende på denne datamaskinen og sendes når Parkett kjører igjen og serveren kan nås. Avslutte likevel?</numerusform>
            <numerusform>%n operasjoner i utboksen har ikke nådd serveren ennå. De blir værende på denne datamaskinen og sendes når Parkett kjører igjen og serveren kan nås. Avslutte likevel?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parkett::SyncStatusWidget</name>
    <message>
        <source>Operations the server refused; a supervisor decides what happens</source>
        <translation>Operasjoner som serveren avviste; en ansvarshavende bestemmer hva som skjer</translation>
    </message>
    <message>
        <source>Syncing %v/%m</source>
        <translation>Synkroniserer %v/%m</translation>
    </message>
    <message>
        <source>Offline (by choice)</source>
        <translation>Frakoblet (valgt)</translation>
    </message>
    <message>
        <source>Selling from this terminal&apos;s lease; sales wait in the outbox</source>
        <translation>Selger fra denne terminalens kontingent; salg venter i utboksen</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Ikke tilkoblet</translation>
    </message>
    <message>
        <source>No server: sales are kept on this computer</source>
        <translation>Ingen server: salg lagres på denne datamaskinen</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Tilkoblet</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Koblet til %1</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Frakoblet</translation>
    </message>
    <message>
        <source>The server cannot be reached; selling from this terminal&apos;s lease, sales wait in the outbox</source>
        <translation>Serveren kan ikke nås; selger fra denne terminalens kontingent, salg venter i utboksen</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Aldri synkronisert</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Synkronisert %1</translation>
    </message>
    <message numerus="yes">
        <source>Outbox: %n</source>
        <translation>
            <numerusform>Utboks: %n</numerusform>
            <numerusform>Utboks: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Outbox: ?</source>
        <translation>Utboks: ?</translation>
    </message>
    <message>
        <source>Operations made here that the server has not received yet</source>
        <translation>Operasjoner utført her som serveren ikke har mottatt ennå</translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n avvist</numerusform>
            <numerusform>%n avvist</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parkett::TableTool</name>
    <message>
        <source>Add table</source>
        <translation>Legg til bord</translation>
    </message>
    <message numerus="yes">
        <source>Click to place a %1 table with %n chair(s)</source>
        <translation>
            <numerusform>Klikk for å plassere et %1 bord med %n stol</numerusform>
            <numerusform>Klikk for å plassere et %1 bord med %n stoler</numerusform>
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
        <translation>Tekst «%1»</translation>
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
        <translation>Billettoppsett</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Åpne…</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Lagre…</translation>
    </message>
    <message>
        <source>As the printer prints it (FGL)</source>
        <translation>Slik skriveren skriver det ut (FGL)</translation>
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
        <translation>Midtstilt</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Høyre</translation>
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
        <translation>Høyde</translation>
    </message>
    <message>
        <source>Font size (dots)</source>
        <translation>Skriftstørrelse (punkter)</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Fet</translation>
    </message>
    <message>
        <source>Alignment</source>
        <translation>Justering</translation>
    </message>
    <message>
        <source>Rotation</source>
        <translation>Rotasjon</translation>
    </message>
    <message>
        <source>Module / line (dots)</source>
        <translation>Modul / linje (punkter)</translation>
    </message>
    <message>
        <source>Open ticket layout</source>
        <translation>Åpne billettoppsett</translation>
    </message>
    <message>
        <source>Ticket layouts (*.json)</source>
        <translation>Billettoppsett (*.json)</translation>
    </message>
    <message>
        <source>Save ticket layout</source>
        <translation>Lagre billettoppsett</translation>
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
