<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA">
<context>
    <name>AddRowCommand</name>
    <message numerus="yes">
        <source>Add row %1 with %n seat(s)</source>
        <translation>
            <numerusform>Додати ряд %1 з %n місцем</numerusform>
            <numerusform>Додати ряд %1 з %n місцями</numerusform>
            <numerusform>Додати ряд %1 з %n місцями</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AddTableSeatsCommand</name>
    <message numerus="yes">
        <source>Add %n chair(s)</source>
        <translation>
            <numerusform>Додати %n стілець</numerusform>
            <numerusform>Додати %n стільці</numerusform>
            <numerusform>Додати %n стільців</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Parkett box office</source>
        <translation>Каса Parkett</translation>
    </message>
    <message>
        <source>The SQLite database to use (default: %1).</source>
        <translation>База даних SQLite, яку слід використовувати (типово: %1).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>файл</translation>
    </message>
    <message>
        <source>Fill an empty database with the demo theatre.</source>
        <translation>Заповнити порожню базу даних демонстраційним театром.</translation>
    </message>
    <message>
        <source>Use this fixed time as &quot;now&quot; (ISO 8601), for tests.</source>
        <translation>Використовувати цей фіксований час як «зараз» (ISO 8601), для тестів.</translation>
    </message>
    <message>
        <source>time</source>
        <translation>час</translation>
    </message>
    <message>
        <source>Print the milliseconds until the window is shown, then exit.</source>
        <translation>Вивести кількість мілісекунд до появи вікна, потім завершити роботу.</translation>
    </message>
    <message>
        <source>Save screenshots into a folder, then exit.</source>
        <translation>Зберегти знімки екрана в теку, потім завершити роботу.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>тека</translation>
    </message>
    <message>
        <source>--now: &quot;%1&quot; is not an ISO 8601 time.</source>
        <translation>--now: «%1» не є часом у форматі ISO 8601.</translation>
    </message>
    <message>
        <source>The database %1 cannot be used. It was not changed.

%2</source>
        <translation>Базу даних %1 неможливо використати. Її не було змінено.

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
            <numerusform>Перемістити %n місце</numerusform>
            <numerusform>Перемістити %n місця</numerusform>
            <numerusform>Перемістити %n місць</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelabelRowsCommand</name>
    <message numerus="yes">
        <source>Name %n row(s)</source>
        <translation>
            <numerusform>Назвати %n ряд</numerusform>
            <numerusform>Назвати %n ряди</numerusform>
            <numerusform>Назвати %n рядів</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelabelSeatsCommand</name>
    <message numerus="yes">
        <source>Number %n seat(s)</source>
        <translation>
            <numerusform>Пронумерувати %n місце</numerusform>
            <numerusform>Пронумерувати %n місця</numerusform>
            <numerusform>Пронумерувати %n місць</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemoveEmptyRowCommand</name>
    <message>
        <source>Delete a row</source>
        <translation>Видалити ряд</translation>
    </message>
</context>
<context>
    <name>RemoveSeatsCommand</name>
    <message numerus="yes">
        <source>Delete %n seat(s)</source>
        <translation>
            <numerusform>Видалити %n місце</numerusform>
            <numerusform>Видалити %n місця</numerusform>
            <numerusform>Видалити %n місць</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SeatMapRenderer</name>
    <message numerus="yes">
        <source>%1 · %n free</source>
        <translation>
            <numerusform>%1 · %n вільне</numerusform>
            <numerusform>%1 · %n вільні</numerusform>
            <numerusform>%1 · %n вільних</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n in basket</source>
        <translation>
            <numerusform> · %n у кошику</numerusform>
            <numerusform> · %n у кошику</numerusform>
            <numerusform> · %n у кошику</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SetCategoryCommand</name>
    <message numerus="yes">
        <source>Set the category of %n seat(s)</source>
        <translation>
            <numerusform>Задати цінову категорію для %n місця</numerusform>
            <numerusform>Задати цінову категорію для %n місць</numerusform>
            <numerusform>Задати цінову категорію для %n місць</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SetFlagCommand</name>
    <message numerus="yes">
        <source>Mark %n seat(s)</source>
        <translation>
            <numerusform>Позначити %n місце</numerusform>
            <numerusform>Позначити %n місця</numerusform>
            <numerusform>Позначити %n місць</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unmark %n seat(s)</source>
        <translation>
            <numerusform>Зняти позначку з %n місця</numerusform>
            <numerusform>Зняти позначку з %n місць</numerusform>
            <numerusform>Зняти позначку з %n місць</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parkett</name>
    <message>
        <source>Customer</source>
        <translation>Клієнт</translation>
    </message>
    <message>
        <source>exported</source>
        <translation>експортовано</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Позначки</translation>
    </message>
    <message>
        <source>Consent history</source>
        <translation>Історія згод</translation>
    </message>
    <message>
        <source>granted</source>
        <translation>надано</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>відкликано</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Замовлення</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Історія</translation>
    </message>
</context>
<context>
    <name>parkett::BasketModel</name>
    <message>
        <source>Ticket</source>
        <translation>Квиток</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Цінова категорія</translation>
    </message>
    <message>
        <source>Price type</source>
        <translation>Тип ціни</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Ціна</translation>
    </message>
</context>
<context>
    <name>parkett::BlockTool</name>
    <message>
        <source>Add block</source>
        <translation>Додати блок</translation>
    </message>
    <message>
        <source>Drag a rectangle to fill it with rows; click for %1 rows of %2 seats</source>
        <translation>Протягніть прямокутник, щоб заповнити його рядами; клацніть для %1 рядів по %2 місць</translation>
    </message>
    <message numerus="yes">
        <source>Add a block of %n row(s)</source>
        <translation>
            <numerusform>Додати блок з %n ряду</numerusform>
            <numerusform>Додати блок з %n рядів</numerusform>
            <numerusform>Додати блок з %n рядів</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parkett::CompositionRoot</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Неможливо створити теку %1.</translation>
    </message>
    <message>
        <source>Standalone</source>
        <translation>Автономно</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Підключено до %1</translation>
    </message>
    <message>
        <source>Parkett</source>
        <translation>Parkett</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>Неможливо відкрити %1: %2</translation>
    </message>
</context>
<context>
    <name>parkett::ConnectedCustomers</name>
    <message>
        <source>A customer&apos;s flags are shared with every counter through the server, which cannot be reached now. Nothing was changed; try again when the connection is back.</source>
        <translation>Позначки клієнта спільні для всіх кас через сервер, який зараз недоступний. Нічого не змінено; спробуйте ще раз, коли з’єднання відновиться.</translation>
    </message>
    <message>
        <source>A customer&apos;s name, e-mail and phone are kept on the server for every counter, which cannot be reached now. Nothing was saved; the other details can be saved while offline.</source>
        <translation>Ім’я, електронна пошта й телефон клієнта зберігаються на сервері для всіх кас, а він зараз недоступний. Нічого не збережено; інші дані можна зберегти й офлайн.</translation>
    </message>
    <message>
        <source>A customer is anonymised on the server, for every counter, and the server cannot be reached now. Nothing was changed; try again when the connection is back.</source>
        <translation>Клієнта анонімізують на сервері для всіх кас, а сервер зараз недоступний. Нічого не змінено; спробуйте ще раз, коли з’єднання відновиться.</translation>
    </message>
    <message>
        <source>Customers are merged on the server, for every counter, and the server cannot be reached now. Nothing was changed; try again when the connection is back.</source>
        <translation>Клієнтів об’єднують на сервері для всіх кас, а сервер зараз недоступний. Нічого не змінено; спробуйте ще раз, коли з’єднання відновиться.</translation>
    </message>
    <message>
        <source>A merge made on the server cannot be undone at the counter.</source>
        <translation>Об’єднання, виконане на сервері, не можна скасувати на касі.</translation>
    </message>
</context>
<context>
    <name>parkett::ConnectedSales</name>
    <message>
        <source>Online: sales go to the server</source>
        <translation>Онлайн: продажі надходять на сервер</translation>
    </message>
    <message>
        <source>Offline: sales from this terminal&apos;s lease</source>
        <translation>Офлайн: продаж із квоти цього термінала</translation>
    </message>
    <message>
        <source>The server&apos;s seating rules cannot be overridden at the counter.</source>
        <translation>Правила розсадки сервера не можна обійти на касі.</translation>
    </message>
    <message>
        <source>Offline, this terminal sells only what is leased to it (Server &gt; Terminal leases). %1</source>
        <translation>Офлайн цей термінал продає лише те, що виділено йому у квоту (Сервер &gt; Квоти терміналів). %1</translation>
    </message>
    <message>
        <source>A reservation needs the server, which cannot be reached now. Offline, this terminal can only sell from its lease.</source>
        <translation>Для бронювання потрібен сервер, який зараз недоступний. Офлайн цей термінал може продавати лише зі своєї квоти.</translation>
    </message>
    <message>
        <source>The server refused the supervisor&apos;s approval: %1. Nothing was sold; ask the supervisor again at the customer card.</source>
        <translation>Сервер відхилив дозвіл керівника зміни: %1. Нічого не продано; попросіть керівника зміни ще раз у картці клієнта.</translation>
    </message>
    <message>
        <source>%1 needs the server, which cannot be reached now. Nothing was saved; try again when the connection is back.</source>
        <translation>%1 потребує сервера, який зараз недоступний. Нічого не збережено; спробуйте ще раз, коли з&apos;єднання відновиться.</translation>
    </message>
    <message>
        <source>This customer is blocked from sale. A supervisor&apos;s approval needs the server, which cannot be reached now: this terminal cannot check the supervisor&apos;s password. Nothing was sold.</source>
        <translation>Цьому клієнту заблоковано продаж. Для дозволу керівника зміни потрібен сервер, який зараз недоступний: цей термінал не може перевірити пароль керівника зміни. Нічого не продано.</translation>
    </message>
    <message>
        <source>A reservation</source>
        <translation>Бронювання</translation>
    </message>
    <message>
        <source>Paying a reservation</source>
        <translation>Оплата бронювання</translation>
    </message>
    <message>
        <source>Cancelling a reservation</source>
        <translation>Скасування бронювання</translation>
    </message>
</context>
<context>
    <name>parkett::ConsentHistoryModel</name>
    <message>
        <source>Newsletter</source>
        <translation>Розсилка новин</translation>
    </message>
    <message>
        <source>Event information</source>
        <translation>Інформація про заходи</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Ел. пошта</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Пошта</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Каса</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Веб</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Пункт попереднього продажу</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Надано</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Відкликано</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Коли</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Мета</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Згода</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Джерело</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Хто записав</translation>
    </message>
</context>
<context>
    <name>parkett::CustomerCard</name>
    <message>
        <source>Denmark</source>
        <translation>Данія</translation>
    </message>
    <message>
        <source>Norway</source>
        <translation>Норвегія</translation>
    </message>
    <message>
        <source>Sweden</source>
        <translation>Швеція</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Німеччина</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Велика Британія</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation>Нідерланди</translation>
    </message>
    <message>
        <source>Poland</source>
        <translation>Польща</translation>
    </message>
    <message>
        <source>Ukraine</source>
        <translation>Україна</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>США</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>Данська</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Англійська</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Німецька</translation>
    </message>
    <message>
        <source>Norwegian</source>
        <translation>Норвезька</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Шведська</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>Українська</translation>
    </message>
    <message>
        <source>+ Flag</source>
        <translation>+ Позначка</translation>
    </message>
    <message>
        <source>Add a flag from the list defined in the settings</source>
        <translation>Додати позначку зі списку, визначеного в налаштуваннях</translation>
    </message>
    <message>
        <source>&amp;Sell…</source>
        <translation>&amp;Продати…</translation>
    </message>
    <message>
        <source>Sell tickets with this customer in the basket</source>
        <translation>Продати квитки з цим клієнтом у кошику</translation>
    </message>
    <message>
        <source>&amp;Reserve…</source>
        <translation>За&amp;бронювати…</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Більше</translation>
    </message>
    <message>
        <source>Export data (JSON)…</source>
        <translation>Експортувати дані (JSON)…</translation>
    </message>
    <message>
        <source>Export data (PDF)…</source>
        <translation>Експортувати дані (PDF)…</translation>
    </message>
    <message>
        <source>Merge a duplicate into this customer…</source>
        <translation>Об&apos;єднати дублікат із цим клієнтом…</translation>
    </message>
    <message>
        <source>Merged. The merge can be undone for 30 days.</source>
        <translation>Об&apos;єднано. Об&apos;єднання можна скасувати протягом 30 днів.</translation>
    </message>
    <message>
        <source>Undo the last merge…</source>
        <translation>Скасувати останнє об&apos;єднання…</translation>
    </message>
    <message>
        <source>Anonymise…</source>
        <translation>Анонімізувати…</translation>
    </message>
    <message>
        <source>Open in own window</source>
        <translation>Відкрити в окремому вікні</translation>
    </message>
    <message>
        <source>&amp;Contact</source>
        <translation>&amp;Контакт</translation>
    </message>
    <message>
        <source>&amp;Orders</source>
        <translation>&amp;Замовлення</translation>
    </message>
    <message>
        <source>Co&amp;nsent</source>
        <translation>З&amp;года</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Історія</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Особа</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Ім&apos;я</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Прізвище</translation>
    </message>
    <message>
        <source>Compan&amp;y</source>
        <translation>Компа&amp;нія</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;Ел. пошта</translation>
    </message>
    <message>
        <source>Other e-&amp;mails</source>
        <translation>Інші адреси ел. п&amp;ошти</translation>
    </message>
    <message>
        <source>Separated by commas; searchable</source>
        <translation>Через кому; доступні для пошуку</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Телефон</translation>
    </message>
    <message>
        <source>M&amp;obile</source>
        <translation>Мо&amp;більний</translation>
    </message>
    <message>
        <source>+45 12 34 56 78</source>
        <translation>+45 12 34 56 78</translation>
    </message>
    <message>
        <source>La&amp;nguage</source>
        <translation>Мо&amp;ва</translation>
    </message>
    <message>
        <source>Birthday known</source>
        <translation>День народження відомий</translation>
    </message>
    <message>
        <source>&amp;Birthday</source>
        <translation>&amp;День народження</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адреса</translation>
    </message>
    <message>
        <source>S&amp;treet</source>
        <translation>В&amp;улиця</translation>
    </message>
    <message>
        <source>Postco&amp;de</source>
        <translation>Пошт&amp;овий індекс</translation>
    </message>
    <message>
        <source>C&amp;ity</source>
        <translation>&amp;Місто</translation>
    </message>
    <message>
        <source>Co&amp;untry</source>
        <translation>&amp;Країна</translation>
    </message>
    <message>
        <source>Internal note (staff only, never printed or sent)</source>
        <translation>Внутрішня нотатка (лише для персоналу, ніколи не друкується й не надсилається)</translation>
    </message>
    <message>
        <source>Web profile</source>
        <translation>Веб-профіль</translation>
    </message>
    <message>
        <source>&amp;Link…</source>
        <translation>&amp;Прив&apos;язати…</translation>
    </message>
    <message>
        <source>Unlin&amp;k</source>
        <translation>Від&amp;в&apos;язати</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Зберегти</translation>
    </message>
    <message>
        <source>Save the contact (Ctrl+S)</source>
        <translation>Зберегти контакт (Ctrl+S)</translation>
    </message>
    <message>
        <source>All orders</source>
        <translation>Усі замовлення</translation>
    </message>
    <message>
        <source>Upcoming performances</source>
        <translation>Майбутні вистави</translation>
    </message>
    <message>
        <source>Past performances</source>
        <translation>Минулі вистави</translation>
    </message>
    <message>
        <source>Cancelled orders</source>
        <translation>Скасовані замовлення</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>По&amp;казати</translation>
    </message>
    <message>
        <source>from</source>
        <translation>з</translation>
    </message>
    <message>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n order(s)</source>
        <translation>
            <numerusform>%1 з %n замовлення</numerusform>
            <numerusform>%1 з %n замовлень</numerusform>
            <numerusform>%1 з %n замовлень</numerusform>
        </translation>
    </message>
    <message>
        <source>Consent now</source>
        <translation>Поточна згода</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1, записав %2</translation>
    </message>
    <message>
        <source>Given &amp;at</source>
        <translation>Надано &amp;о</translation>
    </message>
    <message>
        <source>Consent history</source>
        <translation>Історія згод</translation>
    </message>
    <message>
        <source>%1 · anonymised</source>
        <translation>%1 · анонімізовано</translation>
    </message>
    <message>
        <source>&lt;b&gt;Internal note&lt;/b&gt;&lt;br&gt;%1</source>
        <translation>&lt;b&gt;Внутрішня нотатка&lt;/b&gt;&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>Web-shop account: %1</source>
        <translation>Обліковий запис інтернет-магазину: %1</translation>
    </message>
    <message>
        <source>No web-shop account linked</source>
        <translation>Обліковий запис інтернет-магазину не прив&apos;язано</translation>
    </message>
    <message>
        <source>Linked to the web-shop account %1</source>
        <translation>Прив&apos;язано до облікового запису інтернет-магазину %1</translation>
    </message>
    <message>
        <source>Remove the flag %1</source>
        <translation>Зняти позначку %1</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Незбережені зміни</translation>
    </message>
    <message>
        <source>A customer needs a first or last name.</source>
        <translation>Клієнт повинен мати ім&apos;я або прізвище.</translation>
    </message>
    <message>
        <source>This is not an e-mail address (name@example.com).</source>
        <translation>Це не адреса електронної пошти (name@example.com).</translation>
    </message>
    <message>
        <source>This is not a phone number: use digits, with + and the country code for numbers abroad.</source>
        <translation>Це не номер телефону: використовуйте цифри, а для закордонних номерів — + і код країни.</translation>
    </message>
    <message>
        <source>This is not a postcode in %1.</source>
        <translation>Це не поштовий індекс у країні %1.</translation>
    </message>
    <message>
        <source>The date is in the future.</source>
        <translation>Дата в майбутньому.</translation>
    </message>
    <message>
        <source>Please correct the marked fields.</source>
        <translation>Виправте позначені поля.</translation>
    </message>
    <message>
        <source>The customer could not be saved: %1</source>
        <translation>Не вдалося зберегти клієнта: %1</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Ваша</translation>
    </message>
    <message>
        <source>Saved meanwhile</source>
        <translation>Збережено тим часом</translation>
    </message>
    <message>
        <source>Changed meanwhile</source>
        <translation>Змінено тим часом</translation>
    </message>
    <message>
        <source>Someone else saved this customer while you were editing. Compare the two versions:</source>
        <translation>Хтось інший зберіг цього клієнта, поки ви його редагували. Порівняйте дві версії:</translation>
    </message>
    <message>
        <source>Save mine over theirs</source>
        <translation>Зберегти мою версію замість їхньої</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Прийняти їхню</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Збережено.</translation>
    </message>
    <message>
        <source>Changes discarded.</source>
        <translation>Зміни скасовано.</translation>
    </message>
    <message>
        <source>The flag could not be added: %1</source>
        <translation>Не вдалося додати позначку: %1</translation>
    </message>
    <message>
        <source>The flag could not be removed: %1</source>
        <translation>Не вдалося зняти позначку: %1</translation>
    </message>
    <message>
        <source>The consent could not be recorded: %1</source>
        <translation>Не вдалося записати згоду: %1</translation>
    </message>
    <message>
        <source>Link a web-shop account</source>
        <translation>Прив&apos;язати обліковий запис інтернет-магазину</translation>
    </message>
    <message>
        <source>Search accounts by e-mail</source>
        <translation>Шукати облікові записи за ел. поштою</translation>
    </message>
    <message>
        <source>The web profile could not be linked: %1</source>
        <translation>Не вдалося прив&apos;язати веб-профіль: %1</translation>
    </message>
    <message>
        <source>The web profile could not be unlinked: %1</source>
        <translation>Не вдалося відв&apos;язати веб-профіль: %1</translation>
    </message>
    <message>
        <source>The order could not be read: %1</source>
        <translation>Не вдалося прочитати замовлення: %1</translation>
    </message>
    <message>
        <source>Blocked from sale</source>
        <translation>Заблоковано для продажу</translation>
    </message>
    <message>
        <source>%1 is blocked from sale (%2). Nothing can be sold or reserved for this customer unless a supervisor allows it.</source>
        <translation>Клієнту %1 заблоковано продаж (%2). Для цього клієнта нічого не можна продати чи забронювати без дозволу керівника зміни.</translation>
    </message>
    <message>
        <source>Supervisor override…</source>
        <translation>Дозвіл керівника зміни…</translation>
    </message>
    <message>
        <source>There is no supervisor who could allow this sale.</source>
        <translation>Немає керівника зміни, який міг би дозволити цей продаж.</translation>
    </message>
    <message>
        <source>Supervisor override</source>
        <translation>Дозвіл керівника зміни</translation>
    </message>
    <message>
        <source>Supervisor allowing this sale:</source>
        <translation>Керівник зміни, який дозволяє цей продаж:</translation>
    </message>
    <message>
        <source>The override was refused: %1</source>
        <translation>У дозволі відмовлено: %1</translation>
    </message>
    <message>
        <source>Export customer data</source>
        <translation>Експортувати дані клієнта</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>The data could not be exported: %1</source>
        <translation>Не вдалося експортувати дані: %1</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Не вдалося записати файл: %1</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Anonymise customer</source>
        <translation>Анонімізувати клієнта</translation>
    </message>
    <message>
        <source>Remove all personal data of %1? The orders stay for the accounts; this cannot be undone.</source>
        <translation>Видалити всі персональні дані клієнта %1? Замовлення залишаться для бухгалтерії; цю дію неможливо скасувати.</translation>
    </message>
    <message>
        <source>The customer could not be anonymised: %1</source>
        <translation>Не вдалося анонімізувати клієнта: %1</translation>
    </message>
    <message>
        <source>The merges could not be read: %1</source>
        <translation>Не вдалося прочитати об&apos;єднання: %1</translation>
    </message>
    <message>
        <source>There is no merge of the last 30 days to undo.</source>
        <translation>Немає об&apos;єднання за останні 30 днів, яке можна скасувати.</translation>
    </message>
    <message>
        <source>Undo merge</source>
        <translation>Скасувати об&apos;єднання</translation>
    </message>
    <message>
        <source>Undo merging %1 into this customer? %1 comes back with its orders, consents, flags and history.</source>
        <translation>Скасувати об&apos;єднання %1 з цим клієнтом? %1 повернеться зі своїми замовленнями, згодами, позначками та історією.</translation>
    </message>
    <message>
        <source>The merge could not be undone: %1</source>
        <translation>Не вдалося скасувати об&apos;єднання: %1</translation>
    </message>
    <message>
        <source>Merge undone; %1 is a customer of its own again.</source>
        <translation>Об&apos;єднання скасовано; %1 знову окремий клієнт.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клієнт</translation>
    </message>
    <message>
        <source>Su&amp;bscription / season</source>
        <translation>А&amp;бонемент / сезон</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Будь-який</translation>
    </message>
    <message>
        <source>Password of %1:</source>
        <translation>Пароль користувача %1:</translation>
    </message>
    <message>
        <source>&amp;Pay reservation…</source>
        <translation>&amp;Оплатити бронювання…</translation>
    </message>
    <message>
        <source>Cance&amp;l reservation…</source>
        <translation>Скасу&amp;вати бронювання…</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Готівка</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Картка</translation>
    </message>
    <message>
        <source>Gift card</source>
        <translation>Подарунковий сертифікат</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Рахунок</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Банківський переказ</translation>
    </message>
    <message>
        <source>Pay reservation</source>
        <translation>Оплатити бронювання</translation>
    </message>
    <message>
        <source>Paid by:</source>
        <translation>Спосіб оплати:</translation>
    </message>
    <message>
        <source>Cancel reservation</source>
        <translation>Скасувати бронювання</translation>
    </message>
    <message>
        <source>Reason (kept in the order&apos;s history):</source>
        <translation>Причина (зберігається в історії замовлення):</translation>
    </message>
    <message>
        <source>The reservation could not be paid: %1</source>
        <translation>Не вдалося оплатити бронювання: %1</translation>
    </message>
    <message>
        <source>The reservation could not be cancelled: %1</source>
        <translation>Не вдалося скасувати бронювання: %1</translation>
    </message>
    <message>
        <source>A supervisor&apos;s approval needs the server, which cannot be reached now: this terminal cannot check the supervisor&apos;s password. Sell to this customer when the connection is back.</source>
        <translation>Для дозволу керівника зміни потрібен сервер, який зараз недоступний: цей термінал не може перевірити пароль керівника зміни. Продайте цьому клієнту, коли з&apos;єднання відновиться.</translation>
    </message>
    <message>
        <source>Login of the supervisor allowing this sale:</source>
        <translation>Логін керівника зміни, який дозволяє цей продаж:</translation>
    </message>
    <message>
        <source>Password of %1 (checked by the server when the sale is placed):</source>
        <translation>Пароль користувача %1 (сервер перевірить його під час оформлення продажу):</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Збереження…</translation>
    </message>
</context>
<context>
    <name>parkett::CustomerHistoryModel</name>
    <message>
        <source>Created</source>
        <translation>Створено</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Змінено</translation>
    </message>
    <message>
        <source>Flag added</source>
        <translation>Позначку додано</translation>
    </message>
    <message>
        <source>Flag removed</source>
        <translation>Позначку знято</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Згода</translation>
    </message>
    <message>
        <source>Web profile linked</source>
        <translation>Веб-профіль прив&apos;язано</translation>
    </message>
    <message>
        <source>Web profile unlinked</source>
        <translation>Веб-профіль відв&apos;язано</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Об&apos;єднано</translation>
    </message>
    <message>
        <source>Merge undone</source>
        <translation>Об&apos;єднання скасовано</translation>
    </message>
    <message>
        <source>Data exported</source>
        <translation>Дані експортовано</translation>
    </message>
    <message>
        <source>Anonymised</source>
        <translation>Анонімізовано</translation>
    </message>
    <message>
        <source>Blocked sale allowed</source>
        <translation>Заблокований продаж дозволено</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Ім&apos;я</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Прізвище</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Ел. пошта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Мобільний</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компанія</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>День народження</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Вулиця</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Поштовий індекс</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Місто</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Країна</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Внутрішня нотатка</translation>
    </message>
    <message>
        <source>Alternative e-mails</source>
        <translation>Додаткові адреси ел. пошти</translation>
    </message>
    <message>
        <source>Web profile</source>
        <translation>Веб-профіль</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Коли</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Хто</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Що</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Старе значення</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Нове значення</translation>
    </message>
</context>
<context>
    <name>parkett::CustomerMergeDialog</name>
    <message>
        <source>Merge a duplicate into %1</source>
        <translation>Об&apos;єднати дублікат із клієнтом %1</translation>
    </message>
    <message>
        <source>Find the duplicate: name, e-mail, phone or number</source>
        <translation>Знайдіть дублікат: ім&apos;я, ел. пошта, телефон або номер</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Об&apos;єднати</translation>
    </message>
    <message>
        <source>&lt;b&gt;Field&lt;/b&gt;</source>
        <translation>&lt;b&gt;Поле&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Keep (%1)&lt;/b&gt;</source>
        <translation>&lt;b&gt;Залишити (%1)&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Take from %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Взяти з %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(порожньо)</translation>
    </message>
    <message>
        <source>%1 order(s) of %2 move to %3, with consents, flags and history; %2&apos;s e-mail stays as another e-mail. The merge is logged and can be undone for 30 days.</source>
        <translation>Замовлення (%1) клієнта %2 переходять до %3 разом зі згодами, позначками та історією; адреса ел. пошти %2 залишається як додаткова. Об&apos;єднання записується до журналу, і його можна скасувати протягом 30 днів.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Об&apos;єднати</translation>
    </message>
    <message>
        <source>The customers were not merged: %1</source>
        <translation>Клієнтів не об&apos;єднано: %1</translation>
    </message>
</context>
<context>
    <name>parkett::CustomerOrdersModel</name>
    <message>
        <source>Reserved</source>
        <translation>Заброньовано</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Продано</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Скасовано</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Прострочено</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Каса</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Веб</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Пункт попереднього продажу</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) · %1</source>
        <translation>
            <numerusform>%n квиток · %1</numerusform>
            <numerusform>%n квитки · %1</numerusform>
            <numerusform>%n квитків · %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Reserved until %1</source>
        <translation>Заброньовано до %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Замовлення</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>Вистава</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Вміст</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Разом</translation>
    </message>
    <message>
        <source>Season: %1</source>
        <translation>Сезон: %1</translation>
    </message>
    <message>
        <source>Subscription: %1</source>
        <translation>Абонемент: %1</translation>
    </message>
    <message>
        <source>Subscription / season</source>
        <translation>Абонемент / сезон</translation>
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
        <translation>%1 — знайдено за: %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ім&apos;я</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Ел. пошта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Позначки</translation>
    </message>
</context>
<context>
    <name>parkett::CustomerSearchPanel</name>
    <message>
        <source>Name, e-mail, phone, customer, order or ticket number (Ctrl+K); Enter opens</source>
        <translation>Ім&apos;я, ел. пошта, телефон, номер клієнта, замовлення чи квитка (Ctrl+K); Enter відкриває</translation>
    </message>
    <message>
        <source>&amp;New customer…</source>
        <translation>&amp;Новий клієнт…</translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation>Пошук не вдався: %1</translation>
    </message>
    <message>
        <source>Nobody found. Enter creates a new customer.</source>
        <translation>Нікого не знайдено. Enter створює нового клієнта.</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s); Enter opens the first, Down moves to the list.</source>
        <translation>
            <numerusform>%n клієнт; Enter відкриває першого, стрілка вниз переходить до списку.</numerusform>
            <numerusform>%n клієнти; Enter відкриває першого, стрілка вниз переходить до списку.</numerusform>
            <numerusform>%n клієнтів; Enter відкриває першого, стрілка вниз переходить до списку.</numerusform>
        </translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Новий клієнт</translation>
    </message>
    <message>
        <source>The customer could not be created: %1</source>
        <translation>Не вдалося створити клієнта: %1</translation>
    </message>
</context>
<context>
    <name>parkett::CustomerWorkspace</name>
    <message>
        <source>&amp;Customers</source>
        <translation>&amp;Клієнти</translation>
    </message>
    <message>
        <source>&amp;Find customer…</source>
        <translation>&amp;Знайти клієнта…</translation>
    </message>
    <message>
        <source>&amp;New customer…</source>
        <translation>&amp;Новий клієнт…</translation>
    </message>
    <message>
        <source>&amp;Alternative e-mails on cards</source>
        <translation>&amp;Додаткові адреси ел. пошти на картках</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Клієнти</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клієнт</translation>
    </message>
    <message>
        <source>The customer could not be opened: %1</source>
        <translation>Не вдалося відкрити клієнта: %1</translation>
    </message>
    <message>
        <source>Open a performance to sell to %1.</source>
        <translation>Відкрийте виставу, щоб продати клієнту %1.</translation>
    </message>
</context>
<context>
    <name>parkett::FocalPointTool</name>
    <message>
        <source>Focal point</source>
        <translation>Фокусна точка</translation>
    </message>
    <message>
        <source>Click where the stage&apos;s centre is: best available measures from here</source>
        <translation>Клацніть там, де центр сцени: від цієї точки вимірюються найкращі вільні місця</translation>
    </message>
</context>
<context>
    <name>parkett::LeaseDialog</name>
    <message>
        <source>Terminal leases</source>
        <translation>Квоти терміналів</translation>
    </message>
    <message>
        <source>Seats and standing places leased to this terminal (%1) can be sold here while the server is out of reach. Leased places are set aside on the server: no other counter sells them until the lease is released.</source>
        <translation>Місця та стоячі місця, виділені цьому терміналу (%1) у квоту, можна продавати тут, поки сервер недоступний. Виділені місця резервуються на сервері: жодна інша каса не продає їх, доки квоту не звільнено.</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>Вистава</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Початок</translation>
    </message>
    <message>
        <source>Leased seats</source>
        <translation>Виділені місця</translation>
    </message>
    <message>
        <source>Leased standing</source>
        <translation>Виділені стоячі місця</translation>
    </message>
    <message>
        <source>Lease to this terminal</source>
        <translation>Виділити цьому терміналу</translation>
    </message>
    <message>
        <source>Lease the &amp;selection</source>
        <translation>Виділити в&amp;ибрані</translation>
    </message>
    <message>
        <source> seats</source>
        <translation> місць</translation>
    </message>
    <message>
        <source>Lease &amp;free seats</source>
        <translation>Виділити &amp;вільні місця</translation>
    </message>
    <message>
        <source>The first free seats of the plan, front rows first</source>
        <translation>Перші вільні місця схеми, спершу передні ряди</translation>
    </message>
    <message>
        <source>Seats:</source>
        <translation>Місця:</translation>
    </message>
    <message>
        <source> places</source>
        <translation> місць</translation>
    </message>
    <message>
        <source>Lease s&amp;tanding places</source>
        <translation>Виділити с&amp;тоячі місця</translation>
    </message>
    <message>
        <source>Standing:</source>
        <translation>Стоячі:</translation>
    </message>
    <message>
        <source>&amp;Release this performance&apos;s lease</source>
        <translation>З&amp;вільнити квоту цієї вистави</translation>
    </message>
    <message>
        <source>Unsold leased places become free for every counter</source>
        <translation>Непродані виділені місця стають вільними для всіх кас</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Пере&amp;завантажити</translation>
    </message>
    <message>
        <source>Zone %1</source>
        <translation>Зона %1</translation>
    </message>
    <message numerus="yes">
        <source>Selected on the sales screen: %n seat(s)</source>
        <translation>
            <numerusform>Вибрано на екрані продажу: %n місце</numerusform>
            <numerusform>Вибрано на екрані продажу: %n місця</numerusform>
            <numerusform>Вибрано на екрані продажу: %n місць</numerusform>
        </translation>
    </message>
    <message>
        <source>No seats of this performance are selected on the sales screen.</source>
        <translation>На екрані продажу не вибрано жодного місця цієї вистави.</translation>
    </message>
    <message>
        <source>Sign in to a server first (Server &gt; Server settings).</source>
        <translation>Спершу увійдіть на сервер (Сервер &gt; Налаштування сервера).</translation>
    </message>
    <message>
        <source>The lease could not be read: %1</source>
        <translation>Не вдалося прочитати квоту: %1</translation>
    </message>
    <message>
        <source>Refused by the server: %1</source>
        <translation>Відхилено сервером: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n selected seat(s) leased to this terminal.</source>
        <translation>
            <numerusform>%n вибране місце виділено цьому терміналу.</numerusform>
            <numerusform>%n вибрані місця виділено цьому терміналу.</numerusform>
            <numerusform>%n вибраних місць виділено цьому терміналу.</numerusform>
        </translation>
    </message>
    <message>
        <source>No free seats are left to lease.</source>
        <translation>Не залишилося вільних місць для виділення.</translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) leased to this terminal.</source>
        <translation>
            <numerusform>%n місце виділено цьому терміналу.</numerusform>
            <numerusform>%n місця виділено цьому терміналу.</numerusform>
            <numerusform>%n місць виділено цьому терміналу.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n standing place(s) leased to this terminal.</source>
        <translation>
            <numerusform>%n стояче місце виділено цьому терміналу.</numerusform>
            <numerusform>%n стоячі місця виділено цьому терміналу.</numerusform>
            <numerusform>%n стоячих місць виділено цьому терміналу.</numerusform>
        </translation>
    </message>
    <message>
        <source>The lease was released; its unsold places are free again.</source>
        <translation>Квоту звільнено; її непродані місця знову вільні.</translation>
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
        <translation>Пошук за назвою або датою (Ctrl+F); Enter відкриває перший збіг</translation>
    </message>
    <message>
        <source>Performances</source>
        <translation>Вистави</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Release expired reservations</source>
        <translation>З&amp;вільнити прострочені бронювання</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Ви&amp;йти</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вигляд</translation>
    </message>
    <message>
        <source>&amp;Find performance</source>
        <translation>З&amp;найти виставу</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Пере&amp;завантажити</translation>
    </message>
    <message>
        <source>&amp;Close tab</source>
        <translation>За&amp;крити вкладку</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>База даних: %1</translation>
    </message>
    <message>
        <source>Standalone</source>
        <translation>Автономно</translation>
    </message>
    <message>
        <source>Could not read the performances: %1</source>
        <translation>Не вдалося прочитати вистави: %1</translation>
    </message>
    <message>
        <source>The performance could not be opened: %1</source>
        <translation>Не вдалося відкрити виставу: %1</translation>
    </message>
    <message>
        <source>Release expired reservations</source>
        <translation>Звільнити прострочені бронювання</translation>
    </message>
    <message>
        <source>The reservations could not be released: %1</source>
        <translation>Не вдалося звільнити бронювання: %1</translation>
    </message>
    <message numerus="yes">
        <source>Released %n expired reservation(s).</source>
        <translation>
            <numerusform>Звільнено %n прострочене бронювання.</numerusform>
            <numerusform>Звільнено %n прострочені бронювання.</numerusform>
            <numerusform>Звільнено %n прострочених бронювань.</numerusform>
        </translation>
    </message>
    <message>
        <source>V&amp;enue</source>
        <translation>&amp;Місце проведення</translation>
    </message>
    <message>
        <source>Edit &amp;seat plan…</source>
        <translation>Редагувати &amp;схему залу…</translation>
    </message>
    <message>
        <source>Ticket &amp;layouts…</source>
        <translation>&amp;Макети квитків…</translation>
    </message>
    <message>
        <source>Seat plan</source>
        <translation>Схема залу</translation>
    </message>
    <message>
        <source>There is no venue with a seat plan yet.</source>
        <translation>Ще немає місця проведення зі схемою залу.</translation>
    </message>
    <message>
        <source>The venues could not be read: %1</source>
        <translation>Не вдалося прочитати місця проведення: %1</translation>
    </message>
    <message>
        <source>%1 (plan version %2)</source>
        <translation>%1 (версія схеми %2)</translation>
    </message>
    <message>
        <source>Edit seat plan</source>
        <translation>Редагувати схему залу</translation>
    </message>
    <message>
        <source>Venue:</source>
        <translation>Місце проведення:</translation>
    </message>
    <message numerus="yes">
        <source>Seat plan version %1 saved; %n performance(s) moved onto it</source>
        <translation>
            <numerusform>Версію схеми залу %1 збережено; на неї перенесено %n виставу</numerusform>
            <numerusform>Версію схеми залу %1 збережено; на неї перенесено %n вистави</numerusform>
            <numerusform>Версію схеми залу %1 збережено; на неї перенесено %n вистав</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Printing settings…</source>
        <translation>&amp;Налаштування друку…</translation>
    </message>
</context>
<context>
    <name>parkett::MiniMap</name>
    <message>
        <source>Click or drag to move the view</source>
        <translation>Клацніть або перетягніть, щоб перемістити вигляд</translation>
    </message>
</context>
<context>
    <name>parkett::NewCustomerDialog</name>
    <message>
        <source>New customer</source>
        <translation>Новий клієнт</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Ім&apos;я</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Прізвище</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;Ел. пошта</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Телефон</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Створити</translation>
    </message>
    <message>
        <source>A name is needed.</source>
        <translation>Потрібне ім&apos;я.</translation>
    </message>
    <message>
        <source>The e-mail address is not valid.</source>
        <translation>Адреса електронної пошти недійсна.</translation>
    </message>
    <message>
        <source>The phone number is not valid.</source>
        <translation>Номер телефону недійсний.</translation>
    </message>
    <message>
        <source>same e-mail</source>
        <translation>та сама ел. пошта</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>той самий телефон</translation>
    </message>
    <message>
        <source>similar name</source>
        <translation>схоже ім&apos;я</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;Possibly already a customer:&lt;/b&gt;&lt;br&gt;%1</source>
        <translation>&lt;b&gt;Можливо, вже є клієнтом:&lt;/b&gt;&lt;br&gt;%1</translation>
    </message>
</context>
<context>
    <name>parkett::NumberingDialog</name>
    <message>
        <source>Number the rows</source>
        <translation>Пронумерувати ряди</translation>
    </message>
    <message>
        <source>Skip I and O</source>
        <translation>Пропускати I та O</translation>
    </message>
    <message>
        <source>Number the seats</source>
        <translation>Пронумерувати місця</translation>
    </message>
    <message>
        <source>Number rows and seats</source>
        <translation>Пронумерувати ряди та місця</translation>
    </message>
    <message>
        <source>Letters (A, B, C …)</source>
        <translation>Літери (A, B, C …)</translation>
    </message>
    <message>
        <source>Numbers (1, 2, 3 …)</source>
        <translation>Числа (1, 2, 3 …)</translation>
    </message>
    <message>
        <source>Front to back (nearest the stage first)</source>
        <translation>Спереду назад (спочатку найближчі до сцени)</translation>
    </message>
    <message>
        <source>Back to front</source>
        <translation>Ззаду наперед</translation>
    </message>
    <message>
        <source>none</source>
        <translation>немає</translation>
    </message>
    <message>
        <source>Every number</source>
        <translation>Усі числа</translation>
    </message>
    <message>
        <source>Odd numbers</source>
        <translation>Непарні числа</translation>
    </message>
    <message>
        <source>Even numbers</source>
        <translation>Парні числа</translation>
    </message>
    <message>
        <source>In row order</source>
        <translation>За порядком</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>У зворотному порядку</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Ряди</translation>
    </message>
    <message>
        <source>&amp;Style:</source>
        <translation>&amp;Стиль:</translation>
    </message>
    <message>
        <source>S&amp;tart at:</source>
        <translation>По&amp;чати з:</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>&amp;Напрямок:</translation>
    </message>
    <message>
        <source>&amp;Prefix:</source>
        <translation>&amp;Префікс:</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Місця</translation>
    </message>
    <message>
        <source>Start &amp;at:</source>
        <translation>Почати &amp;з:</translation>
    </message>
    <message>
        <source>&amp;Numbers:</source>
        <translation>&amp;Числа:</translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation>П&amp;орядок:</translation>
    </message>
    <message>
        <source>&amp;Number</source>
        <translation>П&amp;ронумерувати</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of the selection</source>
        <translation>
            <numerusform>%n ряд вибраного</numerusform>
            <numerusform>%n ряди вибраного</numerusform>
            <numerusform>%n рядів вибраного</numerusform>
        </translation>
    </message>
    <message>
        <source>The start value does not fit the style.</source>
        <translation>Початкове значення не відповідає стилю.</translation>
    </message>
    <message>
        <source>Rows: %1 …   Seats: %2 …</source>
        <translation>Ряди: %1 …   Місця: %2 …</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>без змін</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a start value for this style.</source>
        <translation>«%1» не є початковим значенням для цього стилю.</translation>
    </message>
</context>
<context>
    <name>parkett::OrderConfirmationDialog</name>
    <message>
        <source>Order %1 sold</source>
        <translation>Замовлення %1 продано</translation>
    </message>
    <message>
        <source>Order %1 reserved</source>
        <translation>Замовлення %1 заброньовано</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Замовлення %1</translation>
    </message>
    <message>
        <source>Sold and paid (%1). The tickets are stored and can be printed.</source>
        <translation>Продано й оплачено (%1). Квитки збережено, їх можна надрукувати.</translation>
    </message>
    <message>
        <source>Reserved until %1. Unpaid, the seats are released after that.</source>
        <translation>Заброньовано до %1. Якщо не оплатити, після цього місця звільняться.</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Квиток</translation>
    </message>
    <message>
        <source>Price type</source>
        <translation>Тип ціни</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Ціна</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Штрихкод</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Разом: %1</translation>
    </message>
</context>
<context>
    <name>parkett::OrderDetailsDialog</name>
    <message>
        <source>Order %1</source>
        <translation>Замовлення %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · total %3 · paid %4 · created %5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · разом %3 · оплачено %4 · створено %5</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Квиток</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Ціна</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Надруковано</translation>
    </message>
    <message>
        <source>&amp;Lines and tickets (%1)</source>
        <translation>&amp;Рядки та квитки (%1)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Коли</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Спосіб</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сума</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Номер платежу</translation>
    </message>
    <message>
        <source>&amp;Payments (%1)</source>
        <translation>&amp;Платежі (%1)</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Подія</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Подробиці</translation>
    </message>
    <message>
        <source>&amp;History (%1)</source>
        <translation>&amp;Історія (%1)</translation>
    </message>
</context>
<context>
    <name>parkett::PaintTool</name>
    <message>
        <source>Paint</source>
        <translation>Малювати</translation>
    </message>
    <message>
        <source>Drag over seats to give them the chosen category</source>
        <translation>Проведіть по місцях, щоб призначити їм вибрану цінову категорію</translation>
    </message>
    <message>
        <source>Drag over seats to take the flag off</source>
        <translation>Проведіть по місцях, щоб зняти позначку</translation>
    </message>
    <message>
        <source>Drag over seats to flag them</source>
        <translation>Проведіть по місцях, щоб позначити їх</translation>
    </message>
    <message>
        <source>Drag over seats to take them out of the area</source>
        <translation>Проведіть по місцях, щоб вилучити їх із ділянки</translation>
    </message>
    <message>
        <source>Drag over seats to add them to the area</source>
        <translation>Проведіть по місцях, щоб додати їх до ділянки</translation>
    </message>
</context>
<context>
    <name>parkett::PerformanceListModel</name>
    <message>
        <source>Not on sale</source>
        <translation>Не в продажу</translation>
    </message>
    <message>
        <source>%1 of %2 places free</source>
        <translation>Вільно %1 з %2 місць</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Місце проведення</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Вільно</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Продано</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Заброньовано</translation>
    </message>
</context>
<context>
    <name>parkett::PrintDesk</name>
    <message>
        <source>Receipt printed on %1.</source>
        <translation>Чек надруковано на %1.</translation>
    </message>
    <message>
        <source>Receipt not printed</source>
        <translation>Чек не надруковано</translation>
    </message>
    <message>
        <source>The receipt was not printed on %1.</source>
        <translation>Чек не було надруковано на %1.</translation>
    </message>
    <message numerus="yes">
        <source>Order %1: %n ticket(s) printed on %2.</source>
        <translation>
            <numerusform>Замовлення %1: %n квиток надруковано на %2.</numerusform>
            <numerusform>Замовлення %1: %n квитки надруковано на %2.</numerusform>
            <numerusform>Замовлення %1: %n квитків надруковано на %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tickets not printed</source>
        <translation>Квитки не надруковано</translation>
    </message>
    <message>
        <source>Order %1 is saved, but not all of its tickets were printed on %2.</source>
        <translation>Замовлення %1 збережено, але не всі його квитки надруковано на %2.</translation>
    </message>
    <message>
        <source>Printer: %1.</source>
        <translation>Принтер: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) printed.</source>
        <translation>
            <numerusform>%n квиток надруковано.</numerusform>
            <numerusform>%n квитки надруковано.</numerusform>
            <numerusform>%n квитків надруковано.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) went to the printer without its confirmation: check whether they came out before anything is printed again (a missing ticket is reprinted with a reason, as a duplicate).</source>
        <translation>
            <numerusform>%n квиток надіслано на принтер без підтвердження: перевірте, чи він вийшов, перш ніж друкувати знову (відсутній квиток друкується повторно із зазначенням причини, як дублікат).</numerusform>
            <numerusform>%n квитки надіслано на принтер без підтвердження: перевірте, чи вони вийшли, перш ніж друкувати знову (відсутній квиток друкується повторно із зазначенням причини, як дублікат).</numerusform>
            <numerusform>%n квитків надіслано на принтер без підтвердження: перевірте, чи вони вийшли, перш ніж друкувати знову (відсутній квиток друкується повторно із зазначенням причини, як дублікат).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) were not sent and wait in the queue.</source>
        <translation>
            <numerusform>%n квиток не надіслано, він чекає в черзі.</numerusform>
            <numerusform>%n квитки не надіслано, вони чекають у черзі.</numerusform>
            <numerusform>%n квитків не надіслано, вони чекають у черзі.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is resent automatically.</source>
        <translation>Нічого не надсилається повторно автоматично.</translation>
    </message>
    <message>
        <source>They &amp;came out</source>
        <translation>Вони &amp;вийшли</translation>
    </message>
    <message>
        <source>Re&amp;print them…</source>
        <translation>Над&amp;рукувати повторно…</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>Повторний друк</translation>
    </message>
    <message>
        <source>Reason for the reprint (kept in the order&apos;s history):</source>
        <translation>Причина повторного друку (зберігається в історії замовлення):</translation>
    </message>
    <message>
        <source>Did not come out of the printer</source>
        <translation>Не вийшов із принтера</translation>
    </message>
    <message>
        <source>Print the &amp;rest</source>
        <translation>Надрукувати &amp;решту</translation>
    </message>
    <message>
        <source>Print &amp;tickets…</source>
        <translation>Друкувати &amp;квитки…</translation>
    </message>
    <message>
        <source>Tickets not printed yet go to the chosen printer; a second copy is a reprint with a reason.</source>
        <translation>Ще не надруковані квитки надсилаються на вибраний принтер; друга копія — це повторний друк із зазначенням причини.</translation>
    </message>
    <message>
        <source>A reservation prints once it is paid.</source>
        <translation>Бронювання друкується після оплати.</translation>
    </message>
    <message>
        <source>Print r&amp;eceipt</source>
        <translation>Надрукувати &amp;чек</translation>
    </message>
</context>
<context>
    <name>parkett::PrintDialog</name>
    <message>
        <source>Print tickets</source>
        <translation>Друк квитків</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Перевірити &amp;ще раз</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Print %n ticket(s)</source>
        <translation>
            <numerusform>&amp;Друкувати %n квиток</numerusform>
            <numerusform>&amp;Друкувати %n квитки</numerusform>
            <numerusform>&amp;Друкувати %n квитків</numerusform>
        </translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Принтер</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>No ticket printer is set up for this terminal.</source>
        <translation>Для цього термінала не налаштовано принтер квитків.</translation>
    </message>
    <message>
        <source>The printer does not report its state over this connection. Watch that every ticket comes out.</source>
        <translation>Принтер не повідомляє свій стан через це з&apos;єднання. Стежте, щоб кожен квиток вийшов.</translation>
    </message>
</context>
<context>
    <name>parkett::PrintSettingsDialog</name>
    <message>
        <source>Printing settings</source>
        <translation>Налаштування друку</translation>
    </message>
    <message>
        <source>This computer&apos;s name</source>
        <translation>Назва цього комп&apos;ютера</translation>
    </message>
    <message>
        <source>The first ticket printer</source>
        <translation>Перший принтер квитків</translation>
    </message>
    <message>
        <source>The first receipt or page printer</source>
        <translation>Перший принтер чеків або сторінок</translation>
    </message>
    <message>
        <source>Print a &amp;receipt after each sale</source>
        <translation>Друкувати &amp;чек після кожного продажу</translation>
    </message>
    <message>
        <source>This terminal</source>
        <translation>Цей термінал</translation>
    </message>
    <message>
        <source>&amp;Name on receipts</source>
        <translation>&amp;Назва на чеках</translation>
    </message>
    <message>
        <source>&amp;Tickets print on</source>
        <translation>&amp;Квитки друкуються на</translation>
    </message>
    <message>
        <source>R&amp;eceipts print on</source>
        <translation>Ч&amp;еки друкуються на</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Принтер</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адреса</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <source>Own layout</source>
        <translation>Власний макет</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>BOCA (FGL)</source>
        <translation>BOCA (FGL)</translation>
    </message>
    <message>
        <source>Thermal (ESC/POS)</source>
        <translation>Термопринтер (ESC/POS)</translation>
    </message>
    <message>
        <source>Page (PDF)</source>
        <translation>Сторінка (PDF)</translation>
    </message>
    <message>
        <source>Printers</source>
        <translation>Принтери</translation>
    </message>
    <message>
        <source>No printer is set up yet: add one with &quot;parkett-cli printers add&quot;.</source>
        <translation>Ще не налаштовано жодного принтера: додайте його командою «parkett-cli printers add».</translation>
    </message>
    <message>
        <source>Printer&apos;s own (%1)</source>
        <translation>Власний макет принтера (%1)</translation>
    </message>
    <message>
        <source>Ticket layout per sales channel</source>
        <translation>Макет квитка для кожного каналу продажу</translation>
    </message>
    <message>
        <source>A ticket sold through a channel prints with the layout chosen for it on that printer; &quot;Printer&apos;s own&quot; uses the printer&apos;s layout.</source>
        <translation>Квиток, проданий через канал, друкується з макетом, вибраним для цього каналу на цьому принтері; «Власний макет принтера» використовує макет принтера.</translation>
    </message>
    <message>
        <source>The settings were not saved: %1</source>
        <translation>Налаштування не збережено: %1</translation>
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
        <translation>Забронювати квитки</translation>
    </message>
    <message numerus="yes">
        <source>Keep %n ticket(s) for the customer until the time below. Unpaid reservations are released after that.</source>
        <translation>
            <numerusform>Зберегти %n квиток для клієнта до вказаного нижче часу. Неоплачені бронювання після цього звільняються.</numerusform>
            <numerusform>Зберегти %n квитки для клієнта до вказаного нижче часу. Неоплачені бронювання після цього звільняються.</numerusform>
            <numerusform>Зберегти %n квитків для клієнта до вказаного нижче часу. Неоплачені бронювання після цього звільняються.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reserved &amp;until:</source>
        <translation>Заброньовано &amp;до:</translation>
    </message>
    <message>
        <source>&amp;Reserve</source>
        <translation>За&amp;бронювати</translation>
    </message>
    <message>
        <source>Name, e-mail, phone or customer number</source>
        <translation>Ім&apos;я, ел. пошта, телефон або номер клієнта</translation>
    </message>
    <message>
        <source>At the latest %1, when sales for the performance end.</source>
        <translation>Не пізніше %1, коли закінчується продаж на виставу.</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>&amp;Клієнт:</translation>
    </message>
    <message>
        <source>No customer chosen: the reservation is anonymous.</source>
        <translation>Клієнта не вибрано: бронювання анонімне.</translation>
    </message>
    <message>
        <source>Reserving for %1.</source>
        <translation>Бронювання для %1.</translation>
    </message>
    <message>
        <source>The customer search failed: %1</source>
        <translation>Пошук клієнта не вдався: %1</translation>
    </message>
    <message>
        <source>%1 (%2) %3</source>
        <translation>%1 (%2) %3</translation>
    </message>
    <message>
        <source>No customer matches &quot;%1&quot;.</source>
        <translation>Жоден клієнт не відповідає «%1».</translation>
    </message>
</context>
<context>
    <name>parkett::RowTool</name>
    <message>
        <source>Add row</source>
        <translation>Додати ряд</translation>
    </message>
    <message numerus="yes">
        <source>Drag from the first seat to the last to add a row; click for a row of %n seat(s)</source>
        <translation>
            <numerusform>Протягніть від першого місця до останнього, щоб додати ряд; клацніть для ряду з %n місця</numerusform>
            <numerusform>Протягніть від першого місця до останнього, щоб додати ряд; клацніть для ряду з %n місць</numerusform>
            <numerusform>Протягніть від першого місця до останнього, щоб додати ряд; клацніть для ряду з %n місць</numerusform>
        </translation>
    </message>
    <message>
        <source>Add row %1</source>
        <translation>Додати ряд %1</translation>
    </message>
</context>
<context>
    <name>parkett::SalesGateway</name>
    <message>
        <source>Standalone</source>
        <translation>Автономно</translation>
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
        <translation>Схема залу</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+−)</source>
        <translation>Зменшити (Ctrl+−)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Умістити</translation>
    </message>
    <message>
        <source>Fit the whole plan (Ctrl+0)</source>
        <translation>Умістити всю схему (Ctrl+0)</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>Збільшити (Ctrl++)</translation>
    </message>
    <message>
        <source>Best available</source>
        <translation>Найкращі вільні</translation>
    </message>
    <message>
        <source>&amp;Seats:</source>
        <translation>&amp;Місця:</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Будь-яка цінова категорія</translation>
    </message>
    <message>
        <source>&amp;Find seats</source>
        <translation>З&amp;найти місця</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Стоячі місця</translation>
    </message>
    <message>
        <source>Standing places in %1</source>
        <translation>Стоячі місця в %1</translation>
    </message>
    <message>
        <source>Basket</source>
        <translation>Кошик</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Вилучити</translation>
    </message>
    <message>
        <source>Remove the selected tickets (Delete)</source>
        <translation>Вилучити вибрані квитки (Delete)</translation>
    </message>
    <message>
        <source>Reser&amp;ve…</source>
        <translation>За&amp;бронювати…</translation>
    </message>
    <message>
        <source>&amp;Sell (cash)</source>
        <translation>&amp;Продати (готівка)</translation>
    </message>
    <message>
        <source>Take cash payment and sell the basket (Enter)</source>
        <translation>Прийняти оплату готівкою та продати кошик (Enter)</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>%1 free</source>
        <translation>Вільно: %1</translation>
    </message>
    <message>
        <source>Free: %1 seats</source>
        <translation>Вільно місць: %1</translation>
    </message>
    <message>
        <source>, %1 standing</source>
        <translation>, стоячих: %1</translation>
    </message>
    <message>
        <source> · Sold: %1 · Reserved: %2</source>
        <translation> · Продано: %1 · Заброньовано: %2</translation>
    </message>
    <message>
        <source>This performance is not on sale any more.</source>
        <translation>Ця вистава більше не продається.</translation>
    </message>
    <message>
        <source>Basket empty</source>
        <translation>Кошик порожній</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Разом %1</translation>
    </message>
    <message>
        <source>Tickets: %1</source>
        <translation>Квитки: %1</translation>
    </message>
    <message numerus="yes">
        <source>There are not %n free seat(s) left in %1.</source>
        <translation>
            <numerusform>У %1 не залишилося %n вільного місця.</numerusform>
            <numerusform>У %1 не залишилося %n вільних місць.</numerusform>
            <numerusform>У %1 не залишилося %n вільних місць.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>There are not %n free seat(s) left.</source>
        <translation>
            <numerusform>Не залишилося %n вільного місця.</numerusform>
            <numerusform>Не залишилося %n вільних місць.</numerusform>
            <numerusform>Не залишилося %n вільних місць.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sale was refused</source>
        <translation>Продаж відхилено</translation>
    </message>
    <message>
        <source>The reservation was refused</source>
        <translation>Бронювання відхилено</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>Нічого не збережено.</translation>
    </message>
    <message>
        <source>There are not enough standing places left.

%1</source>
        <translation>Залишилося недостатньо стоячих місць.

%1</translation>
    </message>
    <message>
        <source>A ticket has no price for its price type at this performance.</source>
        <translation>Квиток не має ціни для свого типу ціни на цій виставі.</translation>
    </message>
    <message>
        <source>Something in the basket no longer exists: %1</source>
        <translation>Дещо з кошика більше не існує: %1</translation>
    </message>
    <message>
        <source>The database could not be written. Nothing was saved.

%1</source>
        <translation>Не вдалося записати до бази даних. Нічого не збережено.

%1</translation>
    </message>
    <message>
        <source>The request was refused: %1</source>
        <translation>Запит відхилено: %1</translation>
    </message>
    <message numerus="yes">
        <source>Only %n standing place(s) left in %1; the basket was reduced.</source>
        <translation>
            <numerusform>У %1 залишилося лише %n стояче місце; кошик зменшено.</numerusform>
            <numerusform>У %1 залишилося лише %n стоячі місця; кошик зменшено.</numerusform>
            <numerusform>У %1 залишилося лише %n стоячих місць; кошик зменшено.</numerusform>
        </translation>
    </message>
    <message>
        <source>Taken meanwhile and removed from the basket: %1</source>
        <translation>Тим часом зайняті й вилучені з кошика: %1</translation>
    </message>
    <message>
        <source>Some seats in the basket were taken meanwhile. They were removed from the basket; check the rest and sell again.

%1</source>
        <translation>Деякі місця в кошику тим часом зайняли. Їх вилучено з кошика; перевірте решту й продайте ще раз.

%1</translation>
    </message>
    <message>
        <source>Seating rules</source>
        <translation>Правила розсадки</translation>
    </message>
    <message>
        <source>These seats break the seating rules:

%1</source>
        <translation>Ці місця порушують правила розсадки:

%1</translation>
    </message>
    <message>
        <source>&amp;Override as supervisor…</source>
        <translation>&amp;Обійти як керівник зміни…</translation>
    </message>
    <message>
        <source>Override the seating rules</source>
        <translation>Обійти правила розсадки</translation>
    </message>
    <message>
        <source>Reason (kept in the order&apos;s history):</source>
        <translation>Причина (зберігається в історії замовлення):</translation>
    </message>
    <message>
        <source>&lt;b&gt;Customer:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Клієнт:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Take the hold off this seat so it can be sold to everybody</source>
        <translation>Зняти утримання з цього місця, щоб його можна було продати будь-кому</translation>
    </message>
    <message>
        <source>%1 on hold %2</source>
        <translation>%1 утримано %2</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 від %2</translation>
    </message>
    <message>
        <source> + %1</source>
        <translation> + %1</translation>
    </message>
    <message>
        <source> · basket takes %1</source>
        <translation> · кошик займає %1</translation>
    </message>
    <message>
        <source>Release hold %1</source>
        <translation>Зняти утримання %1</translation>
    </message>
    <message>
        <source>The hold was not released: %1</source>
        <translation>Утримання не знято: %1</translation>
    </message>
    <message numerus="yes">
        <source>Hold released on %n seat(s).</source>
        <translation>
            <numerusform>Утримання знято з %n місця.</numerusform>
            <numerusform>Утримання знято з %n місць.</numerusform>
            <numerusform>Утримання знято з %n місць.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reserve the basket for a customer, unpaid, until a time</source>
        <translation>Забронювати кошик для клієнта без оплати до певного часу</translation>
    </message>
</context>
<context>
    <name>parkett::SeatMapDocument</name>
    <message numerus="yes">
        <source>Rotate %n seat(s)</source>
        <translation>
            <numerusform>Повернути %n місце</numerusform>
            <numerusform>Повернути %n місця</numerusform>
            <numerusform>Повернути %n місць</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Align %n seat(s)</source>
        <translation>
            <numerusform>Вирівняти %n місце</numerusform>
            <numerusform>Вирівняти %n місця</numerusform>
            <numerusform>Вирівняти %n місць</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Angle %n seat(s)</source>
        <translation>
            <numerusform>Нахилити %n місце</numerusform>
            <numerusform>Нахилити %n місця</numerusform>
            <numerusform>Нахилити %n місць</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Number %n seat(s)</source>
        <translation>
            <numerusform>Пронумерувати %n місце</numerusform>
            <numerusform>Пронумерувати %n місця</numerusform>
            <numerusform>Пронумерувати %n місць</numerusform>
        </translation>
    </message>
    <message>
        <source>Add section %1</source>
        <translation>Додати сектор %1</translation>
    </message>
    <message numerus="yes">
        <source>Add table %1 with %n chair(s)</source>
        <translation>
            <numerusform>Додати стіл %1 з %n стільцем</numerusform>
            <numerusform>Додати стіл %1 з %n стільцями</numerusform>
            <numerusform>Додати стіл %1 з %n стільцями</numerusform>
        </translation>
    </message>
    <message>
        <source>Add standing zone %1</source>
        <translation>Додати зону стоячих місць %1</translation>
    </message>
    <message>
        <source>Add a label</source>
        <translation>Додати напис</translation>
    </message>
    <message>
        <source>Add a shape</source>
        <translation>Додати фігуру</translation>
    </message>
    <message>
        <source>Add area %1</source>
        <translation>Додати ділянку %1</translation>
    </message>
    <message>
        <source>Set the focal point</source>
        <translation>Задати фокусну точку</translation>
    </message>
    <message numerus="yes">
        <source>Add %n seat(s) to %1</source>
        <translation>
            <numerusform>Додати %n місце до %1</numerusform>
            <numerusform>Додати %n місця до %1</numerusform>
            <numerusform>Додати %n місць до %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Take %n seat(s) out of %1</source>
        <translation>
            <numerusform>Вилучити %n місце з %1</numerusform>
            <numerusform>Вилучити %n місця з %1</numerusform>
            <numerusform>Вилучити %n місць з %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete section %1</source>
        <translation>Видалити сектор %1</translation>
    </message>
    <message>
        <source>Delete table %1</source>
        <translation>Видалити стіл %1</translation>
    </message>
    <message>
        <source>Delete standing zone %1</source>
        <translation>Видалити зону стоячих місць %1</translation>
    </message>
    <message>
        <source>Delete a shape</source>
        <translation>Видалити фігуру</translation>
    </message>
    <message>
        <source>Delete area %1</source>
        <translation>Видалити ділянку %1</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n seat(s)</source>
        <translation>
            <numerusform>Вставити %n місце</numerusform>
            <numerusform>Вставити %n місця</numerusform>
            <numerusform>Вставити %n місць</numerusform>
        </translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>Повернути</translation>
    </message>
</context>
<context>
    <name>parkett::SeatMapEditor</name>
    <message>
        <source>Untitled plan</source>
        <translation>Схема без назви</translation>
    </message>
    <message>
        <source>%1 (version %2)%3 — Seat map editor</source>
        <translation>%1 (версія %2)%3 — Редактор схеми залу</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Інструменти</translation>
    </message>
    <message>
        <source>Tool options</source>
        <translation>Параметри інструмента</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Цінова категорія:</translation>
    </message>
    <message>
        <source>Seats per row:</source>
        <translation>Місць у ряду:</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>Рядів:</translation>
    </message>
    <message>
        <source>Row spacing:</source>
        <translation>Відстань між рядами:</translation>
    </message>
    <message>
        <source>Angle (°):</source>
        <translation>Кут (°):</translation>
    </message>
    <message>
        <source>Seat spacing:</source>
        <translation>Відстань між місцями:</translation>
    </message>
    <message>
        <source>Curve by:</source>
        <translation>Вигин задається:</translation>
    </message>
    <message>
        <source>sagitta</source>
        <translation>стрілою прогину</translation>
    </message>
    <message>
        <source>radius</source>
        <translation>радіусом</translation>
    </message>
    <message>
        <source>Chairs:</source>
        <translation>Стільці:</translation>
    </message>
    <message>
        <source>Shape:</source>
        <translation>Форма:</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Круглий</translation>
    </message>
    <message>
        <source>Rectangular</source>
        <translation>Прямокутний</translation>
    </message>
    <message>
        <source>Booking:</source>
        <translation>Бронювання:</translation>
    </message>
    <message>
        <source>By seat</source>
        <translation>За місцями</translation>
    </message>
    <message>
        <source>Whole table</source>
        <translation>Увесь стіл</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Група</translation>
    </message>
    <message>
        <source>Party min:</source>
        <translation>Група мін.:</translation>
    </message>
    <message>
        <source>max:</source>
        <translation>макс.:</translation>
    </message>
    <message>
        <source>Standing zone</source>
        <translation>Зона стоячих місць</translation>
    </message>
    <message>
        <source>Capacity:</source>
        <translation>Місткість:</translation>
    </message>
    <message>
        <source>Outline:</source>
        <translation>Контур:</translation>
    </message>
    <message>
        <source>Rectangle</source>
        <translation>Прямокутник</translation>
    </message>
    <message>
        <source>Polygon</source>
        <translation>Багатокутник</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Фігура</translation>
    </message>
    <message>
        <source>Draw:</source>
        <translation>Малювати:</translation>
    </message>
    <message>
        <source>Ellipse</source>
        <translation>Еліпс</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Текст:</translation>
    </message>
    <message>
        <source>Stage, Bar, Exit …</source>
        <translation>Сцена, Бар, Вихід …</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>Колір:</translation>
    </message>
    <message>
        <source>Paint:</source>
        <translation>Малювати:</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Цінова категорія</translation>
    </message>
    <message>
        <source>Seat flag</source>
        <translation>Позначка місця</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Ділянка</translation>
    </message>
    <message>
        <source>Wheelchair place</source>
        <translation>Місце для візка</translation>
    </message>
    <message>
        <source>Companion seat</source>
        <translation>Місце для супровідника</translation>
    </message>
    <message>
        <source>Restricted view</source>
        <translation>Обмежений огляд</translation>
    </message>
    <message>
        <source>Aisle seat</source>
        <translation>Місце біля проходу</translation>
    </message>
    <message>
        <source>(add an area in the Areas panel first)</source>
        <translation>(спершу додайте ділянку на панелі «Ділянки»)</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Стерти</translation>
    </message>
    <message>
        <source>Snap to grid</source>
        <translation>Прив&apos;язка до сітки</translation>
    </message>
    <message>
        <source>Grid:</source>
        <translation>Сітка:</translation>
    </message>
    <message>
        <source>Snap to rows</source>
        <translation>Прив&apos;язка до рядів</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Схема</translation>
    </message>
    <message>
        <source>&amp;Save as new version</source>
        <translation>З&amp;берегти як нову версію</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>За&amp;крити</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Редагування</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Скасувати</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторити</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Ви&amp;різати</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копіювати</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Вст&amp;авити</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>В&amp;идалити</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>Виді&amp;лити все</translation>
    </message>
    <message>
        <source>&amp;Number rows and seats…</source>
        <translation>&amp;Пронумерувати ряди та місця…</translation>
    </message>
    <message>
        <source>&amp;Align</source>
        <translation>Ви&amp;рівняти</translation>
    </message>
    <message>
        <source>Left edges</source>
        <translation>Ліві краї</translation>
    </message>
    <message>
        <source>Horizontal centres</source>
        <translation>Горизонтальні центри</translation>
    </message>
    <message>
        <source>Right edges</source>
        <translation>Праві краї</translation>
    </message>
    <message>
        <source>Top edges</source>
        <translation>Верхні краї</translation>
    </message>
    <message>
        <source>Vertical centres</source>
        <translation>Вертикальні центри</translation>
    </message>
    <message>
        <source>Bottom edges</source>
        <translation>Нижні краї</translation>
    </message>
    <message>
        <source>Distribute horizontally</source>
        <translation>Розподілити горизонтально</translation>
    </message>
    <message>
        <source>Distribute vertically</source>
        <translation>Розподілити вертикально</translation>
    </message>
    <message>
        <source>Rotate 15° &amp;left</source>
        <translation>Повернути на 15° &amp;ліворуч</translation>
    </message>
    <message>
        <source>Rotate 15° &amp;right</source>
        <translation>Повернути на 15° &amp;праворуч</translation>
    </message>
    <message>
        <source>An&amp;gle the block…</source>
        <translation>&amp;Нахилити блок…</translation>
    </message>
    <message>
        <source>Angle the block</source>
        <translation>Нахилити блок</translation>
    </message>
    <message>
        <source>Shift each row sideways by (degrees):</source>
        <translation>Зсунути кожен ряд убік на (градусів):</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вигляд</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>З&amp;більшити</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>З&amp;меншити</translation>
    </message>
    <message>
        <source>Zoom to &amp;fit</source>
        <translation>&amp;Умістити все</translation>
    </message>
    <message>
        <source>Zoom to &amp;selection</source>
        <translation>Масштаб за &amp;виділенням</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Властивості</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Ділянки</translation>
    </message>
    <message>
        <source>&amp;Add area</source>
        <translation>&amp;Додати ділянку</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Вилучити</translation>
    </message>
    <message>
        <source>Area %1</source>
        <translation>Ділянка %1</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Історія</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;відкрито&gt;</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Огляд</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Проблеми</translation>
    </message>
    <message>
        <source>No problems found</source>
        <translation>Проблем не знайдено</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n seat(s))</source>
        <translation>
            <numerusform>%1 (%n місце)</numerusform>
            <numerusform>%1 (%n місця)</numerusform>
            <numerusform>%1 (%n місць)</numerusform>
        </translation>
    </message>
    <message>
        <source> · distancing</source>
        <translation> · дистанціювання</translation>
    </message>
    <message numerus="yes">
        <source>Select seats or an object to see and change their properties.

%n seat(s) in the plan.</source>
        <translation>
            <numerusform>Виберіть місця або об&apos;єкт, щоб переглянути та змінити їхні властивості.

%n місце на схемі.</numerusform>
            <numerusform>Виберіть місця або об&apos;єкт, щоб переглянути та змінити їхні властивості.

%n місця на схемі.</numerusform>
            <numerusform>Виберіть місця або об&apos;єкт, щоб переглянути та змінити їхні властивості.

%n місць на схемі.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n seat(s) selected&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;Вибрано %n місце&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;Вибрано %n місця&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;Вибрано %n місць&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Напис:</translation>
    </message>
    <message>
        <source>Technical id:</source>
        <translation>Технічний ідентифікатор:</translation>
    </message>
    <message>
        <source>Imported id:</source>
        <translation>Імпортований ідентифікатор:</translation>
    </message>
    <message>
        <source>Where:</source>
        <translation>Розташування:</translation>
    </message>
    <message>
        <source>%1, row %2</source>
        <translation>%1, ряд %2</translation>
    </message>
    <message>
        <source>&amp;Row:</source>
        <translation>&amp;Ряд:</translation>
    </message>
    <message>
        <source>(several)</source>
        <translation>(кілька)</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Цінова категорія:</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Змінити %1</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Section&lt;/b&gt; · %n row(s)</source>
        <translation>
            <numerusform>&lt;b&gt;Сектор&lt;/b&gt; · %n ряд</numerusform>
            <numerusform>&lt;b&gt;Сектор&lt;/b&gt; · %n ряди</numerusform>
            <numerusform>&lt;b&gt;Сектор&lt;/b&gt; · %n рядів</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Назва:</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Table&lt;/b&gt; · %n chair(s)</source>
        <translation>
            <numerusform>&lt;b&gt;Стіл&lt;/b&gt; · %n стілець</numerusform>
            <numerusform>&lt;b&gt;Стіл&lt;/b&gt; · %n стільці</numerusform>
            <numerusform>&lt;b&gt;Стіл&lt;/b&gt; · %n стільців</numerusform>
        </translation>
    </message>
    <message>
        <source>Party of min–max persons</source>
        <translation>Група від мін. до макс. осіб</translation>
    </message>
    <message>
        <source>Change table booking</source>
        <translation>Змінити бронювання столу</translation>
    </message>
    <message>
        <source>&amp;Booking:</source>
        <translation>&amp;Бронювання:</translation>
    </message>
    <message>
        <source>M&amp;in persons:</source>
        <translation>Мі&amp;н. осіб:</translation>
    </message>
    <message>
        <source>M&amp;ax persons:</source>
        <translation>Ма&amp;кс. осіб:</translation>
    </message>
    <message>
        <source>all</source>
        <translation>усі</translation>
    </message>
    <message>
        <source>&lt;b&gt;Standing zone&lt;/b&gt;</source>
        <translation>&lt;b&gt;Зона стоячих місць&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation>&amp;Місткість:</translation>
    </message>
    <message>
        <source>Change category</source>
        <translation>Змінити цінову категорію</translation>
    </message>
    <message>
        <source>C&amp;ategory:</source>
        <translation>Цінова &amp;категорія:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Shape&lt;/b&gt;</source>
        <translation>&lt;b&gt;Фігура&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Текст:</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>&amp;Колір:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Focal point&lt;/b&gt;</source>
        <translation>&lt;b&gt;Фокусна точка&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Position:</source>
        <translation>Положення:</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Area&lt;/b&gt; · %n seat(s)</source>
        <translation>
            <numerusform>&lt;b&gt;Ділянка&lt;/b&gt; · %n місце</numerusform>
            <numerusform>&lt;b&gt;Ділянка&lt;/b&gt; · %n місця</numerusform>
            <numerusform>&lt;b&gt;Ділянка&lt;/b&gt; · %n місць</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename area</source>
        <translation>Перейменувати ділянку</translation>
    </message>
    <message>
        <source>Change area colour</source>
        <translation>Змінити колір ділянки</translation>
    </message>
    <message>
        <source>Co&amp;lour:</source>
        <translation>Ко&amp;лір:</translation>
    </message>
    <message>
        <source>&amp;Distancing seating</source>
        <translation>&amp;Розсадка з дистанцією</translation>
    </message>
    <message>
        <source>Turn distancing on</source>
        <translation>Увімкнути дистанціювання</translation>
    </message>
    <message>
        <source>Turn distancing off</source>
        <translation>Вимкнути дистанціювання</translation>
    </message>
    <message>
        <source>Change area rules</source>
        <translation>Змінити правила ділянки</translation>
    </message>
    <message>
        <source>Seats blocked each side:</source>
        <translation>Заблоковано місць з кожного боку:</translation>
    </message>
    <message>
        <source>Also in front and behind</source>
        <translation>Також спереду й ззаду</translation>
    </message>
    <message>
        <source>Also diagonally</source>
        <translation>Також по діагоналі</translation>
    </message>
    <message>
        <source>Free seats at row ends:</source>
        <translation>Вільних місць на краях ряду:</translation>
    </message>
    <message>
        <source>Largest group:</source>
        <translation>Найбільша група:</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>без обмежень</translation>
    </message>
    <message>
        <source>Most seats taken:</source>
        <translation>Максимум зайнятих місць:</translation>
    </message>
    <message>
        <source>Most seats taken is a percentage</source>
        <translation>Максимум зайнятих місць — у відсотках</translation>
    </message>
    <message>
        <source>One party per table</source>
        <translation>Одна група за столом</translation>
    </message>
    <message>
        <source>Radius instead of neighbours:</source>
        <translation>Радіус замість сусідів:</translation>
    </message>
    <message>
        <source>off</source>
        <translation>вимк.</translation>
    </message>
    <message>
        <source>Order limits</source>
        <translation>Обмеження замовлень</translation>
    </message>
    <message>
        <source>Change order limits</source>
        <translation>Змінити обмеження замовлень</translation>
    </message>
    <message>
        <source>Most orders:</source>
        <translation>Максимум замовлень:</translation>
    </message>
    <message>
        <source>Fewest persons per order:</source>
        <translation>Мінімум осіб на замовлення:</translation>
    </message>
    <message>
        <source>Most persons per order:</source>
        <translation>Максимум осіб на замовлення:</translation>
    </message>
    <message>
        <source>every price type</source>
        <translation>будь-який тип ціни</translation>
    </message>
    <message>
        <source>Price types (codes):</source>
        <translation>Типи цін (коди):</translation>
    </message>
    <message>
        <source>&amp;Paint seats into this area</source>
        <translation>&amp;Намалювати місця в цю ділянку</translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s)</source>
        <translation>
            <numerusform>%n місце</numerusform>
            <numerusform>%n місця</numerusform>
            <numerusform>%n місць</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan not saved</source>
        <translation>Схему не збережено</translation>
    </message>
    <message>
        <source>Saved as version %1</source>
        <translation>Збережено як версію %1</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Незбережені зміни</translation>
    </message>
    <message>
        <source>The plan has changes that are not saved. Close anyway and lose them?</source>
        <translation>Схема має незбережені зміни. Усе одно закрити й втратити їх?</translation>
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
        <translation>У кошику</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Заброньовано</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Продано</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Заблоковано</translation>
    </message>
    <message>
        <source>Wheelchair place</source>
        <translation>Місце для візка</translation>
    </message>
</context>
<context>
    <name>parkett::SeatMapView</name>
    <message>
        <source>Free</source>
        <translation>Вільно</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Утримано</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Заброньовано</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Продано</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Заблоковано</translation>
    </message>
    <message>
        <source>%1, table %2, seat %3</source>
        <translation>%1, стіл %2, місце %3</translation>
    </message>
    <message>
        <source>%1, row %2, seat %3</source>
        <translation>%1, ряд %2, місце %3</translation>
    </message>
    <message>
        <source>%1, seat %2</source>
        <translation>%1, місце %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Wheelchair place</source>
        <translation>Місце для візка</translation>
    </message>
    <message>
        <source>Companion seat</source>
        <translation>Місце для супровідника</translation>
    </message>
    <message>
        <source>Restricted view</source>
        <translation>Обмежений огляд</translation>
    </message>
    <message>
        <source>In the basket</source>
        <translation>У кошику</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n place(s) free
Click to choose how many</source>
        <translation>
            <numerusform>%1: вільне %n місце
Клацніть, щоб вибрати кількість</numerusform>
            <numerusform>%1: вільні %n місця
Клацніть, щоб вибрати кількість</numerusform>
            <numerusform>%1: вільних %n місць
Клацніть, щоб вибрати кількість</numerusform>
        </translation>
    </message>
    <message>
        <source>Not for sale: %1</source>
        <translation>Не продається: %1</translation>
    </message>
    <message>
        <source>%1 (hold %2)</source>
        <translation>%1 (утримання %2)</translation>
    </message>
</context>
<context>
    <name>parkett::SelectTool</name>
    <message>
        <source>Select</source>
        <translation>Вибрати</translation>
    </message>
    <message>
        <source>Click or drag to select (Shift adds, Ctrl toggles); drag the selection to move it, Alt+drag to rotate; arrow keys nudge</source>
        <translation>Клацніть або протягніть, щоб виділити (Shift додає, Ctrl перемикає); перетягніть виділене, щоб перемістити, Alt+перетягування — повернути; клавіші зі стрілками зсувають потроху</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Перемістити</translation>
    </message>
</context>
<context>
    <name>parkett::ServerSettingsDialog</name>
    <message>
        <source>Work &amp;offline (sell from this terminal&apos;s lease)</source>
        <translation>Працювати &amp;офлайн (продаж із квоти цього термінала)</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <source>https://boxoffice.example:8443</source>
        <translation>https://boxoffice.example:8443</translation>
    </message>
    <message>
        <source>The number this computer was enrolled under on the server</source>
        <translation>Номер, під яким цей комп&apos;ютер зареєстровано на сервері</translation>
    </message>
    <message>
        <source>Server &amp;URL:</source>
        <translation>&amp;URL сервера:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Логін:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>&amp;Terminal:</source>
        <translation>&amp;Термінал:</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Увійти</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Ви&amp;йти</translation>
    </message>
    <message>
        <source>Use the s&amp;tandalone box office</source>
        <translation>Використовувати &amp;автономну касу</translation>
    </message>
    <message>
        <source>This file holds a standalone box office. Signing in keeps the server&apos;s data in a file of its own beside it, one per server; this box office stays as it is, and Parkett switches to the server&apos;s file.</source>
        <translation>Цей файл містить автономну касу. Під час входу дані сервера зберігаються в окремому файлі поруч, по одному на сервер; ця каса залишається без змін, а Parkett перемикається на файл сервера.</translation>
    </message>
    <message>
        <source>Connected mode works on the server&apos;s own file; the standalone box office in %1 is kept as it was.</source>
        <translation>Режим підключення працює з власним файлом сервера; автономна каса в %1 залишається такою, як була.</translation>
    </message>
    <message>
        <source>Signed in as %1 at %2.</source>
        <translation>Увійшли як %1 на %2.</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>Вхід не виконано.</translation>
    </message>
    <message>
        <source>The server URL is not valid.</source>
        <translation>URL сервера недійсна.</translation>
    </message>
    <message>
        <source>Enter your login.</source>
        <translation>Введіть свій логін.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Вхід…</translation>
    </message>
    <message>
        <source>Signed in, but the keychain refused the token (%1): you will have to sign in again after a restart.</source>
        <translation>Вхід виконано, але сховище ключів відхилило токен (%1): після перезапуску доведеться увійти знову.</translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>Не вдалося увійти: %1</translation>
    </message>
    <message>
        <source>The server&apos;s file could not be opened: %1</source>
        <translation>Не вдалося відкрити файл сервера: %1</translation>
    </message>
    <message>
        <source>Signed in. Parkett now works on the server&apos;s file %1.</source>
        <translation>Вхід виконано. Parkett тепер працює з файлом сервера %1.</translation>
    </message>
    <message>
        <source>Parkett goes back to the standalone box office in %1.</source>
        <translation>Parkett повертається до автономної каси в %1.</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Вийти</translation>
    </message>
    <message numerus="yes">
        <source>%n operation(s) in the outbox have not reached the server yet. They stay on this computer and are sent after the next sign-in. Sign out anyway?</source>
        <translation>
            <numerusform>%n операція в черзі відправлення ще не дійшла до сервера. Вона залишається на цьому комп&apos;ютері й буде надіслана після наступного входу. Усе одно вийти?</numerusform>
            <numerusform>%n операції в черзі відправлення ще не дійшли до сервера. Вони залишаються на цьому комп&apos;ютері й будуть надіслані після наступного входу. Усе одно вийти?</numerusform>
            <numerusform>%n операцій у черзі відправлення ще не дійшли до сервера. Вони залишаються на цьому комп&apos;ютері й будуть надіслані після наступного входу. Усе одно вийти?</numerusform>
        </translation>
    </message>
    <message>
        <source>Signing out…</source>
        <translation>Вихід…</translation>
    </message>
    <message>
        <source>Signed out; the keychain said: %1</source>
        <translation>Вихід виконано; сховище ключів повідомило: %1</translation>
    </message>
</context>
<context>
    <name>parkett::ShapeTool</name>
    <message>
        <source>Standing zone</source>
        <translation>Зона стоячих місць</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Сектор</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Фігура</translation>
    </message>
    <message>
        <source>Click the corners; double click or Enter closes the outline, Escape drops it</source>
        <translation>Клацніть кути; подвійне клацання або Enter замикає контур, Escape скасовує його</translation>
    </message>
    <message>
        <source>Click where the label goes</source>
        <translation>Клацніть там, де має бути напис</translation>
    </message>
    <message>
        <source>Drag a rectangle</source>
        <translation>Протягніть прямокутник</translation>
    </message>
    <message>
        <source>Section %1</source>
        <translation>Сектор %1</translation>
    </message>
    <message>
        <source>Standing %1</source>
        <translation>Стоячі місця %1</translation>
    </message>
</context>
<context>
    <name>parkett::SupervisorQueueDialog</name>
    <message>
        <source>Seats no longer leased to this terminal</source>
        <translation>Місця більше не виділені цьому терміналу</translation>
    </message>
    <message>
        <source>Seats taken by another sale</source>
        <translation>Місця зайняті іншим продажем</translation>
    </message>
    <message>
        <source>Seating rules refuse it</source>
        <translation>Відхилено правилами розсадки</translation>
    </message>
    <message>
        <source>Receipt already on the server</source>
        <translation>Чек уже є на сервері</translation>
    </message>
    <message>
        <source>Not possible in the order&apos;s state</source>
        <translation>Неможливо в поточному стані замовлення</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Відкрито</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Кошти повернено</translation>
    </message>
    <message>
        <source>Moved to other seats</source>
        <translation>Переміщено на інші місця</translation>
    </message>
    <message>
        <source>Sent again</source>
        <translation>Надіслано повторно</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Прийнято</translation>
    </message>
    <message>
        <source>Show &amp;resolved</source>
        <translation>Показати &amp;вирішені</translation>
    </message>
    <message>
        <source>Supervisor queue</source>
        <translation>Черга керівника зміни</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Відхилено</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Замовлення</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Server&apos;s message</source>
        <translation>Повідомлення сервера</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Місця</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>Re&amp;fund</source>
        <translation>По&amp;вернути кошти</translation>
    </message>
    <message>
        <source>Cancel the sale here; the guest gets the money back</source>
        <translation>Скасувати продаж тут; гість отримує гроші назад</translation>
    </message>
    <message>
        <source>&amp;Moved…</source>
        <translation>&amp;Переміщено…</translation>
    </message>
    <message>
        <source>The guest got other seats through a new sale; cancel this one</source>
        <translation>Гість отримав інші місця через новий продаж; скасувати цей</translation>
    </message>
    <message>
        <source>Send &amp;again</source>
        <translation>Надіслати &amp;повторно</translation>
    </message>
    <message>
        <source>Send the sale again, after its seats were leased to this terminal again</source>
        <translation>Надіслати продаж повторно, після того як його місця знову виділено цьому терміналу</translation>
    </message>
    <message>
        <source>&amp;Accept…</source>
        <translation>П&amp;рийняти…</translation>
    </message>
    <message>
        <source>Leave the sale as it is, with a note</source>
        <translation>Залишити продаж як є, з приміткою</translation>
    </message>
    <message>
        <source>Note for the record:</source>
        <translation>Примітка для запису:</translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation>Не виконано: %1</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Повернення коштів</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Прийняти</translation>
    </message>
    <message>
        <source>Customer blocked from sale, no supervisor approved</source>
        <translation>Клієнту заблоковано продаж, керівник зміни не схвалив</translation>
    </message>
    <message>
        <source>Appro&amp;ve and send again…</source>
        <translation>Сх&amp;валити й надіслати знову…</translation>
    </message>
    <message>
        <source>A supervisor allows the sale to the blocked customer; the server checks the supervisor&apos;s password, then the sale goes again</source>
        <translation>Керівник зміни дозволяє продаж заблокованому клієнтові; сервер перевіряє пароль керівника зміни, після чого продаж надсилається знову</translation>
    </message>
    <message>
        <source>Supervisor approval</source>
        <translation>Дозвіл керівника зміни</translation>
    </message>
    <message>
        <source>Login of the supervisor allowing this sale:</source>
        <translation>Логін керівника зміни, який дозволяє цей продаж:</translation>
    </message>
    <message>
        <source>Password of %1 (checked by the server):</source>
        <translation>Пароль %1 (перевіряє сервер):</translation>
    </message>
    <message>
        <source>Checking the supervisor with the server…</source>
        <translation>Сервер перевіряє керівника зміни…</translation>
    </message>
</context>
<context>
    <name>parkett::SyncDesk</name>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Сервер</translation>
    </message>
    <message>
        <source>Server &amp;settings…</source>
        <translation>&amp;Налаштування сервера…</translation>
    </message>
    <message>
        <source>Supervisor &amp;queue…</source>
        <translation>&amp;Черга керівника зміни…</translation>
    </message>
    <message>
        <source>Terminal &amp;leases…</source>
        <translation>&amp;Квоти терміналів…</translation>
    </message>
    <message>
        <source>Work &amp;offline</source>
        <translation>Працювати &amp;офлайн</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Синхронізувати &amp;зараз</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Вийти</translation>
    </message>
    <message numerus="yes">
        <source>%n operation(s) in the outbox have not reached the server yet. They stay on this computer and are sent when Parkett runs again with the server in reach. Quit anyway?</source>
        <translation>
            <numerusform>%n операція в черзі відправлення ще не дійшла до сервера. Вона залишається на цьому комп&apos;ютері й буде надіслана, коли Parkett знову запуститься з доступним сервером. Усе одно вийти?</numerusform>
            <numerusform>%n операції в черзі відправлення ще не дійшли до сервера. Вони залишаються на цьому комп&apos;ютері й будуть надіслані, коли Parkett знову запуститься з доступним сервером. Усе одно вийти?</numerusform>
            <numerusform>%n операцій у черзі відправлення ще не дійшли до сервера. Вони залишаються на цьому комп&apos;ютері й будуть надіслані, коли Parkett знову запуститься з доступним сервером. Усе одно вийти?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parkett::SyncStatusWidget</name>
    <message>
        <source>Operations the server refused; a supervisor decides what happens</source>
        <translation>Операції, відхилені сервером; керівник зміни вирішує, що з ними робити</translation>
    </message>
    <message>
        <source>Syncing %v/%m</source>
        <translation>Синхронізація %v/%m</translation>
    </message>
    <message>
        <source>Offline (by choice)</source>
        <translation>Офлайн (за вибором)</translation>
    </message>
    <message>
        <source>Selling from this terminal&apos;s lease; sales wait in the outbox</source>
        <translation>Продаж із квоти цього термінала; продажі чекають у черзі відправлення</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Не підключено</translation>
    </message>
    <message>
        <source>No server: sales are kept on this computer</source>
        <translation>Немає сервера: продажі зберігаються на цьому комп&apos;ютері</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Онлайн</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Підключено до %1</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Офлайн</translation>
    </message>
    <message>
        <source>The server cannot be reached; selling from this terminal&apos;s lease, sales wait in the outbox</source>
        <translation>Сервер недоступний; продаж із квоти цього термінала, продажі чекають у черзі відправлення</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Ще не синхронізовано</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Синхронізовано %1</translation>
    </message>
    <message numerus="yes">
        <source>Outbox: %n</source>
        <translation>
            <numerusform>Черга відправлення: %n</numerusform>
            <numerusform>Черга відправлення: %n</numerusform>
            <numerusform>Черга відправлення: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Outbox: ?</source>
        <translation>Черга відправлення: ?</translation>
    </message>
    <message>
        <source>Operations made here that the server has not received yet</source>
        <translation>Операції, виконані тут, які сервер ще не отримав</translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n відхилена</numerusform>
            <numerusform>%n відхилені</numerusform>
            <numerusform>%n відхилених</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parkett::TableTool</name>
    <message>
        <source>Add table</source>
        <translation>Додати стіл</translation>
    </message>
    <message numerus="yes">
        <source>Click to place a %1 table with %n chair(s)</source>
        <translation>
            <numerusform>Клацніть, щоб розмістити %1 стіл з %n стільцем</numerusform>
            <numerusform>Клацніть, щоб розмістити %1 стіл з %n стільцями</numerusform>
            <numerusform>Клацніть, щоб розмістити %1 стіл з %n стільцями</numerusform>
        </translation>
    </message>
    <message>
        <source>round</source>
        <translation>круглий</translation>
    </message>
    <message>
        <source>rectangular</source>
        <translation>прямокутний</translation>
    </message>
</context>
<context>
    <name>parkett::TicketLayoutEditor</name>
    <message>
        <source>Text &quot;%1&quot;</source>
        <translation>Текст «%1»</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>Рамка</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Лінія</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Логотип</translation>
    </message>
    <message>
        <source>Code 128: %1</source>
        <translation>Code 128: %1</translation>
    </message>
    <message>
        <source>QR code: %1</source>
        <translation>QR-код: %1</translation>
    </message>
    <message>
        <source>Field: %1</source>
        <translation>Поле: %1</translation>
    </message>
    <message>
        <source>Ticket layouts</source>
        <translation>Макети квитків</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Відкрити…</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Зберегти…</translation>
    </message>
    <message>
        <source>As the printer prints it (FGL)</source>
        <translation>Так, як друкує принтер (FGL)</translation>
    </message>
    <message>
        <source>+ Field</source>
        <translation>+ Поле</translation>
    </message>
    <message>
        <source>+ Text</source>
        <translation>+ Текст</translation>
    </message>
    <message>
        <source>+ Box</source>
        <translation>+ Рамка</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Вилучити</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Ліворуч</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>По центру</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Праворуч</translation>
    </message>
    <message>
        <source>Shows</source>
        <translation>Показує</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>X (dots)</source>
        <translation>X (точки)</translation>
    </message>
    <message>
        <source>Y (dots)</source>
        <translation>Y (точки)</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Ширина</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Висота</translation>
    </message>
    <message>
        <source>Font size (dots)</source>
        <translation>Розмір шрифту (точки)</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Жирний</translation>
    </message>
    <message>
        <source>Alignment</source>
        <translation>Вирівнювання</translation>
    </message>
    <message>
        <source>Rotation</source>
        <translation>Поворот</translation>
    </message>
    <message>
        <source>Module / line (dots)</source>
        <translation>Модуль / лінія (точки)</translation>
    </message>
    <message>
        <source>Open ticket layout</source>
        <translation>Відкрити макет квитка</translation>
    </message>
    <message>
        <source>Ticket layouts (*.json)</source>
        <translation>Макети квитків (*.json)</translation>
    </message>
    <message>
        <source>Save ticket layout</source>
        <translation>Зберегти макет квитка</translation>
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
