<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AddRowCommand</name>
    <message numerus="yes">
        <source>Add row %1 with %n seat(s)</source>
        <translation>
            <numerusform>Add row %1 with %n seat</numerusform>
            <numerusform>Add row %1 with %n seats</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AddTableSeatsCommand</name>
    <message numerus="yes">
        <source>Add %n chair(s)</source>
        <translation>
            <numerusform>Add %n chair</numerusform>
            <numerusform>Add %n chairs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Parkett box office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite database to use (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill an empty database with the demo theatre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this fixed time as &quot;now&quot; (ISO 8601), for tests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the milliseconds until the window is shown, then exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save screenshots into a folder, then exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--now: &quot;%1&quot; is not an ISO 8601 time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 cannot be used. It was not changed.

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parkett</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoveSeatsCommand</name>
    <message numerus="yes">
        <source>Move %n seat(s)</source>
        <translation>
            <numerusform>Move %n seat</numerusform>
            <numerusform>Move %n seats</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelabelRowsCommand</name>
    <message numerus="yes">
        <source>Name %n row(s)</source>
        <translation>
            <numerusform>Name %n row</numerusform>
            <numerusform>Name %n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelabelSeatsCommand</name>
    <message numerus="yes">
        <source>Number %n seat(s)</source>
        <translation>
            <numerusform>Number %n seat</numerusform>
            <numerusform>Number %n seats</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemoveEmptyRowCommand</name>
    <message>
        <source>Delete a row</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoveSeatsCommand</name>
    <message numerus="yes">
        <source>Delete %n seat(s)</source>
        <translation>
            <numerusform>Delete %n seat</numerusform>
            <numerusform>Delete %n seats</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SeatMapRenderer</name>
    <message numerus="yes">
        <source>%1 · %n free</source>
        <translation>
            <numerusform>%1 · %n free</numerusform>
            <numerusform>%1 · %n free</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n in basket</source>
        <translation>
            <numerusform> · %n in basket</numerusform>
            <numerusform> · %n in basket</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SetCategoryCommand</name>
    <message numerus="yes">
        <source>Set the category of %n seat(s)</source>
        <translation>
            <numerusform>Set the category of %n seat</numerusform>
            <numerusform>Set the category of %n seats</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SetFlagCommand</name>
    <message numerus="yes">
        <source>Mark %n seat(s)</source>
        <translation>
            <numerusform>Mark %n seat</numerusform>
            <numerusform>Mark %n seats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unmark %n seat(s)</source>
        <translation>
            <numerusform>Unmark %n seat</numerusform>
            <numerusform>Unmark %n seats</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parkett</name>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parkett::BasketModel</name>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parkett::BlockTool</name>
    <message>
        <source>Add block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag a rectangle to fill it with rows; click for %1 rows of %2 seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Add a block of %n row(s)</source>
        <translation>
            <numerusform>Add a block of %n row</numerusform>
            <numerusform>Add a block of %n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parkett::CompositionRoot</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standalone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parkett</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parkett::ConnectedCustomers</name>
    <message>
        <source>A customer&apos;s flags are shared with every counter through the server, which cannot be reached now. Nothing was changed; try again when the connection is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A customer&apos;s name, e-mail and phone are kept on the server for every counter, which cannot be reached now. Nothing was saved; the other details can be saved while offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A customer is anonymised on the server, for every counter, and the server cannot be reached now. Nothing was changed; try again when the connection is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers are merged on the server, for every counter, and the server cannot be reached now. Nothing was changed; try again when the connection is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A merge made on the server cannot be undone at the counter.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parkett::ConnectedSales</name>
    <message>
        <source>Online: sales go to the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: sales from this terminal&apos;s lease</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s seating rules cannot be overridden at the counter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline, this terminal sells only what is leased to it (Server &gt; Terminal leases). %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reservation needs the server, which cannot be reached now. Offline, this terminal can only sell from its lease.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the supervisor&apos;s approval: %1. Nothing was sold; ask the supervisor again at the customer card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs the server, which cannot be reached now. Nothing was saved; try again when the connection is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer is blocked from sale. A supervisor&apos;s approval needs the server, which cannot be reached now: this terminal cannot check the supervisor&apos;s password. Nothing was sold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reservation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paying a reservation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling a reservation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parkett::ConsentHistoryModel</name>
    <message>
        <source>Newsletter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parkett::CustomerCard</name>
    <message>
        <source>Denmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Norway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sweden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Germany</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ukraine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>United States</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Danish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>German</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Norwegian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a flag from the list defined in the settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sell…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sell tickets with this customer in the basket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reserve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export data (JSON)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export data (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge a duplicate into this customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged. The merge can be undone for 30 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last merge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymise…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in own window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;nsent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compan&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other e-&amp;mails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separated by commas; searchable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;obile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+45 12 34 56 78</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La&amp;nguage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;treet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postco&amp;de</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;untry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal note (staff only, never printed or sent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlin&amp;k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the contact (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upcoming performances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past performances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n order(s)</source>
        <translation>
            <numerusform>%1 of %n order</numerusform>
            <numerusform>%1 of %n orders</numerusform>
        </translation>
    </message>
    <message>
        <source>Consent now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given &amp;at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · anonymised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Internal note&lt;/b&gt;&lt;br&gt;%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web-shop account: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No web-shop account linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked to the web-shop account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the flag %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A customer needs a first or last name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an e-mail address (name@example.com).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a phone number: use digits, with + and the country code for numbers abroad.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a postcode in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please correct the marked fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved meanwhile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed meanwhile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else saved this customer while you were editing. Compare the two versions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save mine over theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes discarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The flag could not be added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The flag could not be removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consent could not be recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link a web-shop account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search accounts by e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The web profile could not be linked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The web profile could not be unlinked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked from sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is blocked from sale (%2). Nothing can be sold or reserved for this customer unless a supervisor allows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor override…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no supervisor who could allow this sale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor allowing this sale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The override was refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export customer data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data could not be exported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymise customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove all personal data of %1? The orders stay for the accounts; this cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer could not be anonymised: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The merges could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no merge of the last 30 days to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo merging %1 into this customer? %1 comes back with its orders, consents, flags and history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The merge could not be undone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge undone; %1 is a customer of its own again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;bscription / season</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pay reservation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cance&amp;l reservation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gift card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay reservation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel reservation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason (kept in the order&apos;s history):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reservation could not be paid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reservation could not be cancelled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A supervisor&apos;s approval needs the server, which cannot be reached now: this terminal cannot check the supervisor&apos;s password. Sell to this customer when the connection is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login of the supervisor allowing this sale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of %1 (checked by the server when the sale is placed):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parkett::CustomerHistoryModel</name>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web profile linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web profile unlinked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked sale allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alternative e-mails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parkett::CustomerMergeDialog</name>
    <message>
        <source>Merge a duplicate into %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the duplicate: name, e-mail, phone or number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Field&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Keep (%1)&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Take from %1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 order(s) of %2 move to %3, with consents, flags and history; %2&apos;s e-mail stays as another e-mail. The merge is logged and can be undone for 30 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customers were not merged: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parkett::CustomerOrdersModel</name>
    <message>
        <source>Reserved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) · %1</source>
        <translation>
            <numerusform>%n ticket · %1</numerusform>
            <numerusform>%n tickets · %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Reserved until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Season: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscription: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscription / season</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parkett::CustomerSearchModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — found by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parkett::CustomerSearchPanel</name>
    <message>
        <source>Name, e-mail, phone, customer, order or ticket number (Ctrl+K); Enter opens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody found. Enter creates a new customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s); Enter opens the first, Down moves to the list.</source>
        <translation>
            <numerusform>%n customer; Enter opens it, Down moves to the list.</numerusform>
            <numerusform>%n customers; Enter opens the first, Down moves to the list.</numerusform>
        </translation>
    </message>
    <message>
        <source>New customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer could not be created: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parkett::CustomerWorkspace</name>
    <message>
        <source>&amp;Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Alternative e-mails on cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a performance to sell to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parkett::FocalPointTool</name>
    <message>
        <source>Focal point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click where the stage&apos;s centre is: best available measures from here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parkett::LeaseDialog</name>
    <message>
        <source>Terminal leases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats and standing places leased to this terminal (%1) can be sold here while the server is out of reach. Leased places are set aside on the server: no other counter sells them until the lease is released.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leased seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leased standing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lease to this terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lease the &amp;selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lease &amp;free seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first free seats of the plan, front rows first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lease s&amp;tanding places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Release this performance&apos;s lease</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsold leased places become free for every counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Selected on the sales screen: %n seat(s)</source>
        <translation>
            <numerusform>Selected on the sales screen: %n seat</numerusform>
            <numerusform>Selected on the sales screen: %n seats</numerusform>
        </translation>
    </message>
    <message>
        <source>No seats of this performance are selected on the sales screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to a server first (Server &gt; Server settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lease could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused by the server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n selected seat(s) leased to this terminal.</source>
        <translation>
            <numerusform>%n selected seat leased to this terminal.</numerusform>
            <numerusform>%n selected seats leased to this terminal.</numerusform>
        </translation>
    </message>
    <message>
        <source>No free seats are left to lease.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) leased to this terminal.</source>
        <translation>
            <numerusform>%n seat leased to this terminal.</numerusform>
            <numerusform>%n seats leased to this terminal.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n standing place(s) leased to this terminal.</source>
        <translation>
            <numerusform>%n standing place leased to this terminal.</numerusform>
            <numerusform>%n standing places leased to this terminal.</numerusform>
        </translation>
    </message>
    <message>
        <source>The lease was released; its unsold places are free again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parkett::MainWindow</name>
    <message>
        <source>Parkett</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by title or date (Ctrl+F); Enter opens the first match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Release expired reservations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find performance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standalone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the performances: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The performance could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release expired reservations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reservations could not be released: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Released %n expired reservation(s).</source>
        <translation>
            <numerusform>Released %n expired reservation.</numerusform>
            <numerusform>Released %n expired reservations.</numerusform>
        </translation>
    </message>
    <message>
        <source>V&amp;enue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp;seat plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket &amp;layouts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seat plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no venue with a seat plan yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The venues could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (plan version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit seat plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Seat plan version %1 saved; %n performance(s) moved onto it</source>
        <translation>
            <numerusform>Seat plan version %1 saved; %n performance moved onto it</numerusform>
            <numerusform>Seat plan version %1 saved; %n performances moved onto it</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Printing settings…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parkett::MiniMap</name>
    <message>
        <source>Click or drag to move the view</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parkett::NewCustomerDialog</name>
    <message>
        <source>New customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail address is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>similar name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Possibly already a customer:&lt;/b&gt;&lt;br&gt;%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parkett::NumberingDialog</name>
    <message>
        <source>Number the rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip I and O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number the seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number rows and seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters (A, B, C …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers (1, 2, 3 …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Front to back (nearest the stage first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odd numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Even numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In row order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Style:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tart at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Prefix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Numbers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of the selection</source>
        <translation>
            <numerusform>%n row of the selection</numerusform>
            <numerusform>%n rows of the selection</numerusform>
        </translation>
    </message>
    <message>
        <source>The start value does not fit the style.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows: %1 …   Seats: %2 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a start value for this style.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parkett::OrderConfirmationDialog</name>
    <message>
        <source>Order %1 sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 reserved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sold and paid (%1). The tickets are stored and can be printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserved until %1. Unpaid, the seats are released after that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parkett::OrderDetailsDialog</name>
    <message>
        <source>Order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · total %3 · paid %4 · created %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lines and tickets (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Payments (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parkett::PaintTool</name>
    <message>
        <source>Paint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag over seats to give them the chosen category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag over seats to take the flag off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag over seats to flag them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag over seats to take them out of the area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag over seats to add them to the area</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parkett::PerformanceListModel</name>
    <message>
        <source>Not on sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 places free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parkett::PrintDesk</name>
    <message>
        <source>Receipt printed on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt not printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt was not printed on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Order %1: %n ticket(s) printed on %2.</source>
        <translation>
            <numerusform>Order %1: %n ticket printed on %2.</numerusform>
            <numerusform>Order %1: %n tickets printed on %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tickets not printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 is saved, but not all of its tickets were printed on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) printed.</source>
        <translation>
            <numerusform>%n ticket printed.</numerusform>
            <numerusform>%n tickets printed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) went to the printer without its confirmation: check whether they came out before anything is printed again (a missing ticket is reprinted with a reason, as a duplicate).</source>
        <translation>
            <numerusform>%n ticket went to the printer without its confirmation: check whether it came out before anything is printed again (a missing ticket is reprinted with a reason, as a duplicate).</numerusform>
            <numerusform>%n tickets went to the printer without its confirmation: check whether they came out before anything is printed again (a missing ticket is reprinted with a reason, as a duplicate).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) were not sent and wait in the queue.</source>
        <translation>
            <numerusform>%n ticket was not sent and waits in the queue.</numerusform>
            <numerusform>%n tickets were not sent and wait in the queue.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is resent automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They &amp;came out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;print them…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the reprint (kept in the order&apos;s history):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did not come out of the printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the &amp;rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print &amp;tickets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets not printed yet go to the chosen printer; a second copy is a reprint with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reservation prints once it is paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print r&amp;eceipt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parkett::PrintDialog</name>
    <message>
        <source>Print tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Print %n ticket(s)</source>
        <translation>
            <numerusform>&amp;Print %n ticket</numerusform>
            <numerusform>&amp;Print %n tickets</numerusform>
        </translation>
    </message>
    <message>
        <source>Printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ticket printer is set up for this terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer does not report its state over this connection. Watch that every ticket comes out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parkett::PrintSettingsDialog</name>
    <message>
        <source>Printing settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first ticket printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first receipt or page printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a &amp;receipt after each sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name on receipts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tickets print on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;eceipts print on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BOCA (FGL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thermal (ESC/POS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No printer is set up yet: add one with &quot;parkett-cli printers add&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer&apos;s own (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket layout per sales channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ticket sold through a channel prints with the layout chosen for it on that printer; &quot;Printer&apos;s own&quot; uses the printer&apos;s layout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings were not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parkett::PrinterStatusLabel</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parkett::ReserveDialog</name>
    <message>
        <source>Reserve tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Keep %n ticket(s) for the customer until the time below. Unpaid reservations are released after that.</source>
        <translation>
            <numerusform>Keep %n ticket for the customer until the time below. Unpaid reservations are released after that.</numerusform>
            <numerusform>Keep %n tickets for the customer until the time below. Unpaid reservations are released after that.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reserved &amp;until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reserve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, e-mail, phone or customer number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the latest %1, when sales for the performance end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer chosen: the reservation is anonymous.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserving for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer search failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer matches &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parkett::RowTool</name>
    <message>
        <source>Add row</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Drag from the first seat to the last to add a row; click for a row of %n seat(s)</source>
        <translation>
            <numerusform>Drag from the first seat to the last to add a row; click for a row of %n seat</numerusform>
            <numerusform>Drag from the first seat to the last to add a row; click for a row of %n seats</numerusform>
        </translation>
    </message>
    <message>
        <source>Add row %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parkett::SalesGateway</name>
    <message>
        <source>Standalone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parkett::SalesScreen</name>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seat map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>−</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+−)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit the whole plan (Ctrl+0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Seats:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standing places in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected tickets (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reser&amp;ve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sell (cash)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take cash payment and sell the basket (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free: %1 seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 standing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · Sold: %1 · Reserved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This performance is not on sale any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basket empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>There are not %n free seat(s) left in %1.</source>
        <translation>
            <numerusform>There is not %n free seat left in %1.</numerusform>
            <numerusform>There are not %n free seats left in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>There are not %n free seat(s) left.</source>
        <translation>
            <numerusform>There is not %n free seat left.</numerusform>
            <numerusform>There are not %n free seats left.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sale was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reservation was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are not enough standing places left.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ticket has no price for its price type at this performance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something in the basket no longer exists: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not be written. Nothing was saved.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Only %n standing place(s) left in %1; the basket was reduced.</source>
        <translation>
            <numerusform>Only %n standing place left in %1; the basket was reduced.</numerusform>
            <numerusform>Only %n standing places left in %1; the basket was reduced.</numerusform>
        </translation>
    </message>
    <message>
        <source>Taken meanwhile and removed from the basket: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some seats in the basket were taken meanwhile. They were removed from the basket; check the rest and sell again.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seating rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These seats break the seating rules:

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Override as supervisor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override the seating rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason (kept in the order&apos;s history):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Customer:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the hold off this seat so it can be sold to everybody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on hold %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> + %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · basket takes %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release hold %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hold was not released: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Hold released on %n seat(s).</source>
        <translation>
            <numerusform>Hold released on %n seat.</numerusform>
            <numerusform>Hold released on %n seats.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reserve the basket for a customer, unpaid, until a time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parkett::SeatMapDocument</name>
    <message numerus="yes">
        <source>Rotate %n seat(s)</source>
        <translation>
            <numerusform>Rotate %n seat</numerusform>
            <numerusform>Rotate %n seats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Align %n seat(s)</source>
        <translation>
            <numerusform>Align %n seat</numerusform>
            <numerusform>Align %n seats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Angle %n seat(s)</source>
        <translation>
            <numerusform>Angle %n seat</numerusform>
            <numerusform>Angle %n seats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Number %n seat(s)</source>
        <translation>
            <numerusform>Number %n seat</numerusform>
            <numerusform>Number %n seats</numerusform>
        </translation>
    </message>
    <message>
        <source>Add section %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Add table %1 with %n chair(s)</source>
        <translation>
            <numerusform>Add table %1 with %n chair</numerusform>
            <numerusform>Add table %1 with %n chairs</numerusform>
        </translation>
    </message>
    <message>
        <source>Add standing zone %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add area %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the focal point</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Add %n seat(s) to %1</source>
        <translation>
            <numerusform>Add %n seat to %1</numerusform>
            <numerusform>Add %n seats to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Take %n seat(s) out of %1</source>
        <translation>
            <numerusform>Take %n seat out of %1</numerusform>
            <numerusform>Take %n seats out of %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete section %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete table %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete standing zone %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete a shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete area %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Paste %n seat(s)</source>
        <translation>
            <numerusform>Paste %n seat</numerusform>
            <numerusform>Paste %n seats</numerusform>
        </translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parkett::SeatMapEditor</name>
    <message>
        <source>Untitled plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (version %2)%3 — Seat map editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats per row:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row spacing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Angle (°):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seat spacing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Curve by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sagitta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>radius</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chairs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shape:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectangular</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booking:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By seat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party min:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standing zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectangle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polygon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ellipse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage, Bar, Exit …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seat flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wheelchair place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companion seat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restricted view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aisle seat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(add an area in the Areas panel first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snap to grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snap to rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Number rows and seats…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Align</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left edges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Horizontal centres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right edges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top edges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vertical centres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bottom edges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribute horizontally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribute vertically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate 15° &amp;left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate 15° &amp;right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An&amp;gle the block…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Angle the block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift each row sideways by (degrees):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom to &amp;fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom to &amp;selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems found</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n seat(s))</source>
        <translation>
            <numerusform>%1 (%n seat)</numerusform>
            <numerusform>%1 (%n seats)</numerusform>
        </translation>
    </message>
    <message>
        <source> · distancing</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Select seats or an object to see and change their properties.

%n seat(s) in the plan.</source>
        <translation>
            <numerusform>Select seats or an object to see and change their properties.

%n seat in the plan.</numerusform>
            <numerusform>Select seats or an object to see and change their properties.

%n seats in the plan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n seat(s) selected&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n seat selected&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n seats selected&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, row %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Row:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(several)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Section&lt;/b&gt; · %n row(s)</source>
        <translation>
            <numerusform>&lt;b&gt;Section&lt;/b&gt; · %n row</numerusform>
            <numerusform>&lt;b&gt;Section&lt;/b&gt; · %n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Table&lt;/b&gt; · %n chair(s)</source>
        <translation>
            <numerusform>&lt;b&gt;Table&lt;/b&gt; · %n chair</numerusform>
            <numerusform>&lt;b&gt;Table&lt;/b&gt; · %n chairs</numerusform>
        </translation>
    </message>
    <message>
        <source>Party of min–max persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change table booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Booking:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;in persons:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;ax persons:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Standing zone&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ategory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Shape&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Focal point&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Area&lt;/b&gt; · %n seat(s)</source>
        <translation>
            <numerusform>&lt;b&gt;Area&lt;/b&gt; · %n seat</numerusform>
            <numerusform>&lt;b&gt;Area&lt;/b&gt; · %n seats</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change area colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;lour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Distancing seating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn distancing on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn distancing off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change area rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats blocked each side:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also in front and behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also diagonally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free seats at row ends:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most seats taken:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most seats taken is a percentage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One party per table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Radius instead of neighbours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change order limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most orders:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fewest persons per order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most persons per order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every price type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price types (codes):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paint seats into this area</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s)</source>
        <translation>
            <numerusform>%n seat</numerusform>
            <numerusform>%n seats</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan has changes that are not saved. Close anyway and lose them?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parkett::SeatMapLegend</name>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In basket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wheelchair place</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parkett::SeatMapView</name>
    <message>
        <source>Free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, table %2, seat %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, row %2, seat %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, seat %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wheelchair place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companion seat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restricted view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the basket</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n place(s) free
Click to choose how many</source>
        <translation>
            <numerusform>%1: %n place free
Click to choose how many</numerusform>
            <numerusform>%1: %n places free
Click to choose how many</numerusform>
        </translation>
    </message>
    <message>
        <source>Not for sale: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (hold %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parkett::SelectTool</name>
    <message>
        <source>Select</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click or drag to select (Shift adds, Ctrl toggles); drag the selection to move it, Alt+drag to rotate; arrow keys nudge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parkett::ServerSettingsDialog</name>
    <message>
        <source>Work &amp;offline (sell from this terminal&apos;s lease)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://boxoffice.example:8443</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number this computer was enrolled under on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Terminal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the s&amp;tandalone box office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file holds a standalone box office. Signing in keeps the server&apos;s data in a file of its own beside it, one per server; this box office stays as it is, and Parkett switches to the server&apos;s file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected mode works on the server&apos;s own file; the standalone box office in %1 is kept as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1 at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server URL is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in, but the keychain refused the token (%1): you will have to sign in again after a restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s file could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in. Parkett now works on the server&apos;s file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parkett goes back to the standalone box office in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n operation(s) in the outbox have not reached the server yet. They stay on this computer and are sent after the next sign-in. Sign out anyway?</source>
        <translation>
            <numerusform>%n operation in the outbox has not reached the server yet. It stays on this computer and is sent after the next sign-in. Sign out anyway?</numerusform>
            <numerusform>%n operations in the outbox have not reached the server yet. They stay on this computer and are sent after the next sign-in. Sign out anyway?</numerusform>
        </translation>
    </message>
    <message>
        <source>Signing out…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out; the keychain said: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parkett::ShapeTool</name>
    <message>
        <source>Standing zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click the corners; double click or Enter closes the outline, Escape drops it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click where the label goes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag a rectangle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standing %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parkett::SupervisorQueueDialog</name>
    <message>
        <source>Seats no longer leased to this terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats taken by another sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seating rules refuse it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt already on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not possible in the order&apos;s state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved to other seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server&apos;s message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the sale here; the guest gets the money back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Moved…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guest got other seats through a new sale; cancel this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the sale again, after its seats were leased to this terminal again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the sale as it is, with a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note for the record:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer blocked from sale, no supervisor approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appro&amp;ve and send again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A supervisor allows the sale to the blocked customer; the server checks the supervisor&apos;s password, then the sale goes again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login of the supervisor allowing this sale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of %1 (checked by the server):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the supervisor with the server…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parkett::SyncDesk</name>
    <message>
        <source>&amp;Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server &amp;settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor &amp;queue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal &amp;leases…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work &amp;offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n operation(s) in the outbox have not reached the server yet. They stay on this computer and are sent when Parkett runs again with the server in reach. Quit anyway?</source>
        <translation>
            <numerusform>%n operation in the outbox has not reached the server yet. It stays on this computer and is sent when Parkett runs again with the server in reach. Quit anyway?</numerusform>
            <numerusform>%n operations in the outbox have not reached the server yet. They stay on this computer and are sent when Parkett runs again with the server in reach. Quit anyway?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parkett::SyncStatusWidget</name>
    <message>
        <source>Operations the server refused; a supervisor decides what happens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing %v/%m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline (by choice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selling from this terminal&apos;s lease; sales wait in the outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No server: sales are kept on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot be reached; selling from this terminal&apos;s lease, sales wait in the outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Outbox: %n</source>
        <translation>
            <numerusform>Outbox: %n</numerusform>
            <numerusform>Outbox: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Outbox: ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operations made here that the server has not received yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n refused</numerusform>
            <numerusform>%n refused</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parkett::TableTool</name>
    <message>
        <source>Add table</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Click to place a %1 table with %n chair(s)</source>
        <translation>
            <numerusform>Click to place a %1 table with %n chair</numerusform>
            <numerusform>Click to place a %1 table with %n chairs</numerusform>
        </translation>
    </message>
    <message>
        <source>round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rectangular</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parkett::TicketLayoutEditor</name>
    <message>
        <source>Text &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code 128: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket layouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the printer prints it (FGL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X (dots)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Y (dots)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Font size (dots)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module / line (dots)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open ticket layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket layouts (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save ticket layout</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parkett::ToolManager</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
