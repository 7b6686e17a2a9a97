<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Carriers</name>
    <message numerus="yes">
        <source>%n parcel(s) went with this carrier: it cannot be removed.</source>
        <translation>
            <numerusform>%n parcel went with this carrier: it cannot be removed.</numerusform>
            <numerusform>%n parcels went with this carrier: it cannot be removed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CarriersSettings</name>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n working day</numerusform>
            <numerusform>%n working days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n carrier(s) exported to %1.</source>
        <translation>
            <numerusform>%n carrier exported to %1.</numerusform>
            <numerusform>%n carriers exported to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n carrier(s) imported.</source>
        <translation>
            <numerusform>%n carrier imported.</numerusform>
            <numerusform>%n carriers imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogImportDialog</name>
    <message numerus="yes">
        <source>Detected: %1 — %2, delimiter %3, %n column(s).</source>
        <translation>
            <numerusform>Detected: %1 — %2, delimiter %3, %n column.</numerusform>
            <numerusform>Detected: %1 — %2, delimiter %3, %n columns.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) mapped, the SKU in “%1”.</source>
        <translation>
            <numerusform>%n column mapped, the SKU in “%1”.</numerusform>
            <numerusform>%n columns mapped, the SKU in “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This file changes %n product(s) or variant(s) the shop already has. Import it?</source>
        <translation>
            <numerusform>This file changes %n product or variant the shop already has. Import it?</numerusform>
            <numerusform>This file changes %n products or variants the shop already has. Import it?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found: nothing was imported. Correct the file, then check it again.</source>
        <translation>
            <numerusform>%n problem found: nothing was imported. Correct the file, then check it again.</numerusform>
            <numerusform>%n problems found: nothing was imported. Correct the file, then check it again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>%n problem found.</numerusform>
            <numerusform>%n problems found.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n variant(s) to reorder, computed in %1 s.</source>
        <translation>
            <numerusform>%n variant to reorder, computed in %1 s.</numerusform>
            <numerusform>%n variants to reorder, computed in %1 s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n problem(s) found; nothing was imported.</source>
        <translation>
            <numerusform>%1: %n problem found; nothing was imported.</numerusform>
            <numerusform>%1: %n problems found; nothing was imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reply(ies) marked as published.</source>
        <translation>
            <numerusform>%n reply marked as published.</numerusform>
            <numerusform>%n replies marked as published.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n review request(s) drafted: check and send them from the Messages page (Drafts).</source>
        <translation>
            <numerusform>%n review request drafted: check and send them from the Messages page (Drafts).</numerusform>
            <numerusform>%n review requests drafted: check and send them from the Messages page (Drafts).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) due for a review request.</source>
        <translation>
            <numerusform>%n order due for a review request.</numerusform>
            <numerusform>%n orders due for a review request.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%2, %n row(s)).</source>
        <translation>
            <numerusform>Wrote %1 (%2, %n row).</numerusform>
            <numerusform>Wrote %1 (%2, %n rows).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvNumber</name>
    <message numerus="yes">
        <source>“%1” has more than %n decimal(s).</source>
        <translation>
            <numerusform>“%1” has more than %n decimal.</numerusform>
            <numerusform>“%1” has more than %n decimals.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n days ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n unread</numerusform>
            <numerusform>%n unread</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unhappy (3 stars or fewer)</source>
        <translation>
            <numerusform>%n unhappy (3 stars or fewer)</numerusform>
            <numerusform>%n unhappy (3 stars or fewer)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in the last 7 days</source>
        <translation>
            <numerusform>%n in the last 7 days</numerusform>
            <numerusform>%n in the last 7 days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) in another currency left out.</source>
        <translation>
            <numerusform>%n order in another currency left out.</numerusform>
            <numerusform>%n orders in another currency left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n order</numerusform>
            <numerusform>%n orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sold</source>
        <translation>
            <numerusform>%n sold</numerusform>
            <numerusform>%n sold</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message numerus="yes">
        <source>Stock counted for %n variant(s) at %1.</source>
        <translation>
            <numerusform>Stock counted for %n variant at %1.</numerusform>
            <numerusform>Stock counted for %n variants at %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped (images, grouped or external products).</source>
        <translation>
            <numerusform>%n row skipped (images, grouped or external products).</numerusform>
            <numerusform>%n rows skipped (images, grouped or external products).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LaPosteTracking</name>
    <message numerus="yes">
        <source>La Poste did not answer within %n second(s): try again later.</source>
        <translation>
            <numerusform>La Poste did not answer within %n second: try again later.</numerusform>
            <numerusform>La Poste did not answer within %n seconds: try again later.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MailServer</name>
    <message numerus="yes">
        <source>The mail server %1 did not answer within %n second(s).</source>
        <translation>
            <numerusform>The mail server %1 did not answer within %n second.</numerusform>
            <numerusform>The mail server %1 did not answer within %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Mail at %1: %n new</source>
        <translation>
            <numerusform>Mail at %1: %n new</numerusform>
            <numerusform>Mail at %1: %n new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sent</source>
        <translation>
            <numerusform>%n sent</numerusform>
            <numerusform>%n sent</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderDialog</name>
    <message numerus="yes">
        <source>Still %n item(s) missing in stock.</source>
        <translation>
            <numerusform>Still %n item missing in stock.</numerusform>
            <numerusform>Still %n items missing in stock.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n parcel(s) need attention</source>
        <translation>
            <numerusform>%n parcel need attention</numerusform>
            <numerusform>%n parcels need attention</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tracking refreshed: %n new event(s).</source>
        <translation>
            <numerusform>Tracking refreshed: %n new event.</numerusform>
            <numerusform>Tracking refreshed: %n new events.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderEditor</name>
    <message numerus="yes">
        <source>%n item(s) · Total %1</source>
        <translation>
            <numerusform>%n item · Total %1</numerusform>
            <numerusform>%n items · Total %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderImportDialog</name>
    <message numerus="yes">
        <source>Detected: %1 — %2, delimiter %3, %n column(s).</source>
        <translation>
            <numerusform>Detected: %1 — %2, delimiter %3, %n column.</numerusform>
            <numerusform>Detected: %1 — %2, delimiter %3, %n columns.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found: nothing was imported. Correct the file, then check it again.</source>
        <translation>
            <numerusform>%n problem found: nothing was imported. Correct the file, then check it again.</numerusform>
            <numerusform>%n problems found: nothing was imported. Correct the file, then check it again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) to read below.</source>
        <translation>
            <numerusform>%n warning to read below.</numerusform>
            <numerusform>%n warnings to read below.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderImportReport</name>
    <message numerus="yes">
        <source>%n order(s) created: %1 new, %2 paid, %3 shipped, %4 cancelled; %5 lines.</source>
        <translation>
            <numerusform>%n order created: %1 new, %2 paid, %3 shipped, %4 cancelled; %5 lines.</numerusform>
            <numerusform>%n orders created: %1 new, %2 paid, %3 shipped, %4 cancelled; %5 lines.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) already in the shop, left as they are.</source>
        <translation>
            <numerusform>%n order already in the shop, left as they are.</numerusform>
            <numerusform>%n orders already in the shop, left as they are.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) already shipped, skipped: their stock is left alone.</source>
        <translation>
            <numerusform>%n order already shipped, skipped: their stock is left alone.</numerusform>
            <numerusform>%n orders already shipped, skipped: their stock is left alone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) of paid orders are not in stock: those orders wait under Problems.</source>
        <translation>
            <numerusform>%n item of paid orders are not in stock: those orders wait under Problems.</numerusform>
            <numerusform>%n items of paid orders are not in stock: those orders wait under Problems.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderTableModel</name>
    <message numerus="yes">
        <source>%1 · %n missing</source>
        <translation>
            <numerusform>%1 · %n missing</numerusform>
            <numerusform>%1 · %n missing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not enough stock to ship this order: %n item(s) missing.</source>
        <translation>
            <numerusform>Not enough stock to ship this order: %n item missing.</numerusform>
            <numerusform>Not enough stock to ship this order: %n items missing.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrdersPage</name>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n order</numerusform>
            <numerusform>%n orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) saved to %1.</source>
        <translation>
            <numerusform>%n order saved to %1.</numerusform>
            <numerusform>%n orders saved to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Print %n order(s)</source>
        <translation>
            <numerusform>Print %n order</numerusform>
            <numerusform>Print %n orders</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Packing</name>
    <message numerus="yes">
        <source>Order %1 is not complete: %n item(s) still to pack. Give a reason to pack it anyway.</source>
        <translation>
            <numerusform>Order %1 is not complete: %n item still to pack. Give a reason to pack it anyway.</numerusform>
            <numerusform>Order %1 is not complete: %n items still to pack. Give a reason to pack it anyway.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Packed with %n item(s) missing: %1</source>
        <translation>
            <numerusform>Packed with %n item missing: %1</numerusform>
            <numerusform>Packed with %n items missing: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) scanned</source>
        <translation>
            <numerusform>%n item scanned</numerusform>
            <numerusform>%n items scanned</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PackingPage</name>
    <message numerus="yes">
        <source>Order %1 lacks stock: %n item(s) not reserved. Check the shelf before packing.</source>
        <translation>
            <numerusform>Order %1 lacks stock: %n item not reserved. Check the shelf before packing.</numerusform>
            <numerusform>Order %1 lacks stock: %n items not reserved. Check the shelf before packing.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Order %1: %n item(s) left to scan.</source>
        <translation>
            <numerusform>Order %1: %n item left to scan.</numerusform>
            <numerusform>Order %1: %n items left to scan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>That is the slip of order %1: order %2 still has %n item(s) to pack. Press Esc to leave it.</source>
        <translation>
            <numerusform>That is the slip of order %1: order %2 still has %n item to pack. Press Esc to leave it.</numerusform>
            <numerusform>That is the slip of order %1: order %2 still has %n items to pack. Press Esc to leave it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProductEditor</name>
    <message numerus="yes">
        <source>%1 ★ from %n review(s)</source>
        <translation>
            <numerusform>%1 ★ from %n review</numerusform>
            <numerusform>%1 ★ from %n reviews</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unhappy</source>
        <translation>
            <numerusform>%n unhappy</numerusform>
            <numerusform>%n unhappy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for an answer</source>
        <translation>
            <numerusform>%n waiting for an answer</numerusform>
            <numerusform>%n waiting for an answer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProductsPage</name>
    <message numerus="yes">
        <source>%n variant(s)</source>
        <translation>
            <numerusform>%n variant</numerusform>
            <numerusform>%n variants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PurchaseOrdersView</name>
    <message numerus="yes">
        <source>%n item(s) still expected will not be waited for any more.</source>
        <translation>
            <numerusform>%n item still expected will not be waited for any more.</numerusform>
            <numerusform>%n items still expected will not be waited for any more.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReorderView</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n line</numerusform>
            <numerusform>%n lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) to order</source>
        <translation>
            <numerusform>%n line to order</numerusform>
            <numerusform>%n lines to order</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n supplier(s)</source>
        <translation>
            <numerusform>%n supplier</numerusform>
            <numerusform>%n suppliers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Created %n draft purchase order(s): %1. Check them and send them to the suppliers.</source>
        <translation>
            <numerusform>Created %n draft purchase order: %1. Check them and send them to the suppliers.</numerusform>
            <numerusform>Created %n draft purchase orders: %1. Check them and send them to the suppliers.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportChartView</name>
    <message numerus="yes">
        <source>%1, first %n</source>
        <translation>
            <numerusform>%1, first %n</numerusform>
            <numerusform>%1, first %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message numerus="yes">
        <source>%n order(s) in another currency than %1 are left out.</source>
        <translation>
            <numerusform>%n order in another currency than %1 are left out.</numerusform>
            <numerusform>%n orders in another currency than %1 are left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) sold have no cost price: their margin is their whole price.</source>
        <translation>
            <numerusform>%n unit sold have no cost price: their margin is their whole price.</numerusform>
            <numerusform>%n units sold have no cost price: their margin is their whole price.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n parcel(s) have no expected delivery day (no transit time for their carrier or service, or not computed yet) and are never counted late.</source>
        <translation>
            <numerusform>%n parcel have no expected delivery day (no transit time for their carrier or service, or not computed yet) and are never counted late.</numerusform>
            <numerusform>%n parcels have no expected delivery day (no transit time for their carrier or service, or not computed yet) and are never counted late.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) were written in the period.</source>
        <translation>
            <numerusform>%n review were written in the period.</numerusform>
            <numerusform>%n reviews were written in the period.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) without a customer or an email (sales at the counter, for instance) are left out.</source>
        <translation>
            <numerusform>%n order without a customer or an email (sales at the counter, for instance) are left out.</numerusform>
            <numerusform>%n orders without a customer or an email (sales at the counter, for instance) are left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n variant(s) in stock have no cost price and count for nothing in the value at cost.</source>
        <translation>
            <numerusform>%n variant in stock have no cost price and count for nothing in the value at cost.</numerusform>
            <numerusform>%n variants in stock have no cost price and count for nothing in the value at cost.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stock level(s) below zero are left out: count them to put the ledger right.</source>
        <translation>
            <numerusform>%n stock level below zero are left out: count them to put the ledger right.</numerusform>
            <numerusform>%n stock levels below zero are left out: count them to put the ledger right.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReturnFormActions</name>
    <message numerus="yes">
        <source>Print %n return form(s)</source>
        <translation>
            <numerusform>Print %n return form</numerusform>
            <numerusform>Print %n return forms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n return form(s) saved to %1.</source>
        <translation>
            <numerusform>%n return form saved to %1.</numerusform>
            <numerusform>%n return forms saved to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Returns</name>
    <message numerus="yes">
        <source>Return %1 opened: %n item(s)</source>
        <translation>
            <numerusform>Return %1 opened: %n item</numerusform>
            <numerusform>Return %1 opened: %n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewExportDialog</name>
    <message numerus="yes">
        <source>%n reply(ies) marked as published.</source>
        <translation>
            <numerusform>%n reply marked as published.</numerusform>
            <numerusform>%n replies marked as published.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewImport</name>
    <message numerus="yes">
        <source>%n review(s) added</source>
        <translation>
            <numerusform>%n review added</numerusform>
            <numerusform>%n reviews added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n as ignored)</source>
        <translation>
            <numerusform>(%n as ignored)</numerusform>
            <numerusform>(%n as ignored)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already known.</source>
        <translation>
            <numerusform>%n already known.</numerusform>
            <numerusform>%n already known.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewImportDialog</name>
    <message numerus="yes">
        <source>%n star(s)</source>
        <translation>
            <numerusform>%n star</numerusform>
            <numerusform>%n stars</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found: nothing will be imported. Correct the file, then check it again.</source>
        <translation>
            <numerusform>%n problem found: nothing will be imported. Correct the file, then check it again.</numerusform>
            <numerusform>%n problems found: nothing will be imported. Correct the file, then check it again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewInsights</name>
    <message numerus="yes">
        <source>%1 ★ on average over %n review(s) · %L2 unhappy · %L3 waiting for an answer</source>
        <translation>
            <numerusform>%1 ★ on average over %n review · %L2 unhappy · %L3 waiting for an answer</numerusform>
            <numerusform>%1 ★ on average over %n reviews · %L2 unhappy · %L3 waiting for an answer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewRequestsDialog</name>
    <message numerus="yes">
        <source>%n delivered order(s) due for a request today.</source>
        <translation>
            <numerusform>%n delivered order due for a request today.</numerusform>
            <numerusform>%n delivered orders due for a request today.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) drafted: read and send them from the Messages page (Outbox).</source>
        <translation>
            <numerusform>%n request drafted: read and send them from the Messages page (Outbox).</numerusform>
            <numerusform>%n requests drafted: read and send them from the Messages page (Outbox).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewTableModel</name>
    <message numerus="yes">
        <source>%n star(s)</source>
        <translation>
            <numerusform>%n star</numerusform>
            <numerusform>%n stars</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewsPage</name>
    <message numerus="yes">
        <source>%n star(s)</source>
        <translation>
            <numerusform>%n star</numerusform>
            <numerusform>%n stars</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>parcel delivered %n day(s) late</source>
        <translation>
            <numerusform>parcel delivered %n day late</numerusform>
            <numerusform>parcel delivered %n days late</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n conversation</numerusform>
            <numerusform>%n conversations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StockExcessView</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) with more than %1 days of stock</source>
        <translation>
            <numerusform>%n product with more than %1 days of stock</numerusform>
            <numerusform>%n products with more than %1 days of stock</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) in stock without a sale for %1 days</source>
        <translation>
            <numerusform>%n product in stock without a sale for %1 days</numerusform>
            <numerusform>%n products in stock without a sale for %1 days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StockTakesView</name>
    <message numerus="yes">
        <source>Stock take applied: %n stock correction(s) written.</source>
        <translation>
            <numerusform>Stock take applied: %n stock correction written.</numerusform>
            <numerusform>Stock take applied: %n stock corrections written.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrackingEventImport</name>
    <message numerus="yes">
        <source>%n new event(s)</source>
        <translation>
            <numerusform>%n new event</numerusform>
            <numerusform>%n new events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already known</source>
        <translation>
            <numerusform>%n already known</numerusform>
            <numerusform>%n already known</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n parcel(s) delivered.</source>
        <translation>
            <numerusform>%n parcel delivered.</numerusform>
            <numerusform>%n parcels delivered.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrackingImport</name>
    <message numerus="yes">
        <source>%n order(s) shipped</source>
        <translation>
            <numerusform>%n order shipped</numerusform>
            <numerusform>%n orders shipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n parcel(s) added to orders already shipped</source>
        <translation>
            <numerusform>%n parcel added to orders already shipped</numerusform>
            <numerusform>%n parcels added to orders already shipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n parcel(s) already recorded.</source>
        <translation>
            <numerusform>%n parcel already recorded.</numerusform>
            <numerusform>%n parcels already recorded.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrackingImportDialog</name>
    <message numerus="yes">
        <source>%n problem(s) found: nothing will be imported. Correct the file, then check it again.</source>
        <translation>
            <numerusform>%n problem found: nothing will be imported. Correct the file, then check it again.</numerusform>
            <numerusform>%n problems found: nothing will be imported. Correct the file, then check it again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrackingRefreshBar</name>
    <message numerus="yes">
        <source>%n parcel(s) checked</source>
        <translation>
            <numerusform>%n parcel checked</numerusform>
            <numerusform>%n parcels checked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new event(s)</source>
        <translation>
            <numerusform>%n new event</numerusform>
            <numerusform>%n new events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delivered</source>
        <translation>
            <numerusform>%n delivered</numerusform>
            <numerusform>%n delivered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
</context>
</TS>
