/**
 * @file esauti/event_types.h
 * @brief eSauti canonical events: 225 event types, their constants and typed send functions. Generated; do not edit.
 *
 * @code
 * esauti_event_identity who = { .customer_id = "cus_1001", .entity_id = "ord_5001" };
 * esauti_order_created_data data = { .order_id = "ord_5001", .currency = "KES", ... };
 * esauti_event_receipt *receipt = NULL;
 * if (esauti_events_send_order_created(client, &who, &data, NULL, &receipt, &err) == 0) { ... }
 * @endcode
 *
 * Every send checks the event first (identity keys, required data members, formats, enum
 * values, size: at most ESAUTI_MAX_EVENT_BYTES encoded) and sends nothing when anything is
 * wrong: the error is APIC_E_VALIDATION and names the place, e.g. `data.items[2].sku`.
 */
#ifndef ESAUTI_EVENT_TYPES_H
#define ESAUTI_EVENT_TYPES_H

#include "client.h"
#include "event_data.h"
#include "models.h"

#ifdef __cplusplus
extern "C" {
#endif

/** The event types of the registry; 0 is no type. Values are stable: new types are added at the end. */
typedef enum esauti_event_type {
    ESAUTI_EVENT_UNKNOWN = 0, /**< not a type of this registry */
    /**
     * `customer.created` (version 1): A new customer profile was created, by signup, import, checkout
     * or an API call. Fires once per profile, before any other event about the customer.
     * Identity: customer.
     */
    ESAUTI_EVENT_CUSTOMER_CREATED = 1,
    /**
     * `customer.updated` (version 2): One or more fields of a customer profile changed. Version 2
     * lists the changed field names and their new values instead of resending the whole profile.
     * Identity: customer.
     */
    ESAUTI_EVENT_CUSTOMER_UPDATED = 2,
    /**
     * `customer.deleted` (version 1): A customer profile was deleted, at the customer's request or by
     * staff. Downstream systems should erase or anonymise the customer's personal data.
     * Identity: customer.id.
     */
    ESAUTI_EVENT_CUSTOMER_DELETED = 3,
    /**
     * `customer.merged` (version 1): Duplicate customer profiles were merged into one surviving
     * profile. The identity names the surviving customer; the merged ids no longer receive events.
     * Identity: customer.id.
     */
    ESAUTI_EVENT_CUSTOMER_MERGED = 4,
    /**
     * `customer.tagged` (version 1): A tag was added to a customer profile, by hand or by an
     * automation rule. Tags can start journeys and define segments.
     * Identity: customer.
     */
    ESAUTI_EVENT_CUSTOMER_TAGGED = 5,
    /**
     * `customer.untagged` (version 1): A tag was removed from a customer profile. Journeys waiting on
     * the tag stop for this customer.
     * Identity: customer.
     */
    ESAUTI_EVENT_CUSTOMER_UNTAGGED = 6,
    /**
     * `customer.segment_entered` (version 1): A customer started matching a segment's conditions and
     * joined it. Fires when segment membership is re-evaluated, not on every profile change.
     * Identity: customer.
     */
    ESAUTI_EVENT_CUSTOMER_SEGMENT_ENTERED = 7,
    /**
     * `customer.segment_exited` (version 1): A customer stopped matching a segment's conditions and
     * left it, or was removed by hand.
     * Identity: customer.
     */
    ESAUTI_EVENT_CUSTOMER_SEGMENT_EXITED = 8,
    /**
     * `contact.subscribed` (version 1): A customer gave consent to receive marketing on a channel
     * (email, SMS, WhatsApp or push). Only subscribed channels may receive marketing messages.
     * Identity: customer.
     */
    ESAUTI_EVENT_CONTACT_SUBSCRIBED = 9,
    /**
     * `contact.unsubscribed` (version 1): A customer withdrew marketing consent on a channel, by link,
     * STOP reply or request. No more marketing may be sent on that channel; transactional messages
     * still may.
     * Identity: customer.
     */
    ESAUTI_EVENT_CONTACT_UNSUBSCRIBED = 10,
    /**
     * `contact.preferences_updated` (version 1): A customer changed their communication preferences in
     * the preference centre, such as topics, message frequency or quiet hours. Subscriptions per
     * channel have their own events.
     * Identity: customer.
     */
    ESAUTI_EVENT_CONTACT_PREFERENCES_UPDATED = 11,
    /**
     * `contact.phone_verified` (version 1): The customer proved ownership of a mobile number by
     * entering a one-time code sent by SMS or WhatsApp. The number can then be used for login and
     * transactional SMS.
     * Identity: customer.phone.
     */
    ESAUTI_EVENT_CONTACT_PHONE_VERIFIED = 12,
    /**
     * `lead.captured` (version 1): A new lead was captured from a web form, a lead ad, a WhatsApp chat
     * or a walk-in. The lead is linked to a customer profile, created if needed.
     * Identity: customer, entity (lead).
     */
    ESAUTI_EVENT_LEAD_CAPTURED = 13,
    /**
     * `lead.updated` (version 1): Details of an open lead changed, such as its interest, estimated
     * value or notes. Status changes have their own events.
     * Identity: customer, entity (lead).
     */
    ESAUTI_EVENT_LEAD_UPDATED = 14,
    /**
     * `lead.assigned` (version 1): A lead was assigned to a sales agent or team, by a routing rule or
     * by hand. The agent is expected to make first contact.
     * Identity: customer, entity (lead).
     */
    ESAUTI_EVENT_LEAD_ASSIGNED = 15,
    /**
     * `lead.scored` (version 2): A lead's score was recalculated after new activity or a scoring-model
     * change. Version 2 splits the score into fit and engagement parts.
     * Identity: customer, entity (lead).
     */
    ESAUTI_EVENT_LEAD_SCORED = 16,
    /**
     * `lead.contacted` (version 1): A sales agent reached out to a lead by call, SMS, WhatsApp, email
     * or visit. Fires for every logged attempt, successful or not.
     * Identity: customer, entity (lead).
     */
    ESAUTI_EVENT_LEAD_CONTACTED = 17,
    /**
     * `lead.qualified` (version 1): A lead was judged sales-ready, by an agent or by reaching the
     * score threshold. Qualified leads are usually turned into deals or quotes.
     * Identity: customer, entity (lead).
     */
    ESAUTI_EVENT_LEAD_QUALIFIED = 18,
    /**
     * `lead.disqualified` (version 1): A lead was ruled out before any sale, for example as spam, out
     * of area or without budget. It leaves the sales pipeline but the customer profile stays.
     * Identity: customer, entity (lead).
     */
    ESAUTI_EVENT_LEAD_DISQUALIFIED = 19,
    /**
     * `lead.converted` (version 1): A lead became a paying customer, with an order, deal or
     * subscription. Closes the lead as won.
     * Identity: customer, entity (lead).
     */
    ESAUTI_EVENT_LEAD_CONVERTED = 20,
    /**
     * `lead.lost` (version 1): A qualified lead was closed without a sale, for example to a competitor
     * or on price. Closes the lead as lost.
     * Identity: customer, entity (lead).
     */
    ESAUTI_EVENT_LEAD_LOST = 21,
    /**
     * `lead.status_changed` (version 1): A lead moved from one pipeline status to another. Deprecated
     * in favour of lead.qualified, lead.disqualified, lead.converted and lead.lost; still accepted for
     * older integrations.
     * Identity: customer, entity (lead).
     * @deprecated the registry marks this type deprecated
     */
    ESAUTI_EVENT_LEAD_STATUS_CHANGED = 22,
    /**
     * `account.created` (version 1): A customer registered a login account in the shop or app. The
     * customer profile may already exist, from an earlier guest checkout for example.
     * Identity: customer.
     */
    ESAUTI_EVENT_ACCOUNT_CREATED = 23,
    /**
     * `account.email_verified` (version 1): The customer clicked the verification link sent to the
     * account's email address. The address is then trusted for login and password recovery.
     * Identity: customer.email.
     */
    ESAUTI_EVENT_ACCOUNT_EMAIL_VERIFIED = 24,
    /**
     * `account.password_changed` (version 1): A logged-in customer changed the account password. Send
     * a security notice so the customer can react if it was not them.
     * Identity: customer.
     */
    ESAUTI_EVENT_ACCOUNT_PASSWORD_CHANGED = 25,
    /**
     * `account.locked` (version 1): The account was locked and can no longer log in, after too many
     * failed logins, on suspected fraud or by staff. It stays locked until unlocked or until
     * locked_until passes.
     * Identity: customer.
     */
    ESAUTI_EVENT_ACCOUNT_LOCKED = 26,
    /**
     * `account.unlocked` (version 1): A locked account can log in again, because the lock expired,
     * staff lifted it or the customer reset the password.
     * Identity: customer.
     */
    ESAUTI_EVENT_ACCOUNT_UNLOCKED = 27,
    /**
     * `account.closed` (version 1): The login account was closed by the customer or by staff and can
     * no longer be used. The customer profile and order history may remain unless customer.deleted
     * follows.
     * Identity: customer.
     */
    ESAUTI_EVENT_ACCOUNT_CLOSED = 28,
    /**
     * `auth.login_succeeded` (version 2): A customer logged in to the shop or app. Version 2 adds the
     * second factor used and whether the device was new.
     * Identity: customer.
     */
    ESAUTI_EVENT_AUTH_LOGIN_SUCCEEDED = 29,
    /**
     * `auth.login_failed` (version 1): A login attempt was rejected. Repeated failures may lock the
     * account; the identity is the customer the attempted username belongs to.
     * Identity: customer.
     */
    ESAUTI_EVENT_AUTH_LOGIN_FAILED = 30,
    /**
     * `auth.logged_out` (version 1): A customer session ended by an explicit logout, a timeout or a
     * forced sign-out from another device.
     * Identity: customer.
     */
    ESAUTI_EVENT_AUTH_LOGGED_OUT = 31,
    /**
     * `auth.password_reset_requested` (version 1): A customer asked to reset a forgotten password and
     * a reset link or code was sent. Use it to deliver the reset message; the request expires at
     * expires_at.
     * Identity: customer.
     */
    ESAUTI_EVENT_AUTH_PASSWORD_RESET_REQUESTED = 32,
    /**
     * `auth.password_reset_completed` (version 1): The customer set a new password through a reset
     * link or code. Other sessions are usually ended and a lock from failed logins is lifted.
     * Identity: customer.
     */
    ESAUTI_EVENT_AUTH_PASSWORD_RESET_COMPLETED = 33,
    /**
     * `auth.mfa_enabled` (version 1): The customer turned on two-step verification for the account.
     * Later logins will ask for a second factor.
     * Identity: customer.
     */
    ESAUTI_EVENT_AUTH_MFA_ENABLED = 34,
    /**
     * `auth.mfa_disabled` (version 1): Two-step verification was turned off for the account, by the
     * customer or by staff during account recovery. Send a security notice.
     * Identity: customer.
     */
    ESAUTI_EVENT_AUTH_MFA_DISABLED = 35,
    /**
     * `auth.new_device_detected` (version 1): A customer logged in from a device or location not seen
     * before for the account. Use it to send a \"was this you?\" alert.
     * Identity: customer.
     */
    ESAUTI_EVENT_AUTH_NEW_DEVICE_DETECTED = 36,
    /**
     * `session.started` (version 1): A visitor opened the website or app and a new session began,
     * after 30 minutes or more of inactivity or on a new campaign click.
     * Identity: customer, entity (session).
     */
    ESAUTI_EVENT_SESSION_STARTED = 37,
    /**
     * `session.identified` (version 1): An anonymous session was linked to a known customer, by login,
     * signup or a tracked link. Earlier anonymous activity of the session is attributed to the
     * customer.
     * Identity: customer, entity (session).
     */
    ESAUTI_EVENT_SESSION_IDENTIFIED = 38,
    /**
     * `session.campaign_attributed` (version 1): A session was attributed to a marketing source from
     * its UTM parameters or click id. Used for last-touch attribution of later orders.
     * Identity: customer, entity (session).
     */
    ESAUTI_EVENT_SESSION_CAMPAIGN_ATTRIBUTED = 39,
    /**
     * `session.ended` (version 1): A session closed after inactivity or when the app went to the
     * background for good. Carries the session's totals.
     * Identity: customer, entity (session).
     */
    ESAUTI_EVENT_SESSION_ENDED = 40,
    /**
     * `page.viewed` (version 2): A visitor viewed a page of the website or a screen of the app.
     * Version 2 adds the page category and the time spent on the previous page.
     * Identity: customer.
     */
    ESAUTI_EVENT_PAGE_VIEWED = 41,
    /**
     * `page.scrolled` (version 1): A visitor scrolled past a depth threshold (25, 50, 75 or 100
     * percent) on a page. Fires at most once per threshold per page view.
     * Identity: customer.
     */
    ESAUTI_EVENT_PAGE_SCROLLED = 42,
    /**
     * `page.link_clicked` (version 1): A visitor clicked a tracked link or button on a page, such as a
     * banner, a WhatsApp chat button or an outbound link.
     * Identity: customer.
     */
    ESAUTI_EVENT_PAGE_LINK_CLICKED = 43,
    /**
     * `page.popup_shown` (version 1): An on-site message (popup, banner or slide-in) was shown to a
     * visitor by a targeting rule, for example on exit intent.
     * Identity: customer.
     */
    ESAUTI_EVENT_PAGE_POPUP_SHOWN = 44,
    /**
     * `page.popup_dismissed` (version 1): A visitor closed an on-site message without acting on it.
     * Dismissed messages are not shown again for a while.
     * Identity: customer.
     */
    ESAUTI_EVENT_PAGE_POPUP_DISMISSED = 45,
    /**
     * `page.tracked` (version 1): Generic page hit from the first tracking script. Deprecated in
     * favour of page.viewed, which carries the session and page type.
     * Identity: customer.
     * @deprecated the registry marks this type deprecated
     */
    ESAUTI_EVENT_PAGE_TRACKED = 46,
    /**
     * `product.created` (version 1): A product was added to the catalog and published. New products
     * can be announced to interested segments.
     * Identity: entity (product).
     */
    ESAUTI_EVENT_PRODUCT_CREATED = 47,
    /**
     * `product.updated` (version 1): Details of a published product changed, such as its name,
     * description, images or categories. Price and stock changes have their own events.
     * Identity: entity (product).
     */
    ESAUTI_EVENT_PRODUCT_UPDATED = 48,
    /**
     * `product.price_changed` (version 2): A product's selling price changed. Version 2 adds the
     * compare-at price, so price drops can trigger alerts to customers who viewed or saved the
     * product.
     * Identity: entity (product).
     */
    ESAUTI_EVENT_PRODUCT_PRICE_CHANGED = 49,
    /**
     * `product.stock_depleted` (version 1): A product variant sold out, its available stock reaching
     * zero. It may stay visible as out of stock or be hidden.
     * Identity: entity (product).
     */
    ESAUTI_EVENT_PRODUCT_STOCK_DEPLETED = 50,
    /**
     * `product.restocked` (version 1): A sold-out product variant is available again. Triggers the
     * back-in-stock messages customers asked for.
     * Identity: entity (product).
     */
    ESAUTI_EVENT_PRODUCT_RESTOCKED = 51,
    /**
     * `product.viewed` (version 1): A customer viewed a product's page or app screen. Feeds
     * browse-abandonment journeys and recommendations.
     * Identity: customer, entity (product).
     */
    ESAUTI_EVENT_PRODUCT_VIEWED = 52,
    /**
     * `product.wishlisted` (version 1): A customer saved a product to a wishlist. Saved products are
     * candidates for price-drop and back-in-stock alerts.
     * Identity: customer, entity (product).
     */
    ESAUTI_EVENT_PRODUCT_WISHLISTED = 53,
    /**
     * `product.shared` (version 1): A customer shared a product link with someone, through WhatsApp,
     * SMS, a social network or by copying the link. Shared links carry a referral code so visits can
     * be credited.
     * Identity: customer, entity (product).
     */
    ESAUTI_EVENT_PRODUCT_SHARED = 54,
    /**
     * `product.back_in_stock_requested` (version 1): A customer asked to be told when a sold-out
     * product variant is available again. The alert is sent on product.restocked.
     * Identity: customer, entity (product).
     */
    ESAUTI_EVENT_PRODUCT_BACK_IN_STOCK_REQUESTED = 55,
    /**
     * `category.viewed` (version 1): A customer opened a category or collection listing. Repeated
     * views signal interest in the category for targeting.
     * Identity: customer, entity (category).
     */
    ESAUTI_EVENT_CATEGORY_VIEWED = 56,
    /**
     * `catalog.searched` (version 1): A customer searched the catalog. Searches with no results show
     * demand the shop does not meet yet.
     * Identity: customer.
     */
    ESAUTI_EVENT_CATALOG_SEARCHED = 57,
    /**
     * `catalog.synced` (version 1): A catalog import or feed synchronisation finished, from the shop
     * platform, a spreadsheet or a POS. Product counts say what changed.
     * Identity: entity (catalog).
     */
    ESAUTI_EVENT_CATALOG_SYNCED = 58,
    /**
     * `cart.created` (version 1): A customer's first item went into a new cart. The cart lives until
     * it is checked out or expires.
     * Identity: customer, entity (cart).
     */
    ESAUTI_EVENT_CART_CREATED = 59,
    /**
     * `cart.item_added` (version 1): A customer added a product to the cart, or more units of a
     * product already in it.
     * Identity: customer, entity (cart).
     */
    ESAUTI_EVENT_CART_ITEM_ADDED = 60,
    /**
     * `cart.item_removed` (version 1): A customer removed a product from the cart entirely.
     * Identity: customer, entity (cart).
     */
    ESAUTI_EVENT_CART_ITEM_REMOVED = 61,
    /**
     * `cart.item_updated` (version 1): A customer changed the quantity or the variant (size, colour)
     * of an item already in the cart.
     * Identity: customer, entity (cart).
     */
    ESAUTI_EVENT_CART_ITEM_UPDATED = 62,
    /**
     * `cart.merged` (version 1): A guest cart was merged into the customer's saved cart when they
     * logged in or signed up. Ties anonymous shopping to the known customer.
     * Identity: customer, entity (cart).
     */
    ESAUTI_EVENT_CART_MERGED = 63,
    /**
     * `cart.emptied` (version 1): All items left a cart without an order, because the customer cleared
     * it or the cart expired. Ends any pending cart-recovery journey.
     * Identity: customer, entity (cart).
     */
    ESAUTI_EVENT_CART_EMPTIED = 64,
    /**
     * `cart.abandoned` (version 2): A cart with items saw no activity for the abandonment window (1
     * hour by default) and was not checked out. Starts cart-recovery journeys; version 2 carries the
     * items and a recovery link.
     * Identity: customer, entity (cart).
     */
    ESAUTI_EVENT_CART_ABANDONED = 65,
    /**
     * `cart.recovered` (version 1): A customer came back to an abandoned cart, through a recovery
     * message or on their own, and checked it out.
     * Identity: customer, entity (cart).
     */
    ESAUTI_EVENT_CART_RECOVERED = 66,
    /**
     * `checkout.started` (version 1): A customer began checkout with the cart's contents. Checkouts
     * not completed feed abandonment journeys.
     * Identity: customer, entity (checkout).
     */
    ESAUTI_EVENT_CHECKOUT_STARTED = 67,
    /**
     * `checkout.delivery_selected` (version 1): A customer chose how and where the order is delivered
     * during checkout, giving an address or a pickup point.
     * Identity: customer, entity (checkout).
     */
    ESAUTI_EVENT_CHECKOUT_DELIVERY_SELECTED = 68,
    /**
     * `checkout.payment_method_selected` (version 1): A customer chose how to pay during checkout,
     * such as M-Pesa, card or cash on delivery.
     * Identity: customer, entity (checkout).
     */
    ESAUTI_EVENT_CHECKOUT_PAYMENT_METHOD_SELECTED = 69,
    /**
     * `checkout.completed` (version 1): A checkout finished and turned into an order. The order itself
     * is described by order.created.
     * Identity: customer, entity (checkout).
     */
    ESAUTI_EVENT_CHECKOUT_COMPLETED = 70,
    /**
     * `order.created` (version 1): A customer placed an order, online, by WhatsApp or at a till;
     * payment may still be pending. Fires once per order and starts post-purchase journeys such as the
     * order confirmation message.
     * Identity: customer, entity (order).
     */
    ESAUTI_EVENT_ORDER_CREATED = 71,
    /**
     * `order.confirmed` (version 1): The shop accepted the order and committed to fulfil it, after
     * stock and payment checks or a confirmation call for cash-on-delivery orders.
     * Identity: customer, entity (order).
     */
    ESAUTI_EVENT_ORDER_CONFIRMED = 72,
    /**
     * `order.paid` (version 1): The order was paid in full, by mobile money, card, bank transfer or
     * cash collected on delivery.
     * Identity: customer, entity (order).
     */
    ESAUTI_EVENT_ORDER_PAID = 73,
    /**
     * `order.payment_failed` (version 1): A payment attempt for the order failed or timed out. The
     * order stays unpaid, and a reminder with a new payment link can be sent.
     * Identity: customer, entity (order).
     */
    ESAUTI_EVENT_ORDER_PAYMENT_FAILED = 74,
    /**
     * `order.updated` (version 1): An open order was changed before dispatch, such as lines added or
     * removed, a new delivery address or a different delivery slot.
     * Identity: customer, entity (order).
     */
    ESAUTI_EVENT_ORDER_UPDATED = 75,
    /**
     * `order.packed` (version 1): The order's items were picked and packed and the parcel is waiting
     * for the courier or rider.
     * Identity: customer, entity (order).
     */
    ESAUTI_EVENT_ORDER_PACKED = 76,
    /**
     * `order.shipped` (version 1): The order left the shop with a courier or rider. Carries tracking
     * details for the shipping notification.
     * Identity: customer, entity (order).
     */
    ESAUTI_EVENT_ORDER_SHIPPED = 77,
    /**
     * `order.delivered` (version 1): The order reached the customer or was collected at a pickup
     * point. A good moment to ask for a review.
     * Identity: customer, entity (order).
     */
    ESAUTI_EVENT_ORDER_DELIVERED = 78,
    /**
     * `order.delivery_failed` (version 1): A delivery attempt did not succeed, for example because the
     * customer was unreachable or the address was wrong. Another attempt is usually scheduled.
     * Identity: customer, entity (order).
     */
    ESAUTI_EVENT_ORDER_DELIVERY_FAILED = 79,
    /**
     * `order.cancelled` (version 1): The order was cancelled before delivery, by the customer, the
     * shop or the system (for example unpaid too long). Any payment taken is refunded separately.
     * Identity: customer, entity (order).
     */
    ESAUTI_EVENT_ORDER_CANCELLED = 80,
    /**
     * `order.held` (version 1): The order was put on hold before fulfilment, for a fraud check,
     * missing stock or a customer request. Fulfilment resumes with order.confirmed or stops with
     * order.cancelled.
     * Identity: customer, entity (order).
     */
    ESAUTI_EVENT_ORDER_HELD = 81,
    /**
     * `order.reordered` (version 1): A customer placed a new order by repeating a past one with the
     * reorder button or link. The new order also gets its own order.created.
     * Identity: customer, entity (order).
     */
    ESAUTI_EVENT_ORDER_REORDERED = 82,
    /**
     * `order.refunded` (version 2): Money was paid back to the customer for an order, in part or in
     * full. Version 2 lists the refunded lines and the channel the money went back through.
     * Identity: customer, entity (order).
     */
    ESAUTI_EVENT_ORDER_REFUNDED = 83,
    /**
     * `order.completed` (version 1): The order is closed, delivered and past its return window, with
     * no open returns. Counts toward lifetime value and loyalty.
     * Identity: customer, entity (order).
     */
    ESAUTI_EVENT_ORDER_COMPLETED = 84,
    /**
     * `payment.initiated` (version 1): A payment was started and is waiting for the customer to
     * confirm it, for example an M-Pesa STK push sent to their phone or a card checkout opened. It
     * will be followed by payment.succeeded, payment.failed or payment.cancelled.
     * Identity: customer, entity (payment).
     */
    ESAUTI_EVENT_PAYMENT_INITIATED = 85,
    /**
     * `payment.authorized` (version 1): A card payment was authorized by the issuer and the funds are
     * on hold but not yet captured. Capture normally follows when the order ships.
     * Identity: customer, entity (payment).
     */
    ESAUTI_EVENT_PAYMENT_AUTHORIZED = 86,
    /**
     * `payment.captured` (version 1): Deprecated, use payment.succeeded, which covers captured card
     * payments as well as completed mobile money and bank payments. Fired when a previously authorized
     * card payment was captured.
     * Identity: customer, entity (payment).
     * @deprecated the registry marks this type deprecated
     */
    ESAUTI_EVENT_PAYMENT_CAPTURED = 87,
    /**
     * `payment.succeeded` (version 2): A payment completed and the money was received, whatever the
     * method. Version 2 adds the method, the provider's reference and the processing fee.
     * Identity: customer, entity (payment).
     */
    ESAUTI_EVENT_PAYMENT_SUCCEEDED = 88,
    /**
     * `payment.failed` (version 1): A payment attempt did not go through, for example because the card
     * was declined or the customer did not enter their M-Pesa PIN in time. Useful to trigger a retry
     * reminder.
     * Identity: customer, entity (payment).
     */
    ESAUTI_EVENT_PAYMENT_FAILED = 89,
    /**
     * `payment.cancelled` (version 1): A pending payment was cancelled before it completed, by the
     * customer, the merchant or the system. No money was taken.
     * Identity: customer, entity (payment).
     */
    ESAUTI_EVENT_PAYMENT_CANCELLED = 90,
    /**
     * `payment.method_added` (version 1): A customer saved a payment method (a card, a mobile money
     * number or a bank account) for future payments.
     * Identity: customer, entity (payment_method).
     */
    ESAUTI_EVENT_PAYMENT_METHOD_ADDED = 91,
    /**
     * `payment.method_removed` (version 1): A saved payment method was removed from the customer's
     * account, by them or automatically (for example an expired card).
     * Identity: customer, entity (payment_method).
     */
    ESAUTI_EVENT_PAYMENT_METHOD_REMOVED = 92,
    /**
     * `payment.disputed` (version 1): The customer disputed a completed payment with their bank or
     * provider (a chargeback or reversal request). The merchant may need to submit evidence before the
     * deadline.
     * Identity: customer, entity (payment).
     */
    ESAUTI_EVENT_PAYMENT_DISPUTED = 93,
    /**
     * `refund.requested` (version 1): A refund of all or part of a payment was requested, by the
     * customer or by staff on their behalf. It still has to be processed.
     * Identity: customer, entity (refund).
     */
    ESAUTI_EVENT_REFUND_REQUESTED = 94,
    /**
     * `refund.succeeded` (version 1): A refund was paid out to the customer, to the original payment
     * method, their mobile money number or their eSauti Wallet.
     * Identity: customer, entity (refund).
     */
    ESAUTI_EVENT_REFUND_SUCCEEDED = 95,
    /**
     * `refund.failed` (version 1): A refund could not be paid out, for example because the destination
     * account is invalid or the provider rejected it. It may be retried automatically.
     * Identity: customer, entity (refund).
     */
    ESAUTI_EVENT_REFUND_FAILED = 96,
    /**
     * `invoice.created` (version 1): An invoice was created for the customer and is ready to be sent.
     * Draft invoices that were never finalized do not fire this event.
     * Identity: customer, entity (invoice).
     */
    ESAUTI_EVENT_INVOICE_CREATED = 97,
    /**
     * `invoice.sent` (version 1): An invoice was delivered to the customer by email, SMS or WhatsApp
     * with a link to view and pay it.
     * Identity: customer, entity (invoice).
     */
    ESAUTI_EVENT_INVOICE_SENT = 98,
    /**
     * `invoice.viewed` (version 1): The customer opened the invoice's hosted page. Fires once per
     * viewing session, so repeated views can signal intent to pay.
     * Identity: customer, entity (invoice).
     */
    ESAUTI_EVENT_INVOICE_VIEWED = 99,
    /**
     * `invoice.reminder_sent` (version 1): A payment reminder for an unpaid invoice was sent to the
     * customer, before or after the due date.
     * Identity: customer, entity (invoice).
     */
    ESAUTI_EVENT_INVOICE_REMINDER_SENT = 100,
    /**
     * `invoice.partially_paid` (version 1): A payment was applied to the invoice but a balance
     * remains. The invoice stays open until it is fully paid.
     * Identity: customer, entity (invoice).
     */
    ESAUTI_EVENT_INVOICE_PARTIALLY_PAID = 101,
    /**
     * `invoice.paid` (version 2): The invoice was paid in full and is closed. Version 2 lists all the
     * payments that settled it and whether it was paid after the due date.
     * Identity: customer, entity (invoice).
     */
    ESAUTI_EVENT_INVOICE_PAID = 102,
    /**
     * `invoice.overdue` (version 1): The invoice's due date passed without full payment. Fires once,
     * the day after the due date.
     * Identity: customer, entity (invoice).
     */
    ESAUTI_EVENT_INVOICE_OVERDUE = 103,
    /**
     * `invoice.voided` (version 1): An issued invoice was cancelled and no longer needs to be paid,
     * for example because it was raised in error or replaced by a corrected one.
     * Identity: customer, entity (invoice).
     */
    ESAUTI_EVENT_INVOICE_VOIDED = 104,
    /**
     * `invoice.written_off` (version 1): The merchant gave up collecting an unpaid invoice balance and
     * wrote it off as uncollectible or as a goodwill gesture.
     * Identity: customer, entity (invoice).
     */
    ESAUTI_EVENT_INVOICE_WRITTEN_OFF = 105,
    /**
     * `subscription.created` (version 1): A customer signed up for a subscription plan. The
     * subscription may start with a trial or wait for its first payment before it becomes active.
     * Identity: customer, entity (subscription).
     */
    ESAUTI_EVENT_SUBSCRIPTION_CREATED = 106,
    /**
     * `subscription.trial_started` (version 1): A free trial of a plan began. Pair it with
     * subscription.trial_ended to run trial onboarding and conversion journeys.
     * Identity: customer, entity (subscription).
     */
    ESAUTI_EVENT_SUBSCRIPTION_TRIAL_STARTED = 107,
    /**
     * `subscription.trial_ended` (version 1): A free trial reached its end, and the outcome says
     * whether the customer converted to a paid subscription or not.
     * Identity: customer, entity (subscription).
     */
    ESAUTI_EVENT_SUBSCRIPTION_TRIAL_ENDED = 108,
    /**
     * `subscription.activated` (version 1): The subscription became active after its first successful
     * payment and the customer now has access to the plan's benefits.
     * Identity: customer, entity (subscription).
     */
    ESAUTI_EVENT_SUBSCRIPTION_ACTIVATED = 109,
    /**
     * `subscription.renewed` (version 1): The subscription was charged successfully for a new billing
     * period.
     * Identity: customer, entity (subscription).
     */
    ESAUTI_EVENT_SUBSCRIPTION_RENEWED = 110,
    /**
     * `subscription.renewal_failed` (version 1): The charge for a new billing period failed. The
     * subscription is past due and will be retried, then cancelled if every retry fails.
     * Identity: customer, entity (subscription).
     */
    ESAUTI_EVENT_SUBSCRIPTION_RENEWAL_FAILED = 111,
    /**
     * `subscription.plan_changed` (version 1): The customer moved the subscription to a different plan
     * (an upgrade, a downgrade or a change of billing interval). The change may take effect now or at
     * the next renewal.
     * Identity: customer, entity (subscription).
     */
    ESAUTI_EVENT_SUBSCRIPTION_PLAN_CHANGED = 112,
    /**
     * `subscription.paused` (version 1): Billing and delivery of the subscription were paused, by the
     * customer or the merchant. No charges are made while it is paused.
     * Identity: customer, entity (subscription).
     */
    ESAUTI_EVENT_SUBSCRIPTION_PAUSED = 113,
    /**
     * `subscription.resumed` (version 1): A paused subscription became active again and billing
     * restarted.
     * Identity: customer, entity (subscription).
     */
    ESAUTI_EVENT_SUBSCRIPTION_RESUMED = 114,
    /**
     * `subscription.cancellation_scheduled` (version 1): The customer asked to cancel, and the
     * subscription will end at the end of the current paid period. Until then it can still be saved
     * with a win-back offer.
     * Identity: customer, entity (subscription).
     */
    ESAUTI_EVENT_SUBSCRIPTION_CANCELLATION_SCHEDULED = 115,
    /**
     * `subscription.cancelled` (version 1): The subscription ended before its natural end, at once or
     * at the end of a scheduled cancellation. The customer no longer has access and will not be
     * charged again.
     * Identity: customer, entity (subscription).
     */
    ESAUTI_EVENT_SUBSCRIPTION_CANCELLED = 116,
    /**
     * `subscription.expired` (version 1): A fixed-term or non-renewing subscription reached the end of
     * its term and ended normally.
     * Identity: customer, entity (subscription).
     */
    ESAUTI_EVENT_SUBSCRIPTION_EXPIRED = 117,
    /**
     * `fulfillment.created` (version 1): The items of an order (or part of it) were picked and packed
     * in a warehouse or store and are ready to hand over to a courier or the customer.
     * Identity: customer, entity (fulfillment).
     */
    ESAUTI_EVENT_FULFILLMENT_CREATED = 118,
    /**
     * `fulfillment.cancelled` (version 1): A fulfillment was cancelled before it shipped, so its items
     * will not be sent as planned.
     * Identity: customer, entity (fulfillment).
     */
    ESAUTI_EVENT_FULFILLMENT_CANCELLED = 119,
    /**
     * `shipment.created` (version 1): A shipment was booked with a courier and a tracking number
     * assigned, but the parcel has not left yet.
     * Identity: customer, entity (shipment).
     */
    ESAUTI_EVENT_SHIPMENT_CREATED = 120,
    /**
     * `shipment.dispatched` (version 1): The parcel was handed over to the courier and is on its way
     * to the customer.
     * Identity: customer, entity (shipment).
     */
    ESAUTI_EVENT_SHIPMENT_DISPATCHED = 121,
    /**
     * `shipment.tracking_updated` (version 1): Deprecated, use the specific events
     * (shipment.dispatched, shipment.delayed, shipment.arrived_at_pickup_point,
     * shipment.delivery_failed, shipment.delivered). Fired on every tracking scan reported by the
     * carrier.
     * Identity: customer, entity (shipment).
     * @deprecated the registry marks this type deprecated
     */
    ESAUTI_EVENT_SHIPMENT_TRACKING_UPDATED = 122,
    /**
     * `shipment.delayed` (version 1): The carrier reported that the parcel will arrive later than the
     * estimated delivery date. Use it to warn the customer before they ask.
     * Identity: customer, entity (shipment).
     */
    ESAUTI_EVENT_SHIPMENT_DELAYED = 123,
    /**
     * `shipment.arrived_at_pickup_point` (version 1): The parcel reached the pickup station or parcel
     * locker the customer chose and is ready for collection. The customer is usually sent the pickup
     * code by SMS.
     * Identity: customer.phone, entity (shipment).
     */
    ESAUTI_EVENT_SHIPMENT_ARRIVED_AT_PICKUP_POINT = 124,
    /**
     * `shipment.delivery_failed` (version 1): A delivery attempt did not succeed, for example because
     * nobody was available or the address could not be found. The courier may try again or return the
     * parcel.
     * Identity: customer, entity (shipment).
     */
    ESAUTI_EVENT_SHIPMENT_DELIVERY_FAILED = 125,
    /**
     * `shipment.delivered` (version 2): The parcel was delivered to the customer or collected from a
     * pickup point. Version 2 adds how it was handed over, proof of delivery and any cash collected on
     * delivery.
     * Identity: customer, entity (shipment).
     */
    ESAUTI_EVENT_SHIPMENT_DELIVERED = 126,
    /**
     * `return.requested` (version 1): The customer asked to return items from an order. The request
     * waits for the merchant's approval.
     * Identity: customer, entity (return).
     */
    ESAUTI_EVENT_RETURN_REQUESTED = 127,
    /**
     * `return.approved` (version 1): The merchant approved a return request and told the customer how
     * and by when to send the items back.
     * Identity: customer, entity (return).
     */
    ESAUTI_EVENT_RETURN_APPROVED = 128,
    /**
     * `return.rejected` (version 1): The merchant turned down a return request or refused the items
     * after inspection.
     * Identity: customer, entity (return).
     */
    ESAUTI_EVENT_RETURN_REJECTED = 129,
    /**
     * `return.received` (version 1): The returned items arrived at the merchant's warehouse or store
     * and were inspected.
     * Identity: customer, entity (return).
     */
    ESAUTI_EVENT_RETURN_RECEIVED = 130,
    /**
     * `return.completed` (version 1): The return was closed with a refund, an exchange or store credit
     * given to the customer.
     * Identity: customer, entity (return).
     */
    ESAUTI_EVENT_RETURN_COMPLETED = 131,
    /**
     * `coupon.issued` (version 1): A coupon was issued to a specific customer, for example a personal
     * welcome code or a win-back offer from a campaign.
     * Identity: customer, entity (coupon).
     */
    ESAUTI_EVENT_COUPON_ISSUED = 132,
    /**
     * `coupon.claimed` (version 1): The customer claimed a coupon from a public offer (an SMS keyword,
     * a website pop-up or a social media post), which saved it to their account.
     * Identity: customer, entity (coupon).
     */
    ESAUTI_EVENT_COUPON_CLAIMED = 133,
    /**
     * `coupon.applied` (version 1): The customer applied a valid coupon to their cart at checkout. The
     * order has not been placed yet, so this can feed abandoned-checkout journeys.
     * Identity: customer, entity (coupon).
     */
    ESAUTI_EVENT_COUPON_APPLIED = 134,
    /**
     * `coupon.redeemed` (version 1): An order was placed with the coupon, so the discount was actually
     * used. Counts towards the coupon's usage limit.
     * Identity: customer, entity (coupon).
     */
    ESAUTI_EVENT_COUPON_REDEEMED = 135,
    /**
     * `coupon.redemption_rejected` (version 1): A code the customer entered at checkout was not
     * accepted. The code may not match any coupon, so no coupon entity is given.
     * Identity: customer.
     */
    ESAUTI_EVENT_COUPON_REDEMPTION_REJECTED = 136,
    /**
     * `coupon.expiry_reminder_sent` (version 1): The customer was reminded that an unused coupon is
     * about to expire.
     * Identity: customer, entity (coupon).
     */
    ESAUTI_EVENT_COUPON_EXPIRY_REMINDER_SENT = 137,
    /**
     * `coupon.expired` (version 1): A coupon held by the customer reached its expiry date and can no
     * longer be used.
     * Identity: customer, entity (coupon).
     */
    ESAUTI_EVENT_COUPON_EXPIRED = 138,
    /**
     * `coupon.revoked` (version 1): The merchant or the system withdrew a coupon from the customer
     * before it expired, for example after abuse was detected or because it was issued by mistake.
     * Identity: customer, entity (coupon).
     */
    ESAUTI_EVENT_COUPON_REVOKED = 139,
    /**
     * `loyalty.enrolled` (version 1): The customer joined the loyalty programme and got a member
     * account, possibly with welcome points.
     * Identity: customer.id, entity (loyalty_member).
     */
    ESAUTI_EVENT_LOYALTY_ENROLLED = 140,
    /**
     * `loyalty.points_earned` (version 1): Points were credited to the member's balance, for a
     * purchase or another rewarded action such as a referral or a review.
     * Identity: customer, entity (loyalty_member).
     */
    ESAUTI_EVENT_LOYALTY_POINTS_EARNED = 141,
    /**
     * `loyalty.points_redeemed` (version 1): The member spent points on a reward, such as a discount
     * at checkout, a free product, airtime or wallet credit.
     * Identity: customer, entity (loyalty_member).
     */
    ESAUTI_EVENT_LOYALTY_POINTS_REDEEMED = 142,
    /**
     * `loyalty.points_expired` (version 1): Points the member did not use in time expired and were
     * removed from their balance.
     * Identity: customer, entity (loyalty_member).
     */
    ESAUTI_EVENT_LOYALTY_POINTS_EXPIRED = 143,
    /**
     * `loyalty.tier_upgraded` (version 1): Deprecated, use loyalty.tier_changed, which also reports
     * downgrades. Fired when the member moved up to a higher tier.
     * Identity: customer, entity (loyalty_member).
     * @deprecated the registry marks this type deprecated
     */
    ESAUTI_EVENT_LOYALTY_TIER_UPGRADED = 144,
    /**
     * `loyalty.tier_changed` (version 2): The member moved to a different tier, up or down. Version 2
     * adds the direction, the reason and how long the new tier is held.
     * Identity: customer, entity (loyalty_member).
     */
    ESAUTI_EVENT_LOYALTY_TIER_CHANGED = 145,
    /**
     * `wallet.opened` (version 1): The customer opened an eSauti Wallet, which is linked to their
     * phone number and starts with a zero balance unless a welcome credit is given.
     * Identity: customer.phone, entity (wallet).
     */
    ESAUTI_EVENT_WALLET_OPENED = 146,
    /**
     * `wallet.topped_up` (version 1): Money was added to the wallet, from mobile money, a card or a
     * bank, or as cashback or a refund.
     * Identity: customer, entity (wallet).
     */
    ESAUTI_EVENT_WALLET_TOPPED_UP = 147,
    /**
     * `wallet.top_up_failed` (version 1): An attempt to add money to the wallet failed and the balance
     * is unchanged.
     * Identity: customer, entity (wallet).
     */
    ESAUTI_EVENT_WALLET_TOP_UP_FAILED = 148,
    /**
     * `wallet.debited` (version 1): Money was taken from the wallet to pay for an order, a
     * subscription or an invoice, or to withdraw it.
     * Identity: customer, entity (wallet).
     */
    ESAUTI_EVENT_WALLET_DEBITED = 149,
    /**
     * `wallet.transfer_sent` (version 1): The customer sent money from their wallet to another
     * customer's wallet. The recipient gets a matching wallet.transfer_received.
     * Identity: customer, entity (wallet).
     */
    ESAUTI_EVENT_WALLET_TRANSFER_SENT = 150,
    /**
     * `wallet.transfer_received` (version 1): Money from another customer's wallet arrived in this
     * customer's wallet.
     * Identity: customer, entity (wallet).
     */
    ESAUTI_EVENT_WALLET_TRANSFER_RECEIVED = 151,
    /**
     * `review.requested` (version 1): The customer was asked to review the products of a delivered
     * order or a completed service. Pair it with review.submitted to measure the response rate.
     * Identity: customer, entity (order).
     */
    ESAUTI_EVENT_REVIEW_REQUESTED = 152,
    /**
     * `review.submitted` (version 1): The customer wrote a review with a star rating. It may still be
     * moderated before it is published.
     * Identity: customer, entity (review).
     */
    ESAUTI_EVENT_REVIEW_SUBMITTED = 153,
    /**
     * `review.published` (version 1): A review passed moderation and is now visible on the store.
     * Identity: customer, entity (review).
     */
    ESAUTI_EVENT_REVIEW_PUBLISHED = 154,
    /**
     * `review.rejected` (version 1): A submitted review failed moderation and will not be published.
     * Identity: customer, entity (review).
     */
    ESAUTI_EVENT_REVIEW_REJECTED = 155,
    /**
     * `review.updated` (version 1): The customer edited a review they had written, for example after a
     * problem was resolved.
     * Identity: customer, entity (review).
     */
    ESAUTI_EVENT_REVIEW_UPDATED = 156,
    /**
     * `review.replied` (version 1): The merchant publicly replied to the customer's review. The
     * customer can be notified so they see the reply.
     * Identity: customer, entity (review).
     */
    ESAUTI_EVENT_REVIEW_REPLIED = 157,
    /**
     * `review.deleted` (version 1): A review was removed from the store, by its author, the merchant
     * or a moderator.
     * Identity: customer, entity (review).
     */
    ESAUTI_EVENT_REVIEW_DELETED = 158,
    /**
     * `ticket.created` (version 1): A customer or an agent opened a new support ticket. Fires once per
     * ticket, before any assignment or reply.
     * Identity: customer, entity (ticket).
     */
    ESAUTI_EVENT_TICKET_CREATED = 159,
    /**
     * `ticket.assigned` (version 1): A ticket was assigned or reassigned to an agent or a team. Fires
     * on every change of assignee.
     * Identity: customer, entity (ticket).
     */
    ESAUTI_EVENT_TICKET_ASSIGNED = 160,
    /**
     * `ticket.status_changed` (version 1): The status of a ticket moved from one value to another, for
     * example from open to pending while waiting on the customer.
     * Identity: customer, entity (ticket).
     */
    ESAUTI_EVENT_TICKET_STATUS_CHANGED = 161,
    /**
     * `ticket.agent_replied` (version 1): An agent sent a public reply to the customer on a ticket.
     * Internal notes do not fire this event.
     * Identity: customer, entity (ticket).
     */
    ESAUTI_EVENT_TICKET_AGENT_REPLIED = 162,
    /**
     * `ticket.customer_replied` (version 1): The customer added a message to an existing ticket on any
     * channel. A reply to a solved ticket may also fire ticket.reopened.
     * Identity: customer, entity (ticket).
     */
    ESAUTI_EVENT_TICKET_CUSTOMER_REPLIED = 163,
    /**
     * `ticket.escalated` (version 1): A ticket was escalated to a higher support tier or a supervisor,
     * manually or by an automation rule.
     * Identity: customer, entity (ticket).
     */
    ESAUTI_EVENT_TICKET_ESCALATED = 164,
    /**
     * `ticket.sla_breached` (version 1): A service-level target on a ticket passed without being met,
     * such as the first-response or resolution deadline.
     * Identity: customer, entity (ticket).
     */
    ESAUTI_EVENT_TICKET_SLA_BREACHED = 165,
    /**
     * `ticket.resolved` (version 2): An agent or automation marked the ticket as solved. Version 2
     * adds the resolution code and replaces the free-text resolution with resolution_note.
     * Identity: customer, entity (ticket).
     */
    ESAUTI_EVENT_TICKET_RESOLVED = 166,
    /**
     * `ticket.reopened` (version 1): A solved or closed ticket was opened again, usually because the
     * customer replied or an agent found more work to do.
     * Identity: customer, entity (ticket).
     */
    ESAUTI_EVENT_TICKET_REOPENED = 167,
    /**
     * `ticket.closed` (version 1): A ticket was closed for good and can no longer be reopened;
     * follow-ups create a new ticket.
     * Identity: customer, entity (ticket).
     */
    ESAUTI_EVENT_TICKET_CLOSED = 168,
    /**
     * `ticket.satisfaction_rated` (version 1): The customer answered the satisfaction survey sent
     * after a ticket was solved, giving a rating and optionally a comment.
     * Identity: customer, entity (ticket).
     */
    ESAUTI_EVENT_TICKET_SATISFACTION_RATED = 169,
    /**
     * `email.sent` (version 1): An email was accepted by the sending provider for delivery to the
     * customer. It says nothing yet about whether the mailbox received it.
     * Identity: customer.email, entity (message).
     */
    ESAUTI_EVENT_EMAIL_SENT = 170,
    /**
     * `email.delivered` (version 1): The receiving mail server accepted the email for the customer's
     * mailbox. Delivery does not guarantee it reached the inbox rather than spam.
     * Identity: customer.email, entity (message).
     */
    ESAUTI_EVENT_EMAIL_DELIVERED = 171,
    /**
     * `email.opened` (version 2): The customer opened the email, detected through the tracking pixel.
     * Version 2 adds machine_open to flag opens triggered by mail privacy proxies rather than a
     * person.
     * Identity: customer.email, entity (message).
     */
    ESAUTI_EVENT_EMAIL_OPENED = 172,
    /**
     * `email.clicked` (version 1): The customer clicked a tracked link in the email. Fires once per
     * click, so repeated clicks produce several events.
     * Identity: customer.email, entity (message).
     */
    ESAUTI_EVENT_EMAIL_CLICKED = 173,
    /**
     * `email.bounced` (version 1): The email could not be delivered and the receiving server returned
     * a bounce. Hard bounces suppress the address for future sends.
     * Identity: customer.email, entity (message).
     */
    ESAUTI_EVENT_EMAIL_BOUNCED = 174,
    /**
     * `sms.sent` (version 1): An SMS was handed to the mobile operator or aggregator for delivery to
     * the customer's phone.
     * Identity: customer.phone, entity (message).
     */
    ESAUTI_EVENT_SMS_SENT = 175,
    /**
     * `sms.delivered` (version 1): The operator's delivery report confirmed the SMS reached the
     * customer's handset.
     * Identity: customer.phone, entity (message).
     */
    ESAUTI_EVENT_SMS_DELIVERED = 176,
    /**
     * `sms.failed` (version 1): The SMS could not be delivered, either rejected on sending or reported
     * undeliverable by the operator.
     * Identity: customer.phone, entity (message).
     */
    ESAUTI_EVENT_SMS_FAILED = 177,
    /**
     * `sms.clicked` (version 1): The customer opened a shortened tracked link contained in an SMS.
     * Identity: customer.phone, entity (message).
     */
    ESAUTI_EVENT_SMS_CLICKED = 178,
    /**
     * `sms.opted_out` (version 1): The customer replied with an opt-out keyword such as STOP to an SMS
     * and was unsubscribed from marketing SMS for this sender.
     * Identity: customer.phone, entity (message).
     */
    ESAUTI_EVENT_SMS_OPTED_OUT = 179,
    /**
     * `whatsapp.sent` (version 1): A WhatsApp message was accepted by the WhatsApp Business Platform
     * for delivery to the customer.
     * Identity: customer.phone, entity (message).
     */
    ESAUTI_EVENT_WHATSAPP_SENT = 180,
    /**
     * `whatsapp.delivered` (version 1): WhatsApp reported that the message reached the customer's
     * device (two grey ticks).
     * Identity: customer.phone, entity (message).
     */
    ESAUTI_EVENT_WHATSAPP_DELIVERED = 181,
    /**
     * `whatsapp.read` (version 1): The customer read the WhatsApp message (blue ticks). Not sent when
     * the customer has turned off read receipts.
     * Identity: customer.phone, entity (message).
     */
    ESAUTI_EVENT_WHATSAPP_READ = 182,
    /**
     * `whatsapp.clicked` (version 1): The customer tapped a URL button, quick-reply button or tracked
     * link in a WhatsApp message.
     * Identity: customer.phone, entity (message).
     */
    ESAUTI_EVENT_WHATSAPP_CLICKED = 183,
    /**
     * `whatsapp.failed` (version 1): WhatsApp could not deliver the message, for example because the
     * number has no WhatsApp account or the 24-hour service window had closed.
     * Identity: customer.phone, entity (message).
     */
    ESAUTI_EVENT_WHATSAPP_FAILED = 184,
    /**
     * `push.sent` (version 1): A push notification was handed to the platform push service (FCM or
     * APNs) for one of the customer's devices.
     * Identity: customer, entity (message).
     */
    ESAUTI_EVENT_PUSH_SENT = 185,
    /**
     * `push.delivered` (version 1): The app reported that the push notification was received on the
     * device. Needs the eSauti mobile SDK delivery receipts.
     * Identity: customer, entity (message).
     */
    ESAUTI_EVENT_PUSH_DELIVERED = 186,
    /**
     * `push.opened` (version 1): The customer tapped the push notification and the app was opened from
     * it.
     * Identity: customer, entity (message).
     */
    ESAUTI_EVENT_PUSH_OPENED = 187,
    /**
     * `push.dismissed` (version 1): The customer swiped away the push notification without opening it.
     * Reported by the mobile SDK on Android and web only.
     * Identity: customer, entity (message).
     */
    ESAUTI_EVENT_PUSH_DISMISSED = 188,
    /**
     * `push.failed` (version 1): The push service rejected the notification. An unregistered or
     * invalid token disables the device for future sends.
     * Identity: customer, entity (message).
     */
    ESAUTI_EVENT_PUSH_FAILED = 189,
    /**
     * `campaign.entered` (version 1): A customer entered a campaign or automated journey, either by
     * matching its trigger or by being added to its audience.
     * Identity: customer, entity (campaign).
     */
    ESAUTI_EVENT_CAMPAIGN_ENTERED = 190,
    /**
     * `campaign.variant_assigned` (version 1): The customer was assigned to a variant or to the
     * control group of a campaign A/B test. Fires once per customer and test.
     * Identity: customer, entity (campaign).
     */
    ESAUTI_EVENT_CAMPAIGN_VARIANT_ASSIGNED = 191,
    /**
     * `campaign.step_completed` (version 1): The customer passed one step of a multi-step journey,
     * such as a message send, a wait or a condition split, and moved on to the next.
     * Identity: customer, entity (campaign).
     */
    ESAUTI_EVENT_CAMPAIGN_STEP_COMPLETED = 192,
    /**
     * `campaign.message_suppressed` (version 1): A campaign message that would have gone to the
     * customer was held back, for example by a frequency cap, quiet hours or missing consent.
     * Identity: customer, entity (campaign).
     */
    ESAUTI_EVENT_CAMPAIGN_MESSAGE_SUPPRESSED = 193,
    /**
     * `campaign.goal_reached` (version 1): The customer met the campaign's goal. Deprecated because it
     * carries no revenue or attribution; send campaign.converted instead.
     * Identity: customer, entity (campaign).
     * @deprecated the registry marks this type deprecated
     */
    ESAUTI_EVENT_CAMPAIGN_GOAL_REACHED = 194,
    /**
     * `campaign.converted` (version 2): The customer completed the campaign's conversion goal, such as
     * placing an order, within its attribution window. Version 2 adds revenue and the attributed
     * message.
     * Identity: customer, entity (campaign).
     */
    ESAUTI_EVENT_CAMPAIGN_CONVERTED = 195,
    /**
     * `campaign.unsubscribed` (version 1): The customer unsubscribed through a campaign message,
     * either from that campaign's topic or from all marketing on a channel.
     * Identity: customer, entity (campaign).
     */
    ESAUTI_EVENT_CAMPAIGN_UNSUBSCRIBED = 196,
    /**
     * `campaign.coupon_issued` (version 1): A campaign generated a personal discount code for the
     * customer, usually just before a message that carries it.
     * Identity: customer, entity (campaign).
     */
    ESAUTI_EVENT_CAMPAIGN_COUPON_ISSUED = 197,
    /**
     * `campaign.exited` (version 1): The customer left a campaign or journey, because they finished
     * it, met its goal, matched an exit rule or the campaign was stopped.
     * Identity: customer, entity (campaign).
     */
    ESAUTI_EVENT_CAMPAIGN_EXITED = 198,
    /**
     * `form.viewed` (version 1): A form was displayed to a visitor, either inline on a page or as a
     * popup. Fires once per page view of the form.
     * Identity: customer, entity (form).
     */
    ESAUTI_EVENT_FORM_VIEWED = 199,
    /**
     * `form.started` (version 1): The visitor began filling in a form by focusing or typing in its
     * first field.
     * Identity: customer, entity (form).
     */
    ESAUTI_EVENT_FORM_STARTED = 200,
    /**
     * `form.submitted` (version 2): A visitor submitted a form successfully and the submission was
     * stored. Version 2 moves contact details into a contact object and records marketing consent per
     * channel.
     * Identity: customer, entity (form).
     */
    ESAUTI_EVENT_FORM_SUBMITTED = 201,
    /**
     * `form.abandoned` (version 1): A visitor started a form but left without submitting it. Fires
     * after 30 minutes without activity on the form.
     * Identity: customer, entity (form).
     */
    ESAUTI_EVENT_FORM_ABANDONED = 202,
    /**
     * `form.submission_rejected` (version 1): A form submission was refused by validation, spam
     * protection or a duplicate check, so no contact was created or updated.
     * Identity: customer, entity (form).
     */
    ESAUTI_EVENT_FORM_SUBMISSION_REJECTED = 203,
    /**
     * `survey.sent` (version 1): A survey invitation was sent to the customer, for example an NPS
     * survey a week after delivery or a post-purchase feedback request.
     * Identity: customer, entity (survey).
     */
    ESAUTI_EVENT_SURVEY_SENT = 204,
    /**
     * `survey.started` (version 1): The customer opened the survey and answered its first question.
     * Identity: customer, entity (survey).
     */
    ESAUTI_EVENT_SURVEY_STARTED = 205,
    /**
     * `survey.completed` (version 1): The customer answered every required question and submitted the
     * survey. Carries the score for NPS, CSAT and CES surveys.
     * Identity: customer, entity (survey).
     */
    ESAUTI_EVENT_SURVEY_COMPLETED = 206,
    /**
     * `survey.abandoned` (version 1): The customer started a survey but did not submit it within 24
     * hours. Answers given so far are kept as a partial response.
     * Identity: customer, entity (survey).
     */
    ESAUTI_EVENT_SURVEY_ABANDONED = 207,
    /**
     * `booking.requested` (version 1): A customer asked for a time slot through a booking page,
     * WhatsApp or the phone, and the request is waiting for the business to accept it.
     * Identity: customer, entity (booking).
     */
    ESAUTI_EVENT_BOOKING_REQUESTED = 208,
    /**
     * `booking.confirmed` (version 1): The business accepted a booking request, or it was accepted
     * automatically, and an appointment was put in the calendar.
     * Identity: customer, entity (booking).
     */
    ESAUTI_EVENT_BOOKING_CONFIRMED = 209,
    /**
     * `booking.declined` (version 1): The business turned down a booking request or it expired without
     * an answer, so no appointment was created.
     * Identity: customer, entity (booking).
     */
    ESAUTI_EVENT_BOOKING_DECLINED = 210,
    /**
     * `appointment.scheduled` (version 1): An appointment was put in the business calendar for a
     * customer, from a confirmed booking or entered directly by staff.
     * Identity: customer, entity (appointment).
     */
    ESAUTI_EVENT_APPOINTMENT_SCHEDULED = 211,
    /**
     * `appointment.rescheduled` (version 2): An appointment was moved to another time, staff member or
     * location. Version 2 adds who asked for the change and the previous staff member.
     * Identity: customer, entity (appointment).
     */
    ESAUTI_EVENT_APPOINTMENT_RESCHEDULED = 212,
    /**
     * `appointment.cancelled` (version 1): An appointment was called off by the customer or the
     * business before it took place.
     * Identity: customer, entity (appointment).
     */
    ESAUTI_EVENT_APPOINTMENT_CANCELLED = 213,
    /**
     * `appointment.reminder_sent` (version 1): A reminder for an upcoming appointment was sent to the
     * customer, typically a day and an hour before it starts.
     * Identity: customer, entity (appointment).
     */
    ESAUTI_EVENT_APPOINTMENT_REMINDER_SENT = 214,
    /**
     * `appointment.checked_in` (version 1): The customer arrived for the appointment and was checked
     * in at reception, on a kiosk or through a link.
     * Identity: customer, entity (appointment).
     */
    ESAUTI_EVENT_APPOINTMENT_CHECKED_IN = 215,
    /**
     * `appointment.completed` (version 1): The service was delivered and the appointment was marked as
     * done, with what the customer paid.
     * Identity: customer, entity (appointment).
     */
    ESAUTI_EVENT_APPOINTMENT_COMPLETED = 216,
    /**
     * `appointment.no_show` (version 1): The customer did not turn up for the appointment and did not
     * cancel; staff or an automatic rule marked it as a no-show.
     * Identity: customer, entity (appointment).
     */
    ESAUTI_EVENT_APPOINTMENT_NO_SHOW = 217,
    /**
     * `verify.code_requested` (version 1): An app asked eSauti Verify to start a verification for a
     * customer, which creates a verification with a fresh one-time code.
     * Identity: customer, entity (verification).
     */
    ESAUTI_EVENT_VERIFY_CODE_REQUESTED = 218,
    /**
     * `verify.code_sent` (version 1): The message carrying the one-time code was handed to the channel
     * provider for delivery.
     * Identity: customer, entity (verification).
     */
    ESAUTI_EVENT_VERIFY_CODE_SENT = 219,
    /**
     * `verify.code_resent` (version 1): A new code was sent for an existing verification, because the
     * customer asked again or Verify fell back to another channel.
     * Identity: customer, entity (verification).
     */
    ESAUTI_EVENT_VERIFY_CODE_RESENT = 220,
    /**
     * `verify.code_verified` (version 1): The customer entered the correct code before it expired and
     * the verification succeeded.
     * Identity: customer, entity (verification).
     */
    ESAUTI_EVENT_VERIFY_CODE_VERIFIED = 221,
    /**
     * `verify.code_failed` (version 2): A check was made with a wrong code and was rejected; the
     * verification stays open while attempts remain. Version 2 adds attempts_remaining.
     * Identity: customer, entity (verification).
     */
    ESAUTI_EVENT_VERIFY_CODE_FAILED = 222,
    /**
     * `verify.code_expired` (version 1): The code's validity window ended without a successful check,
     * so the verification was closed as expired.
     * Identity: customer, entity (verification).
     */
    ESAUTI_EVENT_VERIFY_CODE_EXPIRED = 223,
    /**
     * `verify.max_attempts_reached` (version 1): The customer used up the allowed number of wrong
     * checks, so the verification was locked and no further codes are accepted for it.
     * Identity: customer, entity (verification).
     */
    ESAUTI_EVENT_VERIFY_MAX_ATTEMPTS_REACHED = 224,
    /**
     * `verify.delivery_failed` (version 1): The message carrying the code could not be delivered on
     * its channel, for example an unreachable number or a bounced email. Verify may fall back to
     * another channel.
     * Identity: customer, entity (verification).
     */
    ESAUTI_EVENT_VERIFY_DELIVERY_FAILED = 225,
} esauti_event_type;

/** Number of event types (ESAUTI_EVENT_UNKNOWN not counted). */
#define ESAUTI_EVENT_TYPE_COUNT 225
/** Largest encoded event (the whole envelope) the SDK sends, in bytes. */
#define ESAUTI_MAX_EVENT_BYTES 32768

/** Who and what an event is about; see apic_event_identity. */
typedef apic_event_identity esauti_event_identity;
/** Per-event choices (id, occurred_at, source); see apic_event_options. May be NULL. */
typedef apic_event_options esauti_event_options;

/**
 * Completion of the asynchronous sends (esauti_events_send_<type>_async()): called exactly once,
 * later, on the client's loop thread (apic/async.h).
 * @param user_data as given to the send
 * @param rc 0, or what the blocking send would have returned; APIC_E_CANCELLED when the call was
 * cancelled (apic_async_cancel(), or the client freed first)
 * @param receipt on success the event's receipt, owned by the callback (esauti_event_receipt_free() it);
 * NULL otherwise
 * @param err the call's error, as the blocking send fills it; valid until the callback returns
 */
typedef void (*esauti_event_sent_callback)(void *user_data, int rc, esauti_event_receipt *receipt, esauti_error *err);

/** The registry, for the generic functions of apic/events.h. */
APIC_EXPORT extern const apic_event_registry esauti_event_registry;

/** The registry name of type ("order.created"), or NULL when type is not one of this registry. */
APIC_EXPORT const char *esauti_event_type_name(esauti_event_type type);
/** The constant of the type called name, or ESAUTI_EVENT_UNKNOWN. A binary search: no allocation. */
APIC_EXPORT esauti_event_type esauti_event_type_from_name(const char *name);

/**
 * Sends an event whose data is JSON text (a NUL-terminated object): checked against the
 * type's data struct like a typed send (members this SDK does not know are kept).
 * @return 0, APIC_E_ARG for a type that is not one of the registry, APIC_E_VALIDATION (nothing
 * sent), or the errors of a call; on success *receipt (esauti_event_receipt_free() it) when receipt is not NULL
 */
APIC_EXPORT int esauti_events_send(esauti_client *client, esauti_event_type type, const esauti_event_identity *identity,
                                   const char *data_json, const esauti_event_options *opts,
                                   esauti_event_receipt **receipt, esauti_error *err);

/**
 * esauti_events_send() by type name. A name this SDK version does not know is sent too, after
 * checking its shape only (`entity.action`, and data a JSON object), so a newer server's
 * types can be used before the SDK is regenerated.
 */
APIC_EXPORT int esauti_events_send_named(esauti_client *client, const char *type_name,
                                         const esauti_event_identity *identity, const char *data_json,
                                         const esauti_event_options *opts, esauti_event_receipt **receipt,
                                         esauti_error *err);

/**
 * Sends the records of a dead-letter file again (events through the events endpoint, any other
 * request as recorded), with their original idempotency keys and this client's credentials, and
 * leaves in the file only those that still fail; see apic_dead_letter_replay().
 */
APIC_EXPORT int esauti_dead_letter_replay(esauti_client *client, const char *path, apic_replay_report *report,
                                          esauti_error *err);

/*
 * The background queue: enqueue now, delivered in batches by one thread per client.
 *
 * esauti_queue_config q = ESAUTI_QUEUE_CONFIG_INIT;      // 10,000 events, batches of 100 or 500 KB, every 5 s
 * esauti_events_queue_start(client, &q, &err);           // needs cfg.dead_letter on the client
 * esauti_events_enqueue_order_created(client, &who, &data, NULL, &err);   // checked here, sent later
 * esauti_events_flush(client, 5000, &err);               // what was enqueued so far is delivered or dead-lettered
 * esauti_client_free(client);                           // closes the queue: drains, then spools the rest
 */

/** Queue settings (bounds, batches, interval, overflow policy); see apic_queue_config. */
typedef apic_queue_config esauti_queue_config;
/** The queue's books (enqueued, delivered, dead-lettered, high-water marks, ...); see apic_queue_stats. */
typedef apic_queue_stats esauti_queue_stats;
/**
 * The defaults: at most 10,000 events and 16 MiB queued; batches of at most 100 events (and
 * at most 100, the batch operation's limit) or 500 KB, sent when full or every 5 s;
 * a full queue makes enqueue wait up to 1 s and then fail with APIC_E_FULL; esauti_client_free()
 * gives a running queue 10 s to drain.
 */
#define ESAUTI_QUEUE_CONFIG_INIT APIC_QUEUE_CONFIG_INIT

/**
 * Starts the client's background queue. From then on the enqueue functions below check an
 * event, queue it and return; one thread posts the queued events in batches to
 * esauti_events_ingest_batch() (`POST` to config.events_endpoint + "/batch", at most 100 per batch),
 * with the client's retry policy and one idempotency key per batch, the same on every retry.
 * Nothing is dropped silently: an event whose batch fails for good, that the server refuses
 * in its receipt, or that is still queued when the queue closes is written to the client's
 * dead-letter sink as a record of its own (its id is its idempotency key), for
 * esauti_dead_letter_replay() to send again one by one. So the client needs cfg.dead_letter.
 * The queue runs until esauti_events_queue_close() or esauti_client_free(). After fork(), the
 * child's copy cannot send: its enqueue returns APIC_E_STATE (see apic/queue.h).
 * @param client a client from esauti_client_new() with a dead-letter sink (cfg.dead_letter)
 * @param cfg the queue's settings, or NULL for ESAUTI_QUEUE_CONFIG_INIT
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_CONFIG (no dead-letter sink, or a setting err names); APIC_E_STATE (already
 *         running, or in a fork()ed child); APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_queue_start(esauti_client *client, const esauti_queue_config *cfg, esauti_error *err);

/**
 * Queues an event whose data is JSON text, checked like esauti_events_send() on the caller's
 * thread: any error is returned at once and nothing is queued. No network I/O happens here.
 * @param client a client whose queue runs (esauti_events_queue_start())
 * @param type the event's type
 * @param identity who and what the event is about; the type's identity keys are required
 * @param data_json the event's data: a NUL-terminated JSON object, copied
 * @param opts id, occurred_at or source; opts->retry must be NULL (batches use the client's policy); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_ARG (a type that is not one of the registry, opts->retry set);
 *         APIC_E_VALIDATION (err names the field); APIC_E_STATE (no running queue);
 *         APIC_E_FULL (no room: err->retryable true means you still hold the event, false that it
 *         was dead-lettered at once, as APIC_QUEUE_OVERFLOW_DEAD_LETTER asks); APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_enqueue(esauti_client *client, esauti_event_type type,
                                      const esauti_event_identity *identity, const char *data_json,
                                      const esauti_event_options *opts, esauti_error *err);

/** esauti_events_enqueue() by type name; a name this SDK does not know is checked for shape only. */
APIC_EXPORT int esauti_events_enqueue_named(esauti_client *client, const char *type_name,
                                            const esauti_event_identity *identity, const char *data_json,
                                            const esauti_event_options *opts, esauti_error *err);

/**
 * Sends what is queued without waiting for batches to fill, and waits until every event
 * enqueued before the call is delivered or dead-lettered.
 * @param client the client whose queue to flush
 * @param timeout_ms the longest wait; 0 = do not wait; APIC_QUEUE_WAIT_FOREVER = no limit
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_TIMEOUT (err counts the events still on their way); APIC_E_STATE in a fork()ed child
 */
APIC_EXPORT int esauti_events_flush(esauti_client *client, long timeout_ms, esauti_error *err);

/**
 * Closes the queue: enqueue is refused from now on, the queued events are sent for up to
 * timeout_ms, then the thread stops and every event still undelivered is written to the
 * dead-letter sink (the spool). The queue can be started again. esauti_client_free() does this
 * with the queue's close_timeout_ms.
 * @return 0 (also when no queue runs); APIC_E_TIMEOUT when events were spooled;
 *         APIC_E_TRANSPORT when some could not be written (lost, and logged)
 */
APIC_EXPORT int esauti_events_queue_close(esauti_client *client, long timeout_ms, esauti_error *err);

/**
 * Reads the queue's books; safe at any time from any thread. They always balance:
 * enqueued == delivered + dead_lettered + lost + queued.
 */
APIC_EXPORT void esauti_events_queue_stats(const esauti_client *client, esauti_queue_stats *out);

/**
 * Sends a `customer.created` event (version 1).
 *
 * A new customer profile was created, by signup, import, checkout or an API call. Fires once per
 * profile, before any other event about the customer.
 *
 * Identity: customer.
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_customer_created_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_customer_created(esauti_client *client, const esauti_event_identity *identity,
                                                    const esauti_customer_created_data *data,
                                                    const esauti_event_options *opts, esauti_event_receipt **receipt,
                                                    esauti_error *err);

/**
 * esauti_events_send_customer_created() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_customer_created_async(esauti_client *client, const esauti_event_identity *identity,
                                                          const esauti_customer_created_data *data,
                                                          const esauti_event_options *opts,
                                                          esauti_event_sent_callback callback, void *user_data,
                                                          apic_async_call **call, esauti_error *err);

/**
 * Queues a `customer.created` event: checked now like esauti_events_send_customer_created(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_customer_created(esauti_client *client, const esauti_event_identity *identity,
                                                       const esauti_customer_created_data *data,
                                                       const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `customer.updated` event (version 2).
 *
 * One or more fields of a customer profile changed. Version 2 lists the changed field names and
 * their new values instead of resending the whole profile.
 *
 * Identity: customer.
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_customer_updated_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_customer_updated(esauti_client *client, const esauti_event_identity *identity,
                                                    const esauti_customer_updated_data *data,
                                                    const esauti_event_options *opts, esauti_event_receipt **receipt,
                                                    esauti_error *err);

/**
 * esauti_events_send_customer_updated() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_customer_updated_async(esauti_client *client, const esauti_event_identity *identity,
                                                          const esauti_customer_updated_data *data,
                                                          const esauti_event_options *opts,
                                                          esauti_event_sent_callback callback, void *user_data,
                                                          apic_async_call **call, esauti_error *err);

/**
 * Queues a `customer.updated` event: checked now like esauti_events_send_customer_updated(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_customer_updated(esauti_client *client, const esauti_event_identity *identity,
                                                       const esauti_customer_updated_data *data,
                                                       const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `customer.deleted` event (version 1).
 *
 * A customer profile was deleted, at the customer's request or by staff. Downstream systems should
 * erase or anonymise the customer's personal data.
 *
 * Identity: customer.id.
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_customer_deleted_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_customer_deleted(esauti_client *client, const esauti_event_identity *identity,
                                                    const esauti_customer_deleted_data *data,
                                                    const esauti_event_options *opts, esauti_event_receipt **receipt,
                                                    esauti_error *err);

/**
 * esauti_events_send_customer_deleted() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_customer_deleted_async(esauti_client *client, const esauti_event_identity *identity,
                                                          const esauti_customer_deleted_data *data,
                                                          const esauti_event_options *opts,
                                                          esauti_event_sent_callback callback, void *user_data,
                                                          apic_async_call **call, esauti_error *err);

/**
 * Queues a `customer.deleted` event: checked now like esauti_events_send_customer_deleted(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_customer_deleted(esauti_client *client, const esauti_event_identity *identity,
                                                       const esauti_customer_deleted_data *data,
                                                       const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `customer.merged` event (version 1).
 *
 * Duplicate customer profiles were merged into one surviving profile. The identity names the
 * surviving customer; the merged ids no longer receive events.
 *
 * Identity: customer.id.
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_customer_merged_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_customer_merged(esauti_client *client, const esauti_event_identity *identity,
                                                   const esauti_customer_merged_data *data,
                                                   const esauti_event_options *opts, esauti_event_receipt **receipt,
                                                   esauti_error *err);

/**
 * esauti_events_send_customer_merged() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_customer_merged_async(esauti_client *client, const esauti_event_identity *identity,
                                                         const esauti_customer_merged_data *data,
                                                         const esauti_event_options *opts,
                                                         esauti_event_sent_callback callback, void *user_data,
                                                         apic_async_call **call, esauti_error *err);

/**
 * Queues a `customer.merged` event: checked now like esauti_events_send_customer_merged(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_customer_merged(esauti_client *client, const esauti_event_identity *identity,
                                                      const esauti_customer_merged_data *data,
                                                      const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `customer.tagged` event (version 1).
 *
 * A tag was added to a customer profile, by hand or by an automation rule. Tags can start journeys
 * and define segments.
 *
 * Identity: customer.
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_customer_tagged_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_customer_tagged(esauti_client *client, const esauti_event_identity *identity,
                                                   const esauti_customer_tagged_data *data,
                                                   const esauti_event_options *opts, esauti_event_receipt **receipt,
                                                   esauti_error *err);

/**
 * esauti_events_send_customer_tagged() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_customer_tagged_async(esauti_client *client, const esauti_event_identity *identity,
                                                         const esauti_customer_tagged_data *data,
                                                         const esauti_event_options *opts,
                                                         esauti_event_sent_callback callback, void *user_data,
                                                         apic_async_call **call, esauti_error *err);

/**
 * Queues a `customer.tagged` event: checked now like esauti_events_send_customer_tagged(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_customer_tagged(esauti_client *client, const esauti_event_identity *identity,
                                                      const esauti_customer_tagged_data *data,
                                                      const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `customer.untagged` event (version 1).
 *
 * A tag was removed from a customer profile. Journeys waiting on the tag stop for this customer.
 *
 * Identity: customer.
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_customer_untagged_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_customer_untagged(esauti_client *client, const esauti_event_identity *identity,
                                                     const esauti_customer_untagged_data *data,
                                                     const esauti_event_options *opts, esauti_event_receipt **receipt,
                                                     esauti_error *err);

/**
 * esauti_events_send_customer_untagged() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_customer_untagged_async(esauti_client *client, const esauti_event_identity *identity,
                                                           const esauti_customer_untagged_data *data,
                                                           const esauti_event_options *opts,
                                                           esauti_event_sent_callback callback, void *user_data,
                                                           apic_async_call **call, esauti_error *err);

/**
 * Queues a `customer.untagged` event: checked now like esauti_events_send_customer_untagged(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_customer_untagged(esauti_client *client, const esauti_event_identity *identity,
                                                        const esauti_customer_untagged_data *data,
                                                        const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `customer.segment_entered` event (version 1).
 *
 * A customer started matching a segment's conditions and joined it. Fires when segment membership
 * is re-evaluated, not on every profile change.
 *
 * Identity: customer.
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_customer_segment_entered_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_customer_segment_entered(esauti_client *client,
                                                            const esauti_event_identity *identity,
                                                            const esauti_customer_segment_entered_data *data,
                                                            const esauti_event_options *opts,
                                                            esauti_event_receipt **receipt, esauti_error *err);

/**
 * esauti_events_send_customer_segment_entered() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_customer_segment_entered_async(esauti_client *client,
                                                                  const esauti_event_identity *identity,
                                                                  const esauti_customer_segment_entered_data *data,
                                                                  const esauti_event_options *opts,
                                                                  esauti_event_sent_callback callback, void *user_data,
                                                                  apic_async_call **call, esauti_error *err);

/**
 * Queues a `customer.segment_entered` event: checked now like esauti_events_send_customer_segment_entered(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_customer_segment_entered(esauti_client *client,
                                                               const esauti_event_identity *identity,
                                                               const esauti_customer_segment_entered_data *data,
                                                               const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `customer.segment_exited` event (version 1).
 *
 * A customer stopped matching a segment's conditions and left it, or was removed by hand.
 *
 * Identity: customer.
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_customer_segment_exited_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_customer_segment_exited(esauti_client *client, const esauti_event_identity *identity,
                                                           const esauti_customer_segment_exited_data *data,
                                                           const esauti_event_options *opts,
                                                           esauti_event_receipt **receipt, esauti_error *err);

/**
 * esauti_events_send_customer_segment_exited() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_customer_segment_exited_async(esauti_client *client,
                                                                 const esauti_event_identity *identity,
                                                                 const esauti_customer_segment_exited_data *data,
                                                                 const esauti_event_options *opts,
                                                                 esauti_event_sent_callback callback, void *user_data,
                                                                 apic_async_call **call, esauti_error *err);

/**
 * Queues a `customer.segment_exited` event: checked now like esauti_events_send_customer_segment_exited(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_customer_segment_exited(esauti_client *client,
                                                              const esauti_event_identity *identity,
                                                              const esauti_customer_segment_exited_data *data,
                                                              const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `contact.subscribed` event (version 1).
 *
 * A customer gave consent to receive marketing on a channel (email, SMS, WhatsApp or push). Only
 * subscribed channels may receive marketing messages.
 *
 * Identity: customer.
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_contact_subscribed_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_contact_subscribed(esauti_client *client, const esauti_event_identity *identity,
                                                      const esauti_contact_subscribed_data *data,
                                                      const esauti_event_options *opts, esauti_event_receipt **receipt,
                                                      esauti_error *err);

/**
 * esauti_events_send_contact_subscribed() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_contact_subscribed_async(esauti_client *client,
                                                            const esauti_event_identity *identity,
                                                            const esauti_contact_subscribed_data *data,
                                                            const esauti_event_options *opts,
                                                            esauti_event_sent_callback callback, void *user_data,
                                                            apic_async_call **call, esauti_error *err);

/**
 * Queues a `contact.subscribed` event: checked now like esauti_events_send_contact_subscribed(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_contact_subscribed(esauti_client *client, const esauti_event_identity *identity,
                                                         const esauti_contact_subscribed_data *data,
                                                         const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `contact.unsubscribed` event (version 1).
 *
 * A customer withdrew marketing consent on a channel, by link, STOP reply or request. No more
 * marketing may be sent on that channel; transactional messages still may.
 *
 * Identity: customer.
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_contact_unsubscribed_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_contact_unsubscribed(esauti_client *client, const esauti_event_identity *identity,
                                                        const esauti_contact_unsubscribed_data *data,
                                                        const esauti_event_options *opts,
                                                        esauti_event_receipt **receipt, esauti_error *err);

/**
 * esauti_events_send_contact_unsubscribed() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_contact_unsubscribed_async(esauti_client *client,
                                                              const esauti_event_identity *identity,
                                                              const esauti_contact_unsubscribed_data *data,
                                                              const esauti_event_options *opts,
                                                              esauti_event_sent_callback callback, void *user_data,
                                                              apic_async_call **call, esauti_error *err);

/**
 * Queues a `contact.unsubscribed` event: checked now like esauti_events_send_contact_unsubscribed(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_contact_unsubscribed(esauti_client *client, const esauti_event_identity *identity,
                                                           const esauti_contact_unsubscribed_data *data,
                                                           const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `contact.preferences_updated` event (version 1).
 *
 * A customer changed their communication preferences in the preference centre, such as topics,
 * message frequency or quiet hours. Subscriptions per channel have their own events.
 *
 * Identity: customer.
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_contact_preferences_updated_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_contact_preferences_updated(esauti_client *client,
                                                               const esauti_event_identity *identity,
                                                               const esauti_contact_preferences_updated_data *data,
                                                               const esauti_event_options *opts,
                                                               esauti_event_receipt **receipt, esauti_error *err);

/**
 * esauti_events_send_contact_preferences_updated() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_contact_preferences_updated_async(esauti_client *client,
                                                                     const esauti_event_identity *identity,
                                                                     const esauti_contact_preferences_updated_data *data,
                                                                     const esauti_event_options *opts,
                                                                     esauti_event_sent_callback callback,
                                                                     void *user_data, apic_async_call **call,
                                                                     esauti_error *err);

/**
 * Queues a `contact.preferences_updated` event: checked now like esauti_events_send_contact_preferences_updated(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_contact_preferences_updated(esauti_client *client,
                                                                  const esauti_event_identity *identity,
                                                                  const esauti_contact_preferences_updated_data *data,
                                                                  const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `contact.phone_verified` event (version 1).
 *
 * The customer proved ownership of a mobile number by entering a one-time code sent by SMS or
 * WhatsApp. The number can then be used for login and transactional SMS.
 *
 * Identity: customer.phone.
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_contact_phone_verified_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_contact_phone_verified(esauti_client *client, const esauti_event_identity *identity,
                                                          const esauti_contact_phone_verified_data *data,
                                                          const esauti_event_options *opts,
                                                          esauti_event_receipt **receipt, esauti_error *err);

/**
 * esauti_events_send_contact_phone_verified() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_contact_phone_verified_async(esauti_client *client,
                                                                const esauti_event_identity *identity,
                                                                const esauti_contact_phone_verified_data *data,
                                                                const esauti_event_options *opts,
                                                                esauti_event_sent_callback callback, void *user_data,
                                                                apic_async_call **call, esauti_error *err);

/**
 * Queues a `contact.phone_verified` event: checked now like esauti_events_send_contact_phone_verified(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_contact_phone_verified(esauti_client *client,
                                                             const esauti_event_identity *identity,
                                                             const esauti_contact_phone_verified_data *data,
                                                             const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `lead.captured` event (version 1).
 *
 * A new lead was captured from a web form, a lead ad, a WhatsApp chat or a walk-in. The lead is
 * linked to a customer profile, created if needed.
 *
 * Identity: customer, entity (lead).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_lead_captured_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_lead_captured(esauti_client *client, const esauti_event_identity *identity,
                                                 const esauti_lead_captured_data *data,
                                                 const esauti_event_options *opts, esauti_event_receipt **receipt,
                                                 esauti_error *err);

/**
 * esauti_events_send_lead_captured() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_lead_captured_async(esauti_client *client, const esauti_event_identity *identity,
                                                       const esauti_lead_captured_data *data,
                                                       const esauti_event_options *opts,
                                                       esauti_event_sent_callback callback, void *user_data,
                                                       apic_async_call **call, esauti_error *err);

/**
 * Queues a `lead.captured` event: checked now like esauti_events_send_lead_captured(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_lead_captured(esauti_client *client, const esauti_event_identity *identity,
                                                    const esauti_lead_captured_data *data,
                                                    const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `lead.updated` event (version 1).
 *
 * Details of an open lead changed, such as its interest, estimated value or notes. Status changes
 * have their own events.
 *
 * Identity: customer, entity (lead).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_lead_updated_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_lead_updated(esauti_client *client, const esauti_event_identity *identity,
                                                const esauti_lead_updated_data *data, const esauti_event_options *opts,
                                                esauti_event_receipt **receipt, esauti_error *err);

/**
 * esauti_events_send_lead_updated() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_lead_updated_async(esauti_client *client, const esauti_event_identity *identity,
                                                      const esauti_lead_updated_data *data,
                                                      const esauti_event_options *opts,
                                                      esauti_event_sent_callback callback, void *user_data,
                                                      apic_async_call **call, esauti_error *err);

/**
 * Queues a `lead.updated` event: checked now like esauti_events_send_lead_updated(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_lead_updated(esauti_client *client, const esauti_event_identity *identity,
                                                   const esauti_lead_updated_data *data,
                                                   const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `lead.assigned` event (version 1).
 *
 * A lead was assigned to a sales agent or team, by a routing rule or by hand. The agent is
 * expected to make first contact.
 *
 * Identity: customer, entity (lead).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_lead_assigned_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_lead_assigned(esauti_client *client, const esauti_event_identity *identity,
                                                 const esauti_lead_assigned_data *data,
                                                 const esauti_event_options *opts, esauti_event_receipt **receipt,
                                                 esauti_error *err);

/**
 * esauti_events_send_lead_assigned() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_lead_assigned_async(esauti_client *client, const esauti_event_identity *identity,
                                                       const esauti_lead_assigned_data *data,
                                                       const esauti_event_options *opts,
                                                       esauti_event_sent_callback callback, void *user_data,
                                                       apic_async_call **call, esauti_error *err);

/**
 * Queues a `lead.assigned` event: checked now like esauti_events_send_lead_assigned(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_lead_assigned(esauti_client *client, const esauti_event_identity *identity,
                                                    const esauti_lead_assigned_data *data,
                                                    const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `lead.scored` event (version 2).
 *
 * A lead's score was recalculated after new activity or a scoring-model change. Version 2 splits
 * the score into fit and engagement parts.
 *
 * Identity: customer, entity (lead).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_lead_scored_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_lead_scored(esauti_client *client, const esauti_event_identity *identity,
                                               const esauti_lead_scored_data *data, const esauti_event_options *opts,
                                               esauti_event_receipt **receipt, esauti_error *err);

/**
 * esauti_events_send_lead_scored() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_lead_scored_async(esauti_client *client, const esauti_event_identity *identity,
                                                     const esauti_lead_scored_data *data,
                                                     const esauti_event_options *opts,
                                                     esauti_event_sent_callback callback, void *user_data,
                                                     apic_async_call **call, esauti_error *err);

/**
 * Queues a `lead.scored` event: checked now like esauti_events_send_lead_scored(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_lead_scored(esauti_client *client, const esauti_event_identity *identity,
                                                  const esauti_lead_scored_data *data, const esauti_event_options *opts,
                                                  esauti_error *err);

/**
 * Sends a `lead.contacted` event (version 1).
 *
 * A sales agent reached out to a lead by call, SMS, WhatsApp, email or visit. Fires for every
 * logged attempt, successful or not.
 *
 * Identity: customer, entity (lead).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_lead_contacted_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_lead_contacted(esauti_client *client, const esauti_event_identity *identity,
                                                  const esauti_lead_contacted_data *data,
                                                  const esauti_event_options *opts, esauti_event_receipt **receipt,
                                                  esauti_error *err);

/**
 * esauti_events_send_lead_contacted() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_lead_contacted_async(esauti_client *client, const esauti_event_identity *identity,
                                                        const esauti_lead_contacted_data *data,
                                                        const esauti_event_options *opts,
                                                        esauti_event_sent_callback callback, void *user_data,
                                                        apic_async_call **call, esauti_error *err);

/**
 * Queues a `lead.contacted` event: checked now like esauti_events_send_lead_contacted(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_lead_contacted(esauti_client *client, const esauti_event_identity *identity,
                                                     const esauti_lead_contacted_data *data,
                                                     const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `lead.qualified` event (version 1).
 *
 * A lead was judged sales-ready, by an agent or by reaching the score threshold. Qualified leads
 * are usually turned into deals or quotes.
 *
 * Identity: customer, entity (lead).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_lead_qualified_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_lead_qualified(esauti_client *client, const esauti_event_identity *identity,
                                                  const esauti_lead_qualified_data *data,
                                                  const esauti_event_options *opts, esauti_event_receipt **receipt,
                                                  esauti_error *err);

/**
 * esauti_events_send_lead_qualified() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_lead_qualified_async(esauti_client *client, const esauti_event_identity *identity,
                                                        const esauti_lead_qualified_data *data,
                                                        const esauti_event_options *opts,
                                                        esauti_event_sent_callback callback, void *user_data,
                                                        apic_async_call **call, esauti_error *err);

/**
 * Queues a `lead.qualified` event: checked now like esauti_events_send_lead_qualified(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_lead_qualified(esauti_client *client, const esauti_event_identity *identity,
                                                     const esauti_lead_qualified_data *data,
                                                     const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `lead.disqualified` event (version 1).
 *
 * A lead was ruled out before any sale, for example as spam, out of area or without budget. It
 * leaves the sales pipeline but the customer profile stays.
 *
 * Identity: customer, entity (lead).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_lead_disqualified_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_lead_disqualified(esauti_client *client, const esauti_event_identity *identity,
                                                     const esauti_lead_disqualified_data *data,
                                                     const esauti_event_options *opts, esauti_event_receipt **receipt,
                                                     esauti_error *err);

/**
 * esauti_events_send_lead_disqualified() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_lead_disqualified_async(esauti_client *client, const esauti_event_identity *identity,
                                                           const esauti_lead_disqualified_data *data,
                                                           const esauti_event_options *opts,
                                                           esauti_event_sent_callback callback, void *user_data,
                                                           apic_async_call **call, esauti_error *err);

/**
 * Queues a `lead.disqualified` event: checked now like esauti_events_send_lead_disqualified(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_lead_disqualified(esauti_client *client, const esauti_event_identity *identity,
                                                        const esauti_lead_disqualified_data *data,
                                                        const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `lead.converted` event (version 1).
 *
 * A lead became a paying customer, with an order, deal or subscription. Closes the lead as won.
 *
 * Identity: customer, entity (lead).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_lead_converted_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_lead_converted(esauti_client *client, const esauti_event_identity *identity,
                                                  const esauti_lead_converted_data *data,
                                                  const esauti_event_options *opts, esauti_event_receipt **receipt,
                                                  esauti_error *err);

/**
 * esauti_events_send_lead_converted() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_lead_converted_async(esauti_client *client, const esauti_event_identity *identity,
                                                        const esauti_lead_converted_data *data,
                                                        const esauti_event_options *opts,
                                                        esauti_event_sent_callback callback, void *user_data,
                                                        apic_async_call **call, esauti_error *err);

/**
 * Queues a `lead.converted` event: checked now like esauti_events_send_lead_converted(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_lead_converted(esauti_client *client, const esauti_event_identity *identity,
                                                     const esauti_lead_converted_data *data,
                                                     const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `lead.lost` event (version 1).
 *
 * A qualified lead was closed without a sale, for example to a competitor or on price. Closes the
 * lead as lost.
 *
 * Identity: customer, entity (lead).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_lead_lost_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_lead_lost(esauti_client *client, const esauti_event_identity *identity,
                                             const esauti_lead_lost_data *data, const esauti_event_options *opts,
                                             esauti_event_receipt **receipt, esauti_error *err);

/**
 * esauti_events_send_lead_lost() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_lead_lost_async(esauti_client *client, const esauti_event_identity *identity,
                                                   const esauti_lead_lost_data *data, const esauti_event_options *opts,
                                                   esauti_event_sent_callback callback, void *user_data,
                                                   apic_async_call **call, esauti_error *err);

/**
 * Queues a `lead.lost` event: checked now like esauti_events_send_lead_lost(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_lead_lost(esauti_client *client, const esauti_event_identity *identity,
                                                const esauti_lead_lost_data *data, const esauti_event_options *opts,
                                                esauti_error *err);

/**
 * Sends a `lead.status_changed` event (version 1).
 *
 * A lead moved from one pipeline status to another. Deprecated in favour of lead.qualified,
 * lead.disqualified, lead.converted and lead.lost; still accepted for older integrations.
 *
 * Identity: customer, entity (lead).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_lead_status_changed_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 * @deprecated the registry marks this type deprecated
 */
APIC_EXPORT int esauti_events_send_lead_status_changed(esauti_client *client, const esauti_event_identity *identity,
                                                       const esauti_lead_status_changed_data *data,
                                                       const esauti_event_options *opts, esauti_event_receipt **receipt,
                                                       esauti_error *err);

/**
 * esauti_events_send_lead_status_changed() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_lead_status_changed_async(esauti_client *client,
                                                             const esauti_event_identity *identity,
                                                             const esauti_lead_status_changed_data *data,
                                                             const esauti_event_options *opts,
                                                             esauti_event_sent_callback callback, void *user_data,
                                                             apic_async_call **call, esauti_error *err);

/**
 * Queues a `lead.status_changed` event: checked now like esauti_events_send_lead_status_changed(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_lead_status_changed(esauti_client *client, const esauti_event_identity *identity,
                                                          const esauti_lead_status_changed_data *data,
                                                          const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `account.created` event (version 1).
 *
 * A customer registered a login account in the shop or app. The customer profile may already
 * exist, from an earlier guest checkout for example.
 *
 * Identity: customer.
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_account_created_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_account_created(esauti_client *client, const esauti_event_identity *identity,
                                                   const esauti_account_created_data *data,
                                                   const esauti_event_options *opts, esauti_event_receipt **receipt,
                                                   esauti_error *err);

/**
 * esauti_events_send_account_created() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_account_created_async(esauti_client *client, const esauti_event_identity *identity,
                                                         const esauti_account_created_data *data,
                                                         const esauti_event_options *opts,
                                                         esauti_event_sent_callback callback, void *user_data,
                                                         apic_async_call **call, esauti_error *err);

/**
 * Queues a `account.created` event: checked now like esauti_events_send_account_created(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_account_created(esauti_client *client, const esauti_event_identity *identity,
                                                      const esauti_account_created_data *data,
                                                      const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `account.email_verified` event (version 1).
 *
 * The customer clicked the verification link sent to the account's email address. The address is
 * then trusted for login and password recovery.
 *
 * Identity: customer.email.
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_account_email_verified_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_account_email_verified(esauti_client *client, const esauti_event_identity *identity,
                                                          const esauti_account_email_verified_data *data,
                                                          const esauti_event_options *opts,
                                                          esauti_event_receipt **receipt, esauti_error *err);

/**
 * esauti_events_send_account_email_verified() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_account_email_verified_async(esauti_client *client,
                                                                const esauti_event_identity *identity,
                                                                const esauti_account_email_verified_data *data,
                                                                const esauti_event_options *opts,
                                                                esauti_event_sent_callback callback, void *user_data,
                                                                apic_async_call **call, esauti_error *err);

/**
 * Queues a `account.email_verified` event: checked now like esauti_events_send_account_email_verified(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_account_email_verified(esauti_client *client,
                                                             const esauti_event_identity *identity,
                                                             const esauti_account_email_verified_data *data,
                                                             const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `account.password_changed` event (version 1).
 *
 * A logged-in customer changed the account password. Send a security notice so the customer can
 * react if it was not them.
 *
 * Identity: customer.
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_account_password_changed_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_account_password_changed(esauti_client *client,
                                                            const esauti_event_identity *identity,
                                                            const esauti_account_password_changed_data *data,
                                                            const esauti_event_options *opts,
                                                            esauti_event_receipt **receipt, esauti_error *err);

/**
 * esauti_events_send_account_password_changed() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_account_password_changed_async(esauti_client *client,
                                                                  const esauti_event_identity *identity,
                                                                  const esauti_account_password_changed_data *data,
                                                                  const esauti_event_options *opts,
                                                                  esauti_event_sent_callback callback, void *user_data,
                                                                  apic_async_call **call, esauti_error *err);

/**
 * Queues a `account.password_changed` event: checked now like esauti_events_send_account_password_changed(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_account_password_changed(esauti_client *client,
                                                               const esauti_event_identity *identity,
                                                               const esauti_account_password_changed_data *data,
                                                               const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `account.locked` event (version 1).
 *
 * The account was locked and can no longer log in, after too many failed logins, on suspected
 * fraud or by staff. It stays locked until unlocked or until locked_until passes.
 *
 * Identity: customer.
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_account_locked_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_account_locked(esauti_client *client, const esauti_event_identity *identity,
                                                  const esauti_account_locked_data *data,
                                                  const esauti_event_options *opts, esauti_event_receipt **receipt,
                                                  esauti_error *err);

/**
 * esauti_events_send_account_locked() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_account_locked_async(esauti_client *client, const esauti_event_identity *identity,
                                                        const esauti_account_locked_data *data,
                                                        const esauti_event_options *opts,
                                                        esauti_event_sent_callback callback, void *user_data,
                                                        apic_async_call **call, esauti_error *err);

/**
 * Queues a `account.locked` event: checked now like esauti_events_send_account_locked(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_account_locked(esauti_client *client, const esauti_event_identity *identity,
                                                     const esauti_account_locked_data *data,
                                                     const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `account.unlocked` event (version 1).
 *
 * A locked account can log in again, because the lock expired, staff lifted it or the customer
 * reset the password.
 *
 * Identity: customer.
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_account_unlocked_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_account_unlocked(esauti_client *client, const esauti_event_identity *identity,
                                                    const esauti_account_unlocked_data *data,
                                                    const esauti_event_options *opts, esauti_event_receipt **receipt,
                                                    esauti_error *err);

/**
 * esauti_events_send_account_unlocked() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_account_unlocked_async(esauti_client *client, const esauti_event_identity *identity,
                                                          const esauti_account_unlocked_data *data,
                                                          const esauti_event_options *opts,
                                                          esauti_event_sent_callback callback, void *user_data,
                                                          apic_async_call **call, esauti_error *err);

/**
 * Queues a `account.unlocked` event: checked now like esauti_events_send_account_unlocked(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_account_unlocked(esauti_client *client, const esauti_event_identity *identity,
                                                       const esauti_account_unlocked_data *data,
                                                       const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `account.closed` event (version 1).
 *
 * The login account was closed by the customer or by staff and can no longer be used. The customer
 * profile and order history may remain unless customer.deleted follows.
 *
 * Identity: customer.
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_account_closed_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_account_closed(esauti_client *client, const esauti_event_identity *identity,
                                                  const esauti_account_closed_data *data,
                                                  const esauti_event_options *opts, esauti_event_receipt **receipt,
                                                  esauti_error *err);

/**
 * esauti_events_send_account_closed() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_account_closed_async(esauti_client *client, const esauti_event_identity *identity,
                                                        const esauti_account_closed_data *data,
                                                        const esauti_event_options *opts,
                                                        esauti_event_sent_callback callback, void *user_data,
                                                        apic_async_call **call, esauti_error *err);

/**
 * Queues a `account.closed` event: checked now like esauti_events_send_account_closed(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_account_closed(esauti_client *client, const esauti_event_identity *identity,
                                                     const esauti_account_closed_data *data,
                                                     const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `auth.login_succeeded` event (version 2).
 *
 * A customer logged in to the shop or app. Version 2 adds the second factor used and whether the
 * device was new.
 *
 * Identity: customer.
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_auth_login_succeeded_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_auth_login_succeeded(esauti_client *client, const esauti_event_identity *identity,
                                                        const esauti_auth_login_succeeded_data *data,
                                                        const esauti_event_options *opts,
                                                        esauti_event_receipt **receipt, esauti_error *err);

/**
 * esauti_events_send_auth_login_succeeded() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_auth_login_succeeded_async(esauti_client *client,
                                                              const esauti_event_identity *identity,
                                                              const esauti_auth_login_succeeded_data *data,
                                                              const esauti_event_options *opts,
                                                              esauti_event_sent_callback callback, void *user_data,
                                                              apic_async_call **call, esauti_error *err);

/**
 * Queues a `auth.login_succeeded` event: checked now like esauti_events_send_auth_login_succeeded(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_auth_login_succeeded(esauti_client *client, const esauti_event_identity *identity,
                                                           const esauti_auth_login_succeeded_data *data,
                                                           const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `auth.login_failed` event (version 1).
 *
 * A login attempt was rejected. Repeated failures may lock the account; the identity is the
 * customer the attempted username belongs to.
 *
 * Identity: customer.
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_auth_login_failed_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_auth_login_failed(esauti_client *client, const esauti_event_identity *identity,
                                                     const esauti_auth_login_failed_data *data,
                                                     const esauti_event_options *opts, esauti_event_receipt **receipt,
                                                     esauti_error *err);

/**
 * esauti_events_send_auth_login_failed() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_auth_login_failed_async(esauti_client *client, const esauti_event_identity *identity,
                                                           const esauti_auth_login_failed_data *data,
                                                           const esauti_event_options *opts,
                                                           esauti_event_sent_callback callback, void *user_data,
                                                           apic_async_call **call, esauti_error *err);

/**
 * Queues a `auth.login_failed` event: checked now like esauti_events_send_auth_login_failed(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_auth_login_failed(esauti_client *client, const esauti_event_identity *identity,
                                                        const esauti_auth_login_failed_data *data,
                                                        const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `auth.logged_out` event (version 1).
 *
 * A customer session ended by an explicit logout, a timeout or a forced sign-out from another
 * device.
 *
 * Identity: customer.
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_auth_logged_out_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_auth_logged_out(esauti_client *client, const esauti_event_identity *identity,
                                                   const esauti_auth_logged_out_data *data,
                                                   const esauti_event_options *opts, esauti_event_receipt **receipt,
                                                   esauti_error *err);

/**
 * esauti_events_send_auth_logged_out() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_auth_logged_out_async(esauti_client *client, const esauti_event_identity *identity,
                                                         const esauti_auth_logged_out_data *data,
                                                         const esauti_event_options *opts,
                                                         esauti_event_sent_callback callback, void *user_data,
                                                         apic_async_call **call, esauti_error *err);

/**
 * Queues a `auth.logged_out` event: checked now like esauti_events_send_auth_logged_out(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_auth_logged_out(esauti_client *client, const esauti_event_identity *identity,
                                                      const esauti_auth_logged_out_data *data,
                                                      const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `auth.password_reset_requested` event (version 1).
 *
 * A customer asked to reset a forgotten password and a reset link or code was sent. Use it to
 * deliver the reset message; the request expires at expires_at.
 *
 * Identity: customer.
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_auth_password_reset_requested_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_auth_password_reset_requested(esauti_client *client,
                                                                 const esauti_event_identity *identity,
                                                                 const esauti_auth_password_reset_requested_data *data,
                                                                 const esauti_event_options *opts,
                                                                 esauti_event_receipt **receipt, esauti_error *err);

/**
 * esauti_events_send_auth_password_reset_requested() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_auth_password_reset_requested_async(esauti_client *client,
                                                                       const esauti_event_identity *identity,
                                                                       const esauti_auth_password_reset_requested_data *data,
                                                                       const esauti_event_options *opts,
                                                                       esauti_event_sent_callback callback,
                                                                       void *user_data, apic_async_call **call,
                                                                       esauti_error *err);

/**
 * Queues a `auth.password_reset_requested` event: checked now like esauti_events_send_auth_password_reset_requested(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_auth_password_reset_requested(esauti_client *client,
                                                                    const esauti_event_identity *identity,
                                                                    const esauti_auth_password_reset_requested_data *data,
                                                                    const esauti_event_options *opts,
                                                                    esauti_error *err);

/**
 * Sends a `auth.password_reset_completed` event (version 1).
 *
 * The customer set a new password through a reset link or code. Other sessions are usually ended
 * and a lock from failed logins is lifted.
 *
 * Identity: customer.
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_auth_password_reset_completed_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_auth_password_reset_completed(esauti_client *client,
                                                                 const esauti_event_identity *identity,
                                                                 const esauti_auth_password_reset_completed_data *data,
                                                                 const esauti_event_options *opts,
                                                                 esauti_event_receipt **receipt, esauti_error *err);

/**
 * esauti_events_send_auth_password_reset_completed() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_auth_password_reset_completed_async(esauti_client *client,
                                                                       const esauti_event_identity *identity,
                                                                       const esauti_auth_password_reset_completed_data *data,
                                                                       const esauti_event_options *opts,
                                                                       esauti_event_sent_callback callback,
                                                                       void *user_data, apic_async_call **call,
                                                                       esauti_error *err);

/**
 * Queues a `auth.password_reset_completed` event: checked now like esauti_events_send_auth_password_reset_completed(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_auth_password_reset_completed(esauti_client *client,
                                                                    const esauti_event_identity *identity,
                                                                    const esauti_auth_password_reset_completed_data *data,
                                                                    const esauti_event_options *opts,
                                                                    esauti_error *err);

/**
 * Sends a `auth.mfa_enabled` event (version 1).
 *
 * The customer turned on two-step verification for the account. Later logins will ask for a second
 * factor.
 *
 * Identity: customer.
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_auth_mfa_enabled_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_auth_mfa_enabled(esauti_client *client, const esauti_event_identity *identity,
                                                    const esauti_auth_mfa_enabled_data *data,
                                                    const esauti_event_options *opts, esauti_event_receipt **receipt,
                                                    esauti_error *err);

/**
 * esauti_events_send_auth_mfa_enabled() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_auth_mfa_enabled_async(esauti_client *client, const esauti_event_identity *identity,
                                                          const esauti_auth_mfa_enabled_data *data,
                                                          const esauti_event_options *opts,
                                                          esauti_event_sent_callback callback, void *user_data,
                                                          apic_async_call **call, esauti_error *err);

/**
 * Queues a `auth.mfa_enabled` event: checked now like esauti_events_send_auth_mfa_enabled(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_auth_mfa_enabled(esauti_client *client, const esauti_event_identity *identity,
                                                       const esauti_auth_mfa_enabled_data *data,
                                                       const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `auth.mfa_disabled` event (version 1).
 *
 * Two-step verification was turned off for the account, by the customer or by staff during account
 * recovery. Send a security notice.
 *
 * Identity: customer.
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_auth_mfa_disabled_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_auth_mfa_disabled(esauti_client *client, const esauti_event_identity *identity,
                                                     const esauti_auth_mfa_disabled_data *data,
                                                     const esauti_event_options *opts, esauti_event_receipt **receipt,
                                                     esauti_error *err);

/**
 * esauti_events_send_auth_mfa_disabled() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_auth_mfa_disabled_async(esauti_client *client, const esauti_event_identity *identity,
                                                           const esauti_auth_mfa_disabled_data *data,
                                                           const esauti_event_options *opts,
                                                           esauti_event_sent_callback callback, void *user_data,
                                                           apic_async_call **call, esauti_error *err);

/**
 * Queues a `auth.mfa_disabled` event: checked now like esauti_events_send_auth_mfa_disabled(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_auth_mfa_disabled(esauti_client *client, const esauti_event_identity *identity,
                                                        const esauti_auth_mfa_disabled_data *data,
                                                        const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `auth.new_device_detected` event (version 1).
 *
 * A customer logged in from a device or location not seen before for the account. Use it to send a
 * \"was this you?\" alert.
 *
 * Identity: customer.
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_auth_new_device_detected_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_auth_new_device_detected(esauti_client *client,
                                                            const esauti_event_identity *identity,
                                                            const esauti_auth_new_device_detected_data *data,
                                                            const esauti_event_options *opts,
                                                            esauti_event_receipt **receipt, esauti_error *err);

/**
 * esauti_events_send_auth_new_device_detected() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_auth_new_device_detected_async(esauti_client *client,
                                                                  const esauti_event_identity *identity,
                                                                  const esauti_auth_new_device_detected_data *data,
                                                                  const esauti_event_options *opts,
                                                                  esauti_event_sent_callback callback, void *user_data,
                                                                  apic_async_call **call, esauti_error *err);

/**
 * Queues a `auth.new_device_detected` event: checked now like esauti_events_send_auth_new_device_detected(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_auth_new_device_detected(esauti_client *client,
                                                               const esauti_event_identity *identity,
                                                               const esauti_auth_new_device_detected_data *data,
                                                               const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `session.started` event (version 1).
 *
 * A visitor opened the website or app and a new session began, after 30 minutes or more of
 * inactivity or on a new campaign click.
 *
 * Identity: customer, entity (session).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_session_started_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_session_started(esauti_client *client, const esauti_event_identity *identity,
                                                   const esauti_session_started_data *data,
                                                   const esauti_event_options *opts, esauti_event_receipt **receipt,
                                                   esauti_error *err);

/**
 * esauti_events_send_session_started() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_session_started_async(esauti_client *client, const esauti_event_identity *identity,
                                                         const esauti_session_started_data *data,
                                                         const esauti_event_options *opts,
                                                         esauti_event_sent_callback callback, void *user_data,
                                                         apic_async_call **call, esauti_error *err);

/**
 * Queues a `session.started` event: checked now like esauti_events_send_session_started(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_session_started(esauti_client *client, const esauti_event_identity *identity,
                                                      const esauti_session_started_data *data,
                                                      const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `session.identified` event (version 1).
 *
 * An anonymous session was linked to a known customer, by login, signup or a tracked link. Earlier
 * anonymous activity of the session is attributed to the customer.
 *
 * Identity: customer, entity (session).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_session_identified_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_session_identified(esauti_client *client, const esauti_event_identity *identity,
                                                      const esauti_session_identified_data *data,
                                                      const esauti_event_options *opts, esauti_event_receipt **receipt,
                                                      esauti_error *err);

/**
 * esauti_events_send_session_identified() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_session_identified_async(esauti_client *client,
                                                            const esauti_event_identity *identity,
                                                            const esauti_session_identified_data *data,
                                                            const esauti_event_options *opts,
                                                            esauti_event_sent_callback callback, void *user_data,
                                                            apic_async_call **call, esauti_error *err);

/**
 * Queues a `session.identified` event: checked now like esauti_events_send_session_identified(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_session_identified(esauti_client *client, const esauti_event_identity *identity,
                                                         const esauti_session_identified_data *data,
                                                         const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `session.campaign_attributed` event (version 1).
 *
 * A session was attributed to a marketing source from its UTM parameters or click id. Used for
 * last-touch attribution of later orders.
 *
 * Identity: customer, entity (session).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_session_campaign_attributed_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_session_campaign_attributed(esauti_client *client,
                                                               const esauti_event_identity *identity,
                                                               const esauti_session_campaign_attributed_data *data,
                                                               const esauti_event_options *opts,
                                                               esauti_event_receipt **receipt, esauti_error *err);

/**
 * esauti_events_send_session_campaign_attributed() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_session_campaign_attributed_async(esauti_client *client,
                                                                     const esauti_event_identity *identity,
                                                                     const esauti_session_campaign_attributed_data *data,
                                                                     const esauti_event_options *opts,
                                                                     esauti_event_sent_callback callback,
                                                                     void *user_data, apic_async_call **call,
                                                                     esauti_error *err);

/**
 * Queues a `session.campaign_attributed` event: checked now like esauti_events_send_session_campaign_attributed(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_session_campaign_attributed(esauti_client *client,
                                                                  const esauti_event_identity *identity,
                                                                  const esauti_session_campaign_attributed_data *data,
                                                                  const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `session.ended` event (version 1).
 *
 * A session closed after inactivity or when the app went to the background for good. Carries the
 * session's totals.
 *
 * Identity: customer, entity (session).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_session_ended_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_session_ended(esauti_client *client, const esauti_event_identity *identity,
                                                 const esauti_session_ended_data *data,
                                                 const esauti_event_options *opts, esauti_event_receipt **receipt,
                                                 esauti_error *err);

/**
 * esauti_events_send_session_ended() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_session_ended_async(esauti_client *client, const esauti_event_identity *identity,
                                                       const esauti_session_ended_data *data,
                                                       const esauti_event_options *opts,
                                                       esauti_event_sent_callback callback, void *user_data,
                                                       apic_async_call **call, esauti_error *err);

/**
 * Queues a `session.ended` event: checked now like esauti_events_send_session_ended(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_session_ended(esauti_client *client, const esauti_event_identity *identity,
                                                    const esauti_session_ended_data *data,
                                                    const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `page.viewed` event (version 2).
 *
 * A visitor viewed a page of the website or a screen of the app. Version 2 adds the page category
 * and the time spent on the previous page.
 *
 * Identity: customer.
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_page_viewed_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_page_viewed(esauti_client *client, const esauti_event_identity *identity,
                                               const esauti_page_viewed_data *data, const esauti_event_options *opts,
                                               esauti_event_receipt **receipt, esauti_error *err);

/**
 * esauti_events_send_page_viewed() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_page_viewed_async(esauti_client *client, const esauti_event_identity *identity,
                                                     const esauti_page_viewed_data *data,
                                                     const esauti_event_options *opts,
                                                     esauti_event_sent_callback callback, void *user_data,
                                                     apic_async_call **call, esauti_error *err);

/**
 * Queues a `page.viewed` event: checked now like esauti_events_send_page_viewed(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_page_viewed(esauti_client *client, const esauti_event_identity *identity,
                                                  const esauti_page_viewed_data *data, const esauti_event_options *opts,
                                                  esauti_error *err);

/**
 * Sends a `page.scrolled` event (version 1).
 *
 * A visitor scrolled past a depth threshold (25, 50, 75 or 100 percent) on a page. Fires at most
 * once per threshold per page view.
 *
 * Identity: customer.
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_page_scrolled_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_page_scrolled(esauti_client *client, const esauti_event_identity *identity,
                                                 const esauti_page_scrolled_data *data,
                                                 const esauti_event_options *opts, esauti_event_receipt **receipt,
                                                 esauti_error *err);

/**
 * esauti_events_send_page_scrolled() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_page_scrolled_async(esauti_client *client, const esauti_event_identity *identity,
                                                       const esauti_page_scrolled_data *data,
                                                       const esauti_event_options *opts,
                                                       esauti_event_sent_callback callback, void *user_data,
                                                       apic_async_call **call, esauti_error *err);

/**
 * Queues a `page.scrolled` event: checked now like esauti_events_send_page_scrolled(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_page_scrolled(esauti_client *client, const esauti_event_identity *identity,
                                                    const esauti_page_scrolled_data *data,
                                                    const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `page.link_clicked` event (version 1).
 *
 * A visitor clicked a tracked link or button on a page, such as a banner, a WhatsApp chat button
 * or an outbound link.
 *
 * Identity: customer.
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_page_link_clicked_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_page_link_clicked(esauti_client *client, const esauti_event_identity *identity,
                                                     const esauti_page_link_clicked_data *data,
                                                     const esauti_event_options *opts, esauti_event_receipt **receipt,
                                                     esauti_error *err);

/**
 * esauti_events_send_page_link_clicked() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_page_link_clicked_async(esauti_client *client, const esauti_event_identity *identity,
                                                           const esauti_page_link_clicked_data *data,
                                                           const esauti_event_options *opts,
                                                           esauti_event_sent_callback callback, void *user_data,
                                                           apic_async_call **call, esauti_error *err);

/**
 * Queues a `page.link_clicked` event: checked now like esauti_events_send_page_link_clicked(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_page_link_clicked(esauti_client *client, const esauti_event_identity *identity,
                                                        const esauti_page_link_clicked_data *data,
                                                        const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `page.popup_shown` event (version 1).
 *
 * An on-site message (popup, banner or slide-in) was shown to a visitor by a targeting rule, for
 * example on exit intent.
 *
 * Identity: customer.
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_page_popup_shown_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_page_popup_shown(esauti_client *client, const esauti_event_identity *identity,
                                                    const esauti_page_popup_shown_data *data,
                                                    const esauti_event_options *opts, esauti_event_receipt **receipt,
                                                    esauti_error *err);

/**
 * esauti_events_send_page_popup_shown() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_page_popup_shown_async(esauti_client *client, const esauti_event_identity *identity,
                                                          const esauti_page_popup_shown_data *data,
                                                          const esauti_event_options *opts,
                                                          esauti_event_sent_callback callback, void *user_data,
                                                          apic_async_call **call, esauti_error *err);

/**
 * Queues a `page.popup_shown` event: checked now like esauti_events_send_page_popup_shown(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_page_popup_shown(esauti_client *client, const esauti_event_identity *identity,
                                                       const esauti_page_popup_shown_data *data,
                                                       const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `page.popup_dismissed` event (version 1).
 *
 * A visitor closed an on-site message without acting on it. Dismissed messages are not shown again
 * for a while.
 *
 * Identity: customer.
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_page_popup_dismissed_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_page_popup_dismissed(esauti_client *client, const esauti_event_identity *identity,
                                                        const esauti_page_popup_dismissed_data *data,
                                                        const esauti_event_options *opts,
                                                        esauti_event_receipt **receipt, esauti_error *err);

/**
 * esauti_events_send_page_popup_dismissed() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_page_popup_dismissed_async(esauti_client *client,
                                                              const esauti_event_identity *identity,
                                                              const esauti_page_popup_dismissed_data *data,
                                                              const esauti_event_options *opts,
                                                              esauti_event_sent_callback callback, void *user_data,
                                                              apic_async_call **call, esauti_error *err);

/**
 * Queues a `page.popup_dismissed` event: checked now like esauti_events_send_page_popup_dismissed(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_page_popup_dismissed(esauti_client *client, const esauti_event_identity *identity,
                                                           const esauti_page_popup_dismissed_data *data,
                                                           const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `page.tracked` event (version 1).
 *
 * Generic page hit from the first tracking script. Deprecated in favour of page.viewed, which
 * carries the session and page type.
 *
 * Identity: customer.
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_page_tracked_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 * @deprecated the registry marks this type deprecated
 */
APIC_EXPORT int esauti_events_send_page_tracked(esauti_client *client, const esauti_event_identity *identity,
                                                const esauti_page_tracked_data *data, const esauti_event_options *opts,
                                                esauti_event_receipt **receipt, esauti_error *err);

/**
 * esauti_events_send_page_tracked() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_page_tracked_async(esauti_client *client, const esauti_event_identity *identity,
                                                      const esauti_page_tracked_data *data,
                                                      const esauti_event_options *opts,
                                                      esauti_event_sent_callback callback, void *user_data,
                                                      apic_async_call **call, esauti_error *err);

/**
 * Queues a `page.tracked` event: checked now like esauti_events_send_page_tracked(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_page_tracked(esauti_client *client, const esauti_event_identity *identity,
                                                   const esauti_page_tracked_data *data,
                                                   const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `product.created` event (version 1).
 *
 * A product was added to the catalog and published. New products can be announced to interested
 * segments.
 *
 * Identity: entity (product).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_product_created_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_product_created(esauti_client *client, const esauti_event_identity *identity,
                                                   const esauti_product_created_data *data,
                                                   const esauti_event_options *opts, esauti_event_receipt **receipt,
                                                   esauti_error *err);

/**
 * esauti_events_send_product_created() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_product_created_async(esauti_client *client, const esauti_event_identity *identity,
                                                         const esauti_product_created_data *data,
                                                         const esauti_event_options *opts,
                                                         esauti_event_sent_callback callback, void *user_data,
                                                         apic_async_call **call, esauti_error *err);

/**
 * Queues a `product.created` event: checked now like esauti_events_send_product_created(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_product_created(esauti_client *client, const esauti_event_identity *identity,
                                                      const esauti_product_created_data *data,
                                                      const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `product.updated` event (version 1).
 *
 * Details of a published product changed, such as its name, description, images or categories.
 * Price and stock changes have their own events.
 *
 * Identity: entity (product).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_product_updated_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_product_updated(esauti_client *client, const esauti_event_identity *identity,
                                                   const esauti_product_updated_data *data,
                                                   const esauti_event_options *opts, esauti_event_receipt **receipt,
                                                   esauti_error *err);

/**
 * esauti_events_send_product_updated() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_product_updated_async(esauti_client *client, const esauti_event_identity *identity,
                                                         const esauti_product_updated_data *data,
                                                         const esauti_event_options *opts,
                                                         esauti_event_sent_callback callback, void *user_data,
                                                         apic_async_call **call, esauti_error *err);

/**
 * Queues a `product.updated` event: checked now like esauti_events_send_product_updated(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_product_updated(esauti_client *client, const esauti_event_identity *identity,
                                                      const esauti_product_updated_data *data,
                                                      const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `product.price_changed` event (version 2).
 *
 * A product's selling price changed. Version 2 adds the compare-at price, so price drops can
 * trigger alerts to customers who viewed or saved the product.
 *
 * Identity: entity (product).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_product_price_changed_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_product_price_changed(esauti_client *client, const esauti_event_identity *identity,
                                                         const esauti_product_price_changed_data *data,
                                                         const esauti_event_options *opts,
                                                         esauti_event_receipt **receipt, esauti_error *err);

/**
 * esauti_events_send_product_price_changed() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_product_price_changed_async(esauti_client *client,
                                                               const esauti_event_identity *identity,
                                                               const esauti_product_price_changed_data *data,
                                                               const esauti_event_options *opts,
                                                               esauti_event_sent_callback callback, void *user_data,
                                                               apic_async_call **call, esauti_error *err);

/**
 * Queues a `product.price_changed` event: checked now like esauti_events_send_product_price_changed(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_product_price_changed(esauti_client *client,
                                                            const esauti_event_identity *identity,
                                                            const esauti_product_price_changed_data *data,
                                                            const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `product.stock_depleted` event (version 1).
 *
 * A product variant sold out, its available stock reaching zero. It may stay visible as out of
 * stock or be hidden.
 *
 * Identity: entity (product).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_product_stock_depleted_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_product_stock_depleted(esauti_client *client, const esauti_event_identity *identity,
                                                          const esauti_product_stock_depleted_data *data,
                                                          const esauti_event_options *opts,
                                                          esauti_event_receipt **receipt, esauti_error *err);

/**
 * esauti_events_send_product_stock_depleted() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_product_stock_depleted_async(esauti_client *client,
                                                                const esauti_event_identity *identity,
                                                                const esauti_product_stock_depleted_data *data,
                                                                const esauti_event_options *opts,
                                                                esauti_event_sent_callback callback, void *user_data,
                                                                apic_async_call **call, esauti_error *err);

/**
 * Queues a `product.stock_depleted` event: checked now like esauti_events_send_product_stock_depleted(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_product_stock_depleted(esauti_client *client,
                                                             const esauti_event_identity *identity,
                                                             const esauti_product_stock_depleted_data *data,
                                                             const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `product.restocked` event (version 1).
 *
 * A sold-out product variant is available again. Triggers the back-in-stock messages customers
 * asked for.
 *
 * Identity: entity (product).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_product_restocked_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_product_restocked(esauti_client *client, const esauti_event_identity *identity,
                                                     const esauti_product_restocked_data *data,
                                                     const esauti_event_options *opts, esauti_event_receipt **receipt,
                                                     esauti_error *err);

/**
 * esauti_events_send_product_restocked() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_product_restocked_async(esauti_client *client, const esauti_event_identity *identity,
                                                           const esauti_product_restocked_data *data,
                                                           const esauti_event_options *opts,
                                                           esauti_event_sent_callback callback, void *user_data,
                                                           apic_async_call **call, esauti_error *err);

/**
 * Queues a `product.restocked` event: checked now like esauti_events_send_product_restocked(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_product_restocked(esauti_client *client, const esauti_event_identity *identity,
                                                        const esauti_product_restocked_data *data,
                                                        const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `product.viewed` event (version 1).
 *
 * A customer viewed a product's page or app screen. Feeds browse-abandonment journeys and
 * recommendations.
 *
 * Identity: customer, entity (product).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_product_viewed_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_product_viewed(esauti_client *client, const esauti_event_identity *identity,
                                                  const esauti_product_viewed_data *data,
                                                  const esauti_event_options *opts, esauti_event_receipt **receipt,
                                                  esauti_error *err);

/**
 * esauti_events_send_product_viewed() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_product_viewed_async(esauti_client *client, const esauti_event_identity *identity,
                                                        const esauti_product_viewed_data *data,
                                                        const esauti_event_options *opts,
                                                        esauti_event_sent_callback callback, void *user_data,
                                                        apic_async_call **call, esauti_error *err);

/**
 * Queues a `product.viewed` event: checked now like esauti_events_send_product_viewed(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_product_viewed(esauti_client *client, const esauti_event_identity *identity,
                                                     const esauti_product_viewed_data *data,
                                                     const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `product.wishlisted` event (version 1).
 *
 * A customer saved a product to a wishlist. Saved products are candidates for price-drop and
 * back-in-stock alerts.
 *
 * Identity: customer, entity (product).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_product_wishlisted_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_product_wishlisted(esauti_client *client, const esauti_event_identity *identity,
                                                      const esauti_product_wishlisted_data *data,
                                                      const esauti_event_options *opts, esauti_event_receipt **receipt,
                                                      esauti_error *err);

/**
 * esauti_events_send_product_wishlisted() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_product_wishlisted_async(esauti_client *client,
                                                            const esauti_event_identity *identity,
                                                            const esauti_product_wishlisted_data *data,
                                                            const esauti_event_options *opts,
                                                            esauti_event_sent_callback callback, void *user_data,
                                                            apic_async_call **call, esauti_error *err);

/**
 * Queues a `product.wishlisted` event: checked now like esauti_events_send_product_wishlisted(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_product_wishlisted(esauti_client *client, const esauti_event_identity *identity,
                                                         const esauti_product_wishlisted_data *data,
                                                         const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `product.shared` event (version 1).
 *
 * A customer shared a product link with someone, through WhatsApp, SMS, a social network or by
 * copying the link. Shared links carry a referral code so visits can be credited.
 *
 * Identity: customer, entity (product).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_product_shared_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_product_shared(esauti_client *client, const esauti_event_identity *identity,
                                                  const esauti_product_shared_data *data,
                                                  const esauti_event_options *opts, esauti_event_receipt **receipt,
                                                  esauti_error *err);

/**
 * esauti_events_send_product_shared() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_product_shared_async(esauti_client *client, const esauti_event_identity *identity,
                                                        const esauti_product_shared_data *data,
                                                        const esauti_event_options *opts,
                                                        esauti_event_sent_callback callback, void *user_data,
                                                        apic_async_call **call, esauti_error *err);

/**
 * Queues a `product.shared` event: checked now like esauti_events_send_product_shared(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_product_shared(esauti_client *client, const esauti_event_identity *identity,
                                                     const esauti_product_shared_data *data,
                                                     const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `product.back_in_stock_requested` event (version 1).
 *
 * A customer asked to be told when a sold-out product variant is available again. The alert is
 * sent on product.restocked.
 *
 * Identity: customer, entity (product).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_product_back_in_stock_requested_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_product_back_in_stock_requested(esauti_client *client,
                                                                   const esauti_event_identity *identity,
                                                                   const esauti_product_back_in_stock_requested_data *data,
                                                                   const esauti_event_options *opts,
                                                                   esauti_event_receipt **receipt, esauti_error *err);

/**
 * esauti_events_send_product_back_in_stock_requested() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_product_back_in_stock_requested_async(esauti_client *client,
                                                                         const esauti_event_identity *identity,
                                                                         const esauti_product_back_in_stock_requested_data *data,
                                                                         const esauti_event_options *opts,
                                                                         esauti_event_sent_callback callback,
                                                                         void *user_data, apic_async_call **call,
                                                                         esauti_error *err);

/**
 * Queues a `product.back_in_stock_requested` event: checked now like esauti_events_send_product_back_in_stock_requested(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_product_back_in_stock_requested(esauti_client *client,
                                                                      const esauti_event_identity *identity,
                                                                      const esauti_product_back_in_stock_requested_data *data,
                                                                      const esauti_event_options *opts,
                                                                      esauti_error *err);

/**
 * Sends a `category.viewed` event (version 1).
 *
 * A customer opened a category or collection listing. Repeated views signal interest in the
 * category for targeting.
 *
 * Identity: customer, entity (category).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_category_viewed_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_category_viewed(esauti_client *client, const esauti_event_identity *identity,
                                                   const esauti_category_viewed_data *data,
                                                   const esauti_event_options *opts, esauti_event_receipt **receipt,
                                                   esauti_error *err);

/**
 * esauti_events_send_category_viewed() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_category_viewed_async(esauti_client *client, const esauti_event_identity *identity,
                                                         const esauti_category_viewed_data *data,
                                                         const esauti_event_options *opts,
                                                         esauti_event_sent_callback callback, void *user_data,
                                                         apic_async_call **call, esauti_error *err);

/**
 * Queues a `category.viewed` event: checked now like esauti_events_send_category_viewed(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_category_viewed(esauti_client *client, const esauti_event_identity *identity,
                                                      const esauti_category_viewed_data *data,
                                                      const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `catalog.searched` event (version 1).
 *
 * A customer searched the catalog. Searches with no results show demand the shop does not meet
 * yet.
 *
 * Identity: customer.
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_catalog_searched_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_catalog_searched(esauti_client *client, const esauti_event_identity *identity,
                                                    const esauti_catalog_searched_data *data,
                                                    const esauti_event_options *opts, esauti_event_receipt **receipt,
                                                    esauti_error *err);

/**
 * esauti_events_send_catalog_searched() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_catalog_searched_async(esauti_client *client, const esauti_event_identity *identity,
                                                          const esauti_catalog_searched_data *data,
                                                          const esauti_event_options *opts,
                                                          esauti_event_sent_callback callback, void *user_data,
                                                          apic_async_call **call, esauti_error *err);

/**
 * Queues a `catalog.searched` event: checked now like esauti_events_send_catalog_searched(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_catalog_searched(esauti_client *client, const esauti_event_identity *identity,
                                                       const esauti_catalog_searched_data *data,
                                                       const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `catalog.synced` event (version 1).
 *
 * A catalog import or feed synchronisation finished, from the shop platform, a spreadsheet or a
 * POS. Product counts say what changed.
 *
 * Identity: entity (catalog).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_catalog_synced_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_catalog_synced(esauti_client *client, const esauti_event_identity *identity,
                                                  const esauti_catalog_synced_data *data,
                                                  const esauti_event_options *opts, esauti_event_receipt **receipt,
                                                  esauti_error *err);

/**
 * esauti_events_send_catalog_synced() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_catalog_synced_async(esauti_client *client, const esauti_event_identity *identity,
                                                        const esauti_catalog_synced_data *data,
                                                        const esauti_event_options *opts,
                                                        esauti_event_sent_callback callback, void *user_data,
                                                        apic_async_call **call, esauti_error *err);

/**
 * Queues a `catalog.synced` event: checked now like esauti_events_send_catalog_synced(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_catalog_synced(esauti_client *client, const esauti_event_identity *identity,
                                                     const esauti_catalog_synced_data *data,
                                                     const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `cart.created` event (version 1).
 *
 * A customer's first item went into a new cart. The cart lives until it is checked out or expires.
 *
 * Identity: customer, entity (cart).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_cart_created_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_cart_created(esauti_client *client, const esauti_event_identity *identity,
                                                const esauti_cart_created_data *data, const esauti_event_options *opts,
                                                esauti_event_receipt **receipt, esauti_error *err);

/**
 * esauti_events_send_cart_created() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_cart_created_async(esauti_client *client, const esauti_event_identity *identity,
                                                      const esauti_cart_created_data *data,
                                                      const esauti_event_options *opts,
                                                      esauti_event_sent_callback callback, void *user_data,
                                                      apic_async_call **call, esauti_error *err);

/**
 * Queues a `cart.created` event: checked now like esauti_events_send_cart_created(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_cart_created(esauti_client *client, const esauti_event_identity *identity,
                                                   const esauti_cart_created_data *data,
                                                   const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `cart.item_added` event (version 1).
 *
 * A customer added a product to the cart, or more units of a product already in it.
 *
 * Identity: customer, entity (cart).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_cart_item_added_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_cart_item_added(esauti_client *client, const esauti_event_identity *identity,
                                                   const esauti_cart_item_added_data *data,
                                                   const esauti_event_options *opts, esauti_event_receipt **receipt,
                                                   esauti_error *err);

/**
 * esauti_events_send_cart_item_added() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_cart_item_added_async(esauti_client *client, const esauti_event_identity *identity,
                                                         const esauti_cart_item_added_data *data,
                                                         const esauti_event_options *opts,
                                                         esauti_event_sent_callback callback, void *user_data,
                                                         apic_async_call **call, esauti_error *err);

/**
 * Queues a `cart.item_added` event: checked now like esauti_events_send_cart_item_added(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_cart_item_added(esauti_client *client, const esauti_event_identity *identity,
                                                      const esauti_cart_item_added_data *data,
                                                      const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `cart.item_removed` event (version 1).
 *
 * A customer removed a product from the cart entirely.
 *
 * Identity: customer, entity (cart).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_cart_item_removed_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_cart_item_removed(esauti_client *client, const esauti_event_identity *identity,
                                                     const esauti_cart_item_removed_data *data,
                                                     const esauti_event_options *opts, esauti_event_receipt **receipt,
                                                     esauti_error *err);

/**
 * esauti_events_send_cart_item_removed() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_cart_item_removed_async(esauti_client *client, const esauti_event_identity *identity,
                                                           const esauti_cart_item_removed_data *data,
                                                           const esauti_event_options *opts,
                                                           esauti_event_sent_callback callback, void *user_data,
                                                           apic_async_call **call, esauti_error *err);

/**
 * Queues a `cart.item_removed` event: checked now like esauti_events_send_cart_item_removed(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_cart_item_removed(esauti_client *client, const esauti_event_identity *identity,
                                                        const esauti_cart_item_removed_data *data,
                                                        const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `cart.item_updated` event (version 1).
 *
 * A customer changed the quantity or the variant (size, colour) of an item already in the cart.
 *
 * Identity: customer, entity (cart).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_cart_item_updated_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_cart_item_updated(esauti_client *client, const esauti_event_identity *identity,
                                                     const esauti_cart_item_updated_data *data,
                                                     const esauti_event_options *opts, esauti_event_receipt **receipt,
                                                     esauti_error *err);

/**
 * esauti_events_send_cart_item_updated() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_cart_item_updated_async(esauti_client *client, const esauti_event_identity *identity,
                                                           const esauti_cart_item_updated_data *data,
                                                           const esauti_event_options *opts,
                                                           esauti_event_sent_callback callback, void *user_data,
                                                           apic_async_call **call, esauti_error *err);

/**
 * Queues a `cart.item_updated` event: checked now like esauti_events_send_cart_item_updated(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_cart_item_updated(esauti_client *client, const esauti_event_identity *identity,
                                                        const esauti_cart_item_updated_data *data,
                                                        const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `cart.merged` event (version 1).
 *
 * A guest cart was merged into the customer's saved cart when they logged in or signed up. Ties
 * anonymous shopping to the known customer.
 *
 * Identity: customer, entity (cart).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_cart_merged_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_cart_merged(esauti_client *client, const esauti_event_identity *identity,
                                               const esauti_cart_merged_data *data, const esauti_event_options *opts,
                                               esauti_event_receipt **receipt, esauti_error *err);

/**
 * esauti_events_send_cart_merged() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_cart_merged_async(esauti_client *client, const esauti_event_identity *identity,
                                                     const esauti_cart_merged_data *data,
                                                     const esauti_event_options *opts,
                                                     esauti_event_sent_callback callback, void *user_data,
                                                     apic_async_call **call, esauti_error *err);

/**
 * Queues a `cart.merged` event: checked now like esauti_events_send_cart_merged(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_cart_merged(esauti_client *client, const esauti_event_identity *identity,
                                                  const esauti_cart_merged_data *data, const esauti_event_options *opts,
                                                  esauti_error *err);

/**
 * Sends a `cart.emptied` event (version 1).
 *
 * All items left a cart without an order, because the customer cleared it or the cart expired.
 * Ends any pending cart-recovery journey.
 *
 * Identity: customer, entity (cart).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_cart_emptied_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_cart_emptied(esauti_client *client, const esauti_event_identity *identity,
                                                const esauti_cart_emptied_data *data, const esauti_event_options *opts,
                                                esauti_event_receipt **receipt, esauti_error *err);

/**
 * esauti_events_send_cart_emptied() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_cart_emptied_async(esauti_client *client, const esauti_event_identity *identity,
                                                      const esauti_cart_emptied_data *data,
                                                      const esauti_event_options *opts,
                                                      esauti_event_sent_callback callback, void *user_data,
                                                      apic_async_call **call, esauti_error *err);

/**
 * Queues a `cart.emptied` event: checked now like esauti_events_send_cart_emptied(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_cart_emptied(esauti_client *client, const esauti_event_identity *identity,
                                                   const esauti_cart_emptied_data *data,
                                                   const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `cart.abandoned` event (version 2).
 *
 * A cart with items saw no activity for the abandonment window (1 hour by default) and was not
 * checked out. Starts cart-recovery journeys; version 2 carries the items and a recovery link.
 *
 * Identity: customer, entity (cart).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_cart_abandoned_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_cart_abandoned(esauti_client *client, const esauti_event_identity *identity,
                                                  const esauti_cart_abandoned_data *data,
                                                  const esauti_event_options *opts, esauti_event_receipt **receipt,
                                                  esauti_error *err);

/**
 * esauti_events_send_cart_abandoned() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_cart_abandoned_async(esauti_client *client, const esauti_event_identity *identity,
                                                        const esauti_cart_abandoned_data *data,
                                                        const esauti_event_options *opts,
                                                        esauti_event_sent_callback callback, void *user_data,
                                                        apic_async_call **call, esauti_error *err);

/**
 * Queues a `cart.abandoned` event: checked now like esauti_events_send_cart_abandoned(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_cart_abandoned(esauti_client *client, const esauti_event_identity *identity,
                                                     const esauti_cart_abandoned_data *data,
                                                     const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `cart.recovered` event (version 1).
 *
 * A customer came back to an abandoned cart, through a recovery message or on their own, and
 * checked it out.
 *
 * Identity: customer, entity (cart).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_cart_recovered_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_cart_recovered(esauti_client *client, const esauti_event_identity *identity,
                                                  const esauti_cart_recovered_data *data,
                                                  const esauti_event_options *opts, esauti_event_receipt **receipt,
                                                  esauti_error *err);

/**
 * esauti_events_send_cart_recovered() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_cart_recovered_async(esauti_client *client, const esauti_event_identity *identity,
                                                        const esauti_cart_recovered_data *data,
                                                        const esauti_event_options *opts,
                                                        esauti_event_sent_callback callback, void *user_data,
                                                        apic_async_call **call, esauti_error *err);

/**
 * Queues a `cart.recovered` event: checked now like esauti_events_send_cart_recovered(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_cart_recovered(esauti_client *client, const esauti_event_identity *identity,
                                                     const esauti_cart_recovered_data *data,
                                                     const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `checkout.started` event (version 1).
 *
 * A customer began checkout with the cart's contents. Checkouts not completed feed abandonment
 * journeys.
 *
 * Identity: customer, entity (checkout).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_checkout_started_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_checkout_started(esauti_client *client, const esauti_event_identity *identity,
                                                    const esauti_checkout_started_data *data,
                                                    const esauti_event_options *opts, esauti_event_receipt **receipt,
                                                    esauti_error *err);

/**
 * esauti_events_send_checkout_started() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_checkout_started_async(esauti_client *client, const esauti_event_identity *identity,
                                                          const esauti_checkout_started_data *data,
                                                          const esauti_event_options *opts,
                                                          esauti_event_sent_callback callback, void *user_data,
                                                          apic_async_call **call, esauti_error *err);

/**
 * Queues a `checkout.started` event: checked now like esauti_events_send_checkout_started(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_checkout_started(esauti_client *client, const esauti_event_identity *identity,
                                                       const esauti_checkout_started_data *data,
                                                       const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `checkout.delivery_selected` event (version 1).
 *
 * A customer chose how and where the order is delivered during checkout, giving an address or a
 * pickup point.
 *
 * Identity: customer, entity (checkout).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_checkout_delivery_selected_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_checkout_delivery_selected(esauti_client *client,
                                                              const esauti_event_identity *identity,
                                                              const esauti_checkout_delivery_selected_data *data,
                                                              const esauti_event_options *opts,
                                                              esauti_event_receipt **receipt, esauti_error *err);

/**
 * esauti_events_send_checkout_delivery_selected() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_checkout_delivery_selected_async(esauti_client *client,
                                                                    const esauti_event_identity *identity,
                                                                    const esauti_checkout_delivery_selected_data *data,
                                                                    const esauti_event_options *opts,
                                                                    esauti_event_sent_callback callback,
                                                                    void *user_data, apic_async_call **call,
                                                                    esauti_error *err);

/**
 * Queues a `checkout.delivery_selected` event: checked now like esauti_events_send_checkout_delivery_selected(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_checkout_delivery_selected(esauti_client *client,
                                                                 const esauti_event_identity *identity,
                                                                 const esauti_checkout_delivery_selected_data *data,
                                                                 const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `checkout.payment_method_selected` event (version 1).
 *
 * A customer chose how to pay during checkout, such as M-Pesa, card or cash on delivery.
 *
 * Identity: customer, entity (checkout).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_checkout_payment_method_selected_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_checkout_payment_method_selected(esauti_client *client,
                                                                    const esauti_event_identity *identity,
                                                                    const esauti_checkout_payment_method_selected_data *data,
                                                                    const esauti_event_options *opts,
                                                                    esauti_event_receipt **receipt, esauti_error *err);

/**
 * esauti_events_send_checkout_payment_method_selected() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_checkout_payment_method_selected_async(esauti_client *client,
                                                                          const esauti_event_identity *identity,
                                                                          const esauti_checkout_payment_method_selected_data *data,
                                                                          const esauti_event_options *opts,
                                                                          esauti_event_sent_callback callback,
                                                                          void *user_data, apic_async_call **call,
                                                                          esauti_error *err);

/**
 * Queues a `checkout.payment_method_selected` event: checked now like esauti_events_send_checkout_payment_method_selected(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_checkout_payment_method_selected(esauti_client *client,
                                                                       const esauti_event_identity *identity,
                                                                       const esauti_checkout_payment_method_selected_data *data,
                                                                       const esauti_event_options *opts,
                                                                       esauti_error *err);

/**
 * Sends a `checkout.completed` event (version 1).
 *
 * A checkout finished and turned into an order. The order itself is described by order.created.
 *
 * Identity: customer, entity (checkout).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_checkout_completed_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_checkout_completed(esauti_client *client, const esauti_event_identity *identity,
                                                      const esauti_checkout_completed_data *data,
                                                      const esauti_event_options *opts, esauti_event_receipt **receipt,
                                                      esauti_error *err);

/**
 * esauti_events_send_checkout_completed() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_checkout_completed_async(esauti_client *client,
                                                            const esauti_event_identity *identity,
                                                            const esauti_checkout_completed_data *data,
                                                            const esauti_event_options *opts,
                                                            esauti_event_sent_callback callback, void *user_data,
                                                            apic_async_call **call, esauti_error *err);

/**
 * Queues a `checkout.completed` event: checked now like esauti_events_send_checkout_completed(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_checkout_completed(esauti_client *client, const esauti_event_identity *identity,
                                                         const esauti_checkout_completed_data *data,
                                                         const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `order.created` event (version 1).
 *
 * A customer placed an order, online, by WhatsApp or at a till; payment may still be pending.
 * Fires once per order and starts post-purchase journeys such as the order confirmation message.
 *
 * Identity: customer, entity (order).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_order_created_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_order_created(esauti_client *client, const esauti_event_identity *identity,
                                                 const esauti_order_created_data *data,
                                                 const esauti_event_options *opts, esauti_event_receipt **receipt,
                                                 esauti_error *err);

/**
 * esauti_events_send_order_created() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_order_created_async(esauti_client *client, const esauti_event_identity *identity,
                                                       const esauti_order_created_data *data,
                                                       const esauti_event_options *opts,
                                                       esauti_event_sent_callback callback, void *user_data,
                                                       apic_async_call **call, esauti_error *err);

/**
 * Queues a `order.created` event: checked now like esauti_events_send_order_created(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_order_created(esauti_client *client, const esauti_event_identity *identity,
                                                    const esauti_order_created_data *data,
                                                    const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `order.confirmed` event (version 1).
 *
 * The shop accepted the order and committed to fulfil it, after stock and payment checks or a
 * confirmation call for cash-on-delivery orders.
 *
 * Identity: customer, entity (order).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_order_confirmed_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_order_confirmed(esauti_client *client, const esauti_event_identity *identity,
                                                   const esauti_order_confirmed_data *data,
                                                   const esauti_event_options *opts, esauti_event_receipt **receipt,
                                                   esauti_error *err);

/**
 * esauti_events_send_order_confirmed() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_order_confirmed_async(esauti_client *client, const esauti_event_identity *identity,
                                                         const esauti_order_confirmed_data *data,
                                                         const esauti_event_options *opts,
                                                         esauti_event_sent_callback callback, void *user_data,
                                                         apic_async_call **call, esauti_error *err);

/**
 * Queues a `order.confirmed` event: checked now like esauti_events_send_order_confirmed(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_order_confirmed(esauti_client *client, const esauti_event_identity *identity,
                                                      const esauti_order_confirmed_data *data,
                                                      const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `order.paid` event (version 1).
 *
 * The order was paid in full, by mobile money, card, bank transfer or cash collected on delivery.
 *
 * Identity: customer, entity (order).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_order_paid_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_order_paid(esauti_client *client, const esauti_event_identity *identity,
                                              const esauti_order_paid_data *data, const esauti_event_options *opts,
                                              esauti_event_receipt **receipt, esauti_error *err);

/**
 * esauti_events_send_order_paid() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_order_paid_async(esauti_client *client, const esauti_event_identity *identity,
                                                    const esauti_order_paid_data *data,
                                                    const esauti_event_options *opts,
                                                    esauti_event_sent_callback callback, void *user_data,
                                                    apic_async_call **call, esauti_error *err);

/**
 * Queues a `order.paid` event: checked now like esauti_events_send_order_paid(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_order_paid(esauti_client *client, const esauti_event_identity *identity,
                                                 const esauti_order_paid_data *data, const esauti_event_options *opts,
                                                 esauti_error *err);

/**
 * Sends a `order.payment_failed` event (version 1).
 *
 * A payment attempt for the order failed or timed out. The order stays unpaid, and a reminder with
 * a new payment link can be sent.
 *
 * Identity: customer, entity (order).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_order_payment_failed_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_order_payment_failed(esauti_client *client, const esauti_event_identity *identity,
                                                        const esauti_order_payment_failed_data *data,
                                                        const esauti_event_options *opts,
                                                        esauti_event_receipt **receipt, esauti_error *err);

/**
 * esauti_events_send_order_payment_failed() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_order_payment_failed_async(esauti_client *client,
                                                              const esauti_event_identity *identity,
                                                              const esauti_order_payment_failed_data *data,
                                                              const esauti_event_options *opts,
                                                              esauti_event_sent_callback callback, void *user_data,
                                                              apic_async_call **call, esauti_error *err);

/**
 * Queues a `order.payment_failed` event: checked now like esauti_events_send_order_payment_failed(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_order_payment_failed(esauti_client *client, const esauti_event_identity *identity,
                                                           const esauti_order_payment_failed_data *data,
                                                           const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `order.updated` event (version 1).
 *
 * An open order was changed before dispatch, such as lines added or removed, a new delivery
 * address or a different delivery slot.
 *
 * Identity: customer, entity (order).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_order_updated_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_order_updated(esauti_client *client, const esauti_event_identity *identity,
                                                 const esauti_order_updated_data *data,
                                                 const esauti_event_options *opts, esauti_event_receipt **receipt,
                                                 esauti_error *err);

/**
 * esauti_events_send_order_updated() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_order_updated_async(esauti_client *client, const esauti_event_identity *identity,
                                                       const esauti_order_updated_data *data,
                                                       const esauti_event_options *opts,
                                                       esauti_event_sent_callback callback, void *user_data,
                                                       apic_async_call **call, esauti_error *err);

/**
 * Queues a `order.updated` event: checked now like esauti_events_send_order_updated(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_order_updated(esauti_client *client, const esauti_event_identity *identity,
                                                    const esauti_order_updated_data *data,
                                                    const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `order.packed` event (version 1).
 *
 * The order's items were picked and packed and the parcel is waiting for the courier or rider.
 *
 * Identity: customer, entity (order).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_order_packed_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_order_packed(esauti_client *client, const esauti_event_identity *identity,
                                                const esauti_order_packed_data *data, const esauti_event_options *opts,
                                                esauti_event_receipt **receipt, esauti_error *err);

/**
 * esauti_events_send_order_packed() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_order_packed_async(esauti_client *client, const esauti_event_identity *identity,
                                                      const esauti_order_packed_data *data,
                                                      const esauti_event_options *opts,
                                                      esauti_event_sent_callback callback, void *user_data,
                                                      apic_async_call **call, esauti_error *err);

/**
 * Queues a `order.packed` event: checked now like esauti_events_send_order_packed(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_order_packed(esauti_client *client, const esauti_event_identity *identity,
                                                   const esauti_order_packed_data *data,
                                                   const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `order.shipped` event (version 1).
 *
 * The order left the shop with a courier or rider. Carries tracking details for the shipping
 * notification.
 *
 * Identity: customer, entity (order).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_order_shipped_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_order_shipped(esauti_client *client, const esauti_event_identity *identity,
                                                 const esauti_order_shipped_data *data,
                                                 const esauti_event_options *opts, esauti_event_receipt **receipt,
                                                 esauti_error *err);

/**
 * esauti_events_send_order_shipped() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_order_shipped_async(esauti_client *client, const esauti_event_identity *identity,
                                                       const esauti_order_shipped_data *data,
                                                       const esauti_event_options *opts,
                                                       esauti_event_sent_callback callback, void *user_data,
                                                       apic_async_call **call, esauti_error *err);

/**
 * Queues a `order.shipped` event: checked now like esauti_events_send_order_shipped(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_order_shipped(esauti_client *client, const esauti_event_identity *identity,
                                                    const esauti_order_shipped_data *data,
                                                    const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `order.delivered` event (version 1).
 *
 * The order reached the customer or was collected at a pickup point. A good moment to ask for a
 * review.
 *
 * Identity: customer, entity (order).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_order_delivered_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_order_delivered(esauti_client *client, const esauti_event_identity *identity,
                                                   const esauti_order_delivered_data *data,
                                                   const esauti_event_options *opts, esauti_event_receipt **receipt,
                                                   esauti_error *err);

/**
 * esauti_events_send_order_delivered() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_order_delivered_async(esauti_client *client, const esauti_event_identity *identity,
                                                         const esauti_order_delivered_data *data,
                                                         const esauti_event_options *opts,
                                                         esauti_event_sent_callback callback, void *user_data,
                                                         apic_async_call **call, esauti_error *err);

/**
 * Queues a `order.delivered` event: checked now like esauti_events_send_order_delivered(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_order_delivered(esauti_client *client, const esauti_event_identity *identity,
                                                      const esauti_order_delivered_data *data,
                                                      const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `order.delivery_failed` event (version 1).
 *
 * A delivery attempt did not succeed, for example because the customer was unreachable or the
 * address was wrong. Another attempt is usually scheduled.
 *
 * Identity: customer, entity (order).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_order_delivery_failed_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_order_delivery_failed(esauti_client *client, const esauti_event_identity *identity,
                                                         const esauti_order_delivery_failed_data *data,
                                                         const esauti_event_options *opts,
                                                         esauti_event_receipt **receipt, esauti_error *err);

/**
 * esauti_events_send_order_delivery_failed() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_order_delivery_failed_async(esauti_client *client,
                                                               const esauti_event_identity *identity,
                                                               const esauti_order_delivery_failed_data *data,
                                                               const esauti_event_options *opts,
                                                               esauti_event_sent_callback callback, void *user_data,
                                                               apic_async_call **call, esauti_error *err);

/**
 * Queues a `order.delivery_failed` event: checked now like esauti_events_send_order_delivery_failed(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_order_delivery_failed(esauti_client *client,
                                                            const esauti_event_identity *identity,
                                                            const esauti_order_delivery_failed_data *data,
                                                            const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `order.cancelled` event (version 1).
 *
 * The order was cancelled before delivery, by the customer, the shop or the system (for example
 * unpaid too long). Any payment taken is refunded separately.
 *
 * Identity: customer, entity (order).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_order_cancelled_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_order_cancelled(esauti_client *client, const esauti_event_identity *identity,
                                                   const esauti_order_cancelled_data *data,
                                                   const esauti_event_options *opts, esauti_event_receipt **receipt,
                                                   esauti_error *err);

/**
 * esauti_events_send_order_cancelled() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_order_cancelled_async(esauti_client *client, const esauti_event_identity *identity,
                                                         const esauti_order_cancelled_data *data,
                                                         const esauti_event_options *opts,
                                                         esauti_event_sent_callback callback, void *user_data,
                                                         apic_async_call **call, esauti_error *err);

/**
 * Queues a `order.cancelled` event: checked now like esauti_events_send_order_cancelled(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_order_cancelled(esauti_client *client, const esauti_event_identity *identity,
                                                      const esauti_order_cancelled_data *data,
                                                      const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `order.held` event (version 1).
 *
 * The order was put on hold before fulfilment, for a fraud check, missing stock or a customer
 * request. Fulfilment resumes with order.confirmed or stops with order.cancelled.
 *
 * Identity: customer, entity (order).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_order_held_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_order_held(esauti_client *client, const esauti_event_identity *identity,
                                              const esauti_order_held_data *data, const esauti_event_options *opts,
                                              esauti_event_receipt **receipt, esauti_error *err);

/**
 * esauti_events_send_order_held() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_order_held_async(esauti_client *client, const esauti_event_identity *identity,
                                                    const esauti_order_held_data *data,
                                                    const esauti_event_options *opts,
                                                    esauti_event_sent_callback callback, void *user_data,
                                                    apic_async_call **call, esauti_error *err);

/**
 * Queues a `order.held` event: checked now like esauti_events_send_order_held(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_order_held(esauti_client *client, const esauti_event_identity *identity,
                                                 const esauti_order_held_data *data, const esauti_event_options *opts,
                                                 esauti_error *err);

/**
 * Sends a `order.reordered` event (version 1).
 *
 * A customer placed a new order by repeating a past one with the reorder button or link. The new
 * order also gets its own order.created.
 *
 * Identity: customer, entity (order).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_order_reordered_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_order_reordered(esauti_client *client, const esauti_event_identity *identity,
                                                   const esauti_order_reordered_data *data,
                                                   const esauti_event_options *opts, esauti_event_receipt **receipt,
                                                   esauti_error *err);

/**
 * esauti_events_send_order_reordered() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_order_reordered_async(esauti_client *client, const esauti_event_identity *identity,
                                                         const esauti_order_reordered_data *data,
                                                         const esauti_event_options *opts,
                                                         esauti_event_sent_callback callback, void *user_data,
                                                         apic_async_call **call, esauti_error *err);

/**
 * Queues a `order.reordered` event: checked now like esauti_events_send_order_reordered(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_order_reordered(esauti_client *client, const esauti_event_identity *identity,
                                                      const esauti_order_reordered_data *data,
                                                      const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `order.refunded` event (version 2).
 *
 * Money was paid back to the customer for an order, in part or in full. Version 2 lists the
 * refunded lines and the channel the money went back through.
 *
 * Identity: customer, entity (order).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_order_refunded_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_order_refunded(esauti_client *client, const esauti_event_identity *identity,
                                                  const esauti_order_refunded_data *data,
                                                  const esauti_event_options *opts, esauti_event_receipt **receipt,
                                                  esauti_error *err);

/**
 * esauti_events_send_order_refunded() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_order_refunded_async(esauti_client *client, const esauti_event_identity *identity,
                                                        const esauti_order_refunded_data *data,
                                                        const esauti_event_options *opts,
                                                        esauti_event_sent_callback callback, void *user_data,
                                                        apic_async_call **call, esauti_error *err);

/**
 * Queues a `order.refunded` event: checked now like esauti_events_send_order_refunded(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_order_refunded(esauti_client *client, const esauti_event_identity *identity,
                                                     const esauti_order_refunded_data *data,
                                                     const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `order.completed` event (version 1).
 *
 * The order is closed, delivered and past its return window, with no open returns. Counts toward
 * lifetime value and loyalty.
 *
 * Identity: customer, entity (order).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_order_completed_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_order_completed(esauti_client *client, const esauti_event_identity *identity,
                                                   const esauti_order_completed_data *data,
                                                   const esauti_event_options *opts, esauti_event_receipt **receipt,
                                                   esauti_error *err);

/**
 * esauti_events_send_order_completed() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_order_completed_async(esauti_client *client, const esauti_event_identity *identity,
                                                         const esauti_order_completed_data *data,
                                                         const esauti_event_options *opts,
                                                         esauti_event_sent_callback callback, void *user_data,
                                                         apic_async_call **call, esauti_error *err);

/**
 * Queues a `order.completed` event: checked now like esauti_events_send_order_completed(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_order_completed(esauti_client *client, const esauti_event_identity *identity,
                                                      const esauti_order_completed_data *data,
                                                      const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `payment.initiated` event (version 1).
 *
 * A payment was started and is waiting for the customer to confirm it, for example an M-Pesa STK
 * push sent to their phone or a card checkout opened. It will be followed by payment.succeeded,
 * payment.failed or payment.cancelled.
 *
 * Identity: customer, entity (payment).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_payment_initiated_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_payment_initiated(esauti_client *client, const esauti_event_identity *identity,
                                                     const esauti_payment_initiated_data *data,
                                                     const esauti_event_options *opts, esauti_event_receipt **receipt,
                                                     esauti_error *err);

/**
 * esauti_events_send_payment_initiated() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_payment_initiated_async(esauti_client *client, const esauti_event_identity *identity,
                                                           const esauti_payment_initiated_data *data,
                                                           const esauti_event_options *opts,
                                                           esauti_event_sent_callback callback, void *user_data,
                                                           apic_async_call **call, esauti_error *err);

/**
 * Queues a `payment.initiated` event: checked now like esauti_events_send_payment_initiated(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_payment_initiated(esauti_client *client, const esauti_event_identity *identity,
                                                        const esauti_payment_initiated_data *data,
                                                        const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `payment.authorized` event (version 1).
 *
 * A card payment was authorized by the issuer and the funds are on hold but not yet captured.
 * Capture normally follows when the order ships.
 *
 * Identity: customer, entity (payment).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_payment_authorized_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_payment_authorized(esauti_client *client, const esauti_event_identity *identity,
                                                      const esauti_payment_authorized_data *data,
                                                      const esauti_event_options *opts, esauti_event_receipt **receipt,
                                                      esauti_error *err);

/**
 * esauti_events_send_payment_authorized() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_payment_authorized_async(esauti_client *client,
                                                            const esauti_event_identity *identity,
                                                            const esauti_payment_authorized_data *data,
                                                            const esauti_event_options *opts,
                                                            esauti_event_sent_callback callback, void *user_data,
                                                            apic_async_call **call, esauti_error *err);

/**
 * Queues a `payment.authorized` event: checked now like esauti_events_send_payment_authorized(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_payment_authorized(esauti_client *client, const esauti_event_identity *identity,
                                                         const esauti_payment_authorized_data *data,
                                                         const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `payment.captured` event (version 1).
 *
 * Deprecated, use payment.succeeded, which covers captured card payments as well as completed
 * mobile money and bank payments. Fired when a previously authorized card payment was captured.
 *
 * Identity: customer, entity (payment).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_payment_captured_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 * @deprecated the registry marks this type deprecated
 */
APIC_EXPORT int esauti_events_send_payment_captured(esauti_client *client, const esauti_event_identity *identity,
                                                    const esauti_payment_captured_data *data,
                                                    const esauti_event_options *opts, esauti_event_receipt **receipt,
                                                    esauti_error *err);

/**
 * esauti_events_send_payment_captured() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_payment_captured_async(esauti_client *client, const esauti_event_identity *identity,
                                                          const esauti_payment_captured_data *data,
                                                          const esauti_event_options *opts,
                                                          esauti_event_sent_callback callback, void *user_data,
                                                          apic_async_call **call, esauti_error *err);

/**
 * Queues a `payment.captured` event: checked now like esauti_events_send_payment_captured(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_payment_captured(esauti_client *client, const esauti_event_identity *identity,
                                                       const esauti_payment_captured_data *data,
                                                       const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `payment.succeeded` event (version 2).
 *
 * A payment completed and the money was received, whatever the method. Version 2 adds the method,
 * the provider's reference and the processing fee.
 *
 * Identity: customer, entity (payment).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_payment_succeeded_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_payment_succeeded(esauti_client *client, const esauti_event_identity *identity,
                                                     const esauti_payment_succeeded_data *data,
                                                     const esauti_event_options *opts, esauti_event_receipt **receipt,
                                                     esauti_error *err);

/**
 * esauti_events_send_payment_succeeded() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_payment_succeeded_async(esauti_client *client, const esauti_event_identity *identity,
                                                           const esauti_payment_succeeded_data *data,
                                                           const esauti_event_options *opts,
                                                           esauti_event_sent_callback callback, void *user_data,
                                                           apic_async_call **call, esauti_error *err);

/**
 * Queues a `payment.succeeded` event: checked now like esauti_events_send_payment_succeeded(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_payment_succeeded(esauti_client *client, const esauti_event_identity *identity,
                                                        const esauti_payment_succeeded_data *data,
                                                        const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `payment.failed` event (version 1).
 *
 * A payment attempt did not go through, for example because the card was declined or the customer
 * did not enter their M-Pesa PIN in time. Useful to trigger a retry reminder.
 *
 * Identity: customer, entity (payment).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_payment_failed_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_payment_failed(esauti_client *client, const esauti_event_identity *identity,
                                                  const esauti_payment_failed_data *data,
                                                  const esauti_event_options *opts, esauti_event_receipt **receipt,
                                                  esauti_error *err);

/**
 * esauti_events_send_payment_failed() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_payment_failed_async(esauti_client *client, const esauti_event_identity *identity,
                                                        const esauti_payment_failed_data *data,
                                                        const esauti_event_options *opts,
                                                        esauti_event_sent_callback callback, void *user_data,
                                                        apic_async_call **call, esauti_error *err);

/**
 * Queues a `payment.failed` event: checked now like esauti_events_send_payment_failed(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_payment_failed(esauti_client *client, const esauti_event_identity *identity,
                                                     const esauti_payment_failed_data *data,
                                                     const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `payment.cancelled` event (version 1).
 *
 * A pending payment was cancelled before it completed, by the customer, the merchant or the
 * system. No money was taken.
 *
 * Identity: customer, entity (payment).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_payment_cancelled_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_payment_cancelled(esauti_client *client, const esauti_event_identity *identity,
                                                     const esauti_payment_cancelled_data *data,
                                                     const esauti_event_options *opts, esauti_event_receipt **receipt,
                                                     esauti_error *err);

/**
 * esauti_events_send_payment_cancelled() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_payment_cancelled_async(esauti_client *client, const esauti_event_identity *identity,
                                                           const esauti_payment_cancelled_data *data,
                                                           const esauti_event_options *opts,
                                                           esauti_event_sent_callback callback, void *user_data,
                                                           apic_async_call **call, esauti_error *err);

/**
 * Queues a `payment.cancelled` event: checked now like esauti_events_send_payment_cancelled(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_payment_cancelled(esauti_client *client, const esauti_event_identity *identity,
                                                        const esauti_payment_cancelled_data *data,
                                                        const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `payment.method_added` event (version 1).
 *
 * A customer saved a payment method (a card, a mobile money number or a bank account) for future
 * payments.
 *
 * Identity: customer, entity (payment_method).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_payment_method_added_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_payment_method_added(esauti_client *client, const esauti_event_identity *identity,
                                                        const esauti_payment_method_added_data *data,
                                                        const esauti_event_options *opts,
                                                        esauti_event_receipt **receipt, esauti_error *err);

/**
 * esauti_events_send_payment_method_added() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_payment_method_added_async(esauti_client *client,
                                                              const esauti_event_identity *identity,
                                                              const esauti_payment_method_added_data *data,
                                                              const esauti_event_options *opts,
                                                              esauti_event_sent_callback callback, void *user_data,
                                                              apic_async_call **call, esauti_error *err);

/**
 * Queues a `payment.method_added` event: checked now like esauti_events_send_payment_method_added(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_payment_method_added(esauti_client *client, const esauti_event_identity *identity,
                                                           const esauti_payment_method_added_data *data,
                                                           const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `payment.method_removed` event (version 1).
 *
 * A saved payment method was removed from the customer's account, by them or automatically (for
 * example an expired card).
 *
 * Identity: customer, entity (payment_method).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_payment_method_removed_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_payment_method_removed(esauti_client *client, const esauti_event_identity *identity,
                                                          const esauti_payment_method_removed_data *data,
                                                          const esauti_event_options *opts,
                                                          esauti_event_receipt **receipt, esauti_error *err);

/**
 * esauti_events_send_payment_method_removed() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_payment_method_removed_async(esauti_client *client,
                                                                const esauti_event_identity *identity,
                                                                const esauti_payment_method_removed_data *data,
                                                                const esauti_event_options *opts,
                                                                esauti_event_sent_callback callback, void *user_data,
                                                                apic_async_call **call, esauti_error *err);

/**
 * Queues a `payment.method_removed` event: checked now like esauti_events_send_payment_method_removed(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_payment_method_removed(esauti_client *client,
                                                             const esauti_event_identity *identity,
                                                             const esauti_payment_method_removed_data *data,
                                                             const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `payment.disputed` event (version 1).
 *
 * The customer disputed a completed payment with their bank or provider (a chargeback or reversal
 * request). The merchant may need to submit evidence before the deadline.
 *
 * Identity: customer, entity (payment).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_payment_disputed_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_payment_disputed(esauti_client *client, const esauti_event_identity *identity,
                                                    const esauti_payment_disputed_data *data,
                                                    const esauti_event_options *opts, esauti_event_receipt **receipt,
                                                    esauti_error *err);

/**
 * esauti_events_send_payment_disputed() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_payment_disputed_async(esauti_client *client, const esauti_event_identity *identity,
                                                          const esauti_payment_disputed_data *data,
                                                          const esauti_event_options *opts,
                                                          esauti_event_sent_callback callback, void *user_data,
                                                          apic_async_call **call, esauti_error *err);

/**
 * Queues a `payment.disputed` event: checked now like esauti_events_send_payment_disputed(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_payment_disputed(esauti_client *client, const esauti_event_identity *identity,
                                                       const esauti_payment_disputed_data *data,
                                                       const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `refund.requested` event (version 1).
 *
 * A refund of all or part of a payment was requested, by the customer or by staff on their behalf.
 * It still has to be processed.
 *
 * Identity: customer, entity (refund).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_refund_requested_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_refund_requested(esauti_client *client, const esauti_event_identity *identity,
                                                    const esauti_refund_requested_data *data,
                                                    const esauti_event_options *opts, esauti_event_receipt **receipt,
                                                    esauti_error *err);

/**
 * esauti_events_send_refund_requested() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_refund_requested_async(esauti_client *client, const esauti_event_identity *identity,
                                                          const esauti_refund_requested_data *data,
                                                          const esauti_event_options *opts,
                                                          esauti_event_sent_callback callback, void *user_data,
                                                          apic_async_call **call, esauti_error *err);

/**
 * Queues a `refund.requested` event: checked now like esauti_events_send_refund_requested(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_refund_requested(esauti_client *client, const esauti_event_identity *identity,
                                                       const esauti_refund_requested_data *data,
                                                       const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `refund.succeeded` event (version 1).
 *
 * A refund was paid out to the customer, to the original payment method, their mobile money number
 * or their eSauti Wallet.
 *
 * Identity: customer, entity (refund).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_refund_succeeded_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_refund_succeeded(esauti_client *client, const esauti_event_identity *identity,
                                                    const esauti_refund_succeeded_data *data,
                                                    const esauti_event_options *opts, esauti_event_receipt **receipt,
                                                    esauti_error *err);

/**
 * esauti_events_send_refund_succeeded() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_refund_succeeded_async(esauti_client *client, const esauti_event_identity *identity,
                                                          const esauti_refund_succeeded_data *data,
                                                          const esauti_event_options *opts,
                                                          esauti_event_sent_callback callback, void *user_data,
                                                          apic_async_call **call, esauti_error *err);

/**
 * Queues a `refund.succeeded` event: checked now like esauti_events_send_refund_succeeded(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_refund_succeeded(esauti_client *client, const esauti_event_identity *identity,
                                                       const esauti_refund_succeeded_data *data,
                                                       const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `refund.failed` event (version 1).
 *
 * A refund could not be paid out, for example because the destination account is invalid or the
 * provider rejected it. It may be retried automatically.
 *
 * Identity: customer, entity (refund).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_refund_failed_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_refund_failed(esauti_client *client, const esauti_event_identity *identity,
                                                 const esauti_refund_failed_data *data,
                                                 const esauti_event_options *opts, esauti_event_receipt **receipt,
                                                 esauti_error *err);

/**
 * esauti_events_send_refund_failed() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_refund_failed_async(esauti_client *client, const esauti_event_identity *identity,
                                                       const esauti_refund_failed_data *data,
                                                       const esauti_event_options *opts,
                                                       esauti_event_sent_callback callback, void *user_data,
                                                       apic_async_call **call, esauti_error *err);

/**
 * Queues a `refund.failed` event: checked now like esauti_events_send_refund_failed(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_refund_failed(esauti_client *client, const esauti_event_identity *identity,
                                                    const esauti_refund_failed_data *data,
                                                    const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `invoice.created` event (version 1).
 *
 * An invoice was created for the customer and is ready to be sent. Draft invoices that were never
 * finalized do not fire this event.
 *
 * Identity: customer, entity (invoice).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_invoice_created_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_invoice_created(esauti_client *client, const esauti_event_identity *identity,
                                                   const esauti_invoice_created_data *data,
                                                   const esauti_event_options *opts, esauti_event_receipt **receipt,
                                                   esauti_error *err);

/**
 * esauti_events_send_invoice_created() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_invoice_created_async(esauti_client *client, const esauti_event_identity *identity,
                                                         const esauti_invoice_created_data *data,
                                                         const esauti_event_options *opts,
                                                         esauti_event_sent_callback callback, void *user_data,
                                                         apic_async_call **call, esauti_error *err);

/**
 * Queues a `invoice.created` event: checked now like esauti_events_send_invoice_created(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_invoice_created(esauti_client *client, const esauti_event_identity *identity,
                                                      const esauti_invoice_created_data *data,
                                                      const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `invoice.sent` event (version 1).
 *
 * An invoice was delivered to the customer by email, SMS or WhatsApp with a link to view and pay
 * it.
 *
 * Identity: customer, entity (invoice).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_invoice_sent_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_invoice_sent(esauti_client *client, const esauti_event_identity *identity,
                                                const esauti_invoice_sent_data *data, const esauti_event_options *opts,
                                                esauti_event_receipt **receipt, esauti_error *err);

/**
 * esauti_events_send_invoice_sent() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_invoice_sent_async(esauti_client *client, const esauti_event_identity *identity,
                                                      const esauti_invoice_sent_data *data,
                                                      const esauti_event_options *opts,
                                                      esauti_event_sent_callback callback, void *user_data,
                                                      apic_async_call **call, esauti_error *err);

/**
 * Queues a `invoice.sent` event: checked now like esauti_events_send_invoice_sent(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_invoice_sent(esauti_client *client, const esauti_event_identity *identity,
                                                   const esauti_invoice_sent_data *data,
                                                   const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `invoice.viewed` event (version 1).
 *
 * The customer opened the invoice's hosted page. Fires once per viewing session, so repeated views
 * can signal intent to pay.
 *
 * Identity: customer, entity (invoice).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_invoice_viewed_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_invoice_viewed(esauti_client *client, const esauti_event_identity *identity,
                                                  const esauti_invoice_viewed_data *data,
                                                  const esauti_event_options *opts, esauti_event_receipt **receipt,
                                                  esauti_error *err);

/**
 * esauti_events_send_invoice_viewed() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_invoice_viewed_async(esauti_client *client, const esauti_event_identity *identity,
                                                        const esauti_invoice_viewed_data *data,
                                                        const esauti_event_options *opts,
                                                        esauti_event_sent_callback callback, void *user_data,
                                                        apic_async_call **call, esauti_error *err);

/**
 * Queues a `invoice.viewed` event: checked now like esauti_events_send_invoice_viewed(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_invoice_viewed(esauti_client *client, const esauti_event_identity *identity,
                                                     const esauti_invoice_viewed_data *data,
                                                     const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `invoice.reminder_sent` event (version 1).
 *
 * A payment reminder for an unpaid invoice was sent to the customer, before or after the due date.
 *
 * Identity: customer, entity (invoice).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_invoice_reminder_sent_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_invoice_reminder_sent(esauti_client *client, const esauti_event_identity *identity,
                                                         const esauti_invoice_reminder_sent_data *data,
                                                         const esauti_event_options *opts,
                                                         esauti_event_receipt **receipt, esauti_error *err);

/**
 * esauti_events_send_invoice_reminder_sent() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_invoice_reminder_sent_async(esauti_client *client,
                                                               const esauti_event_identity *identity,
                                                               const esauti_invoice_reminder_sent_data *data,
                                                               const esauti_event_options *opts,
                                                               esauti_event_sent_callback callback, void *user_data,
                                                               apic_async_call **call, esauti_error *err);

/**
 * Queues a `invoice.reminder_sent` event: checked now like esauti_events_send_invoice_reminder_sent(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_invoice_reminder_sent(esauti_client *client,
                                                            const esauti_event_identity *identity,
                                                            const esauti_invoice_reminder_sent_data *data,
                                                            const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `invoice.partially_paid` event (version 1).
 *
 * A payment was applied to the invoice but a balance remains. The invoice stays open until it is
 * fully paid.
 *
 * Identity: customer, entity (invoice).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_invoice_partially_paid_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_invoice_partially_paid(esauti_client *client, const esauti_event_identity *identity,
                                                          const esauti_invoice_partially_paid_data *data,
                                                          const esauti_event_options *opts,
                                                          esauti_event_receipt **receipt, esauti_error *err);

/**
 * esauti_events_send_invoice_partially_paid() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_invoice_partially_paid_async(esauti_client *client,
                                                                const esauti_event_identity *identity,
                                                                const esauti_invoice_partially_paid_data *data,
                                                                const esauti_event_options *opts,
                                                                esauti_event_sent_callback callback, void *user_data,
                                                                apic_async_call **call, esauti_error *err);

/**
 * Queues a `invoice.partially_paid` event: checked now like esauti_events_send_invoice_partially_paid(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_invoice_partially_paid(esauti_client *client,
                                                             const esauti_event_identity *identity,
                                                             const esauti_invoice_partially_paid_data *data,
                                                             const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `invoice.paid` event (version 2).
 *
 * The invoice was paid in full and is closed. Version 2 lists all the payments that settled it and
 * whether it was paid after the due date.
 *
 * Identity: customer, entity (invoice).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_invoice_paid_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_invoice_paid(esauti_client *client, const esauti_event_identity *identity,
                                                const esauti_invoice_paid_data *data, const esauti_event_options *opts,
                                                esauti_event_receipt **receipt, esauti_error *err);

/**
 * esauti_events_send_invoice_paid() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_invoice_paid_async(esauti_client *client, const esauti_event_identity *identity,
                                                      const esauti_invoice_paid_data *data,
                                                      const esauti_event_options *opts,
                                                      esauti_event_sent_callback callback, void *user_data,
                                                      apic_async_call **call, esauti_error *err);

/**
 * Queues a `invoice.paid` event: checked now like esauti_events_send_invoice_paid(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_invoice_paid(esauti_client *client, const esauti_event_identity *identity,
                                                   const esauti_invoice_paid_data *data,
                                                   const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `invoice.overdue` event (version 1).
 *
 * The invoice's due date passed without full payment. Fires once, the day after the due date.
 *
 * Identity: customer, entity (invoice).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_invoice_overdue_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_invoice_overdue(esauti_client *client, const esauti_event_identity *identity,
                                                   const esauti_invoice_overdue_data *data,
                                                   const esauti_event_options *opts, esauti_event_receipt **receipt,
                                                   esauti_error *err);

/**
 * esauti_events_send_invoice_overdue() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_invoice_overdue_async(esauti_client *client, const esauti_event_identity *identity,
                                                         const esauti_invoice_overdue_data *data,
                                                         const esauti_event_options *opts,
                                                         esauti_event_sent_callback callback, void *user_data,
                                                         apic_async_call **call, esauti_error *err);

/**
 * Queues a `invoice.overdue` event: checked now like esauti_events_send_invoice_overdue(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_invoice_overdue(esauti_client *client, const esauti_event_identity *identity,
                                                      const esauti_invoice_overdue_data *data,
                                                      const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `invoice.voided` event (version 1).
 *
 * An issued invoice was cancelled and no longer needs to be paid, for example because it was
 * raised in error or replaced by a corrected one.
 *
 * Identity: customer, entity (invoice).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_invoice_voided_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_invoice_voided(esauti_client *client, const esauti_event_identity *identity,
                                                  const esauti_invoice_voided_data *data,
                                                  const esauti_event_options *opts, esauti_event_receipt **receipt,
                                                  esauti_error *err);

/**
 * esauti_events_send_invoice_voided() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_invoice_voided_async(esauti_client *client, const esauti_event_identity *identity,
                                                        const esauti_invoice_voided_data *data,
                                                        const esauti_event_options *opts,
                                                        esauti_event_sent_callback callback, void *user_data,
                                                        apic_async_call **call, esauti_error *err);

/**
 * Queues a `invoice.voided` event: checked now like esauti_events_send_invoice_voided(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_invoice_voided(esauti_client *client, const esauti_event_identity *identity,
                                                     const esauti_invoice_voided_data *data,
                                                     const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `invoice.written_off` event (version 1).
 *
 * The merchant gave up collecting an unpaid invoice balance and wrote it off as uncollectible or
 * as a goodwill gesture.
 *
 * Identity: customer, entity (invoice).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_invoice_written_off_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_invoice_written_off(esauti_client *client, const esauti_event_identity *identity,
                                                       const esauti_invoice_written_off_data *data,
                                                       const esauti_event_options *opts, esauti_event_receipt **receipt,
                                                       esauti_error *err);

/**
 * esauti_events_send_invoice_written_off() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_invoice_written_off_async(esauti_client *client,
                                                             const esauti_event_identity *identity,
                                                             const esauti_invoice_written_off_data *data,
                                                             const esauti_event_options *opts,
                                                             esauti_event_sent_callback callback, void *user_data,
                                                             apic_async_call **call, esauti_error *err);

/**
 * Queues a `invoice.written_off` event: checked now like esauti_events_send_invoice_written_off(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_invoice_written_off(esauti_client *client, const esauti_event_identity *identity,
                                                          const esauti_invoice_written_off_data *data,
                                                          const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `subscription.created` event (version 1).
 *
 * A customer signed up for a subscription plan. The subscription may start with a trial or wait
 * for its first payment before it becomes active.
 *
 * Identity: customer, entity (subscription).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_subscription_created_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_subscription_created(esauti_client *client, const esauti_event_identity *identity,
                                                        const esauti_subscription_created_data *data,
                                                        const esauti_event_options *opts,
                                                        esauti_event_receipt **receipt, esauti_error *err);

/**
 * esauti_events_send_subscription_created() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_subscription_created_async(esauti_client *client,
                                                              const esauti_event_identity *identity,
                                                              const esauti_subscription_created_data *data,
                                                              const esauti_event_options *opts,
                                                              esauti_event_sent_callback callback, void *user_data,
                                                              apic_async_call **call, esauti_error *err);

/**
 * Queues a `subscription.created` event: checked now like esauti_events_send_subscription_created(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_subscription_created(esauti_client *client, const esauti_event_identity *identity,
                                                           const esauti_subscription_created_data *data,
                                                           const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `subscription.trial_started` event (version 1).
 *
 * A free trial of a plan began. Pair it with subscription.trial_ended to run trial onboarding and
 * conversion journeys.
 *
 * Identity: customer, entity (subscription).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_subscription_trial_started_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_subscription_trial_started(esauti_client *client,
                                                              const esauti_event_identity *identity,
                                                              const esauti_subscription_trial_started_data *data,
                                                              const esauti_event_options *opts,
                                                              esauti_event_receipt **receipt, esauti_error *err);

/**
 * esauti_events_send_subscription_trial_started() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_subscription_trial_started_async(esauti_client *client,
                                                                    const esauti_event_identity *identity,
                                                                    const esauti_subscription_trial_started_data *data,
                                                                    const esauti_event_options *opts,
                                                                    esauti_event_sent_callback callback,
                                                                    void *user_data, apic_async_call **call,
                                                                    esauti_error *err);

/**
 * Queues a `subscription.trial_started` event: checked now like esauti_events_send_subscription_trial_started(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_subscription_trial_started(esauti_client *client,
                                                                 const esauti_event_identity *identity,
                                                                 const esauti_subscription_trial_started_data *data,
                                                                 const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `subscription.trial_ended` event (version 1).
 *
 * A free trial reached its end, and the outcome says whether the customer converted to a paid
 * subscription or not.
 *
 * Identity: customer, entity (subscription).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_subscription_trial_ended_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_subscription_trial_ended(esauti_client *client,
                                                            const esauti_event_identity *identity,
                                                            const esauti_subscription_trial_ended_data *data,
                                                            const esauti_event_options *opts,
                                                            esauti_event_receipt **receipt, esauti_error *err);

/**
 * esauti_events_send_subscription_trial_ended() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_subscription_trial_ended_async(esauti_client *client,
                                                                  const esauti_event_identity *identity,
                                                                  const esauti_subscription_trial_ended_data *data,
                                                                  const esauti_event_options *opts,
                                                                  esauti_event_sent_callback callback, void *user_data,
                                                                  apic_async_call **call, esauti_error *err);

/**
 * Queues a `subscription.trial_ended` event: checked now like esauti_events_send_subscription_trial_ended(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_subscription_trial_ended(esauti_client *client,
                                                               const esauti_event_identity *identity,
                                                               const esauti_subscription_trial_ended_data *data,
                                                               const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `subscription.activated` event (version 1).
 *
 * The subscription became active after its first successful payment and the customer now has
 * access to the plan's benefits.
 *
 * Identity: customer, entity (subscription).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_subscription_activated_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_subscription_activated(esauti_client *client, const esauti_event_identity *identity,
                                                          const esauti_subscription_activated_data *data,
                                                          const esauti_event_options *opts,
                                                          esauti_event_receipt **receipt, esauti_error *err);

/**
 * esauti_events_send_subscription_activated() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_subscription_activated_async(esauti_client *client,
                                                                const esauti_event_identity *identity,
                                                                const esauti_subscription_activated_data *data,
                                                                const esauti_event_options *opts,
                                                                esauti_event_sent_callback callback, void *user_data,
                                                                apic_async_call **call, esauti_error *err);

/**
 * Queues a `subscription.activated` event: checked now like esauti_events_send_subscription_activated(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_subscription_activated(esauti_client *client,
                                                             const esauti_event_identity *identity,
                                                             const esauti_subscription_activated_data *data,
                                                             const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `subscription.renewed` event (version 1).
 *
 * The subscription was charged successfully for a new billing period.
 *
 * Identity: customer, entity (subscription).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_subscription_renewed_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_subscription_renewed(esauti_client *client, const esauti_event_identity *identity,
                                                        const esauti_subscription_renewed_data *data,
                                                        const esauti_event_options *opts,
                                                        esauti_event_receipt **receipt, esauti_error *err);

/**
 * esauti_events_send_subscription_renewed() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_subscription_renewed_async(esauti_client *client,
                                                              const esauti_event_identity *identity,
                                                              const esauti_subscription_renewed_data *data,
                                                              const esauti_event_options *opts,
                                                              esauti_event_sent_callback callback, void *user_data,
                                                              apic_async_call **call, esauti_error *err);

/**
 * Queues a `subscription.renewed` event: checked now like esauti_events_send_subscription_renewed(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_subscription_renewed(esauti_client *client, const esauti_event_identity *identity,
                                                           const esauti_subscription_renewed_data *data,
                                                           const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `subscription.renewal_failed` event (version 1).
 *
 * The charge for a new billing period failed. The subscription is past due and will be retried,
 * then cancelled if every retry fails.
 *
 * Identity: customer, entity (subscription).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_subscription_renewal_failed_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_subscription_renewal_failed(esauti_client *client,
                                                               const esauti_event_identity *identity,
                                                               const esauti_subscription_renewal_failed_data *data,
                                                               const esauti_event_options *opts,
                                                               esauti_event_receipt **receipt, esauti_error *err);

/**
 * esauti_events_send_subscription_renewal_failed() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_subscription_renewal_failed_async(esauti_client *client,
                                                                     const esauti_event_identity *identity,
                                                                     const esauti_subscription_renewal_failed_data *data,
                                                                     const esauti_event_options *opts,
                                                                     esauti_event_sent_callback callback,
                                                                     void *user_data, apic_async_call **call,
                                                                     esauti_error *err);

/**
 * Queues a `subscription.renewal_failed` event: checked now like esauti_events_send_subscription_renewal_failed(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_subscription_renewal_failed(esauti_client *client,
                                                                  const esauti_event_identity *identity,
                                                                  const esauti_subscription_renewal_failed_data *data,
                                                                  const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `subscription.plan_changed` event (version 1).
 *
 * The customer moved the subscription to a different plan (an upgrade, a downgrade or a change of
 * billing interval). The change may take effect now or at the next renewal.
 *
 * Identity: customer, entity (subscription).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_subscription_plan_changed_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_subscription_plan_changed(esauti_client *client,
                                                             const esauti_event_identity *identity,
                                                             const esauti_subscription_plan_changed_data *data,
                                                             const esauti_event_options *opts,
                                                             esauti_event_receipt **receipt, esauti_error *err);

/**
 * esauti_events_send_subscription_plan_changed() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_subscription_plan_changed_async(esauti_client *client,
                                                                   const esauti_event_identity *identity,
                                                                   const esauti_subscription_plan_changed_data *data,
                                                                   const esauti_event_options *opts,
                                                                   esauti_event_sent_callback callback, void *user_data,
                                                                   apic_async_call **call, esauti_error *err);

/**
 * Queues a `subscription.plan_changed` event: checked now like esauti_events_send_subscription_plan_changed(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_subscription_plan_changed(esauti_client *client,
                                                                const esauti_event_identity *identity,
                                                                const esauti_subscription_plan_changed_data *data,
                                                                const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `subscription.paused` event (version 1).
 *
 * Billing and delivery of the subscription were paused, by the customer or the merchant. No
 * charges are made while it is paused.
 *
 * Identity: customer, entity (subscription).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_subscription_paused_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_subscription_paused(esauti_client *client, const esauti_event_identity *identity,
                                                       const esauti_subscription_paused_data *data,
                                                       const esauti_event_options *opts, esauti_event_receipt **receipt,
                                                       esauti_error *err);

/**
 * esauti_events_send_subscription_paused() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_subscription_paused_async(esauti_client *client,
                                                             const esauti_event_identity *identity,
                                                             const esauti_subscription_paused_data *data,
                                                             const esauti_event_options *opts,
                                                             esauti_event_sent_callback callback, void *user_data,
                                                             apic_async_call **call, esauti_error *err);

/**
 * Queues a `subscription.paused` event: checked now like esauti_events_send_subscription_paused(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_subscription_paused(esauti_client *client, const esauti_event_identity *identity,
                                                          const esauti_subscription_paused_data *data,
                                                          const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `subscription.resumed` event (version 1).
 *
 * A paused subscription became active again and billing restarted.
 *
 * Identity: customer, entity (subscription).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_subscription_resumed_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_subscription_resumed(esauti_client *client, const esauti_event_identity *identity,
                                                        const esauti_subscription_resumed_data *data,
                                                        const esauti_event_options *opts,
                                                        esauti_event_receipt **receipt, esauti_error *err);

/**
 * esauti_events_send_subscription_resumed() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_subscription_resumed_async(esauti_client *client,
                                                              const esauti_event_identity *identity,
                                                              const esauti_subscription_resumed_data *data,
                                                              const esauti_event_options *opts,
                                                              esauti_event_sent_callback callback, void *user_data,
                                                              apic_async_call **call, esauti_error *err);

/**
 * Queues a `subscription.resumed` event: checked now like esauti_events_send_subscription_resumed(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_subscription_resumed(esauti_client *client, const esauti_event_identity *identity,
                                                           const esauti_subscription_resumed_data *data,
                                                           const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `subscription.cancellation_scheduled` event (version 1).
 *
 * The customer asked to cancel, and the subscription will end at the end of the current paid
 * period. Until then it can still be saved with a win-back offer.
 *
 * Identity: customer, entity (subscription).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_subscription_cancellation_scheduled_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_subscription_cancellation_scheduled(esauti_client *client,
                                                                       const esauti_event_identity *identity,
                                                                       const esauti_subscription_cancellation_scheduled_data *data,
                                                                       const esauti_event_options *opts,
                                                                       esauti_event_receipt **receipt,
                                                                       esauti_error *err);

/**
 * esauti_events_send_subscription_cancellation_scheduled() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_subscription_cancellation_scheduled_async(esauti_client *client,
                                                                             const esauti_event_identity *identity,
                                                                             const esauti_subscription_cancellation_scheduled_data *data,
                                                                             const esauti_event_options *opts,
                                                                             esauti_event_sent_callback callback,
                                                                             void *user_data, apic_async_call **call,
                                                                             esauti_error *err);

/**
 * Queues a `subscription.cancellation_scheduled` event: checked now like esauti_events_send_subscription_cancellation_scheduled(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_subscription_cancellation_scheduled(esauti_client *client,
                                                                          const esauti_event_identity *identity,
                                                                          const esauti_subscription_cancellation_scheduled_data *data,
                                                                          const esauti_event_options *opts,
                                                                          esauti_error *err);

/**
 * Sends a `subscription.cancelled` event (version 1).
 *
 * The subscription ended before its natural end, at once or at the end of a scheduled
 * cancellation. The customer no longer has access and will not be charged again.
 *
 * Identity: customer, entity (subscription).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_subscription_cancelled_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_subscription_cancelled(esauti_client *client, const esauti_event_identity *identity,
                                                          const esauti_subscription_cancelled_data *data,
                                                          const esauti_event_options *opts,
                                                          esauti_event_receipt **receipt, esauti_error *err);

/**
 * esauti_events_send_subscription_cancelled() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_subscription_cancelled_async(esauti_client *client,
                                                                const esauti_event_identity *identity,
                                                                const esauti_subscription_cancelled_data *data,
                                                                const esauti_event_options *opts,
                                                                esauti_event_sent_callback callback, void *user_data,
                                                                apic_async_call **call, esauti_error *err);

/**
 * Queues a `subscription.cancelled` event: checked now like esauti_events_send_subscription_cancelled(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_subscription_cancelled(esauti_client *client,
                                                             const esauti_event_identity *identity,
                                                             const esauti_subscription_cancelled_data *data,
                                                             const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `subscription.expired` event (version 1).
 *
 * A fixed-term or non-renewing subscription reached the end of its term and ended normally.
 *
 * Identity: customer, entity (subscription).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_subscription_expired_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_subscription_expired(esauti_client *client, const esauti_event_identity *identity,
                                                        const esauti_subscription_expired_data *data,
                                                        const esauti_event_options *opts,
                                                        esauti_event_receipt **receipt, esauti_error *err);

/**
 * esauti_events_send_subscription_expired() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_subscription_expired_async(esauti_client *client,
                                                              const esauti_event_identity *identity,
                                                              const esauti_subscription_expired_data *data,
                                                              const esauti_event_options *opts,
                                                              esauti_event_sent_callback callback, void *user_data,
                                                              apic_async_call **call, esauti_error *err);

/**
 * Queues a `subscription.expired` event: checked now like esauti_events_send_subscription_expired(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_subscription_expired(esauti_client *client, const esauti_event_identity *identity,
                                                           const esauti_subscription_expired_data *data,
                                                           const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `fulfillment.created` event (version 1).
 *
 * The items of an order (or part of it) were picked and packed in a warehouse or store and are
 * ready to hand over to a courier or the customer.
 *
 * Identity: customer, entity (fulfillment).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_fulfillment_created_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_fulfillment_created(esauti_client *client, const esauti_event_identity *identity,
                                                       const esauti_fulfillment_created_data *data,
                                                       const esauti_event_options *opts, esauti_event_receipt **receipt,
                                                       esauti_error *err);

/**
 * esauti_events_send_fulfillment_created() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_fulfillment_created_async(esauti_client *client,
                                                             const esauti_event_identity *identity,
                                                             const esauti_fulfillment_created_data *data,
                                                             const esauti_event_options *opts,
                                                             esauti_event_sent_callback callback, void *user_data,
                                                             apic_async_call **call, esauti_error *err);

/**
 * Queues a `fulfillment.created` event: checked now like esauti_events_send_fulfillment_created(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_fulfillment_created(esauti_client *client, const esauti_event_identity *identity,
                                                          const esauti_fulfillment_created_data *data,
                                                          const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `fulfillment.cancelled` event (version 1).
 *
 * A fulfillment was cancelled before it shipped, so its items will not be sent as planned.
 *
 * Identity: customer, entity (fulfillment).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_fulfillment_cancelled_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_fulfillment_cancelled(esauti_client *client, const esauti_event_identity *identity,
                                                         const esauti_fulfillment_cancelled_data *data,
                                                         const esauti_event_options *opts,
                                                         esauti_event_receipt **receipt, esauti_error *err);

/**
 * esauti_events_send_fulfillment_cancelled() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_fulfillment_cancelled_async(esauti_client *client,
                                                               const esauti_event_identity *identity,
                                                               const esauti_fulfillment_cancelled_data *data,
                                                               const esauti_event_options *opts,
                                                               esauti_event_sent_callback callback, void *user_data,
                                                               apic_async_call **call, esauti_error *err);

/**
 * Queues a `fulfillment.cancelled` event: checked now like esauti_events_send_fulfillment_cancelled(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_fulfillment_cancelled(esauti_client *client,
                                                            const esauti_event_identity *identity,
                                                            const esauti_fulfillment_cancelled_data *data,
                                                            const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `shipment.created` event (version 1).
 *
 * A shipment was booked with a courier and a tracking number assigned, but the parcel has not left
 * yet.
 *
 * Identity: customer, entity (shipment).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_shipment_created_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_shipment_created(esauti_client *client, const esauti_event_identity *identity,
                                                    const esauti_shipment_created_data *data,
                                                    const esauti_event_options *opts, esauti_event_receipt **receipt,
                                                    esauti_error *err);

/**
 * esauti_events_send_shipment_created() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_shipment_created_async(esauti_client *client, const esauti_event_identity *identity,
                                                          const esauti_shipment_created_data *data,
                                                          const esauti_event_options *opts,
                                                          esauti_event_sent_callback callback, void *user_data,
                                                          apic_async_call **call, esauti_error *err);

/**
 * Queues a `shipment.created` event: checked now like esauti_events_send_shipment_created(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_shipment_created(esauti_client *client, const esauti_event_identity *identity,
                                                       const esauti_shipment_created_data *data,
                                                       const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `shipment.dispatched` event (version 1).
 *
 * The parcel was handed over to the courier and is on its way to the customer.
 *
 * Identity: customer, entity (shipment).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_shipment_dispatched_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_shipment_dispatched(esauti_client *client, const esauti_event_identity *identity,
                                                       const esauti_shipment_dispatched_data *data,
                                                       const esauti_event_options *opts, esauti_event_receipt **receipt,
                                                       esauti_error *err);

/**
 * esauti_events_send_shipment_dispatched() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_shipment_dispatched_async(esauti_client *client,
                                                             const esauti_event_identity *identity,
                                                             const esauti_shipment_dispatched_data *data,
                                                             const esauti_event_options *opts,
                                                             esauti_event_sent_callback callback, void *user_data,
                                                             apic_async_call **call, esauti_error *err);

/**
 * Queues a `shipment.dispatched` event: checked now like esauti_events_send_shipment_dispatched(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_shipment_dispatched(esauti_client *client, const esauti_event_identity *identity,
                                                          const esauti_shipment_dispatched_data *data,
                                                          const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `shipment.tracking_updated` event (version 1).
 *
 * Deprecated, use the specific events (shipment.dispatched, shipment.delayed,
 * shipment.arrived_at_pickup_point, shipment.delivery_failed, shipment.delivered). Fired on every
 * tracking scan reported by the carrier.
 *
 * Identity: customer, entity (shipment).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_shipment_tracking_updated_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 * @deprecated the registry marks this type deprecated
 */
APIC_EXPORT int esauti_events_send_shipment_tracking_updated(esauti_client *client,
                                                             const esauti_event_identity *identity,
                                                             const esauti_shipment_tracking_updated_data *data,
                                                             const esauti_event_options *opts,
                                                             esauti_event_receipt **receipt, esauti_error *err);

/**
 * esauti_events_send_shipment_tracking_updated() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_shipment_tracking_updated_async(esauti_client *client,
                                                                   const esauti_event_identity *identity,
                                                                   const esauti_shipment_tracking_updated_data *data,
                                                                   const esauti_event_options *opts,
                                                                   esauti_event_sent_callback callback, void *user_data,
                                                                   apic_async_call **call, esauti_error *err);

/**
 * Queues a `shipment.tracking_updated` event: checked now like esauti_events_send_shipment_tracking_updated(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_shipment_tracking_updated(esauti_client *client,
                                                                const esauti_event_identity *identity,
                                                                const esauti_shipment_tracking_updated_data *data,
                                                                const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `shipment.delayed` event (version 1).
 *
 * The carrier reported that the parcel will arrive later than the estimated delivery date. Use it
 * to warn the customer before they ask.
 *
 * Identity: customer, entity (shipment).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_shipment_delayed_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_shipment_delayed(esauti_client *client, const esauti_event_identity *identity,
                                                    const esauti_shipment_delayed_data *data,
                                                    const esauti_event_options *opts, esauti_event_receipt **receipt,
                                                    esauti_error *err);

/**
 * esauti_events_send_shipment_delayed() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_shipment_delayed_async(esauti_client *client, const esauti_event_identity *identity,
                                                          const esauti_shipment_delayed_data *data,
                                                          const esauti_event_options *opts,
                                                          esauti_event_sent_callback callback, void *user_data,
                                                          apic_async_call **call, esauti_error *err);

/**
 * Queues a `shipment.delayed` event: checked now like esauti_events_send_shipment_delayed(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_shipment_delayed(esauti_client *client, const esauti_event_identity *identity,
                                                       const esauti_shipment_delayed_data *data,
                                                       const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `shipment.arrived_at_pickup_point` event (version 1).
 *
 * The parcel reached the pickup station or parcel locker the customer chose and is ready for
 * collection. The customer is usually sent the pickup code by SMS.
 *
 * Identity: customer.phone, entity (shipment).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_shipment_arrived_at_pickup_point_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_shipment_arrived_at_pickup_point(esauti_client *client,
                                                                    const esauti_event_identity *identity,
                                                                    const esauti_shipment_arrived_at_pickup_point_data *data,
                                                                    const esauti_event_options *opts,
                                                                    esauti_event_receipt **receipt, esauti_error *err);

/**
 * esauti_events_send_shipment_arrived_at_pickup_point() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_shipment_arrived_at_pickup_point_async(esauti_client *client,
                                                                          const esauti_event_identity *identity,
                                                                          const esauti_shipment_arrived_at_pickup_point_data *data,
                                                                          const esauti_event_options *opts,
                                                                          esauti_event_sent_callback callback,
                                                                          void *user_data, apic_async_call **call,
                                                                          esauti_error *err);

/**
 * Queues a `shipment.arrived_at_pickup_point` event: checked now like esauti_events_send_shipment_arrived_at_pickup_point(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_shipment_arrived_at_pickup_point(esauti_client *client,
                                                                       const esauti_event_identity *identity,
                                                                       const esauti_shipment_arrived_at_pickup_point_data *data,
                                                                       const esauti_event_options *opts,
                                                                       esauti_error *err);

/**
 * Sends a `shipment.delivery_failed` event (version 1).
 *
 * A delivery attempt did not succeed, for example because nobody was available or the address
 * could not be found. The courier may try again or return the parcel.
 *
 * Identity: customer, entity (shipment).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_shipment_delivery_failed_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_shipment_delivery_failed(esauti_client *client,
                                                            const esauti_event_identity *identity,
                                                            const esauti_shipment_delivery_failed_data *data,
                                                            const esauti_event_options *opts,
                                                            esauti_event_receipt **receipt, esauti_error *err);

/**
 * esauti_events_send_shipment_delivery_failed() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_shipment_delivery_failed_async(esauti_client *client,
                                                                  const esauti_event_identity *identity,
                                                                  const esauti_shipment_delivery_failed_data *data,
                                                                  const esauti_event_options *opts,
                                                                  esauti_event_sent_callback callback, void *user_data,
                                                                  apic_async_call **call, esauti_error *err);

/**
 * Queues a `shipment.delivery_failed` event: checked now like esauti_events_send_shipment_delivery_failed(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_shipment_delivery_failed(esauti_client *client,
                                                               const esauti_event_identity *identity,
                                                               const esauti_shipment_delivery_failed_data *data,
                                                               const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `shipment.delivered` event (version 2).
 *
 * The parcel was delivered to the customer or collected from a pickup point. Version 2 adds how it
 * was handed over, proof of delivery and any cash collected on delivery.
 *
 * Identity: customer, entity (shipment).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_shipment_delivered_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_shipment_delivered(esauti_client *client, const esauti_event_identity *identity,
                                                      const esauti_shipment_delivered_data *data,
                                                      const esauti_event_options *opts, esauti_event_receipt **receipt,
                                                      esauti_error *err);

/**
 * esauti_events_send_shipment_delivered() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_shipment_delivered_async(esauti_client *client,
                                                            const esauti_event_identity *identity,
                                                            const esauti_shipment_delivered_data *data,
                                                            const esauti_event_options *opts,
                                                            esauti_event_sent_callback callback, void *user_data,
                                                            apic_async_call **call, esauti_error *err);

/**
 * Queues a `shipment.delivered` event: checked now like esauti_events_send_shipment_delivered(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_shipment_delivered(esauti_client *client, const esauti_event_identity *identity,
                                                         const esauti_shipment_delivered_data *data,
                                                         const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `return.requested` event (version 1).
 *
 * The customer asked to return items from an order. The request waits for the merchant's approval.
 *
 * Identity: customer, entity (return).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_return_requested_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_return_requested(esauti_client *client, const esauti_event_identity *identity,
                                                    const esauti_return_requested_data *data,
                                                    const esauti_event_options *opts, esauti_event_receipt **receipt,
                                                    esauti_error *err);

/**
 * esauti_events_send_return_requested() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_return_requested_async(esauti_client *client, const esauti_event_identity *identity,
                                                          const esauti_return_requested_data *data,
                                                          const esauti_event_options *opts,
                                                          esauti_event_sent_callback callback, void *user_data,
                                                          apic_async_call **call, esauti_error *err);

/**
 * Queues a `return.requested` event: checked now like esauti_events_send_return_requested(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_return_requested(esauti_client *client, const esauti_event_identity *identity,
                                                       const esauti_return_requested_data *data,
                                                       const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `return.approved` event (version 1).
 *
 * The merchant approved a return request and told the customer how and by when to send the items
 * back.
 *
 * Identity: customer, entity (return).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_return_approved_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_return_approved(esauti_client *client, const esauti_event_identity *identity,
                                                   const esauti_return_approved_data *data,
                                                   const esauti_event_options *opts, esauti_event_receipt **receipt,
                                                   esauti_error *err);

/**
 * esauti_events_send_return_approved() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_return_approved_async(esauti_client *client, const esauti_event_identity *identity,
                                                         const esauti_return_approved_data *data,
                                                         const esauti_event_options *opts,
                                                         esauti_event_sent_callback callback, void *user_data,
                                                         apic_async_call **call, esauti_error *err);

/**
 * Queues a `return.approved` event: checked now like esauti_events_send_return_approved(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_return_approved(esauti_client *client, const esauti_event_identity *identity,
                                                      const esauti_return_approved_data *data,
                                                      const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `return.rejected` event (version 1).
 *
 * The merchant turned down a return request or refused the items after inspection.
 *
 * Identity: customer, entity (return).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_return_rejected_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_return_rejected(esauti_client *client, const esauti_event_identity *identity,
                                                   const esauti_return_rejected_data *data,
                                                   const esauti_event_options *opts, esauti_event_receipt **receipt,
                                                   esauti_error *err);

/**
 * esauti_events_send_return_rejected() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_return_rejected_async(esauti_client *client, const esauti_event_identity *identity,
                                                         const esauti_return_rejected_data *data,
                                                         const esauti_event_options *opts,
                                                         esauti_event_sent_callback callback, void *user_data,
                                                         apic_async_call **call, esauti_error *err);

/**
 * Queues a `return.rejected` event: checked now like esauti_events_send_return_rejected(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_return_rejected(esauti_client *client, const esauti_event_identity *identity,
                                                      const esauti_return_rejected_data *data,
                                                      const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `return.received` event (version 1).
 *
 * The returned items arrived at the merchant's warehouse or store and were inspected.
 *
 * Identity: customer, entity (return).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_return_received_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_return_received(esauti_client *client, const esauti_event_identity *identity,
                                                   const esauti_return_received_data *data,
                                                   const esauti_event_options *opts, esauti_event_receipt **receipt,
                                                   esauti_error *err);

/**
 * esauti_events_send_return_received() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_return_received_async(esauti_client *client, const esauti_event_identity *identity,
                                                         const esauti_return_received_data *data,
                                                         const esauti_event_options *opts,
                                                         esauti_event_sent_callback callback, void *user_data,
                                                         apic_async_call **call, esauti_error *err);

/**
 * Queues a `return.received` event: checked now like esauti_events_send_return_received(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_return_received(esauti_client *client, const esauti_event_identity *identity,
                                                      const esauti_return_received_data *data,
                                                      const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `return.completed` event (version 1).
 *
 * The return was closed with a refund, an exchange or store credit given to the customer.
 *
 * Identity: customer, entity (return).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_return_completed_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_return_completed(esauti_client *client, const esauti_event_identity *identity,
                                                    const esauti_return_completed_data *data,
                                                    const esauti_event_options *opts, esauti_event_receipt **receipt,
                                                    esauti_error *err);

/**
 * esauti_events_send_return_completed() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_return_completed_async(esauti_client *client, const esauti_event_identity *identity,
                                                          const esauti_return_completed_data *data,
                                                          const esauti_event_options *opts,
                                                          esauti_event_sent_callback callback, void *user_data,
                                                          apic_async_call **call, esauti_error *err);

/**
 * Queues a `return.completed` event: checked now like esauti_events_send_return_completed(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_return_completed(esauti_client *client, const esauti_event_identity *identity,
                                                       const esauti_return_completed_data *data,
                                                       const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `coupon.issued` event (version 1).
 *
 * A coupon was issued to a specific customer, for example a personal welcome code or a win-back
 * offer from a campaign.
 *
 * Identity: customer, entity (coupon).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_coupon_issued_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_coupon_issued(esauti_client *client, const esauti_event_identity *identity,
                                                 const esauti_coupon_issued_data *data,
                                                 const esauti_event_options *opts, esauti_event_receipt **receipt,
                                                 esauti_error *err);

/**
 * esauti_events_send_coupon_issued() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_coupon_issued_async(esauti_client *client, const esauti_event_identity *identity,
                                                       const esauti_coupon_issued_data *data,
                                                       const esauti_event_options *opts,
                                                       esauti_event_sent_callback callback, void *user_data,
                                                       apic_async_call **call, esauti_error *err);

/**
 * Queues a `coupon.issued` event: checked now like esauti_events_send_coupon_issued(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_coupon_issued(esauti_client *client, const esauti_event_identity *identity,
                                                    const esauti_coupon_issued_data *data,
                                                    const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `coupon.claimed` event (version 1).
 *
 * The customer claimed a coupon from a public offer (an SMS keyword, a website pop-up or a social
 * media post), which saved it to their account.
 *
 * Identity: customer, entity (coupon).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_coupon_claimed_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_coupon_claimed(esauti_client *client, const esauti_event_identity *identity,
                                                  const esauti_coupon_claimed_data *data,
                                                  const esauti_event_options *opts, esauti_event_receipt **receipt,
                                                  esauti_error *err);

/**
 * esauti_events_send_coupon_claimed() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_coupon_claimed_async(esauti_client *client, const esauti_event_identity *identity,
                                                        const esauti_coupon_claimed_data *data,
                                                        const esauti_event_options *opts,
                                                        esauti_event_sent_callback callback, void *user_data,
                                                        apic_async_call **call, esauti_error *err);

/**
 * Queues a `coupon.claimed` event: checked now like esauti_events_send_coupon_claimed(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_coupon_claimed(esauti_client *client, const esauti_event_identity *identity,
                                                     const esauti_coupon_claimed_data *data,
                                                     const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `coupon.applied` event (version 1).
 *
 * The customer applied a valid coupon to their cart at checkout. The order has not been placed
 * yet, so this can feed abandoned-checkout journeys.
 *
 * Identity: customer, entity (coupon).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_coupon_applied_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_coupon_applied(esauti_client *client, const esauti_event_identity *identity,
                                                  const esauti_coupon_applied_data *data,
                                                  const esauti_event_options *opts, esauti_event_receipt **receipt,
                                                  esauti_error *err);

/**
 * esauti_events_send_coupon_applied() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_coupon_applied_async(esauti_client *client, const esauti_event_identity *identity,
                                                        const esauti_coupon_applied_data *data,
                                                        const esauti_event_options *opts,
                                                        esauti_event_sent_callback callback, void *user_data,
                                                        apic_async_call **call, esauti_error *err);

/**
 * Queues a `coupon.applied` event: checked now like esauti_events_send_coupon_applied(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_coupon_applied(esauti_client *client, const esauti_event_identity *identity,
                                                     const esauti_coupon_applied_data *data,
                                                     const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `coupon.redeemed` event (version 1).
 *
 * An order was placed with the coupon, so the discount was actually used. Counts towards the
 * coupon's usage limit.
 *
 * Identity: customer, entity (coupon).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_coupon_redeemed_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_coupon_redeemed(esauti_client *client, const esauti_event_identity *identity,
                                                   const esauti_coupon_redeemed_data *data,
                                                   const esauti_event_options *opts, esauti_event_receipt **receipt,
                                                   esauti_error *err);

/**
 * esauti_events_send_coupon_redeemed() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_coupon_redeemed_async(esauti_client *client, const esauti_event_identity *identity,
                                                         const esauti_coupon_redeemed_data *data,
                                                         const esauti_event_options *opts,
                                                         esauti_event_sent_callback callback, void *user_data,
                                                         apic_async_call **call, esauti_error *err);

/**
 * Queues a `coupon.redeemed` event: checked now like esauti_events_send_coupon_redeemed(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_coupon_redeemed(esauti_client *client, const esauti_event_identity *identity,
                                                      const esauti_coupon_redeemed_data *data,
                                                      const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `coupon.redemption_rejected` event (version 1).
 *
 * A code the customer entered at checkout was not accepted. The code may not match any coupon, so
 * no coupon entity is given.
 *
 * Identity: customer.
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_coupon_redemption_rejected_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_coupon_redemption_rejected(esauti_client *client,
                                                              const esauti_event_identity *identity,
                                                              const esauti_coupon_redemption_rejected_data *data,
                                                              const esauti_event_options *opts,
                                                              esauti_event_receipt **receipt, esauti_error *err);

/**
 * esauti_events_send_coupon_redemption_rejected() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_coupon_redemption_rejected_async(esauti_client *client,
                                                                    const esauti_event_identity *identity,
                                                                    const esauti_coupon_redemption_rejected_data *data,
                                                                    const esauti_event_options *opts,
                                                                    esauti_event_sent_callback callback,
                                                                    void *user_data, apic_async_call **call,
                                                                    esauti_error *err);

/**
 * Queues a `coupon.redemption_rejected` event: checked now like esauti_events_send_coupon_redemption_rejected(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_coupon_redemption_rejected(esauti_client *client,
                                                                 const esauti_event_identity *identity,
                                                                 const esauti_coupon_redemption_rejected_data *data,
                                                                 const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `coupon.expiry_reminder_sent` event (version 1).
 *
 * The customer was reminded that an unused coupon is about to expire.
 *
 * Identity: customer, entity (coupon).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_coupon_expiry_reminder_sent_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_coupon_expiry_reminder_sent(esauti_client *client,
                                                               const esauti_event_identity *identity,
                                                               const esauti_coupon_expiry_reminder_sent_data *data,
                                                               const esauti_event_options *opts,
                                                               esauti_event_receipt **receipt, esauti_error *err);

/**
 * esauti_events_send_coupon_expiry_reminder_sent() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_coupon_expiry_reminder_sent_async(esauti_client *client,
                                                                     const esauti_event_identity *identity,
                                                                     const esauti_coupon_expiry_reminder_sent_data *data,
                                                                     const esauti_event_options *opts,
                                                                     esauti_event_sent_callback callback,
                                                                     void *user_data, apic_async_call **call,
                                                                     esauti_error *err);

/**
 * Queues a `coupon.expiry_reminder_sent` event: checked now like esauti_events_send_coupon_expiry_reminder_sent(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_coupon_expiry_reminder_sent(esauti_client *client,
                                                                  const esauti_event_identity *identity,
                                                                  const esauti_coupon_expiry_reminder_sent_data *data,
                                                                  const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `coupon.expired` event (version 1).
 *
 * A coupon held by the customer reached its expiry date and can no longer be used.
 *
 * Identity: customer, entity (coupon).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_coupon_expired_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_coupon_expired(esauti_client *client, const esauti_event_identity *identity,
                                                  const esauti_coupon_expired_data *data,
                                                  const esauti_event_options *opts, esauti_event_receipt **receipt,
                                                  esauti_error *err);

/**
 * esauti_events_send_coupon_expired() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_coupon_expired_async(esauti_client *client, const esauti_event_identity *identity,
                                                        const esauti_coupon_expired_data *data,
                                                        const esauti_event_options *opts,
                                                        esauti_event_sent_callback callback, void *user_data,
                                                        apic_async_call **call, esauti_error *err);

/**
 * Queues a `coupon.expired` event: checked now like esauti_events_send_coupon_expired(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_coupon_expired(esauti_client *client, const esauti_event_identity *identity,
                                                     const esauti_coupon_expired_data *data,
                                                     const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `coupon.revoked` event (version 1).
 *
 * The merchant or the system withdrew a coupon from the customer before it expired, for example
 * after abuse was detected or because it was issued by mistake.
 *
 * Identity: customer, entity (coupon).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_coupon_revoked_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_coupon_revoked(esauti_client *client, const esauti_event_identity *identity,
                                                  const esauti_coupon_revoked_data *data,
                                                  const esauti_event_options *opts, esauti_event_receipt **receipt,
                                                  esauti_error *err);

/**
 * esauti_events_send_coupon_revoked() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_coupon_revoked_async(esauti_client *client, const esauti_event_identity *identity,
                                                        const esauti_coupon_revoked_data *data,
                                                        const esauti_event_options *opts,
                                                        esauti_event_sent_callback callback, void *user_data,
                                                        apic_async_call **call, esauti_error *err);

/**
 * Queues a `coupon.revoked` event: checked now like esauti_events_send_coupon_revoked(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_coupon_revoked(esauti_client *client, const esauti_event_identity *identity,
                                                     const esauti_coupon_revoked_data *data,
                                                     const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `loyalty.enrolled` event (version 1).
 *
 * The customer joined the loyalty programme and got a member account, possibly with welcome
 * points.
 *
 * Identity: customer.id, entity (loyalty_member).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_loyalty_enrolled_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_loyalty_enrolled(esauti_client *client, const esauti_event_identity *identity,
                                                    const esauti_loyalty_enrolled_data *data,
                                                    const esauti_event_options *opts, esauti_event_receipt **receipt,
                                                    esauti_error *err);

/**
 * esauti_events_send_loyalty_enrolled() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_loyalty_enrolled_async(esauti_client *client, const esauti_event_identity *identity,
                                                          const esauti_loyalty_enrolled_data *data,
                                                          const esauti_event_options *opts,
                                                          esauti_event_sent_callback callback, void *user_data,
                                                          apic_async_call **call, esauti_error *err);

/**
 * Queues a `loyalty.enrolled` event: checked now like esauti_events_send_loyalty_enrolled(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_loyalty_enrolled(esauti_client *client, const esauti_event_identity *identity,
                                                       const esauti_loyalty_enrolled_data *data,
                                                       const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `loyalty.points_earned` event (version 1).
 *
 * Points were credited to the member's balance, for a purchase or another rewarded action such as
 * a referral or a review.
 *
 * Identity: customer, entity (loyalty_member).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_loyalty_points_earned_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_loyalty_points_earned(esauti_client *client, const esauti_event_identity *identity,
                                                         const esauti_loyalty_points_earned_data *data,
                                                         const esauti_event_options *opts,
                                                         esauti_event_receipt **receipt, esauti_error *err);

/**
 * esauti_events_send_loyalty_points_earned() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_loyalty_points_earned_async(esauti_client *client,
                                                               const esauti_event_identity *identity,
                                                               const esauti_loyalty_points_earned_data *data,
                                                               const esauti_event_options *opts,
                                                               esauti_event_sent_callback callback, void *user_data,
                                                               apic_async_call **call, esauti_error *err);

/**
 * Queues a `loyalty.points_earned` event: checked now like esauti_events_send_loyalty_points_earned(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_loyalty_points_earned(esauti_client *client,
                                                            const esauti_event_identity *identity,
                                                            const esauti_loyalty_points_earned_data *data,
                                                            const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `loyalty.points_redeemed` event (version 1).
 *
 * The member spent points on a reward, such as a discount at checkout, a free product, airtime or
 * wallet credit.
 *
 * Identity: customer, entity (loyalty_member).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_loyalty_points_redeemed_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_loyalty_points_redeemed(esauti_client *client, const esauti_event_identity *identity,
                                                           const esauti_loyalty_points_redeemed_data *data,
                                                           const esauti_event_options *opts,
                                                           esauti_event_receipt **receipt, esauti_error *err);

/**
 * esauti_events_send_loyalty_points_redeemed() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_loyalty_points_redeemed_async(esauti_client *client,
                                                                 const esauti_event_identity *identity,
                                                                 const esauti_loyalty_points_redeemed_data *data,
                                                                 const esauti_event_options *opts,
                                                                 esauti_event_sent_callback callback, void *user_data,
                                                                 apic_async_call **call, esauti_error *err);

/**
 * Queues a `loyalty.points_redeemed` event: checked now like esauti_events_send_loyalty_points_redeemed(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_loyalty_points_redeemed(esauti_client *client,
                                                              const esauti_event_identity *identity,
                                                              const esauti_loyalty_points_redeemed_data *data,
                                                              const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `loyalty.points_expired` event (version 1).
 *
 * Points the member did not use in time expired and were removed from their balance.
 *
 * Identity: customer, entity (loyalty_member).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_loyalty_points_expired_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_loyalty_points_expired(esauti_client *client, const esauti_event_identity *identity,
                                                          const esauti_loyalty_points_expired_data *data,
                                                          const esauti_event_options *opts,
                                                          esauti_event_receipt **receipt, esauti_error *err);

/**
 * esauti_events_send_loyalty_points_expired() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_loyalty_points_expired_async(esauti_client *client,
                                                                const esauti_event_identity *identity,
                                                                const esauti_loyalty_points_expired_data *data,
                                                                const esauti_event_options *opts,
                                                                esauti_event_sent_callback callback, void *user_data,
                                                                apic_async_call **call, esauti_error *err);

/**
 * Queues a `loyalty.points_expired` event: checked now like esauti_events_send_loyalty_points_expired(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_loyalty_points_expired(esauti_client *client,
                                                             const esauti_event_identity *identity,
                                                             const esauti_loyalty_points_expired_data *data,
                                                             const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `loyalty.tier_upgraded` event (version 1).
 *
 * Deprecated, use loyalty.tier_changed, which also reports downgrades. Fired when the member moved
 * up to a higher tier.
 *
 * Identity: customer, entity (loyalty_member).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_loyalty_tier_upgraded_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 * @deprecated the registry marks this type deprecated
 */
APIC_EXPORT int esauti_events_send_loyalty_tier_upgraded(esauti_client *client, const esauti_event_identity *identity,
                                                         const esauti_loyalty_tier_upgraded_data *data,
                                                         const esauti_event_options *opts,
                                                         esauti_event_receipt **receipt, esauti_error *err);

/**
 * esauti_events_send_loyalty_tier_upgraded() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_loyalty_tier_upgraded_async(esauti_client *client,
                                                               const esauti_event_identity *identity,
                                                               const esauti_loyalty_tier_upgraded_data *data,
                                                               const esauti_event_options *opts,
                                                               esauti_event_sent_callback callback, void *user_data,
                                                               apic_async_call **call, esauti_error *err);

/**
 * Queues a `loyalty.tier_upgraded` event: checked now like esauti_events_send_loyalty_tier_upgraded(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_loyalty_tier_upgraded(esauti_client *client,
                                                            const esauti_event_identity *identity,
                                                            const esauti_loyalty_tier_upgraded_data *data,
                                                            const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `loyalty.tier_changed` event (version 2).
 *
 * The member moved to a different tier, up or down. Version 2 adds the direction, the reason and
 * how long the new tier is held.
 *
 * Identity: customer, entity (loyalty_member).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_loyalty_tier_changed_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_loyalty_tier_changed(esauti_client *client, const esauti_event_identity *identity,
                                                        const esauti_loyalty_tier_changed_data *data,
                                                        const esauti_event_options *opts,
                                                        esauti_event_receipt **receipt, esauti_error *err);

/**
 * esauti_events_send_loyalty_tier_changed() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_loyalty_tier_changed_async(esauti_client *client,
                                                              const esauti_event_identity *identity,
                                                              const esauti_loyalty_tier_changed_data *data,
                                                              const esauti_event_options *opts,
                                                              esauti_event_sent_callback callback, void *user_data,
                                                              apic_async_call **call, esauti_error *err);

/**
 * Queues a `loyalty.tier_changed` event: checked now like esauti_events_send_loyalty_tier_changed(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_loyalty_tier_changed(esauti_client *client, const esauti_event_identity *identity,
                                                           const esauti_loyalty_tier_changed_data *data,
                                                           const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `wallet.opened` event (version 1).
 *
 * The customer opened an eSauti Wallet, which is linked to their phone number and starts with a
 * zero balance unless a welcome credit is given.
 *
 * Identity: customer.phone, entity (wallet).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_wallet_opened_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_wallet_opened(esauti_client *client, const esauti_event_identity *identity,
                                                 const esauti_wallet_opened_data *data,
                                                 const esauti_event_options *opts, esauti_event_receipt **receipt,
                                                 esauti_error *err);

/**
 * esauti_events_send_wallet_opened() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_wallet_opened_async(esauti_client *client, const esauti_event_identity *identity,
                                                       const esauti_wallet_opened_data *data,
                                                       const esauti_event_options *opts,
                                                       esauti_event_sent_callback callback, void *user_data,
                                                       apic_async_call **call, esauti_error *err);

/**
 * Queues a `wallet.opened` event: checked now like esauti_events_send_wallet_opened(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_wallet_opened(esauti_client *client, const esauti_event_identity *identity,
                                                    const esauti_wallet_opened_data *data,
                                                    const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `wallet.topped_up` event (version 1).
 *
 * Money was added to the wallet, from mobile money, a card or a bank, or as cashback or a refund.
 *
 * Identity: customer, entity (wallet).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_wallet_topped_up_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_wallet_topped_up(esauti_client *client, const esauti_event_identity *identity,
                                                    const esauti_wallet_topped_up_data *data,
                                                    const esauti_event_options *opts, esauti_event_receipt **receipt,
                                                    esauti_error *err);

/**
 * esauti_events_send_wallet_topped_up() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_wallet_topped_up_async(esauti_client *client, const esauti_event_identity *identity,
                                                          const esauti_wallet_topped_up_data *data,
                                                          const esauti_event_options *opts,
                                                          esauti_event_sent_callback callback, void *user_data,
                                                          apic_async_call **call, esauti_error *err);

/**
 * Queues a `wallet.topped_up` event: checked now like esauti_events_send_wallet_topped_up(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_wallet_topped_up(esauti_client *client, const esauti_event_identity *identity,
                                                       const esauti_wallet_topped_up_data *data,
                                                       const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `wallet.top_up_failed` event (version 1).
 *
 * An attempt to add money to the wallet failed and the balance is unchanged.
 *
 * Identity: customer, entity (wallet).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_wallet_top_up_failed_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_wallet_top_up_failed(esauti_client *client, const esauti_event_identity *identity,
                                                        const esauti_wallet_top_up_failed_data *data,
                                                        const esauti_event_options *opts,
                                                        esauti_event_receipt **receipt, esauti_error *err);

/**
 * esauti_events_send_wallet_top_up_failed() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_wallet_top_up_failed_async(esauti_client *client,
                                                              const esauti_event_identity *identity,
                                                              const esauti_wallet_top_up_failed_data *data,
                                                              const esauti_event_options *opts,
                                                              esauti_event_sent_callback callback, void *user_data,
                                                              apic_async_call **call, esauti_error *err);

/**
 * Queues a `wallet.top_up_failed` event: checked now like esauti_events_send_wallet_top_up_failed(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_wallet_top_up_failed(esauti_client *client, const esauti_event_identity *identity,
                                                           const esauti_wallet_top_up_failed_data *data,
                                                           const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `wallet.debited` event (version 1).
 *
 * Money was taken from the wallet to pay for an order, a subscription or an invoice, or to
 * withdraw it.
 *
 * Identity: customer, entity (wallet).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_wallet_debited_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_wallet_debited(esauti_client *client, const esauti_event_identity *identity,
                                                  const esauti_wallet_debited_data *data,
                                                  const esauti_event_options *opts, esauti_event_receipt **receipt,
                                                  esauti_error *err);

/**
 * esauti_events_send_wallet_debited() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_wallet_debited_async(esauti_client *client, const esauti_event_identity *identity,
                                                        const esauti_wallet_debited_data *data,
                                                        const esauti_event_options *opts,
                                                        esauti_event_sent_callback callback, void *user_data,
                                                        apic_async_call **call, esauti_error *err);

/**
 * Queues a `wallet.debited` event: checked now like esauti_events_send_wallet_debited(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_wallet_debited(esauti_client *client, const esauti_event_identity *identity,
                                                     const esauti_wallet_debited_data *data,
                                                     const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `wallet.transfer_sent` event (version 1).
 *
 * The customer sent money from their wallet to another customer's wallet. The recipient gets a
 * matching wallet.transfer_received.
 *
 * Identity: customer, entity (wallet).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_wallet_transfer_sent_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_wallet_transfer_sent(esauti_client *client, const esauti_event_identity *identity,
                                                        const esauti_wallet_transfer_sent_data *data,
                                                        const esauti_event_options *opts,
                                                        esauti_event_receipt **receipt, esauti_error *err);

/**
 * esauti_events_send_wallet_transfer_sent() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_wallet_transfer_sent_async(esauti_client *client,
                                                              const esauti_event_identity *identity,
                                                              const esauti_wallet_transfer_sent_data *data,
                                                              const esauti_event_options *opts,
                                                              esauti_event_sent_callback callback, void *user_data,
                                                              apic_async_call **call, esauti_error *err);

/**
 * Queues a `wallet.transfer_sent` event: checked now like esauti_events_send_wallet_transfer_sent(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_wallet_transfer_sent(esauti_client *client, const esauti_event_identity *identity,
                                                           const esauti_wallet_transfer_sent_data *data,
                                                           const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `wallet.transfer_received` event (version 1).
 *
 * Money from another customer's wallet arrived in this customer's wallet.
 *
 * Identity: customer, entity (wallet).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_wallet_transfer_received_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_wallet_transfer_received(esauti_client *client,
                                                            const esauti_event_identity *identity,
                                                            const esauti_wallet_transfer_received_data *data,
                                                            const esauti_event_options *opts,
                                                            esauti_event_receipt **receipt, esauti_error *err);

/**
 * esauti_events_send_wallet_transfer_received() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_wallet_transfer_received_async(esauti_client *client,
                                                                  const esauti_event_identity *identity,
                                                                  const esauti_wallet_transfer_received_data *data,
                                                                  const esauti_event_options *opts,
                                                                  esauti_event_sent_callback callback, void *user_data,
                                                                  apic_async_call **call, esauti_error *err);

/**
 * Queues a `wallet.transfer_received` event: checked now like esauti_events_send_wallet_transfer_received(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_wallet_transfer_received(esauti_client *client,
                                                               const esauti_event_identity *identity,
                                                               const esauti_wallet_transfer_received_data *data,
                                                               const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `review.requested` event (version 1).
 *
 * The customer was asked to review the products of a delivered order or a completed service. Pair
 * it with review.submitted to measure the response rate.
 *
 * Identity: customer, entity (order).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_review_requested_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_review_requested(esauti_client *client, const esauti_event_identity *identity,
                                                    const esauti_review_requested_data *data,
                                                    const esauti_event_options *opts, esauti_event_receipt **receipt,
                                                    esauti_error *err);

/**
 * esauti_events_send_review_requested() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_review_requested_async(esauti_client *client, const esauti_event_identity *identity,
                                                          const esauti_review_requested_data *data,
                                                          const esauti_event_options *opts,
                                                          esauti_event_sent_callback callback, void *user_data,
                                                          apic_async_call **call, esauti_error *err);

/**
 * Queues a `review.requested` event: checked now like esauti_events_send_review_requested(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_review_requested(esauti_client *client, const esauti_event_identity *identity,
                                                       const esauti_review_requested_data *data,
                                                       const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `review.submitted` event (version 1).
 *
 * The customer wrote a review with a star rating. It may still be moderated before it is
 * published.
 *
 * Identity: customer, entity (review).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_review_submitted_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_review_submitted(esauti_client *client, const esauti_event_identity *identity,
                                                    const esauti_review_submitted_data *data,
                                                    const esauti_event_options *opts, esauti_event_receipt **receipt,
                                                    esauti_error *err);

/**
 * esauti_events_send_review_submitted() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_review_submitted_async(esauti_client *client, const esauti_event_identity *identity,
                                                          const esauti_review_submitted_data *data,
                                                          const esauti_event_options *opts,
                                                          esauti_event_sent_callback callback, void *user_data,
                                                          apic_async_call **call, esauti_error *err);

/**
 * Queues a `review.submitted` event: checked now like esauti_events_send_review_submitted(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_review_submitted(esauti_client *client, const esauti_event_identity *identity,
                                                       const esauti_review_submitted_data *data,
                                                       const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `review.published` event (version 1).
 *
 * A review passed moderation and is now visible on the store.
 *
 * Identity: customer, entity (review).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_review_published_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_review_published(esauti_client *client, const esauti_event_identity *identity,
                                                    const esauti_review_published_data *data,
                                                    const esauti_event_options *opts, esauti_event_receipt **receipt,
                                                    esauti_error *err);

/**
 * esauti_events_send_review_published() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_review_published_async(esauti_client *client, const esauti_event_identity *identity,
                                                          const esauti_review_published_data *data,
                                                          const esauti_event_options *opts,
                                                          esauti_event_sent_callback callback, void *user_data,
                                                          apic_async_call **call, esauti_error *err);

/**
 * Queues a `review.published` event: checked now like esauti_events_send_review_published(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_review_published(esauti_client *client, const esauti_event_identity *identity,
                                                       const esauti_review_published_data *data,
                                                       const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `review.rejected` event (version 1).
 *
 * A submitted review failed moderation and will not be published.
 *
 * Identity: customer, entity (review).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_review_rejected_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_review_rejected(esauti_client *client, const esauti_event_identity *identity,
                                                   const esauti_review_rejected_data *data,
                                                   const esauti_event_options *opts, esauti_event_receipt **receipt,
                                                   esauti_error *err);

/**
 * esauti_events_send_review_rejected() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_review_rejected_async(esauti_client *client, const esauti_event_identity *identity,
                                                         const esauti_review_rejected_data *data,
                                                         const esauti_event_options *opts,
                                                         esauti_event_sent_callback callback, void *user_data,
                                                         apic_async_call **call, esauti_error *err);

/**
 * Queues a `review.rejected` event: checked now like esauti_events_send_review_rejected(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_review_rejected(esauti_client *client, const esauti_event_identity *identity,
                                                      const esauti_review_rejected_data *data,
                                                      const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `review.updated` event (version 1).
 *
 * The customer edited a review they had written, for example after a problem was resolved.
 *
 * Identity: customer, entity (review).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_review_updated_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_review_updated(esauti_client *client, const esauti_event_identity *identity,
                                                  const esauti_review_updated_data *data,
                                                  const esauti_event_options *opts, esauti_event_receipt **receipt,
                                                  esauti_error *err);

/**
 * esauti_events_send_review_updated() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_review_updated_async(esauti_client *client, const esauti_event_identity *identity,
                                                        const esauti_review_updated_data *data,
                                                        const esauti_event_options *opts,
                                                        esauti_event_sent_callback callback, void *user_data,
                                                        apic_async_call **call, esauti_error *err);

/**
 * Queues a `review.updated` event: checked now like esauti_events_send_review_updated(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_review_updated(esauti_client *client, const esauti_event_identity *identity,
                                                     const esauti_review_updated_data *data,
                                                     const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `review.replied` event (version 1).
 *
 * The merchant publicly replied to the customer's review. The customer can be notified so they see
 * the reply.
 *
 * Identity: customer, entity (review).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_review_replied_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_review_replied(esauti_client *client, const esauti_event_identity *identity,
                                                  const esauti_review_replied_data *data,
                                                  const esauti_event_options *opts, esauti_event_receipt **receipt,
                                                  esauti_error *err);

/**
 * esauti_events_send_review_replied() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_review_replied_async(esauti_client *client, const esauti_event_identity *identity,
                                                        const esauti_review_replied_data *data,
                                                        const esauti_event_options *opts,
                                                        esauti_event_sent_callback callback, void *user_data,
                                                        apic_async_call **call, esauti_error *err);

/**
 * Queues a `review.replied` event: checked now like esauti_events_send_review_replied(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_review_replied(esauti_client *client, const esauti_event_identity *identity,
                                                     const esauti_review_replied_data *data,
                                                     const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `review.deleted` event (version 1).
 *
 * A review was removed from the store, by its author, the merchant or a moderator.
 *
 * Identity: customer, entity (review).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_review_deleted_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_review_deleted(esauti_client *client, const esauti_event_identity *identity,
                                                  const esauti_review_deleted_data *data,
                                                  const esauti_event_options *opts, esauti_event_receipt **receipt,
                                                  esauti_error *err);

/**
 * esauti_events_send_review_deleted() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_review_deleted_async(esauti_client *client, const esauti_event_identity *identity,
                                                        const esauti_review_deleted_data *data,
                                                        const esauti_event_options *opts,
                                                        esauti_event_sent_callback callback, void *user_data,
                                                        apic_async_call **call, esauti_error *err);

/**
 * Queues a `review.deleted` event: checked now like esauti_events_send_review_deleted(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_review_deleted(esauti_client *client, const esauti_event_identity *identity,
                                                     const esauti_review_deleted_data *data,
                                                     const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `ticket.created` event (version 1).
 *
 * A customer or an agent opened a new support ticket. Fires once per ticket, before any assignment
 * or reply.
 *
 * Identity: customer, entity (ticket).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_ticket_created_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_ticket_created(esauti_client *client, const esauti_event_identity *identity,
                                                  const esauti_ticket_created_data *data,
                                                  const esauti_event_options *opts, esauti_event_receipt **receipt,
                                                  esauti_error *err);

/**
 * esauti_events_send_ticket_created() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_ticket_created_async(esauti_client *client, const esauti_event_identity *identity,
                                                        const esauti_ticket_created_data *data,
                                                        const esauti_event_options *opts,
                                                        esauti_event_sent_callback callback, void *user_data,
                                                        apic_async_call **call, esauti_error *err);

/**
 * Queues a `ticket.created` event: checked now like esauti_events_send_ticket_created(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_ticket_created(esauti_client *client, const esauti_event_identity *identity,
                                                     const esauti_ticket_created_data *data,
                                                     const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `ticket.assigned` event (version 1).
 *
 * A ticket was assigned or reassigned to an agent or a team. Fires on every change of assignee.
 *
 * Identity: customer, entity (ticket).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_ticket_assigned_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_ticket_assigned(esauti_client *client, const esauti_event_identity *identity,
                                                   const esauti_ticket_assigned_data *data,
                                                   const esauti_event_options *opts, esauti_event_receipt **receipt,
                                                   esauti_error *err);

/**
 * esauti_events_send_ticket_assigned() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_ticket_assigned_async(esauti_client *client, const esauti_event_identity *identity,
                                                         const esauti_ticket_assigned_data *data,
                                                         const esauti_event_options *opts,
                                                         esauti_event_sent_callback callback, void *user_data,
                                                         apic_async_call **call, esauti_error *err);

/**
 * Queues a `ticket.assigned` event: checked now like esauti_events_send_ticket_assigned(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_ticket_assigned(esauti_client *client, const esauti_event_identity *identity,
                                                      const esauti_ticket_assigned_data *data,
                                                      const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `ticket.status_changed` event (version 1).
 *
 * The status of a ticket moved from one value to another, for example from open to pending while
 * waiting on the customer.
 *
 * Identity: customer, entity (ticket).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_ticket_status_changed_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_ticket_status_changed(esauti_client *client, const esauti_event_identity *identity,
                                                         const esauti_ticket_status_changed_data *data,
                                                         const esauti_event_options *opts,
                                                         esauti_event_receipt **receipt, esauti_error *err);

/**
 * esauti_events_send_ticket_status_changed() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_ticket_status_changed_async(esauti_client *client,
                                                               const esauti_event_identity *identity,
                                                               const esauti_ticket_status_changed_data *data,
                                                               const esauti_event_options *opts,
                                                               esauti_event_sent_callback callback, void *user_data,
                                                               apic_async_call **call, esauti_error *err);

/**
 * Queues a `ticket.status_changed` event: checked now like esauti_events_send_ticket_status_changed(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_ticket_status_changed(esauti_client *client,
                                                            const esauti_event_identity *identity,
                                                            const esauti_ticket_status_changed_data *data,
                                                            const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `ticket.agent_replied` event (version 1).
 *
 * An agent sent a public reply to the customer on a ticket. Internal notes do not fire this event.
 *
 * Identity: customer, entity (ticket).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_ticket_agent_replied_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_ticket_agent_replied(esauti_client *client, const esauti_event_identity *identity,
                                                        const esauti_ticket_agent_replied_data *data,
                                                        const esauti_event_options *opts,
                                                        esauti_event_receipt **receipt, esauti_error *err);

/**
 * esauti_events_send_ticket_agent_replied() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_ticket_agent_replied_async(esauti_client *client,
                                                              const esauti_event_identity *identity,
                                                              const esauti_ticket_agent_replied_data *data,
                                                              const esauti_event_options *opts,
                                                              esauti_event_sent_callback callback, void *user_data,
                                                              apic_async_call **call, esauti_error *err);

/**
 * Queues a `ticket.agent_replied` event: checked now like esauti_events_send_ticket_agent_replied(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_ticket_agent_replied(esauti_client *client, const esauti_event_identity *identity,
                                                           const esauti_ticket_agent_replied_data *data,
                                                           const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `ticket.customer_replied` event (version 1).
 *
 * The customer added a message to an existing ticket on any channel. A reply to a solved ticket
 * may also fire ticket.reopened.
 *
 * Identity: customer, entity (ticket).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_ticket_customer_replied_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_ticket_customer_replied(esauti_client *client, const esauti_event_identity *identity,
                                                           const esauti_ticket_customer_replied_data *data,
                                                           const esauti_event_options *opts,
                                                           esauti_event_receipt **receipt, esauti_error *err);

/**
 * esauti_events_send_ticket_customer_replied() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_ticket_customer_replied_async(esauti_client *client,
                                                                 const esauti_event_identity *identity,
                                                                 const esauti_ticket_customer_replied_data *data,
                                                                 const esauti_event_options *opts,
                                                                 esauti_event_sent_callback callback, void *user_data,
                                                                 apic_async_call **call, esauti_error *err);

/**
 * Queues a `ticket.customer_replied` event: checked now like esauti_events_send_ticket_customer_replied(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_ticket_customer_replied(esauti_client *client,
                                                              const esauti_event_identity *identity,
                                                              const esauti_ticket_customer_replied_data *data,
                                                              const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `ticket.escalated` event (version 1).
 *
 * A ticket was escalated to a higher support tier or a supervisor, manually or by an automation
 * rule.
 *
 * Identity: customer, entity (ticket).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_ticket_escalated_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_ticket_escalated(esauti_client *client, const esauti_event_identity *identity,
                                                    const esauti_ticket_escalated_data *data,
                                                    const esauti_event_options *opts, esauti_event_receipt **receipt,
                                                    esauti_error *err);

/**
 * esauti_events_send_ticket_escalated() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_ticket_escalated_async(esauti_client *client, const esauti_event_identity *identity,
                                                          const esauti_ticket_escalated_data *data,
                                                          const esauti_event_options *opts,
                                                          esauti_event_sent_callback callback, void *user_data,
                                                          apic_async_call **call, esauti_error *err);

/**
 * Queues a `ticket.escalated` event: checked now like esauti_events_send_ticket_escalated(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_ticket_escalated(esauti_client *client, const esauti_event_identity *identity,
                                                       const esauti_ticket_escalated_data *data,
                                                       const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `ticket.sla_breached` event (version 1).
 *
 * A service-level target on a ticket passed without being met, such as the first-response or
 * resolution deadline.
 *
 * Identity: customer, entity (ticket).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_ticket_sla_breached_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_ticket_sla_breached(esauti_client *client, const esauti_event_identity *identity,
                                                       const esauti_ticket_sla_breached_data *data,
                                                       const esauti_event_options *opts, esauti_event_receipt **receipt,
                                                       esauti_error *err);

/**
 * esauti_events_send_ticket_sla_breached() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_ticket_sla_breached_async(esauti_client *client,
                                                             const esauti_event_identity *identity,
                                                             const esauti_ticket_sla_breached_data *data,
                                                             const esauti_event_options *opts,
                                                             esauti_event_sent_callback callback, void *user_data,
                                                             apic_async_call **call, esauti_error *err);

/**
 * Queues a `ticket.sla_breached` event: checked now like esauti_events_send_ticket_sla_breached(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_ticket_sla_breached(esauti_client *client, const esauti_event_identity *identity,
                                                          const esauti_ticket_sla_breached_data *data,
                                                          const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `ticket.resolved` event (version 2).
 *
 * An agent or automation marked the ticket as solved. Version 2 adds the resolution code and
 * replaces the free-text resolution with resolution_note.
 *
 * Identity: customer, entity (ticket).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_ticket_resolved_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_ticket_resolved(esauti_client *client, const esauti_event_identity *identity,
                                                   const esauti_ticket_resolved_data *data,
                                                   const esauti_event_options *opts, esauti_event_receipt **receipt,
                                                   esauti_error *err);

/**
 * esauti_events_send_ticket_resolved() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_ticket_resolved_async(esauti_client *client, const esauti_event_identity *identity,
                                                         const esauti_ticket_resolved_data *data,
                                                         const esauti_event_options *opts,
                                                         esauti_event_sent_callback callback, void *user_data,
                                                         apic_async_call **call, esauti_error *err);

/**
 * Queues a `ticket.resolved` event: checked now like esauti_events_send_ticket_resolved(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_ticket_resolved(esauti_client *client, const esauti_event_identity *identity,
                                                      const esauti_ticket_resolved_data *data,
                                                      const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `ticket.reopened` event (version 1).
 *
 * A solved or closed ticket was opened again, usually because the customer replied or an agent
 * found more work to do.
 *
 * Identity: customer, entity (ticket).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_ticket_reopened_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_ticket_reopened(esauti_client *client, const esauti_event_identity *identity,
                                                   const esauti_ticket_reopened_data *data,
                                                   const esauti_event_options *opts, esauti_event_receipt **receipt,
                                                   esauti_error *err);

/**
 * esauti_events_send_ticket_reopened() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_ticket_reopened_async(esauti_client *client, const esauti_event_identity *identity,
                                                         const esauti_ticket_reopened_data *data,
                                                         const esauti_event_options *opts,
                                                         esauti_event_sent_callback callback, void *user_data,
                                                         apic_async_call **call, esauti_error *err);

/**
 * Queues a `ticket.reopened` event: checked now like esauti_events_send_ticket_reopened(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_ticket_reopened(esauti_client *client, const esauti_event_identity *identity,
                                                      const esauti_ticket_reopened_data *data,
                                                      const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `ticket.closed` event (version 1).
 *
 * A ticket was closed for good and can no longer be reopened; follow-ups create a new ticket.
 *
 * Identity: customer, entity (ticket).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_ticket_closed_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_ticket_closed(esauti_client *client, const esauti_event_identity *identity,
                                                 const esauti_ticket_closed_data *data,
                                                 const esauti_event_options *opts, esauti_event_receipt **receipt,
                                                 esauti_error *err);

/**
 * esauti_events_send_ticket_closed() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_ticket_closed_async(esauti_client *client, const esauti_event_identity *identity,
                                                       const esauti_ticket_closed_data *data,
                                                       const esauti_event_options *opts,
                                                       esauti_event_sent_callback callback, void *user_data,
                                                       apic_async_call **call, esauti_error *err);

/**
 * Queues a `ticket.closed` event: checked now like esauti_events_send_ticket_closed(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_ticket_closed(esauti_client *client, const esauti_event_identity *identity,
                                                    const esauti_ticket_closed_data *data,
                                                    const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `ticket.satisfaction_rated` event (version 1).
 *
 * The customer answered the satisfaction survey sent after a ticket was solved, giving a rating
 * and optionally a comment.
 *
 * Identity: customer, entity (ticket).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_ticket_satisfaction_rated_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_ticket_satisfaction_rated(esauti_client *client,
                                                             const esauti_event_identity *identity,
                                                             const esauti_ticket_satisfaction_rated_data *data,
                                                             const esauti_event_options *opts,
                                                             esauti_event_receipt **receipt, esauti_error *err);

/**
 * esauti_events_send_ticket_satisfaction_rated() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_ticket_satisfaction_rated_async(esauti_client *client,
                                                                   const esauti_event_identity *identity,
                                                                   const esauti_ticket_satisfaction_rated_data *data,
                                                                   const esauti_event_options *opts,
                                                                   esauti_event_sent_callback callback, void *user_data,
                                                                   apic_async_call **call, esauti_error *err);

/**
 * Queues a `ticket.satisfaction_rated` event: checked now like esauti_events_send_ticket_satisfaction_rated(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_ticket_satisfaction_rated(esauti_client *client,
                                                                const esauti_event_identity *identity,
                                                                const esauti_ticket_satisfaction_rated_data *data,
                                                                const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `email.sent` event (version 1).
 *
 * An email was accepted by the sending provider for delivery to the customer. It says nothing yet
 * about whether the mailbox received it.
 *
 * Identity: customer.email, entity (message).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_email_sent_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_email_sent(esauti_client *client, const esauti_event_identity *identity,
                                              const esauti_email_sent_data *data, const esauti_event_options *opts,
                                              esauti_event_receipt **receipt, esauti_error *err);

/**
 * esauti_events_send_email_sent() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_email_sent_async(esauti_client *client, const esauti_event_identity *identity,
                                                    const esauti_email_sent_data *data,
                                                    const esauti_event_options *opts,
                                                    esauti_event_sent_callback callback, void *user_data,
                                                    apic_async_call **call, esauti_error *err);

/**
 * Queues a `email.sent` event: checked now like esauti_events_send_email_sent(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_email_sent(esauti_client *client, const esauti_event_identity *identity,
                                                 const esauti_email_sent_data *data, const esauti_event_options *opts,
                                                 esauti_error *err);

/**
 * Sends a `email.delivered` event (version 1).
 *
 * The receiving mail server accepted the email for the customer's mailbox. Delivery does not
 * guarantee it reached the inbox rather than spam.
 *
 * Identity: customer.email, entity (message).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_email_delivered_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_email_delivered(esauti_client *client, const esauti_event_identity *identity,
                                                   const esauti_email_delivered_data *data,
                                                   const esauti_event_options *opts, esauti_event_receipt **receipt,
                                                   esauti_error *err);

/**
 * esauti_events_send_email_delivered() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_email_delivered_async(esauti_client *client, const esauti_event_identity *identity,
                                                         const esauti_email_delivered_data *data,
                                                         const esauti_event_options *opts,
                                                         esauti_event_sent_callback callback, void *user_data,
                                                         apic_async_call **call, esauti_error *err);

/**
 * Queues a `email.delivered` event: checked now like esauti_events_send_email_delivered(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_email_delivered(esauti_client *client, const esauti_event_identity *identity,
                                                      const esauti_email_delivered_data *data,
                                                      const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `email.opened` event (version 2).
 *
 * The customer opened the email, detected through the tracking pixel. Version 2 adds machine_open
 * to flag opens triggered by mail privacy proxies rather than a person.
 *
 * Identity: customer.email, entity (message).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_email_opened_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_email_opened(esauti_client *client, const esauti_event_identity *identity,
                                                const esauti_email_opened_data *data, const esauti_event_options *opts,
                                                esauti_event_receipt **receipt, esauti_error *err);

/**
 * esauti_events_send_email_opened() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_email_opened_async(esauti_client *client, const esauti_event_identity *identity,
                                                      const esauti_email_opened_data *data,
                                                      const esauti_event_options *opts,
                                                      esauti_event_sent_callback callback, void *user_data,
                                                      apic_async_call **call, esauti_error *err);

/**
 * Queues a `email.opened` event: checked now like esauti_events_send_email_opened(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_email_opened(esauti_client *client, const esauti_event_identity *identity,
                                                   const esauti_email_opened_data *data,
                                                   const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `email.clicked` event (version 1).
 *
 * The customer clicked a tracked link in the email. Fires once per click, so repeated clicks
 * produce several events.
 *
 * Identity: customer.email, entity (message).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_email_clicked_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_email_clicked(esauti_client *client, const esauti_event_identity *identity,
                                                 const esauti_email_clicked_data *data,
                                                 const esauti_event_options *opts, esauti_event_receipt **receipt,
                                                 esauti_error *err);

/**
 * esauti_events_send_email_clicked() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_email_clicked_async(esauti_client *client, const esauti_event_identity *identity,
                                                       const esauti_email_clicked_data *data,
                                                       const esauti_event_options *opts,
                                                       esauti_event_sent_callback callback, void *user_data,
                                                       apic_async_call **call, esauti_error *err);

/**
 * Queues a `email.clicked` event: checked now like esauti_events_send_email_clicked(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_email_clicked(esauti_client *client, const esauti_event_identity *identity,
                                                    const esauti_email_clicked_data *data,
                                                    const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `email.bounced` event (version 1).
 *
 * The email could not be delivered and the receiving server returned a bounce. Hard bounces
 * suppress the address for future sends.
 *
 * Identity: customer.email, entity (message).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_email_bounced_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_email_bounced(esauti_client *client, const esauti_event_identity *identity,
                                                 const esauti_email_bounced_data *data,
                                                 const esauti_event_options *opts, esauti_event_receipt **receipt,
                                                 esauti_error *err);

/**
 * esauti_events_send_email_bounced() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_email_bounced_async(esauti_client *client, const esauti_event_identity *identity,
                                                       const esauti_email_bounced_data *data,
                                                       const esauti_event_options *opts,
                                                       esauti_event_sent_callback callback, void *user_data,
                                                       apic_async_call **call, esauti_error *err);

/**
 * Queues a `email.bounced` event: checked now like esauti_events_send_email_bounced(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_email_bounced(esauti_client *client, const esauti_event_identity *identity,
                                                    const esauti_email_bounced_data *data,
                                                    const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `sms.sent` event (version 1).
 *
 * An SMS was handed to the mobile operator or aggregator for delivery to the customer's phone.
 *
 * Identity: customer.phone, entity (message).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_sms_sent_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_sms_sent(esauti_client *client, const esauti_event_identity *identity,
                                            const esauti_sms_sent_data *data, const esauti_event_options *opts,
                                            esauti_event_receipt **receipt, esauti_error *err);

/**
 * esauti_events_send_sms_sent() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_sms_sent_async(esauti_client *client, const esauti_event_identity *identity,
                                                  const esauti_sms_sent_data *data, const esauti_event_options *opts,
                                                  esauti_event_sent_callback callback, void *user_data,
                                                  apic_async_call **call, esauti_error *err);

/**
 * Queues a `sms.sent` event: checked now like esauti_events_send_sms_sent(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_sms_sent(esauti_client *client, const esauti_event_identity *identity,
                                               const esauti_sms_sent_data *data, const esauti_event_options *opts,
                                               esauti_error *err);

/**
 * Sends a `sms.delivered` event (version 1).
 *
 * The operator's delivery report confirmed the SMS reached the customer's handset.
 *
 * Identity: customer.phone, entity (message).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_sms_delivered_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_sms_delivered(esauti_client *client, const esauti_event_identity *identity,
                                                 const esauti_sms_delivered_data *data,
                                                 const esauti_event_options *opts, esauti_event_receipt **receipt,
                                                 esauti_error *err);

/**
 * esauti_events_send_sms_delivered() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_sms_delivered_async(esauti_client *client, const esauti_event_identity *identity,
                                                       const esauti_sms_delivered_data *data,
                                                       const esauti_event_options *opts,
                                                       esauti_event_sent_callback callback, void *user_data,
                                                       apic_async_call **call, esauti_error *err);

/**
 * Queues a `sms.delivered` event: checked now like esauti_events_send_sms_delivered(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_sms_delivered(esauti_client *client, const esauti_event_identity *identity,
                                                    const esauti_sms_delivered_data *data,
                                                    const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `sms.failed` event (version 1).
 *
 * The SMS could not be delivered, either rejected on sending or reported undeliverable by the
 * operator.
 *
 * Identity: customer.phone, entity (message).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_sms_failed_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_sms_failed(esauti_client *client, const esauti_event_identity *identity,
                                              const esauti_sms_failed_data *data, const esauti_event_options *opts,
                                              esauti_event_receipt **receipt, esauti_error *err);

/**
 * esauti_events_send_sms_failed() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_sms_failed_async(esauti_client *client, const esauti_event_identity *identity,
                                                    const esauti_sms_failed_data *data,
                                                    const esauti_event_options *opts,
                                                    esauti_event_sent_callback callback, void *user_data,
                                                    apic_async_call **call, esauti_error *err);

/**
 * Queues a `sms.failed` event: checked now like esauti_events_send_sms_failed(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_sms_failed(esauti_client *client, const esauti_event_identity *identity,
                                                 const esauti_sms_failed_data *data, const esauti_event_options *opts,
                                                 esauti_error *err);

/**
 * Sends a `sms.clicked` event (version 1).
 *
 * The customer opened a shortened tracked link contained in an SMS.
 *
 * Identity: customer.phone, entity (message).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_sms_clicked_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_sms_clicked(esauti_client *client, const esauti_event_identity *identity,
                                               const esauti_sms_clicked_data *data, const esauti_event_options *opts,
                                               esauti_event_receipt **receipt, esauti_error *err);

/**
 * esauti_events_send_sms_clicked() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_sms_clicked_async(esauti_client *client, const esauti_event_identity *identity,
                                                     const esauti_sms_clicked_data *data,
                                                     const esauti_event_options *opts,
                                                     esauti_event_sent_callback callback, void *user_data,
                                                     apic_async_call **call, esauti_error *err);

/**
 * Queues a `sms.clicked` event: checked now like esauti_events_send_sms_clicked(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_sms_clicked(esauti_client *client, const esauti_event_identity *identity,
                                                  const esauti_sms_clicked_data *data, const esauti_event_options *opts,
                                                  esauti_error *err);

/**
 * Sends a `sms.opted_out` event (version 1).
 *
 * The customer replied with an opt-out keyword such as STOP to an SMS and was unsubscribed from
 * marketing SMS for this sender.
 *
 * Identity: customer.phone, entity (message).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_sms_opted_out_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_sms_opted_out(esauti_client *client, const esauti_event_identity *identity,
                                                 const esauti_sms_opted_out_data *data,
                                                 const esauti_event_options *opts, esauti_event_receipt **receipt,
                                                 esauti_error *err);

/**
 * esauti_events_send_sms_opted_out() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_sms_opted_out_async(esauti_client *client, const esauti_event_identity *identity,
                                                       const esauti_sms_opted_out_data *data,
                                                       const esauti_event_options *opts,
                                                       esauti_event_sent_callback callback, void *user_data,
                                                       apic_async_call **call, esauti_error *err);

/**
 * Queues a `sms.opted_out` event: checked now like esauti_events_send_sms_opted_out(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_sms_opted_out(esauti_client *client, const esauti_event_identity *identity,
                                                    const esauti_sms_opted_out_data *data,
                                                    const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `whatsapp.sent` event (version 1).
 *
 * A WhatsApp message was accepted by the WhatsApp Business Platform for delivery to the customer.
 *
 * Identity: customer.phone, entity (message).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_whatsapp_sent_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_whatsapp_sent(esauti_client *client, const esauti_event_identity *identity,
                                                 const esauti_whatsapp_sent_data *data,
                                                 const esauti_event_options *opts, esauti_event_receipt **receipt,
                                                 esauti_error *err);

/**
 * esauti_events_send_whatsapp_sent() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_whatsapp_sent_async(esauti_client *client, const esauti_event_identity *identity,
                                                       const esauti_whatsapp_sent_data *data,
                                                       const esauti_event_options *opts,
                                                       esauti_event_sent_callback callback, void *user_data,
                                                       apic_async_call **call, esauti_error *err);

/**
 * Queues a `whatsapp.sent` event: checked now like esauti_events_send_whatsapp_sent(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_whatsapp_sent(esauti_client *client, const esauti_event_identity *identity,
                                                    const esauti_whatsapp_sent_data *data,
                                                    const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `whatsapp.delivered` event (version 1).
 *
 * WhatsApp reported that the message reached the customer's device (two grey ticks).
 *
 * Identity: customer.phone, entity (message).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_whatsapp_delivered_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_whatsapp_delivered(esauti_client *client, const esauti_event_identity *identity,
                                                      const esauti_whatsapp_delivered_data *data,
                                                      const esauti_event_options *opts, esauti_event_receipt **receipt,
                                                      esauti_error *err);

/**
 * esauti_events_send_whatsapp_delivered() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_whatsapp_delivered_async(esauti_client *client,
                                                            const esauti_event_identity *identity,
                                                            const esauti_whatsapp_delivered_data *data,
                                                            const esauti_event_options *opts,
                                                            esauti_event_sent_callback callback, void *user_data,
                                                            apic_async_call **call, esauti_error *err);

/**
 * Queues a `whatsapp.delivered` event: checked now like esauti_events_send_whatsapp_delivered(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_whatsapp_delivered(esauti_client *client, const esauti_event_identity *identity,
                                                         const esauti_whatsapp_delivered_data *data,
                                                         const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `whatsapp.read` event (version 1).
 *
 * The customer read the WhatsApp message (blue ticks). Not sent when the customer has turned off
 * read receipts.
 *
 * Identity: customer.phone, entity (message).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_whatsapp_read_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_whatsapp_read(esauti_client *client, const esauti_event_identity *identity,
                                                 const esauti_whatsapp_read_data *data,
                                                 const esauti_event_options *opts, esauti_event_receipt **receipt,
                                                 esauti_error *err);

/**
 * esauti_events_send_whatsapp_read() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_whatsapp_read_async(esauti_client *client, const esauti_event_identity *identity,
                                                       const esauti_whatsapp_read_data *data,
                                                       const esauti_event_options *opts,
                                                       esauti_event_sent_callback callback, void *user_data,
                                                       apic_async_call **call, esauti_error *err);

/**
 * Queues a `whatsapp.read` event: checked now like esauti_events_send_whatsapp_read(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_whatsapp_read(esauti_client *client, const esauti_event_identity *identity,
                                                    const esauti_whatsapp_read_data *data,
                                                    const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `whatsapp.clicked` event (version 1).
 *
 * The customer tapped a URL button, quick-reply button or tracked link in a WhatsApp message.
 *
 * Identity: customer.phone, entity (message).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_whatsapp_clicked_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_whatsapp_clicked(esauti_client *client, const esauti_event_identity *identity,
                                                    const esauti_whatsapp_clicked_data *data,
                                                    const esauti_event_options *opts, esauti_event_receipt **receipt,
                                                    esauti_error *err);

/**
 * esauti_events_send_whatsapp_clicked() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_whatsapp_clicked_async(esauti_client *client, const esauti_event_identity *identity,
                                                          const esauti_whatsapp_clicked_data *data,
                                                          const esauti_event_options *opts,
                                                          esauti_event_sent_callback callback, void *user_data,
                                                          apic_async_call **call, esauti_error *err);

/**
 * Queues a `whatsapp.clicked` event: checked now like esauti_events_send_whatsapp_clicked(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_whatsapp_clicked(esauti_client *client, const esauti_event_identity *identity,
                                                       const esauti_whatsapp_clicked_data *data,
                                                       const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `whatsapp.failed` event (version 1).
 *
 * WhatsApp could not deliver the message, for example because the number has no WhatsApp account
 * or the 24-hour service window had closed.
 *
 * Identity: customer.phone, entity (message).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_whatsapp_failed_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_whatsapp_failed(esauti_client *client, const esauti_event_identity *identity,
                                                   const esauti_whatsapp_failed_data *data,
                                                   const esauti_event_options *opts, esauti_event_receipt **receipt,
                                                   esauti_error *err);

/**
 * esauti_events_send_whatsapp_failed() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_whatsapp_failed_async(esauti_client *client, const esauti_event_identity *identity,
                                                         const esauti_whatsapp_failed_data *data,
                                                         const esauti_event_options *opts,
                                                         esauti_event_sent_callback callback, void *user_data,
                                                         apic_async_call **call, esauti_error *err);

/**
 * Queues a `whatsapp.failed` event: checked now like esauti_events_send_whatsapp_failed(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_whatsapp_failed(esauti_client *client, const esauti_event_identity *identity,
                                                      const esauti_whatsapp_failed_data *data,
                                                      const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `push.sent` event (version 1).
 *
 * A push notification was handed to the platform push service (FCM or APNs) for one of the
 * customer's devices.
 *
 * Identity: customer, entity (message).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_push_sent_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_push_sent(esauti_client *client, const esauti_event_identity *identity,
                                             const esauti_push_sent_data *data, const esauti_event_options *opts,
                                             esauti_event_receipt **receipt, esauti_error *err);

/**
 * esauti_events_send_push_sent() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_push_sent_async(esauti_client *client, const esauti_event_identity *identity,
                                                   const esauti_push_sent_data *data, const esauti_event_options *opts,
                                                   esauti_event_sent_callback callback, void *user_data,
                                                   apic_async_call **call, esauti_error *err);

/**
 * Queues a `push.sent` event: checked now like esauti_events_send_push_sent(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_push_sent(esauti_client *client, const esauti_event_identity *identity,
                                                const esauti_push_sent_data *data, const esauti_event_options *opts,
                                                esauti_error *err);

/**
 * Sends a `push.delivered` event (version 1).
 *
 * The app reported that the push notification was received on the device. Needs the eSauti mobile
 * SDK delivery receipts.
 *
 * Identity: customer, entity (message).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_push_delivered_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_push_delivered(esauti_client *client, const esauti_event_identity *identity,
                                                  const esauti_push_delivered_data *data,
                                                  const esauti_event_options *opts, esauti_event_receipt **receipt,
                                                  esauti_error *err);

/**
 * esauti_events_send_push_delivered() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_push_delivered_async(esauti_client *client, const esauti_event_identity *identity,
                                                        const esauti_push_delivered_data *data,
                                                        const esauti_event_options *opts,
                                                        esauti_event_sent_callback callback, void *user_data,
                                                        apic_async_call **call, esauti_error *err);

/**
 * Queues a `push.delivered` event: checked now like esauti_events_send_push_delivered(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_push_delivered(esauti_client *client, const esauti_event_identity *identity,
                                                     const esauti_push_delivered_data *data,
                                                     const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `push.opened` event (version 1).
 *
 * The customer tapped the push notification and the app was opened from it.
 *
 * Identity: customer, entity (message).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_push_opened_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_push_opened(esauti_client *client, const esauti_event_identity *identity,
                                               const esauti_push_opened_data *data, const esauti_event_options *opts,
                                               esauti_event_receipt **receipt, esauti_error *err);

/**
 * esauti_events_send_push_opened() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_push_opened_async(esauti_client *client, const esauti_event_identity *identity,
                                                     const esauti_push_opened_data *data,
                                                     const esauti_event_options *opts,
                                                     esauti_event_sent_callback callback, void *user_data,
                                                     apic_async_call **call, esauti_error *err);

/**
 * Queues a `push.opened` event: checked now like esauti_events_send_push_opened(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_push_opened(esauti_client *client, const esauti_event_identity *identity,
                                                  const esauti_push_opened_data *data, const esauti_event_options *opts,
                                                  esauti_error *err);

/**
 * Sends a `push.dismissed` event (version 1).
 *
 * The customer swiped away the push notification without opening it. Reported by the mobile SDK on
 * Android and web only.
 *
 * Identity: customer, entity (message).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_push_dismissed_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_push_dismissed(esauti_client *client, const esauti_event_identity *identity,
                                                  const esauti_push_dismissed_data *data,
                                                  const esauti_event_options *opts, esauti_event_receipt **receipt,
                                                  esauti_error *err);

/**
 * esauti_events_send_push_dismissed() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_push_dismissed_async(esauti_client *client, const esauti_event_identity *identity,
                                                        const esauti_push_dismissed_data *data,
                                                        const esauti_event_options *opts,
                                                        esauti_event_sent_callback callback, void *user_data,
                                                        apic_async_call **call, esauti_error *err);

/**
 * Queues a `push.dismissed` event: checked now like esauti_events_send_push_dismissed(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_push_dismissed(esauti_client *client, const esauti_event_identity *identity,
                                                     const esauti_push_dismissed_data *data,
                                                     const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `push.failed` event (version 1).
 *
 * The push service rejected the notification. An unregistered or invalid token disables the device
 * for future sends.
 *
 * Identity: customer, entity (message).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_push_failed_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_push_failed(esauti_client *client, const esauti_event_identity *identity,
                                               const esauti_push_failed_data *data, const esauti_event_options *opts,
                                               esauti_event_receipt **receipt, esauti_error *err);

/**
 * esauti_events_send_push_failed() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_push_failed_async(esauti_client *client, const esauti_event_identity *identity,
                                                     const esauti_push_failed_data *data,
                                                     const esauti_event_options *opts,
                                                     esauti_event_sent_callback callback, void *user_data,
                                                     apic_async_call **call, esauti_error *err);

/**
 * Queues a `push.failed` event: checked now like esauti_events_send_push_failed(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_push_failed(esauti_client *client, const esauti_event_identity *identity,
                                                  const esauti_push_failed_data *data, const esauti_event_options *opts,
                                                  esauti_error *err);

/**
 * Sends a `campaign.entered` event (version 1).
 *
 * A customer entered a campaign or automated journey, either by matching its trigger or by being
 * added to its audience.
 *
 * Identity: customer, entity (campaign).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_campaign_entered_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_campaign_entered(esauti_client *client, const esauti_event_identity *identity,
                                                    const esauti_campaign_entered_data *data,
                                                    const esauti_event_options *opts, esauti_event_receipt **receipt,
                                                    esauti_error *err);

/**
 * esauti_events_send_campaign_entered() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_campaign_entered_async(esauti_client *client, const esauti_event_identity *identity,
                                                          const esauti_campaign_entered_data *data,
                                                          const esauti_event_options *opts,
                                                          esauti_event_sent_callback callback, void *user_data,
                                                          apic_async_call **call, esauti_error *err);

/**
 * Queues a `campaign.entered` event: checked now like esauti_events_send_campaign_entered(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_campaign_entered(esauti_client *client, const esauti_event_identity *identity,
                                                       const esauti_campaign_entered_data *data,
                                                       const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `campaign.variant_assigned` event (version 1).
 *
 * The customer was assigned to a variant or to the control group of a campaign A/B test. Fires
 * once per customer and test.
 *
 * Identity: customer, entity (campaign).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_campaign_variant_assigned_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_campaign_variant_assigned(esauti_client *client,
                                                             const esauti_event_identity *identity,
                                                             const esauti_campaign_variant_assigned_data *data,
                                                             const esauti_event_options *opts,
                                                             esauti_event_receipt **receipt, esauti_error *err);

/**
 * esauti_events_send_campaign_variant_assigned() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_campaign_variant_assigned_async(esauti_client *client,
                                                                   const esauti_event_identity *identity,
                                                                   const esauti_campaign_variant_assigned_data *data,
                                                                   const esauti_event_options *opts,
                                                                   esauti_event_sent_callback callback, void *user_data,
                                                                   apic_async_call **call, esauti_error *err);

/**
 * Queues a `campaign.variant_assigned` event: checked now like esauti_events_send_campaign_variant_assigned(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_campaign_variant_assigned(esauti_client *client,
                                                                const esauti_event_identity *identity,
                                                                const esauti_campaign_variant_assigned_data *data,
                                                                const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `campaign.step_completed` event (version 1).
 *
 * The customer passed one step of a multi-step journey, such as a message send, a wait or a
 * condition split, and moved on to the next.
 *
 * Identity: customer, entity (campaign).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_campaign_step_completed_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_campaign_step_completed(esauti_client *client, const esauti_event_identity *identity,
                                                           const esauti_campaign_step_completed_data *data,
                                                           const esauti_event_options *opts,
                                                           esauti_event_receipt **receipt, esauti_error *err);

/**
 * esauti_events_send_campaign_step_completed() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_campaign_step_completed_async(esauti_client *client,
                                                                 const esauti_event_identity *identity,
                                                                 const esauti_campaign_step_completed_data *data,
                                                                 const esauti_event_options *opts,
                                                                 esauti_event_sent_callback callback, void *user_data,
                                                                 apic_async_call **call, esauti_error *err);

/**
 * Queues a `campaign.step_completed` event: checked now like esauti_events_send_campaign_step_completed(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_campaign_step_completed(esauti_client *client,
                                                              const esauti_event_identity *identity,
                                                              const esauti_campaign_step_completed_data *data,
                                                              const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `campaign.message_suppressed` event (version 1).
 *
 * A campaign message that would have gone to the customer was held back, for example by a
 * frequency cap, quiet hours or missing consent.
 *
 * Identity: customer, entity (campaign).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_campaign_message_suppressed_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_campaign_message_suppressed(esauti_client *client,
                                                               const esauti_event_identity *identity,
                                                               const esauti_campaign_message_suppressed_data *data,
                                                               const esauti_event_options *opts,
                                                               esauti_event_receipt **receipt, esauti_error *err);

/**
 * esauti_events_send_campaign_message_suppressed() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_campaign_message_suppressed_async(esauti_client *client,
                                                                     const esauti_event_identity *identity,
                                                                     const esauti_campaign_message_suppressed_data *data,
                                                                     const esauti_event_options *opts,
                                                                     esauti_event_sent_callback callback,
                                                                     void *user_data, apic_async_call **call,
                                                                     esauti_error *err);

/**
 * Queues a `campaign.message_suppressed` event: checked now like esauti_events_send_campaign_message_suppressed(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_campaign_message_suppressed(esauti_client *client,
                                                                  const esauti_event_identity *identity,
                                                                  const esauti_campaign_message_suppressed_data *data,
                                                                  const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `campaign.goal_reached` event (version 1).
 *
 * The customer met the campaign's goal. Deprecated because it carries no revenue or attribution;
 * send campaign.converted instead.
 *
 * Identity: customer, entity (campaign).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_campaign_goal_reached_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 * @deprecated the registry marks this type deprecated
 */
APIC_EXPORT int esauti_events_send_campaign_goal_reached(esauti_client *client, const esauti_event_identity *identity,
                                                         const esauti_campaign_goal_reached_data *data,
                                                         const esauti_event_options *opts,
                                                         esauti_event_receipt **receipt, esauti_error *err);

/**
 * esauti_events_send_campaign_goal_reached() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_campaign_goal_reached_async(esauti_client *client,
                                                               const esauti_event_identity *identity,
                                                               const esauti_campaign_goal_reached_data *data,
                                                               const esauti_event_options *opts,
                                                               esauti_event_sent_callback callback, void *user_data,
                                                               apic_async_call **call, esauti_error *err);

/**
 * Queues a `campaign.goal_reached` event: checked now like esauti_events_send_campaign_goal_reached(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_campaign_goal_reached(esauti_client *client,
                                                            const esauti_event_identity *identity,
                                                            const esauti_campaign_goal_reached_data *data,
                                                            const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `campaign.converted` event (version 2).
 *
 * The customer completed the campaign's conversion goal, such as placing an order, within its
 * attribution window. Version 2 adds revenue and the attributed message.
 *
 * Identity: customer, entity (campaign).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_campaign_converted_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_campaign_converted(esauti_client *client, const esauti_event_identity *identity,
                                                      const esauti_campaign_converted_data *data,
                                                      const esauti_event_options *opts, esauti_event_receipt **receipt,
                                                      esauti_error *err);

/**
 * esauti_events_send_campaign_converted() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_campaign_converted_async(esauti_client *client,
                                                            const esauti_event_identity *identity,
                                                            const esauti_campaign_converted_data *data,
                                                            const esauti_event_options *opts,
                                                            esauti_event_sent_callback callback, void *user_data,
                                                            apic_async_call **call, esauti_error *err);

/**
 * Queues a `campaign.converted` event: checked now like esauti_events_send_campaign_converted(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_campaign_converted(esauti_client *client, const esauti_event_identity *identity,
                                                         const esauti_campaign_converted_data *data,
                                                         const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `campaign.unsubscribed` event (version 1).
 *
 * The customer unsubscribed through a campaign message, either from that campaign's topic or from
 * all marketing on a channel.
 *
 * Identity: customer, entity (campaign).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_campaign_unsubscribed_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_campaign_unsubscribed(esauti_client *client, const esauti_event_identity *identity,
                                                         const esauti_campaign_unsubscribed_data *data,
                                                         const esauti_event_options *opts,
                                                         esauti_event_receipt **receipt, esauti_error *err);

/**
 * esauti_events_send_campaign_unsubscribed() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_campaign_unsubscribed_async(esauti_client *client,
                                                               const esauti_event_identity *identity,
                                                               const esauti_campaign_unsubscribed_data *data,
                                                               const esauti_event_options *opts,
                                                               esauti_event_sent_callback callback, void *user_data,
                                                               apic_async_call **call, esauti_error *err);

/**
 * Queues a `campaign.unsubscribed` event: checked now like esauti_events_send_campaign_unsubscribed(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_campaign_unsubscribed(esauti_client *client,
                                                            const esauti_event_identity *identity,
                                                            const esauti_campaign_unsubscribed_data *data,
                                                            const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `campaign.coupon_issued` event (version 1).
 *
 * A campaign generated a personal discount code for the customer, usually just before a message
 * that carries it.
 *
 * Identity: customer, entity (campaign).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_campaign_coupon_issued_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_campaign_coupon_issued(esauti_client *client, const esauti_event_identity *identity,
                                                          const esauti_campaign_coupon_issued_data *data,
                                                          const esauti_event_options *opts,
                                                          esauti_event_receipt **receipt, esauti_error *err);

/**
 * esauti_events_send_campaign_coupon_issued() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_campaign_coupon_issued_async(esauti_client *client,
                                                                const esauti_event_identity *identity,
                                                                const esauti_campaign_coupon_issued_data *data,
                                                                const esauti_event_options *opts,
                                                                esauti_event_sent_callback callback, void *user_data,
                                                                apic_async_call **call, esauti_error *err);

/**
 * Queues a `campaign.coupon_issued` event: checked now like esauti_events_send_campaign_coupon_issued(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_campaign_coupon_issued(esauti_client *client,
                                                             const esauti_event_identity *identity,
                                                             const esauti_campaign_coupon_issued_data *data,
                                                             const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `campaign.exited` event (version 1).
 *
 * The customer left a campaign or journey, because they finished it, met its goal, matched an exit
 * rule or the campaign was stopped.
 *
 * Identity: customer, entity (campaign).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_campaign_exited_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_campaign_exited(esauti_client *client, const esauti_event_identity *identity,
                                                   const esauti_campaign_exited_data *data,
                                                   const esauti_event_options *opts, esauti_event_receipt **receipt,
                                                   esauti_error *err);

/**
 * esauti_events_send_campaign_exited() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_campaign_exited_async(esauti_client *client, const esauti_event_identity *identity,
                                                         const esauti_campaign_exited_data *data,
                                                         const esauti_event_options *opts,
                                                         esauti_event_sent_callback callback, void *user_data,
                                                         apic_async_call **call, esauti_error *err);

/**
 * Queues a `campaign.exited` event: checked now like esauti_events_send_campaign_exited(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_campaign_exited(esauti_client *client, const esauti_event_identity *identity,
                                                      const esauti_campaign_exited_data *data,
                                                      const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `form.viewed` event (version 1).
 *
 * A form was displayed to a visitor, either inline on a page or as a popup. Fires once per page
 * view of the form.
 *
 * Identity: customer, entity (form).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_form_viewed_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_form_viewed(esauti_client *client, const esauti_event_identity *identity,
                                               const esauti_form_viewed_data *data, const esauti_event_options *opts,
                                               esauti_event_receipt **receipt, esauti_error *err);

/**
 * esauti_events_send_form_viewed() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_form_viewed_async(esauti_client *client, const esauti_event_identity *identity,
                                                     const esauti_form_viewed_data *data,
                                                     const esauti_event_options *opts,
                                                     esauti_event_sent_callback callback, void *user_data,
                                                     apic_async_call **call, esauti_error *err);

/**
 * Queues a `form.viewed` event: checked now like esauti_events_send_form_viewed(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_form_viewed(esauti_client *client, const esauti_event_identity *identity,
                                                  const esauti_form_viewed_data *data, const esauti_event_options *opts,
                                                  esauti_error *err);

/**
 * Sends a `form.started` event (version 1).
 *
 * The visitor began filling in a form by focusing or typing in its first field.
 *
 * Identity: customer, entity (form).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_form_started_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_form_started(esauti_client *client, const esauti_event_identity *identity,
                                                const esauti_form_started_data *data, const esauti_event_options *opts,
                                                esauti_event_receipt **receipt, esauti_error *err);

/**
 * esauti_events_send_form_started() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_form_started_async(esauti_client *client, const esauti_event_identity *identity,
                                                      const esauti_form_started_data *data,
                                                      const esauti_event_options *opts,
                                                      esauti_event_sent_callback callback, void *user_data,
                                                      apic_async_call **call, esauti_error *err);

/**
 * Queues a `form.started` event: checked now like esauti_events_send_form_started(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_form_started(esauti_client *client, const esauti_event_identity *identity,
                                                   const esauti_form_started_data *data,
                                                   const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `form.submitted` event (version 2).
 *
 * A visitor submitted a form successfully and the submission was stored. Version 2 moves contact
 * details into a contact object and records marketing consent per channel.
 *
 * Identity: customer, entity (form).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_form_submitted_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_form_submitted(esauti_client *client, const esauti_event_identity *identity,
                                                  const esauti_form_submitted_data *data,
                                                  const esauti_event_options *opts, esauti_event_receipt **receipt,
                                                  esauti_error *err);

/**
 * esauti_events_send_form_submitted() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_form_submitted_async(esauti_client *client, const esauti_event_identity *identity,
                                                        const esauti_form_submitted_data *data,
                                                        const esauti_event_options *opts,
                                                        esauti_event_sent_callback callback, void *user_data,
                                                        apic_async_call **call, esauti_error *err);

/**
 * Queues a `form.submitted` event: checked now like esauti_events_send_form_submitted(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_form_submitted(esauti_client *client, const esauti_event_identity *identity,
                                                     const esauti_form_submitted_data *data,
                                                     const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `form.abandoned` event (version 1).
 *
 * A visitor started a form but left without submitting it. Fires after 30 minutes without activity
 * on the form.
 *
 * Identity: customer, entity (form).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_form_abandoned_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_form_abandoned(esauti_client *client, const esauti_event_identity *identity,
                                                  const esauti_form_abandoned_data *data,
                                                  const esauti_event_options *opts, esauti_event_receipt **receipt,
                                                  esauti_error *err);

/**
 * esauti_events_send_form_abandoned() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_form_abandoned_async(esauti_client *client, const esauti_event_identity *identity,
                                                        const esauti_form_abandoned_data *data,
                                                        const esauti_event_options *opts,
                                                        esauti_event_sent_callback callback, void *user_data,
                                                        apic_async_call **call, esauti_error *err);

/**
 * Queues a `form.abandoned` event: checked now like esauti_events_send_form_abandoned(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_form_abandoned(esauti_client *client, const esauti_event_identity *identity,
                                                     const esauti_form_abandoned_data *data,
                                                     const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `form.submission_rejected` event (version 1).
 *
 * A form submission was refused by validation, spam protection or a duplicate check, so no contact
 * was created or updated.
 *
 * Identity: customer, entity (form).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_form_submission_rejected_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_form_submission_rejected(esauti_client *client,
                                                            const esauti_event_identity *identity,
                                                            const esauti_form_submission_rejected_data *data,
                                                            const esauti_event_options *opts,
                                                            esauti_event_receipt **receipt, esauti_error *err);

/**
 * esauti_events_send_form_submission_rejected() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_form_submission_rejected_async(esauti_client *client,
                                                                  const esauti_event_identity *identity,
                                                                  const esauti_form_submission_rejected_data *data,
                                                                  const esauti_event_options *opts,
                                                                  esauti_event_sent_callback callback, void *user_data,
                                                                  apic_async_call **call, esauti_error *err);

/**
 * Queues a `form.submission_rejected` event: checked now like esauti_events_send_form_submission_rejected(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_form_submission_rejected(esauti_client *client,
                                                               const esauti_event_identity *identity,
                                                               const esauti_form_submission_rejected_data *data,
                                                               const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `survey.sent` event (version 1).
 *
 * A survey invitation was sent to the customer, for example an NPS survey a week after delivery or
 * a post-purchase feedback request.
 *
 * Identity: customer, entity (survey).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_survey_sent_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_survey_sent(esauti_client *client, const esauti_event_identity *identity,
                                               const esauti_survey_sent_data *data, const esauti_event_options *opts,
                                               esauti_event_receipt **receipt, esauti_error *err);

/**
 * esauti_events_send_survey_sent() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_survey_sent_async(esauti_client *client, const esauti_event_identity *identity,
                                                     const esauti_survey_sent_data *data,
                                                     const esauti_event_options *opts,
                                                     esauti_event_sent_callback callback, void *user_data,
                                                     apic_async_call **call, esauti_error *err);

/**
 * Queues a `survey.sent` event: checked now like esauti_events_send_survey_sent(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_survey_sent(esauti_client *client, const esauti_event_identity *identity,
                                                  const esauti_survey_sent_data *data, const esauti_event_options *opts,
                                                  esauti_error *err);

/**
 * Sends a `survey.started` event (version 1).
 *
 * The customer opened the survey and answered its first question.
 *
 * Identity: customer, entity (survey).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_survey_started_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_survey_started(esauti_client *client, const esauti_event_identity *identity,
                                                  const esauti_survey_started_data *data,
                                                  const esauti_event_options *opts, esauti_event_receipt **receipt,
                                                  esauti_error *err);

/**
 * esauti_events_send_survey_started() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_survey_started_async(esauti_client *client, const esauti_event_identity *identity,
                                                        const esauti_survey_started_data *data,
                                                        const esauti_event_options *opts,
                                                        esauti_event_sent_callback callback, void *user_data,
                                                        apic_async_call **call, esauti_error *err);

/**
 * Queues a `survey.started` event: checked now like esauti_events_send_survey_started(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_survey_started(esauti_client *client, const esauti_event_identity *identity,
                                                     const esauti_survey_started_data *data,
                                                     const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `survey.completed` event (version 1).
 *
 * The customer answered every required question and submitted the survey. Carries the score for
 * NPS, CSAT and CES surveys.
 *
 * Identity: customer, entity (survey).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_survey_completed_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_survey_completed(esauti_client *client, const esauti_event_identity *identity,
                                                    const esauti_survey_completed_data *data,
                                                    const esauti_event_options *opts, esauti_event_receipt **receipt,
                                                    esauti_error *err);

/**
 * esauti_events_send_survey_completed() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_survey_completed_async(esauti_client *client, const esauti_event_identity *identity,
                                                          const esauti_survey_completed_data *data,
                                                          const esauti_event_options *opts,
                                                          esauti_event_sent_callback callback, void *user_data,
                                                          apic_async_call **call, esauti_error *err);

/**
 * Queues a `survey.completed` event: checked now like esauti_events_send_survey_completed(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_survey_completed(esauti_client *client, const esauti_event_identity *identity,
                                                       const esauti_survey_completed_data *data,
                                                       const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `survey.abandoned` event (version 1).
 *
 * The customer started a survey but did not submit it within 24 hours. Answers given so far are
 * kept as a partial response.
 *
 * Identity: customer, entity (survey).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_survey_abandoned_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_survey_abandoned(esauti_client *client, const esauti_event_identity *identity,
                                                    const esauti_survey_abandoned_data *data,
                                                    const esauti_event_options *opts, esauti_event_receipt **receipt,
                                                    esauti_error *err);

/**
 * esauti_events_send_survey_abandoned() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_survey_abandoned_async(esauti_client *client, const esauti_event_identity *identity,
                                                          const esauti_survey_abandoned_data *data,
                                                          const esauti_event_options *opts,
                                                          esauti_event_sent_callback callback, void *user_data,
                                                          apic_async_call **call, esauti_error *err);

/**
 * Queues a `survey.abandoned` event: checked now like esauti_events_send_survey_abandoned(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_survey_abandoned(esauti_client *client, const esauti_event_identity *identity,
                                                       const esauti_survey_abandoned_data *data,
                                                       const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `booking.requested` event (version 1).
 *
 * A customer asked for a time slot through a booking page, WhatsApp or the phone, and the request
 * is waiting for the business to accept it.
 *
 * Identity: customer, entity (booking).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_booking_requested_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_booking_requested(esauti_client *client, const esauti_event_identity *identity,
                                                     const esauti_booking_requested_data *data,
                                                     const esauti_event_options *opts, esauti_event_receipt **receipt,
                                                     esauti_error *err);

/**
 * esauti_events_send_booking_requested() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_booking_requested_async(esauti_client *client, const esauti_event_identity *identity,
                                                           const esauti_booking_requested_data *data,
                                                           const esauti_event_options *opts,
                                                           esauti_event_sent_callback callback, void *user_data,
                                                           apic_async_call **call, esauti_error *err);

/**
 * Queues a `booking.requested` event: checked now like esauti_events_send_booking_requested(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_booking_requested(esauti_client *client, const esauti_event_identity *identity,
                                                        const esauti_booking_requested_data *data,
                                                        const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `booking.confirmed` event (version 1).
 *
 * The business accepted a booking request, or it was accepted automatically, and an appointment
 * was put in the calendar.
 *
 * Identity: customer, entity (booking).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_booking_confirmed_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_booking_confirmed(esauti_client *client, const esauti_event_identity *identity,
                                                     const esauti_booking_confirmed_data *data,
                                                     const esauti_event_options *opts, esauti_event_receipt **receipt,
                                                     esauti_error *err);

/**
 * esauti_events_send_booking_confirmed() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_booking_confirmed_async(esauti_client *client, const esauti_event_identity *identity,
                                                           const esauti_booking_confirmed_data *data,
                                                           const esauti_event_options *opts,
                                                           esauti_event_sent_callback callback, void *user_data,
                                                           apic_async_call **call, esauti_error *err);

/**
 * Queues a `booking.confirmed` event: checked now like esauti_events_send_booking_confirmed(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_booking_confirmed(esauti_client *client, const esauti_event_identity *identity,
                                                        const esauti_booking_confirmed_data *data,
                                                        const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `booking.declined` event (version 1).
 *
 * The business turned down a booking request or it expired without an answer, so no appointment
 * was created.
 *
 * Identity: customer, entity (booking).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_booking_declined_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_booking_declined(esauti_client *client, const esauti_event_identity *identity,
                                                    const esauti_booking_declined_data *data,
                                                    const esauti_event_options *opts, esauti_event_receipt **receipt,
                                                    esauti_error *err);

/**
 * esauti_events_send_booking_declined() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_booking_declined_async(esauti_client *client, const esauti_event_identity *identity,
                                                          const esauti_booking_declined_data *data,
                                                          const esauti_event_options *opts,
                                                          esauti_event_sent_callback callback, void *user_data,
                                                          apic_async_call **call, esauti_error *err);

/**
 * Queues a `booking.declined` event: checked now like esauti_events_send_booking_declined(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_booking_declined(esauti_client *client, const esauti_event_identity *identity,
                                                       const esauti_booking_declined_data *data,
                                                       const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `appointment.scheduled` event (version 1).
 *
 * An appointment was put in the business calendar for a customer, from a confirmed booking or
 * entered directly by staff.
 *
 * Identity: customer, entity (appointment).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_appointment_scheduled_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_appointment_scheduled(esauti_client *client, const esauti_event_identity *identity,
                                                         const esauti_appointment_scheduled_data *data,
                                                         const esauti_event_options *opts,
                                                         esauti_event_receipt **receipt, esauti_error *err);

/**
 * esauti_events_send_appointment_scheduled() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_appointment_scheduled_async(esauti_client *client,
                                                               const esauti_event_identity *identity,
                                                               const esauti_appointment_scheduled_data *data,
                                                               const esauti_event_options *opts,
                                                               esauti_event_sent_callback callback, void *user_data,
                                                               apic_async_call **call, esauti_error *err);

/**
 * Queues a `appointment.scheduled` event: checked now like esauti_events_send_appointment_scheduled(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_appointment_scheduled(esauti_client *client,
                                                            const esauti_event_identity *identity,
                                                            const esauti_appointment_scheduled_data *data,
                                                            const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `appointment.rescheduled` event (version 2).
 *
 * An appointment was moved to another time, staff member or location. Version 2 adds who asked for
 * the change and the previous staff member.
 *
 * Identity: customer, entity (appointment).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_appointment_rescheduled_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_appointment_rescheduled(esauti_client *client, const esauti_event_identity *identity,
                                                           const esauti_appointment_rescheduled_data *data,
                                                           const esauti_event_options *opts,
                                                           esauti_event_receipt **receipt, esauti_error *err);

/**
 * esauti_events_send_appointment_rescheduled() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_appointment_rescheduled_async(esauti_client *client,
                                                                 const esauti_event_identity *identity,
                                                                 const esauti_appointment_rescheduled_data *data,
                                                                 const esauti_event_options *opts,
                                                                 esauti_event_sent_callback callback, void *user_data,
                                                                 apic_async_call **call, esauti_error *err);

/**
 * Queues a `appointment.rescheduled` event: checked now like esauti_events_send_appointment_rescheduled(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_appointment_rescheduled(esauti_client *client,
                                                              const esauti_event_identity *identity,
                                                              const esauti_appointment_rescheduled_data *data,
                                                              const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `appointment.cancelled` event (version 1).
 *
 * An appointment was called off by the customer or the business before it took place.
 *
 * Identity: customer, entity (appointment).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_appointment_cancelled_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_appointment_cancelled(esauti_client *client, const esauti_event_identity *identity,
                                                         const esauti_appointment_cancelled_data *data,
                                                         const esauti_event_options *opts,
                                                         esauti_event_receipt **receipt, esauti_error *err);

/**
 * esauti_events_send_appointment_cancelled() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_appointment_cancelled_async(esauti_client *client,
                                                               const esauti_event_identity *identity,
                                                               const esauti_appointment_cancelled_data *data,
                                                               const esauti_event_options *opts,
                                                               esauti_event_sent_callback callback, void *user_data,
                                                               apic_async_call **call, esauti_error *err);

/**
 * Queues a `appointment.cancelled` event: checked now like esauti_events_send_appointment_cancelled(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_appointment_cancelled(esauti_client *client,
                                                            const esauti_event_identity *identity,
                                                            const esauti_appointment_cancelled_data *data,
                                                            const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `appointment.reminder_sent` event (version 1).
 *
 * A reminder for an upcoming appointment was sent to the customer, typically a day and an hour
 * before it starts.
 *
 * Identity: customer, entity (appointment).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_appointment_reminder_sent_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_appointment_reminder_sent(esauti_client *client,
                                                             const esauti_event_identity *identity,
                                                             const esauti_appointment_reminder_sent_data *data,
                                                             const esauti_event_options *opts,
                                                             esauti_event_receipt **receipt, esauti_error *err);

/**
 * esauti_events_send_appointment_reminder_sent() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_appointment_reminder_sent_async(esauti_client *client,
                                                                   const esauti_event_identity *identity,
                                                                   const esauti_appointment_reminder_sent_data *data,
                                                                   const esauti_event_options *opts,
                                                                   esauti_event_sent_callback callback, void *user_data,
                                                                   apic_async_call **call, esauti_error *err);

/**
 * Queues a `appointment.reminder_sent` event: checked now like esauti_events_send_appointment_reminder_sent(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_appointment_reminder_sent(esauti_client *client,
                                                                const esauti_event_identity *identity,
                                                                const esauti_appointment_reminder_sent_data *data,
                                                                const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `appointment.checked_in` event (version 1).
 *
 * The customer arrived for the appointment and was checked in at reception, on a kiosk or through
 * a link.
 *
 * Identity: customer, entity (appointment).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_appointment_checked_in_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_appointment_checked_in(esauti_client *client, const esauti_event_identity *identity,
                                                          const esauti_appointment_checked_in_data *data,
                                                          const esauti_event_options *opts,
                                                          esauti_event_receipt **receipt, esauti_error *err);

/**
 * esauti_events_send_appointment_checked_in() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_appointment_checked_in_async(esauti_client *client,
                                                                const esauti_event_identity *identity,
                                                                const esauti_appointment_checked_in_data *data,
                                                                const esauti_event_options *opts,
                                                                esauti_event_sent_callback callback, void *user_data,
                                                                apic_async_call **call, esauti_error *err);

/**
 * Queues a `appointment.checked_in` event: checked now like esauti_events_send_appointment_checked_in(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_appointment_checked_in(esauti_client *client,
                                                             const esauti_event_identity *identity,
                                                             const esauti_appointment_checked_in_data *data,
                                                             const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `appointment.completed` event (version 1).
 *
 * The service was delivered and the appointment was marked as done, with what the customer paid.
 *
 * Identity: customer, entity (appointment).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_appointment_completed_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_appointment_completed(esauti_client *client, const esauti_event_identity *identity,
                                                         const esauti_appointment_completed_data *data,
                                                         const esauti_event_options *opts,
                                                         esauti_event_receipt **receipt, esauti_error *err);

/**
 * esauti_events_send_appointment_completed() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_appointment_completed_async(esauti_client *client,
                                                               const esauti_event_identity *identity,
                                                               const esauti_appointment_completed_data *data,
                                                               const esauti_event_options *opts,
                                                               esauti_event_sent_callback callback, void *user_data,
                                                               apic_async_call **call, esauti_error *err);

/**
 * Queues a `appointment.completed` event: checked now like esauti_events_send_appointment_completed(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_appointment_completed(esauti_client *client,
                                                            const esauti_event_identity *identity,
                                                            const esauti_appointment_completed_data *data,
                                                            const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `appointment.no_show` event (version 1).
 *
 * The customer did not turn up for the appointment and did not cancel; staff or an automatic rule
 * marked it as a no-show.
 *
 * Identity: customer, entity (appointment).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_appointment_no_show_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_appointment_no_show(esauti_client *client, const esauti_event_identity *identity,
                                                       const esauti_appointment_no_show_data *data,
                                                       const esauti_event_options *opts, esauti_event_receipt **receipt,
                                                       esauti_error *err);

/**
 * esauti_events_send_appointment_no_show() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_appointment_no_show_async(esauti_client *client,
                                                             const esauti_event_identity *identity,
                                                             const esauti_appointment_no_show_data *data,
                                                             const esauti_event_options *opts,
                                                             esauti_event_sent_callback callback, void *user_data,
                                                             apic_async_call **call, esauti_error *err);

/**
 * Queues a `appointment.no_show` event: checked now like esauti_events_send_appointment_no_show(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_appointment_no_show(esauti_client *client, const esauti_event_identity *identity,
                                                          const esauti_appointment_no_show_data *data,
                                                          const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `verify.code_requested` event (version 1).
 *
 * An app asked eSauti Verify to start a verification for a customer, which creates a verification
 * with a fresh one-time code.
 *
 * Identity: customer, entity (verification).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_verify_code_requested_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_verify_code_requested(esauti_client *client, const esauti_event_identity *identity,
                                                         const esauti_verify_code_requested_data *data,
                                                         const esauti_event_options *opts,
                                                         esauti_event_receipt **receipt, esauti_error *err);

/**
 * esauti_events_send_verify_code_requested() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_verify_code_requested_async(esauti_client *client,
                                                               const esauti_event_identity *identity,
                                                               const esauti_verify_code_requested_data *data,
                                                               const esauti_event_options *opts,
                                                               esauti_event_sent_callback callback, void *user_data,
                                                               apic_async_call **call, esauti_error *err);

/**
 * Queues a `verify.code_requested` event: checked now like esauti_events_send_verify_code_requested(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_verify_code_requested(esauti_client *client,
                                                            const esauti_event_identity *identity,
                                                            const esauti_verify_code_requested_data *data,
                                                            const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `verify.code_sent` event (version 1).
 *
 * The message carrying the one-time code was handed to the channel provider for delivery.
 *
 * Identity: customer, entity (verification).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_verify_code_sent_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_verify_code_sent(esauti_client *client, const esauti_event_identity *identity,
                                                    const esauti_verify_code_sent_data *data,
                                                    const esauti_event_options *opts, esauti_event_receipt **receipt,
                                                    esauti_error *err);

/**
 * esauti_events_send_verify_code_sent() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_verify_code_sent_async(esauti_client *client, const esauti_event_identity *identity,
                                                          const esauti_verify_code_sent_data *data,
                                                          const esauti_event_options *opts,
                                                          esauti_event_sent_callback callback, void *user_data,
                                                          apic_async_call **call, esauti_error *err);

/**
 * Queues a `verify.code_sent` event: checked now like esauti_events_send_verify_code_sent(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_verify_code_sent(esauti_client *client, const esauti_event_identity *identity,
                                                       const esauti_verify_code_sent_data *data,
                                                       const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `verify.code_resent` event (version 1).
 *
 * A new code was sent for an existing verification, because the customer asked again or Verify
 * fell back to another channel.
 *
 * Identity: customer, entity (verification).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_verify_code_resent_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_verify_code_resent(esauti_client *client, const esauti_event_identity *identity,
                                                      const esauti_verify_code_resent_data *data,
                                                      const esauti_event_options *opts, esauti_event_receipt **receipt,
                                                      esauti_error *err);

/**
 * esauti_events_send_verify_code_resent() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_verify_code_resent_async(esauti_client *client,
                                                            const esauti_event_identity *identity,
                                                            const esauti_verify_code_resent_data *data,
                                                            const esauti_event_options *opts,
                                                            esauti_event_sent_callback callback, void *user_data,
                                                            apic_async_call **call, esauti_error *err);

/**
 * Queues a `verify.code_resent` event: checked now like esauti_events_send_verify_code_resent(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_verify_code_resent(esauti_client *client, const esauti_event_identity *identity,
                                                         const esauti_verify_code_resent_data *data,
                                                         const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `verify.code_verified` event (version 1).
 *
 * The customer entered the correct code before it expired and the verification succeeded.
 *
 * Identity: customer, entity (verification).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_verify_code_verified_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_verify_code_verified(esauti_client *client, const esauti_event_identity *identity,
                                                        const esauti_verify_code_verified_data *data,
                                                        const esauti_event_options *opts,
                                                        esauti_event_receipt **receipt, esauti_error *err);

/**
 * esauti_events_send_verify_code_verified() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_verify_code_verified_async(esauti_client *client,
                                                              const esauti_event_identity *identity,
                                                              const esauti_verify_code_verified_data *data,
                                                              const esauti_event_options *opts,
                                                              esauti_event_sent_callback callback, void *user_data,
                                                              apic_async_call **call, esauti_error *err);

/**
 * Queues a `verify.code_verified` event: checked now like esauti_events_send_verify_code_verified(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_verify_code_verified(esauti_client *client, const esauti_event_identity *identity,
                                                           const esauti_verify_code_verified_data *data,
                                                           const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `verify.code_failed` event (version 2).
 *
 * A check was made with a wrong code and was rejected; the verification stays open while attempts
 * remain. Version 2 adds attempts_remaining.
 *
 * Identity: customer, entity (verification).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_verify_code_failed_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_verify_code_failed(esauti_client *client, const esauti_event_identity *identity,
                                                      const esauti_verify_code_failed_data *data,
                                                      const esauti_event_options *opts, esauti_event_receipt **receipt,
                                                      esauti_error *err);

/**
 * esauti_events_send_verify_code_failed() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_verify_code_failed_async(esauti_client *client,
                                                            const esauti_event_identity *identity,
                                                            const esauti_verify_code_failed_data *data,
                                                            const esauti_event_options *opts,
                                                            esauti_event_sent_callback callback, void *user_data,
                                                            apic_async_call **call, esauti_error *err);

/**
 * Queues a `verify.code_failed` event: checked now like esauti_events_send_verify_code_failed(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_verify_code_failed(esauti_client *client, const esauti_event_identity *identity,
                                                         const esauti_verify_code_failed_data *data,
                                                         const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `verify.code_expired` event (version 1).
 *
 * The code's validity window ended without a successful check, so the verification was closed as
 * expired.
 *
 * Identity: customer, entity (verification).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_verify_code_expired_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_verify_code_expired(esauti_client *client, const esauti_event_identity *identity,
                                                       const esauti_verify_code_expired_data *data,
                                                       const esauti_event_options *opts, esauti_event_receipt **receipt,
                                                       esauti_error *err);

/**
 * esauti_events_send_verify_code_expired() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_verify_code_expired_async(esauti_client *client,
                                                             const esauti_event_identity *identity,
                                                             const esauti_verify_code_expired_data *data,
                                                             const esauti_event_options *opts,
                                                             esauti_event_sent_callback callback, void *user_data,
                                                             apic_async_call **call, esauti_error *err);

/**
 * Queues a `verify.code_expired` event: checked now like esauti_events_send_verify_code_expired(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_verify_code_expired(esauti_client *client, const esauti_event_identity *identity,
                                                          const esauti_verify_code_expired_data *data,
                                                          const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `verify.max_attempts_reached` event (version 1).
 *
 * The customer used up the allowed number of wrong checks, so the verification was locked and no
 * further codes are accepted for it.
 *
 * Identity: customer, entity (verification).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_verify_max_attempts_reached_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_verify_max_attempts_reached(esauti_client *client,
                                                               const esauti_event_identity *identity,
                                                               const esauti_verify_max_attempts_reached_data *data,
                                                               const esauti_event_options *opts,
                                                               esauti_event_receipt **receipt, esauti_error *err);

/**
 * esauti_events_send_verify_max_attempts_reached() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_verify_max_attempts_reached_async(esauti_client *client,
                                                                     const esauti_event_identity *identity,
                                                                     const esauti_verify_max_attempts_reached_data *data,
                                                                     const esauti_event_options *opts,
                                                                     esauti_event_sent_callback callback,
                                                                     void *user_data, apic_async_call **call,
                                                                     esauti_error *err);

/**
 * Queues a `verify.max_attempts_reached` event: checked now like esauti_events_send_verify_max_attempts_reached(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_verify_max_attempts_reached(esauti_client *client,
                                                                  const esauti_event_identity *identity,
                                                                  const esauti_verify_max_attempts_reached_data *data,
                                                                  const esauti_event_options *opts, esauti_error *err);

/**
 * Sends a `verify.delivery_failed` event (version 1).
 *
 * The message carrying the code could not be delivered on its channel, for example an unreachable
 * number or a bounced email. Verify may fall back to another channel.
 *
 * Identity: customer, entity (verification).
 *
 * @param client a client from esauti_client_new()
 * @param identity who and what the event is about; the keys above are required
 * @param data the event's data (see esauti_verify_delivery_failed_data); required, borrowed
 * @param opts id, occurred_at or source to use instead of the defaults; may be NULL
 * @param receipt receives the receipt on success (esauti_event_receipt_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call
 */
APIC_EXPORT int esauti_events_send_verify_delivery_failed(esauti_client *client, const esauti_event_identity *identity,
                                                          const esauti_verify_delivery_failed_data *data,
                                                          const esauti_event_options *opts,
                                                          esauti_event_receipt **receipt, esauti_error *err);

/**
 * esauti_events_send_verify_delivery_failed() that returns at once: the event is checked and encoded
 * now, then sent by the client's loop (apic/async.h) with the same retries, idempotency key and
 * dead letter; identity, data and opts are read before this returns. call, when not NULL,
 * receives the handle for apic_async_cancel().
 * @return 0 (callback will be called once: see esauti_event_sent_callback); otherwise callback never is
 * and err says why: APIC_E_VALIDATION (nothing sent, err names the field), APIC_E_ARG,
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int esauti_events_send_verify_delivery_failed_async(esauti_client *client,
                                                                const esauti_event_identity *identity,
                                                                const esauti_verify_delivery_failed_data *data,
                                                                const esauti_event_options *opts,
                                                                esauti_event_sent_callback callback, void *user_data,
                                                                apic_async_call **call, esauti_error *err);

/**
 * Queues a `verify.delivery_failed` event: checked now like esauti_events_send_verify_delivery_failed(),
 * sent later in a batch; see esauti_events_enqueue().
 */
APIC_EXPORT int esauti_events_enqueue_verify_delivery_failed(esauti_client *client,
                                                             const esauti_event_identity *identity,
                                                             const esauti_verify_delivery_failed_data *data,
                                                             const esauti_event_options *opts, esauti_error *err);

#ifdef __cplusplus
}
#endif
#endif
