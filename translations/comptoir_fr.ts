<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Backups</name>
    <message>
        <source>Could not create the backup folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be written (is the disk full?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove an old backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a Comptoir backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup is damaged and cannot be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup was made by a newer version of Comptoir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not copy the backup (is the disk full?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not set the current shop file aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not put the backup in place.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Create a new, empty shop database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a demo shop with products, customers and orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up the shop database now, or list its backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the shop database with a verified backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the shop database for damage and inconsistencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the version of Comptoir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try “comptoir-cli %1 --help”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run “comptoir-cli --help” to list the commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: comptoir-cli &lt;command&gt; [--database PATH] [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run “comptoir-cli &lt;command&gt; --help” for the options of a command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 failure, 2 wrong usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the version of Comptoir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new, empty shop database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a file already exists here; “init” only creates new shops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1 (schema %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a demo shop in a new file: a French shop with products and variants, stock, customers and two years of orders. The same seed always gives the same shop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of products (default 2000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of orders (default: 2.5 × products up to 10,000, then 2 × products).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the last orders, YYYY-MM-DD (default: today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not print progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--scale must be a whole number from 1 to 10,000,000, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--orders must be a whole number from 0 to 50,000,000, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed must be a whole number, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--until must be a date written YYYY-MM-DD, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the demo shop %1: %2 products (%3 variants), %4 customers, %5 orders (%6 lines) in %7 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up the shop database into the backup folder beside it, or list its backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the backups instead of making one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the shop database with a backup, after checking the backup is intact. The replaced file is kept in the backup folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup file to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BACKUP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the backup file to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1; the replaced file was kept as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the shop database: file integrity, links between records, stock against its ledger, order totals against their lines. Exits with 1 when a problem is found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No problem found in %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Could not open the shop file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no shop file here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the folder for the shop file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop file cannot be read. Check its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a Comptoir shop database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder of the shop file is read-only; Comptoir needs to write its journal there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This SQLite file was not made by Comptoir; it was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This shop was saved by a newer version of Comptoir (schema %1; this version reads up to %2). Update Comptoir to open it; the file was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoShop</name>
    <message>
        <source>The demo shop can only be written into an empty shop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening stock count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file already exists here; the demo shop is only written to a new file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo shop could not be moved into place.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobStatusWidget</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the background job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeysetQuery</name>
    <message>
        <source>The list could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>%1: done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>my-shop.db</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comptoir shops (*.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name, or use File ▸ Open to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comptoir shops (*.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the current shop with the backup %1?

The current file is kept in the backup folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No shop open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comptoir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – Comptoir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Comptoir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Comptoir %1&lt;/h3&gt;&lt;p&gt;The back office of one-person online shops: products, stock, orders, parcels, messages and reviews, on your own computer.&lt;/p&gt;&lt;p&gt;Build %2, Qt %3, database schema %4.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New shop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open shop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Comptoir</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Close this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>Updating the database to version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating the database to version %1 (%2) failed; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>unknown currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has more decimals than %2 allows (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is too large</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderList</name>
    <message>
        <source>The orders could not be counted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderStatus</name>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderTableModel</name>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrdersPage</name>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To prepare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid orders waiting to be prepared (Alt+1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show orders: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order number, customer or e-mail (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductTableModel</name>
    <message>
        <source>On hand %1, reserved %2, available %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductsPage</name>
    <message numerus="yes">
        <source>%n variant(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by SKU, name, barcode or supplier reference (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the backup to restore. The current shop file is kept in the backup folder, so a restore can itself be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before an update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2 – %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup yet: use File ▸ Back up now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comptoir shops (*.db *.comptoir);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the shop logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg *.bmp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this image cannot be read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address &amp;line 2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Postcode and city:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;VAT number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lo&amp;go:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La&amp;nguage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Daily backups to keep:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop identity (printed on packing slips)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comptoir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. FR40303265045</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the settings (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShopCheck</name>
    <message>
        <source>on-hand stock is %1 but the stock ledger adds up to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stock ledger adds up to %1 but there is no stock level row (expected %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>total on-hand stock is %1 but its locations add up to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reserved stock is %1 but its locations add up to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the listed supplier is “%1” but the supplier is “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the subtotal is %1 (minor units) but the lines add up to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the item count is %1 but the lines add up to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the total is %1 (minor units) but subtotal + shipping − discount is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the line total is %1 but quantity × unit price is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the file structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking links between records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refers to a missing row of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShopSettings</name>
    <message>
        <source>VAT number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A VAT number starts with two country letters followed by 2 to 13 letters or digits, e.g. FR40303265045.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A French VAT number is FR, a 2-character key and the 9-digit SIREN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key of this French VAT number does not match its SIREN; check for a typo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown currency code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop settings could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comptoir speaks English and French.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sql</name>
    <message>
        <source>The database refused a request.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>Could not start writing to the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the changes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VariantList</name>
    <message>
        <source>The catalog could not be counted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>comptoir::demo::Writer</name>
    <message>
        <source>The demo shop could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo shop creation cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>comptoir::storage</name>
    <message>
        <source>The shop file is in use by another program (it is locked). Close the other program or Comptoir window and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop file is damaged and cannot be opened. Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop file is read-only; Comptoir needs to write to it. Check its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Comptoir, the back office of one-person online shops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this shop file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo shop, creating it first if needed (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page to show: orders, products or settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a picture of the window to this PNG file and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit once the Orders page shows its first rows (benchmarks).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the demo shop in %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
