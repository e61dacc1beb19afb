<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
<context>
    <name>AddRowCommand</name>
    <message numerus="yes">
        <source>Add row %1 with %n seat(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelabelSeatsCommand</name>
    <message numerus="yes">
        <source>Number %n seat(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemoveSeatsCommand</name>
    <message numerus="yes">
        <source>Delete %n seat(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SeatMapRenderer</name>
    <message numerus="yes">
        <source>%1 · %n free</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n in basket</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SetCategoryCommand</name>
    <message numerus="yes">
        <source>Set the category of %n seat(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SetFlagCommand</name>
    <message numerus="yes">
        <source>Mark %n seat(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unmark %n seat(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
    <name>parkett::CompositionRoot</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standalone</source>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
    <name>parkett::ReserveDialog</name>
    <message>
        <source>Reserve tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Keep %n ticket(s) for the customer until the time below. Unpaid reservations are released after that.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>There are not %n free seat(s) left.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
