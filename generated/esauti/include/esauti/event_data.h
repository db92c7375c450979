/**
 * @file esauti/event_data.h
 * @brief eSauti canonical events: the data of each event type, one struct per type. Generated; do not edit.
 *
 * `esauti_<entity>_<action>_data` is what esauti_events_send_<entity>_<action>() sends as the
 * event's `data`. The conventions of models.h apply; members marked "Personal data." are
 * masked when logs redact personal data.
 */
#ifndef ESAUTI_EVENT_DATA_H
#define ESAUTI_EVENT_DATA_H

#include "models.h"

#ifdef __cplusplus
extern "C" {
#endif

/** The C type of the customer_created_data schema; see struct esauti_customer_created_data. */
typedef struct esauti_customer_created_data esauti_customer_created_data;
/** The C type of the customer_updated_data schema; see struct esauti_customer_updated_data. */
typedef struct esauti_customer_updated_data esauti_customer_updated_data;
/** The C type of the customer_deleted_data schema; see struct esauti_customer_deleted_data. */
typedef struct esauti_customer_deleted_data esauti_customer_deleted_data;
/** The C type of the customer_merged_data schema; see struct esauti_customer_merged_data. */
typedef struct esauti_customer_merged_data esauti_customer_merged_data;
/** The C type of the customer_tagged_data schema; see struct esauti_customer_tagged_data. */
typedef struct esauti_customer_tagged_data esauti_customer_tagged_data;
/** The C type of the customer_untagged_data schema; see struct esauti_customer_untagged_data. */
typedef struct esauti_customer_untagged_data esauti_customer_untagged_data;
/** The C type of the customer_segment_entered_data schema; see struct esauti_customer_segment_entered_data. */
typedef struct esauti_customer_segment_entered_data esauti_customer_segment_entered_data;
/** The C type of the customer_segment_exited_data schema; see struct esauti_customer_segment_exited_data. */
typedef struct esauti_customer_segment_exited_data esauti_customer_segment_exited_data;
/** The C type of the contact_subscribed_data schema; see struct esauti_contact_subscribed_data. */
typedef struct esauti_contact_subscribed_data esauti_contact_subscribed_data;
/** The C type of the contact_unsubscribed_data schema; see struct esauti_contact_unsubscribed_data. */
typedef struct esauti_contact_unsubscribed_data esauti_contact_unsubscribed_data;
/** The C type of the contact_preferences_updated_data schema; see struct esauti_contact_preferences_updated_data. */
typedef struct esauti_contact_preferences_updated_data esauti_contact_preferences_updated_data;
/** The C type of the contact_phone_verified_data schema; see struct esauti_contact_phone_verified_data. */
typedef struct esauti_contact_phone_verified_data esauti_contact_phone_verified_data;
/** The C type of the lead_captured_data schema; see struct esauti_lead_captured_data. */
typedef struct esauti_lead_captured_data esauti_lead_captured_data;
/** The C type of the lead_updated_data schema; see struct esauti_lead_updated_data. */
typedef struct esauti_lead_updated_data esauti_lead_updated_data;
/** The C type of the lead_assigned_data schema; see struct esauti_lead_assigned_data. */
typedef struct esauti_lead_assigned_data esauti_lead_assigned_data;
/** The C type of the lead_scored_data schema; see struct esauti_lead_scored_data. */
typedef struct esauti_lead_scored_data esauti_lead_scored_data;
/** The C type of the lead_contacted_data schema; see struct esauti_lead_contacted_data. */
typedef struct esauti_lead_contacted_data esauti_lead_contacted_data;
/** The C type of the lead_qualified_data schema; see struct esauti_lead_qualified_data. */
typedef struct esauti_lead_qualified_data esauti_lead_qualified_data;
/** The C type of the lead_disqualified_data schema; see struct esauti_lead_disqualified_data. */
typedef struct esauti_lead_disqualified_data esauti_lead_disqualified_data;
/** The C type of the lead_converted_data schema; see struct esauti_lead_converted_data. */
typedef struct esauti_lead_converted_data esauti_lead_converted_data;
/** The C type of the lead_lost_data schema; see struct esauti_lead_lost_data. */
typedef struct esauti_lead_lost_data esauti_lead_lost_data;
/** The C type of the lead_status_changed_data schema; see struct esauti_lead_status_changed_data. */
typedef struct esauti_lead_status_changed_data esauti_lead_status_changed_data;
/** The C type of the account_created_data schema; see struct esauti_account_created_data. */
typedef struct esauti_account_created_data esauti_account_created_data;
/** The C type of the account_email_verified_data schema; see struct esauti_account_email_verified_data. */
typedef struct esauti_account_email_verified_data esauti_account_email_verified_data;
/** The C type of the account_password_changed_data schema; see struct esauti_account_password_changed_data. */
typedef struct esauti_account_password_changed_data esauti_account_password_changed_data;
/** The C type of the account_locked_data schema; see struct esauti_account_locked_data. */
typedef struct esauti_account_locked_data esauti_account_locked_data;
/** The C type of the account_unlocked_data schema; see struct esauti_account_unlocked_data. */
typedef struct esauti_account_unlocked_data esauti_account_unlocked_data;
/** The C type of the account_closed_data schema; see struct esauti_account_closed_data. */
typedef struct esauti_account_closed_data esauti_account_closed_data;
/** The C type of the auth_login_succeeded_data schema; see struct esauti_auth_login_succeeded_data. */
typedef struct esauti_auth_login_succeeded_data esauti_auth_login_succeeded_data;
/** The C type of the auth_login_failed_data schema; see struct esauti_auth_login_failed_data. */
typedef struct esauti_auth_login_failed_data esauti_auth_login_failed_data;
/** The C type of the auth_logged_out_data schema; see struct esauti_auth_logged_out_data. */
typedef struct esauti_auth_logged_out_data esauti_auth_logged_out_data;
/** The C type of the auth_password_reset_requested_data schema; see struct esauti_auth_password_reset_requested_data. */
typedef struct esauti_auth_password_reset_requested_data esauti_auth_password_reset_requested_data;
/** The C type of the auth_password_reset_completed_data schema; see struct esauti_auth_password_reset_completed_data. */
typedef struct esauti_auth_password_reset_completed_data esauti_auth_password_reset_completed_data;
/** The C type of the auth_mfa_enabled_data schema; see struct esauti_auth_mfa_enabled_data. */
typedef struct esauti_auth_mfa_enabled_data esauti_auth_mfa_enabled_data;
/** The C type of the auth_mfa_disabled_data schema; see struct esauti_auth_mfa_disabled_data. */
typedef struct esauti_auth_mfa_disabled_data esauti_auth_mfa_disabled_data;
/** The C type of the auth_new_device_detected_data schema; see struct esauti_auth_new_device_detected_data. */
typedef struct esauti_auth_new_device_detected_data esauti_auth_new_device_detected_data;
/** The C type of the session_started_data schema; see struct esauti_session_started_data. */
typedef struct esauti_session_started_data esauti_session_started_data;
/** The C type of the session_identified_data schema; see struct esauti_session_identified_data. */
typedef struct esauti_session_identified_data esauti_session_identified_data;
/** The C type of the session_campaign_attributed_data schema; see struct esauti_session_campaign_attributed_data. */
typedef struct esauti_session_campaign_attributed_data esauti_session_campaign_attributed_data;
/** The C type of the session_ended_data schema; see struct esauti_session_ended_data. */
typedef struct esauti_session_ended_data esauti_session_ended_data;
/** The C type of the page_viewed_data schema; see struct esauti_page_viewed_data. */
typedef struct esauti_page_viewed_data esauti_page_viewed_data;
/** The C type of the page_scrolled_data schema; see struct esauti_page_scrolled_data. */
typedef struct esauti_page_scrolled_data esauti_page_scrolled_data;
/** The C type of the page_link_clicked_data schema; see struct esauti_page_link_clicked_data. */
typedef struct esauti_page_link_clicked_data esauti_page_link_clicked_data;
/** The C type of the page_popup_shown_data schema; see struct esauti_page_popup_shown_data. */
typedef struct esauti_page_popup_shown_data esauti_page_popup_shown_data;
/** The C type of the page_popup_dismissed_data schema; see struct esauti_page_popup_dismissed_data. */
typedef struct esauti_page_popup_dismissed_data esauti_page_popup_dismissed_data;
/** The C type of the page_tracked_data schema; see struct esauti_page_tracked_data. */
typedef struct esauti_page_tracked_data esauti_page_tracked_data;
/** The C type of the product_created_data schema; see struct esauti_product_created_data. */
typedef struct esauti_product_created_data esauti_product_created_data;
/** The C type of the product_updated_data schema; see struct esauti_product_updated_data. */
typedef struct esauti_product_updated_data esauti_product_updated_data;
/** The C type of the product_price_changed_data schema; see struct esauti_product_price_changed_data. */
typedef struct esauti_product_price_changed_data esauti_product_price_changed_data;
/** The C type of the product_stock_depleted_data schema; see struct esauti_product_stock_depleted_data. */
typedef struct esauti_product_stock_depleted_data esauti_product_stock_depleted_data;
/** The C type of the product_restocked_data schema; see struct esauti_product_restocked_data. */
typedef struct esauti_product_restocked_data esauti_product_restocked_data;
/** The C type of the product_viewed_data schema; see struct esauti_product_viewed_data. */
typedef struct esauti_product_viewed_data esauti_product_viewed_data;
/** The C type of the product_wishlisted_data schema; see struct esauti_product_wishlisted_data. */
typedef struct esauti_product_wishlisted_data esauti_product_wishlisted_data;
/** The C type of the product_shared_data schema; see struct esauti_product_shared_data. */
typedef struct esauti_product_shared_data esauti_product_shared_data;
/** The C type of the product_back_in_stock_requested_data schema; see struct esauti_product_back_in_stock_requested_data. */
typedef struct esauti_product_back_in_stock_requested_data esauti_product_back_in_stock_requested_data;
/** The C type of the category_viewed_data schema; see struct esauti_category_viewed_data. */
typedef struct esauti_category_viewed_data esauti_category_viewed_data;
/** The C type of the catalog_searched_data schema; see struct esauti_catalog_searched_data. */
typedef struct esauti_catalog_searched_data esauti_catalog_searched_data;
/** The C type of the catalog_synced_data schema; see struct esauti_catalog_synced_data. */
typedef struct esauti_catalog_synced_data esauti_catalog_synced_data;
/** The C type of the cart_created_data schema; see struct esauti_cart_created_data. */
typedef struct esauti_cart_created_data esauti_cart_created_data;
/** The C type of the cart_item_added_data schema; see struct esauti_cart_item_added_data. */
typedef struct esauti_cart_item_added_data esauti_cart_item_added_data;
/** The C type of the cart_item_removed_data schema; see struct esauti_cart_item_removed_data. */
typedef struct esauti_cart_item_removed_data esauti_cart_item_removed_data;
/** The C type of the cart_item_updated_data schema; see struct esauti_cart_item_updated_data. */
typedef struct esauti_cart_item_updated_data esauti_cart_item_updated_data;
/** The C type of the cart_merged_data schema; see struct esauti_cart_merged_data. */
typedef struct esauti_cart_merged_data esauti_cart_merged_data;
/** The C type of the cart_emptied_data schema; see struct esauti_cart_emptied_data. */
typedef struct esauti_cart_emptied_data esauti_cart_emptied_data;
/** The C type of the cart_abandoned_data schema; see struct esauti_cart_abandoned_data. */
typedef struct esauti_cart_abandoned_data esauti_cart_abandoned_data;
/** The C type of the cart_abandoned_data.items.item schema; see struct esauti_cart_abandoned_data_items_item. */
typedef struct esauti_cart_abandoned_data_items_item esauti_cart_abandoned_data_items_item;
/** The C type of the cart_recovered_data schema; see struct esauti_cart_recovered_data. */
typedef struct esauti_cart_recovered_data esauti_cart_recovered_data;
/** The C type of the checkout_started_data schema; see struct esauti_checkout_started_data. */
typedef struct esauti_checkout_started_data esauti_checkout_started_data;
/** The C type of the checkout_delivery_selected_data schema; see struct esauti_checkout_delivery_selected_data. */
typedef struct esauti_checkout_delivery_selected_data esauti_checkout_delivery_selected_data;
/**
 * Delivery address, for home delivery and courier.
 * The C type of the checkout_delivery_selected_data.address schema; see struct esauti_checkout_delivery_selected_data_address.
 */
typedef struct esauti_checkout_delivery_selected_data_address esauti_checkout_delivery_selected_data_address;
/** The C type of the checkout_payment_method_selected_data schema; see struct esauti_checkout_payment_method_selected_data. */
typedef struct esauti_checkout_payment_method_selected_data esauti_checkout_payment_method_selected_data;
/** The C type of the checkout_completed_data schema; see struct esauti_checkout_completed_data. */
typedef struct esauti_checkout_completed_data esauti_checkout_completed_data;
/** The C type of the order_created_data schema; see struct esauti_order_created_data. */
typedef struct esauti_order_created_data esauti_order_created_data;
/** The C type of the order_created_data.items.item schema; see struct esauti_order_created_data_items_item. */
typedef struct esauti_order_created_data_items_item esauti_order_created_data_items_item;
/** The C type of the order_confirmed_data schema; see struct esauti_order_confirmed_data. */
typedef struct esauti_order_confirmed_data esauti_order_confirmed_data;
/** The C type of the order_paid_data schema; see struct esauti_order_paid_data. */
typedef struct esauti_order_paid_data esauti_order_paid_data;
/** The C type of the order_payment_failed_data schema; see struct esauti_order_payment_failed_data. */
typedef struct esauti_order_payment_failed_data esauti_order_payment_failed_data;
/** The C type of the order_updated_data schema; see struct esauti_order_updated_data. */
typedef struct esauti_order_updated_data esauti_order_updated_data;
/** The C type of the order_packed_data schema; see struct esauti_order_packed_data. */
typedef struct esauti_order_packed_data esauti_order_packed_data;
/** The C type of the order_shipped_data schema; see struct esauti_order_shipped_data. */
typedef struct esauti_order_shipped_data esauti_order_shipped_data;
/** The C type of the order_delivered_data schema; see struct esauti_order_delivered_data. */
typedef struct esauti_order_delivered_data esauti_order_delivered_data;
/** The C type of the order_delivery_failed_data schema; see struct esauti_order_delivery_failed_data. */
typedef struct esauti_order_delivery_failed_data esauti_order_delivery_failed_data;
/** The C type of the order_cancelled_data schema; see struct esauti_order_cancelled_data. */
typedef struct esauti_order_cancelled_data esauti_order_cancelled_data;
/** The C type of the order_held_data schema; see struct esauti_order_held_data. */
typedef struct esauti_order_held_data esauti_order_held_data;
/** The C type of the order_reordered_data schema; see struct esauti_order_reordered_data. */
typedef struct esauti_order_reordered_data esauti_order_reordered_data;
/** The C type of the order_refunded_data schema; see struct esauti_order_refunded_data. */
typedef struct esauti_order_refunded_data esauti_order_refunded_data;
/** The C type of the order_refunded_data.items.item schema; see struct esauti_order_refunded_data_items_item. */
typedef struct esauti_order_refunded_data_items_item esauti_order_refunded_data_items_item;
/** The C type of the order_completed_data schema; see struct esauti_order_completed_data. */
typedef struct esauti_order_completed_data esauti_order_completed_data;
/** The C type of the payment_initiated_data schema; see struct esauti_payment_initiated_data. */
typedef struct esauti_payment_initiated_data esauti_payment_initiated_data;
/** The C type of the payment_authorized_data schema; see struct esauti_payment_authorized_data. */
typedef struct esauti_payment_authorized_data esauti_payment_authorized_data;
/** The C type of the payment_captured_data schema; see struct esauti_payment_captured_data. */
typedef struct esauti_payment_captured_data esauti_payment_captured_data;
/** The C type of the payment_succeeded_data schema; see struct esauti_payment_succeeded_data. */
typedef struct esauti_payment_succeeded_data esauti_payment_succeeded_data;
/** The C type of the payment_failed_data schema; see struct esauti_payment_failed_data. */
typedef struct esauti_payment_failed_data esauti_payment_failed_data;
/** The C type of the payment_cancelled_data schema; see struct esauti_payment_cancelled_data. */
typedef struct esauti_payment_cancelled_data esauti_payment_cancelled_data;
/** The C type of the payment_method_added_data schema; see struct esauti_payment_method_added_data. */
typedef struct esauti_payment_method_added_data esauti_payment_method_added_data;
/** The C type of the payment_method_removed_data schema; see struct esauti_payment_method_removed_data. */
typedef struct esauti_payment_method_removed_data esauti_payment_method_removed_data;
/** The C type of the payment_disputed_data schema; see struct esauti_payment_disputed_data. */
typedef struct esauti_payment_disputed_data esauti_payment_disputed_data;
/** The C type of the refund_requested_data schema; see struct esauti_refund_requested_data. */
typedef struct esauti_refund_requested_data esauti_refund_requested_data;
/** The C type of the refund_succeeded_data schema; see struct esauti_refund_succeeded_data. */
typedef struct esauti_refund_succeeded_data esauti_refund_succeeded_data;
/** The C type of the refund_failed_data schema; see struct esauti_refund_failed_data. */
typedef struct esauti_refund_failed_data esauti_refund_failed_data;
/** The C type of the invoice_created_data schema; see struct esauti_invoice_created_data. */
typedef struct esauti_invoice_created_data esauti_invoice_created_data;
/** The C type of the invoice_created_data.line_items.item schema; see struct esauti_invoice_created_data_line_items_item. */
typedef struct esauti_invoice_created_data_line_items_item esauti_invoice_created_data_line_items_item;
/** The C type of the invoice_sent_data schema; see struct esauti_invoice_sent_data. */
typedef struct esauti_invoice_sent_data esauti_invoice_sent_data;
/** The C type of the invoice_viewed_data schema; see struct esauti_invoice_viewed_data. */
typedef struct esauti_invoice_viewed_data esauti_invoice_viewed_data;
/** The C type of the invoice_reminder_sent_data schema; see struct esauti_invoice_reminder_sent_data. */
typedef struct esauti_invoice_reminder_sent_data esauti_invoice_reminder_sent_data;
/** The C type of the invoice_partially_paid_data schema; see struct esauti_invoice_partially_paid_data. */
typedef struct esauti_invoice_partially_paid_data esauti_invoice_partially_paid_data;
/** The C type of the invoice_paid_data schema; see struct esauti_invoice_paid_data. */
typedef struct esauti_invoice_paid_data esauti_invoice_paid_data;
/** The C type of the invoice_overdue_data schema; see struct esauti_invoice_overdue_data. */
typedef struct esauti_invoice_overdue_data esauti_invoice_overdue_data;
/** The C type of the invoice_voided_data schema; see struct esauti_invoice_voided_data. */
typedef struct esauti_invoice_voided_data esauti_invoice_voided_data;
/** The C type of the invoice_written_off_data schema; see struct esauti_invoice_written_off_data. */
typedef struct esauti_invoice_written_off_data esauti_invoice_written_off_data;
/** The C type of the subscription_created_data schema; see struct esauti_subscription_created_data. */
typedef struct esauti_subscription_created_data esauti_subscription_created_data;
/**
 * The plan subscribed to.
 * The C type of the subscription_created_data.plan schema; see struct esauti_subscription_created_data_plan.
 */
typedef struct esauti_subscription_created_data_plan esauti_subscription_created_data_plan;
/** The C type of the subscription_trial_started_data schema; see struct esauti_subscription_trial_started_data. */
typedef struct esauti_subscription_trial_started_data esauti_subscription_trial_started_data;
/** The C type of the subscription_trial_ended_data schema; see struct esauti_subscription_trial_ended_data. */
typedef struct esauti_subscription_trial_ended_data esauti_subscription_trial_ended_data;
/** The C type of the subscription_activated_data schema; see struct esauti_subscription_activated_data. */
typedef struct esauti_subscription_activated_data esauti_subscription_activated_data;
/** The C type of the subscription_renewed_data schema; see struct esauti_subscription_renewed_data. */
typedef struct esauti_subscription_renewed_data esauti_subscription_renewed_data;
/** The C type of the subscription_renewal_failed_data schema; see struct esauti_subscription_renewal_failed_data. */
typedef struct esauti_subscription_renewal_failed_data esauti_subscription_renewal_failed_data;
/** The C type of the subscription_plan_changed_data schema; see struct esauti_subscription_plan_changed_data. */
typedef struct esauti_subscription_plan_changed_data esauti_subscription_plan_changed_data;
/** The C type of the subscription_paused_data schema; see struct esauti_subscription_paused_data. */
typedef struct esauti_subscription_paused_data esauti_subscription_paused_data;
/** The C type of the subscription_resumed_data schema; see struct esauti_subscription_resumed_data. */
typedef struct esauti_subscription_resumed_data esauti_subscription_resumed_data;
/** The C type of the subscription_cancellation_scheduled_data schema; see struct esauti_subscription_cancellation_scheduled_data. */
typedef struct esauti_subscription_cancellation_scheduled_data esauti_subscription_cancellation_scheduled_data;
/** The C type of the subscription_cancelled_data schema; see struct esauti_subscription_cancelled_data. */
typedef struct esauti_subscription_cancelled_data esauti_subscription_cancelled_data;
/** The C type of the subscription_expired_data schema; see struct esauti_subscription_expired_data. */
typedef struct esauti_subscription_expired_data esauti_subscription_expired_data;
/** The C type of the fulfillment_created_data schema; see struct esauti_fulfillment_created_data. */
typedef struct esauti_fulfillment_created_data esauti_fulfillment_created_data;
/** The C type of the fulfillment_created_data.items.item schema; see struct esauti_fulfillment_created_data_items_item. */
typedef struct esauti_fulfillment_created_data_items_item esauti_fulfillment_created_data_items_item;
/** The C type of the fulfillment_cancelled_data schema; see struct esauti_fulfillment_cancelled_data. */
typedef struct esauti_fulfillment_cancelled_data esauti_fulfillment_cancelled_data;
/** The C type of the shipment_created_data schema; see struct esauti_shipment_created_data. */
typedef struct esauti_shipment_created_data esauti_shipment_created_data;
/**
 * Where the parcel is going.
 * The C type of the shipment_created_data.delivery_address schema; see struct esauti_shipment_created_data_delivery_address.
 */
typedef struct esauti_shipment_created_data_delivery_address esauti_shipment_created_data_delivery_address;
/** The C type of the shipment_dispatched_data schema; see struct esauti_shipment_dispatched_data. */
typedef struct esauti_shipment_dispatched_data esauti_shipment_dispatched_data;
/** The C type of the shipment_tracking_updated_data schema; see struct esauti_shipment_tracking_updated_data. */
typedef struct esauti_shipment_tracking_updated_data esauti_shipment_tracking_updated_data;
/** The C type of the shipment_delayed_data schema; see struct esauti_shipment_delayed_data. */
typedef struct esauti_shipment_delayed_data esauti_shipment_delayed_data;
/** The C type of the shipment_arrived_at_pickup_point_data schema; see struct esauti_shipment_arrived_at_pickup_point_data. */
typedef struct esauti_shipment_arrived_at_pickup_point_data esauti_shipment_arrived_at_pickup_point_data;
/**
 * Where the parcel can be collected.
 * The C type of the shipment_arrived_at_pickup_point_data.pickup_point schema; see struct esauti_shipment_arrived_at_pickup_point_data_pickup_point.
 */
typedef struct esauti_shipment_arrived_at_pickup_point_data_pickup_point esauti_shipment_arrived_at_pickup_point_data_pickup_point;
/** The C type of the shipment_delivery_failed_data schema; see struct esauti_shipment_delivery_failed_data. */
typedef struct esauti_shipment_delivery_failed_data esauti_shipment_delivery_failed_data;
/** The C type of the shipment_delivered_data schema; see struct esauti_shipment_delivered_data. */
typedef struct esauti_shipment_delivered_data esauti_shipment_delivered_data;
/** The C type of the return_requested_data schema; see struct esauti_return_requested_data. */
typedef struct esauti_return_requested_data esauti_return_requested_data;
/** The C type of the return_requested_data.items.item schema; see struct esauti_return_requested_data_items_item. */
typedef struct esauti_return_requested_data_items_item esauti_return_requested_data_items_item;
/** The C type of the return_approved_data schema; see struct esauti_return_approved_data. */
typedef struct esauti_return_approved_data esauti_return_approved_data;
/** The C type of the return_rejected_data schema; see struct esauti_return_rejected_data. */
typedef struct esauti_return_rejected_data esauti_return_rejected_data;
/** The C type of the return_received_data schema; see struct esauti_return_received_data. */
typedef struct esauti_return_received_data esauti_return_received_data;
/** The C type of the return_received_data.items.item schema; see struct esauti_return_received_data_items_item. */
typedef struct esauti_return_received_data_items_item esauti_return_received_data_items_item;
/** The C type of the return_completed_data schema; see struct esauti_return_completed_data. */
typedef struct esauti_return_completed_data esauti_return_completed_data;
/** The C type of the coupon_issued_data schema; see struct esauti_coupon_issued_data. */
typedef struct esauti_coupon_issued_data esauti_coupon_issued_data;
/** The C type of the coupon_claimed_data schema; see struct esauti_coupon_claimed_data. */
typedef struct esauti_coupon_claimed_data esauti_coupon_claimed_data;
/** The C type of the coupon_applied_data schema; see struct esauti_coupon_applied_data. */
typedef struct esauti_coupon_applied_data esauti_coupon_applied_data;
/** The C type of the coupon_redeemed_data schema; see struct esauti_coupon_redeemed_data. */
typedef struct esauti_coupon_redeemed_data esauti_coupon_redeemed_data;
/** The C type of the coupon_redemption_rejected_data schema; see struct esauti_coupon_redemption_rejected_data. */
typedef struct esauti_coupon_redemption_rejected_data esauti_coupon_redemption_rejected_data;
/** The C type of the coupon_expiry_reminder_sent_data schema; see struct esauti_coupon_expiry_reminder_sent_data. */
typedef struct esauti_coupon_expiry_reminder_sent_data esauti_coupon_expiry_reminder_sent_data;
/** The C type of the coupon_expired_data schema; see struct esauti_coupon_expired_data. */
typedef struct esauti_coupon_expired_data esauti_coupon_expired_data;
/** The C type of the coupon_revoked_data schema; see struct esauti_coupon_revoked_data. */
typedef struct esauti_coupon_revoked_data esauti_coupon_revoked_data;
/** The C type of the loyalty_enrolled_data schema; see struct esauti_loyalty_enrolled_data. */
typedef struct esauti_loyalty_enrolled_data esauti_loyalty_enrolled_data;
/** The C type of the loyalty_points_earned_data schema; see struct esauti_loyalty_points_earned_data. */
typedef struct esauti_loyalty_points_earned_data esauti_loyalty_points_earned_data;
/** The C type of the loyalty_points_redeemed_data schema; see struct esauti_loyalty_points_redeemed_data. */
typedef struct esauti_loyalty_points_redeemed_data esauti_loyalty_points_redeemed_data;
/**
 * The reward the points were exchanged for.
 * The C type of the loyalty_points_redeemed_data.reward schema; see struct esauti_loyalty_points_redeemed_data_reward.
 */
typedef struct esauti_loyalty_points_redeemed_data_reward esauti_loyalty_points_redeemed_data_reward;
/** The C type of the loyalty_points_expired_data schema; see struct esauti_loyalty_points_expired_data. */
typedef struct esauti_loyalty_points_expired_data esauti_loyalty_points_expired_data;
/** The C type of the loyalty_tier_upgraded_data schema; see struct esauti_loyalty_tier_upgraded_data. */
typedef struct esauti_loyalty_tier_upgraded_data esauti_loyalty_tier_upgraded_data;
/** The C type of the loyalty_tier_changed_data schema; see struct esauti_loyalty_tier_changed_data. */
typedef struct esauti_loyalty_tier_changed_data esauti_loyalty_tier_changed_data;
/** The C type of the wallet_opened_data schema; see struct esauti_wallet_opened_data. */
typedef struct esauti_wallet_opened_data esauti_wallet_opened_data;
/** The C type of the wallet_topped_up_data schema; see struct esauti_wallet_topped_up_data. */
typedef struct esauti_wallet_topped_up_data esauti_wallet_topped_up_data;
/** The C type of the wallet_top_up_failed_data schema; see struct esauti_wallet_top_up_failed_data. */
typedef struct esauti_wallet_top_up_failed_data esauti_wallet_top_up_failed_data;
/** The C type of the wallet_debited_data schema; see struct esauti_wallet_debited_data. */
typedef struct esauti_wallet_debited_data esauti_wallet_debited_data;
/** The C type of the wallet_transfer_sent_data schema; see struct esauti_wallet_transfer_sent_data. */
typedef struct esauti_wallet_transfer_sent_data esauti_wallet_transfer_sent_data;
/**
 * Who received the money.
 * The C type of the wallet_transfer_sent_data.recipient schema; see struct esauti_wallet_transfer_sent_data_recipient.
 */
typedef struct esauti_wallet_transfer_sent_data_recipient esauti_wallet_transfer_sent_data_recipient;
/** The C type of the wallet_transfer_received_data schema; see struct esauti_wallet_transfer_received_data. */
typedef struct esauti_wallet_transfer_received_data esauti_wallet_transfer_received_data;
/**
 * Who sent the money.
 * The C type of the wallet_transfer_received_data.sender schema; see struct esauti_wallet_transfer_received_data_sender.
 */
typedef struct esauti_wallet_transfer_received_data_sender esauti_wallet_transfer_received_data_sender;
/** The C type of the review_requested_data schema; see struct esauti_review_requested_data. */
typedef struct esauti_review_requested_data esauti_review_requested_data;
/** The C type of the review_requested_data.products.item schema; see struct esauti_review_requested_data_products_item. */
typedef struct esauti_review_requested_data_products_item esauti_review_requested_data_products_item;
/** The C type of the review_submitted_data schema; see struct esauti_review_submitted_data. */
typedef struct esauti_review_submitted_data esauti_review_submitted_data;
/** The C type of the review_published_data schema; see struct esauti_review_published_data. */
typedef struct esauti_review_published_data esauti_review_published_data;
/** The C type of the review_rejected_data schema; see struct esauti_review_rejected_data. */
typedef struct esauti_review_rejected_data esauti_review_rejected_data;
/** The C type of the review_updated_data schema; see struct esauti_review_updated_data. */
typedef struct esauti_review_updated_data esauti_review_updated_data;
/** The C type of the review_replied_data schema; see struct esauti_review_replied_data. */
typedef struct esauti_review_replied_data esauti_review_replied_data;
/** The C type of the review_deleted_data schema; see struct esauti_review_deleted_data. */
typedef struct esauti_review_deleted_data esauti_review_deleted_data;
/** The C type of the ticket_created_data schema; see struct esauti_ticket_created_data. */
typedef struct esauti_ticket_created_data esauti_ticket_created_data;
/** The C type of the ticket_assigned_data schema; see struct esauti_ticket_assigned_data. */
typedef struct esauti_ticket_assigned_data esauti_ticket_assigned_data;
/** The C type of the ticket_status_changed_data schema; see struct esauti_ticket_status_changed_data. */
typedef struct esauti_ticket_status_changed_data esauti_ticket_status_changed_data;
/** The C type of the ticket_agent_replied_data schema; see struct esauti_ticket_agent_replied_data. */
typedef struct esauti_ticket_agent_replied_data esauti_ticket_agent_replied_data;
/** The C type of the ticket_customer_replied_data schema; see struct esauti_ticket_customer_replied_data. */
typedef struct esauti_ticket_customer_replied_data esauti_ticket_customer_replied_data;
/** The C type of the ticket_escalated_data schema; see struct esauti_ticket_escalated_data. */
typedef struct esauti_ticket_escalated_data esauti_ticket_escalated_data;
/** The C type of the ticket_sla_breached_data schema; see struct esauti_ticket_sla_breached_data. */
typedef struct esauti_ticket_sla_breached_data esauti_ticket_sla_breached_data;
/** The C type of the ticket_resolved_data schema; see struct esauti_ticket_resolved_data. */
typedef struct esauti_ticket_resolved_data esauti_ticket_resolved_data;
/** The C type of the ticket_reopened_data schema; see struct esauti_ticket_reopened_data. */
typedef struct esauti_ticket_reopened_data esauti_ticket_reopened_data;
/** The C type of the ticket_closed_data schema; see struct esauti_ticket_closed_data. */
typedef struct esauti_ticket_closed_data esauti_ticket_closed_data;
/** The C type of the ticket_satisfaction_rated_data schema; see struct esauti_ticket_satisfaction_rated_data. */
typedef struct esauti_ticket_satisfaction_rated_data esauti_ticket_satisfaction_rated_data;
/** The C type of the email_sent_data schema; see struct esauti_email_sent_data. */
typedef struct esauti_email_sent_data esauti_email_sent_data;
/** The C type of the email_delivered_data schema; see struct esauti_email_delivered_data. */
typedef struct esauti_email_delivered_data esauti_email_delivered_data;
/** The C type of the email_opened_data schema; see struct esauti_email_opened_data. */
typedef struct esauti_email_opened_data esauti_email_opened_data;
/** The C type of the email_clicked_data schema; see struct esauti_email_clicked_data. */
typedef struct esauti_email_clicked_data esauti_email_clicked_data;
/** The C type of the email_bounced_data schema; see struct esauti_email_bounced_data. */
typedef struct esauti_email_bounced_data esauti_email_bounced_data;
/** The C type of the sms_sent_data schema; see struct esauti_sms_sent_data. */
typedef struct esauti_sms_sent_data esauti_sms_sent_data;
/** The C type of the sms_delivered_data schema; see struct esauti_sms_delivered_data. */
typedef struct esauti_sms_delivered_data esauti_sms_delivered_data;
/** The C type of the sms_failed_data schema; see struct esauti_sms_failed_data. */
typedef struct esauti_sms_failed_data esauti_sms_failed_data;
/** The C type of the sms_clicked_data schema; see struct esauti_sms_clicked_data. */
typedef struct esauti_sms_clicked_data esauti_sms_clicked_data;
/** The C type of the sms_opted_out_data schema; see struct esauti_sms_opted_out_data. */
typedef struct esauti_sms_opted_out_data esauti_sms_opted_out_data;
/** The C type of the whatsapp_sent_data schema; see struct esauti_whatsapp_sent_data. */
typedef struct esauti_whatsapp_sent_data esauti_whatsapp_sent_data;
/** The C type of the whatsapp_delivered_data schema; see struct esauti_whatsapp_delivered_data. */
typedef struct esauti_whatsapp_delivered_data esauti_whatsapp_delivered_data;
/** The C type of the whatsapp_read_data schema; see struct esauti_whatsapp_read_data. */
typedef struct esauti_whatsapp_read_data esauti_whatsapp_read_data;
/** The C type of the whatsapp_clicked_data schema; see struct esauti_whatsapp_clicked_data. */
typedef struct esauti_whatsapp_clicked_data esauti_whatsapp_clicked_data;
/** The C type of the whatsapp_failed_data schema; see struct esauti_whatsapp_failed_data. */
typedef struct esauti_whatsapp_failed_data esauti_whatsapp_failed_data;
/** The C type of the push_sent_data schema; see struct esauti_push_sent_data. */
typedef struct esauti_push_sent_data esauti_push_sent_data;
/** The C type of the push_delivered_data schema; see struct esauti_push_delivered_data. */
typedef struct esauti_push_delivered_data esauti_push_delivered_data;
/** The C type of the push_opened_data schema; see struct esauti_push_opened_data. */
typedef struct esauti_push_opened_data esauti_push_opened_data;
/** The C type of the push_dismissed_data schema; see struct esauti_push_dismissed_data. */
typedef struct esauti_push_dismissed_data esauti_push_dismissed_data;
/** The C type of the push_failed_data schema; see struct esauti_push_failed_data. */
typedef struct esauti_push_failed_data esauti_push_failed_data;
/** The C type of the campaign_entered_data schema; see struct esauti_campaign_entered_data. */
typedef struct esauti_campaign_entered_data esauti_campaign_entered_data;
/** The C type of the campaign_variant_assigned_data schema; see struct esauti_campaign_variant_assigned_data. */
typedef struct esauti_campaign_variant_assigned_data esauti_campaign_variant_assigned_data;
/** The C type of the campaign_step_completed_data schema; see struct esauti_campaign_step_completed_data. */
typedef struct esauti_campaign_step_completed_data esauti_campaign_step_completed_data;
/** The C type of the campaign_message_suppressed_data schema; see struct esauti_campaign_message_suppressed_data. */
typedef struct esauti_campaign_message_suppressed_data esauti_campaign_message_suppressed_data;
/** The C type of the campaign_goal_reached_data schema; see struct esauti_campaign_goal_reached_data. */
typedef struct esauti_campaign_goal_reached_data esauti_campaign_goal_reached_data;
/** The C type of the campaign_converted_data schema; see struct esauti_campaign_converted_data. */
typedef struct esauti_campaign_converted_data esauti_campaign_converted_data;
/** The C type of the campaign_unsubscribed_data schema; see struct esauti_campaign_unsubscribed_data. */
typedef struct esauti_campaign_unsubscribed_data esauti_campaign_unsubscribed_data;
/** The C type of the campaign_coupon_issued_data schema; see struct esauti_campaign_coupon_issued_data. */
typedef struct esauti_campaign_coupon_issued_data esauti_campaign_coupon_issued_data;
/** The C type of the campaign_exited_data schema; see struct esauti_campaign_exited_data. */
typedef struct esauti_campaign_exited_data esauti_campaign_exited_data;
/** The C type of the form_viewed_data schema; see struct esauti_form_viewed_data. */
typedef struct esauti_form_viewed_data esauti_form_viewed_data;
/** The C type of the form_started_data schema; see struct esauti_form_started_data. */
typedef struct esauti_form_started_data esauti_form_started_data;
/** The C type of the form_submitted_data schema; see struct esauti_form_submitted_data. */
typedef struct esauti_form_submitted_data esauti_form_submitted_data;
/**
 * Contact details entered in the form.
 * The C type of the form_submitted_data.contact schema; see struct esauti_form_submitted_data_contact.
 */
typedef struct esauti_form_submitted_data_contact esauti_form_submitted_data_contact;
/** The C type of the form_submitted_data.consents.item schema; see struct esauti_form_submitted_data_consents_item. */
typedef struct esauti_form_submitted_data_consents_item esauti_form_submitted_data_consents_item;
/** The C type of the form_abandoned_data schema; see struct esauti_form_abandoned_data. */
typedef struct esauti_form_abandoned_data esauti_form_abandoned_data;
/** The C type of the form_submission_rejected_data schema; see struct esauti_form_submission_rejected_data. */
typedef struct esauti_form_submission_rejected_data esauti_form_submission_rejected_data;
/** The C type of the survey_sent_data schema; see struct esauti_survey_sent_data. */
typedef struct esauti_survey_sent_data esauti_survey_sent_data;
/** The C type of the survey_started_data schema; see struct esauti_survey_started_data. */
typedef struct esauti_survey_started_data esauti_survey_started_data;
/** The C type of the survey_completed_data schema; see struct esauti_survey_completed_data. */
typedef struct esauti_survey_completed_data esauti_survey_completed_data;
/** The C type of the survey_completed_data.answers.item schema; see struct esauti_survey_completed_data_answers_item. */
typedef struct esauti_survey_completed_data_answers_item esauti_survey_completed_data_answers_item;
/** The C type of the survey_abandoned_data schema; see struct esauti_survey_abandoned_data. */
typedef struct esauti_survey_abandoned_data esauti_survey_abandoned_data;
/** The C type of the booking_requested_data schema; see struct esauti_booking_requested_data. */
typedef struct esauti_booking_requested_data esauti_booking_requested_data;
/** The C type of the booking_confirmed_data schema; see struct esauti_booking_confirmed_data. */
typedef struct esauti_booking_confirmed_data esauti_booking_confirmed_data;
/** The C type of the booking_declined_data schema; see struct esauti_booking_declined_data. */
typedef struct esauti_booking_declined_data esauti_booking_declined_data;
/** The C type of the appointment_scheduled_data schema; see struct esauti_appointment_scheduled_data. */
typedef struct esauti_appointment_scheduled_data esauti_appointment_scheduled_data;
/** The C type of the appointment_rescheduled_data schema; see struct esauti_appointment_rescheduled_data. */
typedef struct esauti_appointment_rescheduled_data esauti_appointment_rescheduled_data;
/** The C type of the appointment_cancelled_data schema; see struct esauti_appointment_cancelled_data. */
typedef struct esauti_appointment_cancelled_data esauti_appointment_cancelled_data;
/** The C type of the appointment_reminder_sent_data schema; see struct esauti_appointment_reminder_sent_data. */
typedef struct esauti_appointment_reminder_sent_data esauti_appointment_reminder_sent_data;
/** The C type of the appointment_checked_in_data schema; see struct esauti_appointment_checked_in_data. */
typedef struct esauti_appointment_checked_in_data esauti_appointment_checked_in_data;
/** The C type of the appointment_completed_data schema; see struct esauti_appointment_completed_data. */
typedef struct esauti_appointment_completed_data esauti_appointment_completed_data;
/** The C type of the appointment_completed_data.services.item schema; see struct esauti_appointment_completed_data_services_item. */
typedef struct esauti_appointment_completed_data_services_item esauti_appointment_completed_data_services_item;
/** The C type of the appointment_no_show_data schema; see struct esauti_appointment_no_show_data. */
typedef struct esauti_appointment_no_show_data esauti_appointment_no_show_data;
/** The C type of the verify_code_requested_data schema; see struct esauti_verify_code_requested_data. */
typedef struct esauti_verify_code_requested_data esauti_verify_code_requested_data;
/** The C type of the verify_code_sent_data schema; see struct esauti_verify_code_sent_data. */
typedef struct esauti_verify_code_sent_data esauti_verify_code_sent_data;
/** The C type of the verify_code_resent_data schema; see struct esauti_verify_code_resent_data. */
typedef struct esauti_verify_code_resent_data esauti_verify_code_resent_data;
/** The C type of the verify_code_verified_data schema; see struct esauti_verify_code_verified_data. */
typedef struct esauti_verify_code_verified_data esauti_verify_code_verified_data;
/** The C type of the verify_code_failed_data schema; see struct esauti_verify_code_failed_data. */
typedef struct esauti_verify_code_failed_data esauti_verify_code_failed_data;
/** The C type of the verify_code_expired_data schema; see struct esauti_verify_code_expired_data. */
typedef struct esauti_verify_code_expired_data esauti_verify_code_expired_data;
/** The C type of the verify_max_attempts_reached_data schema; see struct esauti_verify_max_attempts_reached_data. */
typedef struct esauti_verify_max_attempts_reached_data esauti_verify_max_attempts_reached_data;
/** The C type of the verify_delivery_failed_data schema; see struct esauti_verify_delivery_failed_data. */
typedef struct esauti_verify_delivery_failed_data esauti_verify_delivery_failed_data;

/**
 * customer_created_data.language
 * Preferred language for messages.
 */
typedef enum esauti_customer_created_data_language {
    ESAUTI_CUSTOMER_CREATED_DATA_LANGUAGE_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_CUSTOMER_CREATED_DATA_LANGUAGE_EN = 1, /**< `en` */
    ESAUTI_CUSTOMER_CREATED_DATA_LANGUAGE_SW = 2, /**< `sw` */
} esauti_customer_created_data_language;

/**
 * customer_created_data.language as stored in a struct: `value`, or the text in `other` (owned)
 * when value is 0.
 */
typedef struct esauti_customer_created_data_language_val {
    /**
     * The value; ESAUTI_CUSTOMER_CREATED_DATA_LANGUAGE_UNKNOWN_VALUE (0) when the JSON text is not one
     * this SDK version knows (then see `other`).
     */
    esauti_customer_created_data_language value;
    /**
     * When value is ESAUTI_CUSTOMER_CREATED_DATA_LANGUAGE_UNKNOWN_VALUE: the JSON text as received, or
     * to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_customer_created_data_language_val;

/** The JSON text of a customer_created_data.language constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_customer_created_data_language_to_string(esauti_customer_created_data_language value);

/**
 * customer_created_data.source
 * How the profile came into being.
 */
typedef enum esauti_customer_created_data_source {
    ESAUTI_CUSTOMER_CREATED_DATA_SOURCE_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_CUSTOMER_CREATED_DATA_SOURCE_SIGNUP = 1, /**< `signup` */
    ESAUTI_CUSTOMER_CREATED_DATA_SOURCE_CHECKOUT = 2, /**< `checkout` */
    ESAUTI_CUSTOMER_CREATED_DATA_SOURCE_IMPORT = 3, /**< `import` */
    ESAUTI_CUSTOMER_CREATED_DATA_SOURCE_API = 4, /**< `api` */
    ESAUTI_CUSTOMER_CREATED_DATA_SOURCE_POS = 5, /**< `pos` */
    ESAUTI_CUSTOMER_CREATED_DATA_SOURCE_ADMIN = 6, /**< `admin` */
} esauti_customer_created_data_source;

/**
 * customer_created_data.source as stored in a struct: `value`, or the text in `other` (owned) when
 * value is 0.
 */
typedef struct esauti_customer_created_data_source_val {
    /**
     * The value; ESAUTI_CUSTOMER_CREATED_DATA_SOURCE_UNKNOWN_VALUE (0) when the JSON text is not one
     * this SDK version knows (then see `other`).
     */
    esauti_customer_created_data_source value;
    /**
     * When value is ESAUTI_CUSTOMER_CREATED_DATA_SOURCE_UNKNOWN_VALUE: the JSON text as received, or
     * to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_customer_created_data_source_val;

/** The JSON text of a customer_created_data.source constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_customer_created_data_source_to_string(esauti_customer_created_data_source value);

/**
 * customer_updated_data.updated_by
 * Who made the change.
 */
typedef enum esauti_customer_updated_data_updated_by {
    ESAUTI_CUSTOMER_UPDATED_DATA_UPDATED_BY_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_CUSTOMER_UPDATED_DATA_UPDATED_BY_CUSTOMER = 1, /**< `customer` */
    ESAUTI_CUSTOMER_UPDATED_DATA_UPDATED_BY_STAFF = 2, /**< `staff` */
    ESAUTI_CUSTOMER_UPDATED_DATA_UPDATED_BY_API = 3, /**< `api` */
    ESAUTI_CUSTOMER_UPDATED_DATA_UPDATED_BY_IMPORT = 4, /**< `import` */
} esauti_customer_updated_data_updated_by;

/**
 * customer_updated_data.updated_by as stored in a struct: `value`, or the text in `other` (owned)
 * when value is 0.
 */
typedef struct esauti_customer_updated_data_updated_by_val {
    /**
     * The value; ESAUTI_CUSTOMER_UPDATED_DATA_UPDATED_BY_UNKNOWN_VALUE (0) when the JSON text is not
     * one this SDK version knows (then see `other`).
     */
    esauti_customer_updated_data_updated_by value;
    /**
     * When value is ESAUTI_CUSTOMER_UPDATED_DATA_UPDATED_BY_UNKNOWN_VALUE: the JSON text as received,
     * or to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_customer_updated_data_updated_by_val;

/** The JSON text of a customer_updated_data.updated_by constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_customer_updated_data_updated_by_to_string(esauti_customer_updated_data_updated_by value);

/**
 * customer_deleted_data.reason
 * Why the profile was deleted.
 */
typedef enum esauti_customer_deleted_data_reason {
    ESAUTI_CUSTOMER_DELETED_DATA_REASON_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_CUSTOMER_DELETED_DATA_REASON_CUSTOMER_REQUEST = 1, /**< `customer_request` */
    ESAUTI_CUSTOMER_DELETED_DATA_REASON_DATA_RETENTION = 2, /**< `data_retention` */
    ESAUTI_CUSTOMER_DELETED_DATA_REASON_DUPLICATE = 3, /**< `duplicate` */
    ESAUTI_CUSTOMER_DELETED_DATA_REASON_FRAUD = 4, /**< `fraud` */
    ESAUTI_CUSTOMER_DELETED_DATA_REASON_OTHER = 5, /**< `other` */
} esauti_customer_deleted_data_reason;

/**
 * customer_deleted_data.reason as stored in a struct: `value`, or the text in `other` (owned) when
 * value is 0.
 */
typedef struct esauti_customer_deleted_data_reason_val {
    /**
     * The value; ESAUTI_CUSTOMER_DELETED_DATA_REASON_UNKNOWN_VALUE (0) when the JSON text is not one
     * this SDK version knows (then see `other`).
     */
    esauti_customer_deleted_data_reason value;
    /**
     * When value is ESAUTI_CUSTOMER_DELETED_DATA_REASON_UNKNOWN_VALUE: the JSON text as received, or
     * to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_customer_deleted_data_reason_val;

/** The JSON text of a customer_deleted_data.reason constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_customer_deleted_data_reason_to_string(esauti_customer_deleted_data_reason value);

/**
 * customer_merged_data.match_key
 * What the duplicates were matched on.
 */
typedef enum esauti_customer_merged_data_match_key {
    ESAUTI_CUSTOMER_MERGED_DATA_MATCH_KEY_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_CUSTOMER_MERGED_DATA_MATCH_KEY_EMAIL = 1, /**< `email` */
    ESAUTI_CUSTOMER_MERGED_DATA_MATCH_KEY_PHONE = 2, /**< `phone` */
    ESAUTI_CUSTOMER_MERGED_DATA_MATCH_KEY_EXTERNAL_ID = 3, /**< `external_id` */
    ESAUTI_CUSTOMER_MERGED_DATA_MATCH_KEY_MANUAL = 4, /**< `manual` */
} esauti_customer_merged_data_match_key;

/**
 * customer_merged_data.match_key as stored in a struct: `value`, or the text in `other` (owned)
 * when value is 0.
 */
typedef struct esauti_customer_merged_data_match_key_val {
    /**
     * The value; ESAUTI_CUSTOMER_MERGED_DATA_MATCH_KEY_UNKNOWN_VALUE (0) when the JSON text is not one
     * this SDK version knows (then see `other`).
     */
    esauti_customer_merged_data_match_key value;
    /**
     * When value is ESAUTI_CUSTOMER_MERGED_DATA_MATCH_KEY_UNKNOWN_VALUE: the JSON text as received, or
     * to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_customer_merged_data_match_key_val;

/** The JSON text of a customer_merged_data.match_key constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_customer_merged_data_match_key_to_string(esauti_customer_merged_data_match_key value);

/**
 * customer_tagged_data.added_by
 * What added the tag.
 */
typedef enum esauti_customer_tagged_data_added_by {
    ESAUTI_CUSTOMER_TAGGED_DATA_ADDED_BY_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_CUSTOMER_TAGGED_DATA_ADDED_BY_STAFF = 1, /**< `staff` */
    ESAUTI_CUSTOMER_TAGGED_DATA_ADDED_BY_AUTOMATION = 2, /**< `automation` */
    ESAUTI_CUSTOMER_TAGGED_DATA_ADDED_BY_API = 3, /**< `api` */
    ESAUTI_CUSTOMER_TAGGED_DATA_ADDED_BY_IMPORT = 4, /**< `import` */
} esauti_customer_tagged_data_added_by;

/**
 * customer_tagged_data.added_by as stored in a struct: `value`, or the text in `other` (owned)
 * when value is 0.
 */
typedef struct esauti_customer_tagged_data_added_by_val {
    /**
     * The value; ESAUTI_CUSTOMER_TAGGED_DATA_ADDED_BY_UNKNOWN_VALUE (0) when the JSON text is not one
     * this SDK version knows (then see `other`).
     */
    esauti_customer_tagged_data_added_by value;
    /**
     * When value is ESAUTI_CUSTOMER_TAGGED_DATA_ADDED_BY_UNKNOWN_VALUE: the JSON text as received, or
     * to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_customer_tagged_data_added_by_val;

/** The JSON text of a customer_tagged_data.added_by constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_customer_tagged_data_added_by_to_string(esauti_customer_tagged_data_added_by value);

/**
 * customer_untagged_data.removed_by
 * What removed the tag.
 */
typedef enum esauti_customer_untagged_data_removed_by {
    ESAUTI_CUSTOMER_UNTAGGED_DATA_REMOVED_BY_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_CUSTOMER_UNTAGGED_DATA_REMOVED_BY_STAFF = 1, /**< `staff` */
    ESAUTI_CUSTOMER_UNTAGGED_DATA_REMOVED_BY_AUTOMATION = 2, /**< `automation` */
    ESAUTI_CUSTOMER_UNTAGGED_DATA_REMOVED_BY_API = 3, /**< `api` */
    ESAUTI_CUSTOMER_UNTAGGED_DATA_REMOVED_BY_IMPORT = 4, /**< `import` */
} esauti_customer_untagged_data_removed_by;

/**
 * customer_untagged_data.removed_by as stored in a struct: `value`, or the text in `other` (owned)
 * when value is 0.
 */
typedef struct esauti_customer_untagged_data_removed_by_val {
    /**
     * The value; ESAUTI_CUSTOMER_UNTAGGED_DATA_REMOVED_BY_UNKNOWN_VALUE (0) when the JSON text is not
     * one this SDK version knows (then see `other`).
     */
    esauti_customer_untagged_data_removed_by value;
    /**
     * When value is ESAUTI_CUSTOMER_UNTAGGED_DATA_REMOVED_BY_UNKNOWN_VALUE: the JSON text as received,
     * or to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_customer_untagged_data_removed_by_val;

/** The JSON text of a customer_untagged_data.removed_by constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_customer_untagged_data_removed_by_to_string(esauti_customer_untagged_data_removed_by value);

/**
 * customer_segment_exited_data.reason
 * Why the customer left.
 */
typedef enum esauti_customer_segment_exited_data_reason {
    ESAUTI_CUSTOMER_SEGMENT_EXITED_DATA_REASON_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_CUSTOMER_SEGMENT_EXITED_DATA_REASON_CONDITIONS_UNMET = 1, /**< `conditions_unmet` */
    ESAUTI_CUSTOMER_SEGMENT_EXITED_DATA_REASON_REMOVED_MANUALLY = 2, /**< `removed_manually` */
    ESAUTI_CUSTOMER_SEGMENT_EXITED_DATA_REASON_SEGMENT_DELETED = 3, /**< `segment_deleted` */
} esauti_customer_segment_exited_data_reason;

/**
 * customer_segment_exited_data.reason as stored in a struct: `value`, or the text in `other`
 * (owned) when value is 0.
 */
typedef struct esauti_customer_segment_exited_data_reason_val {
    /**
     * The value; ESAUTI_CUSTOMER_SEGMENT_EXITED_DATA_REASON_UNKNOWN_VALUE (0) when the JSON text is
     * not one this SDK version knows (then see `other`).
     */
    esauti_customer_segment_exited_data_reason value;
    /**
     * When value is ESAUTI_CUSTOMER_SEGMENT_EXITED_DATA_REASON_UNKNOWN_VALUE: the JSON text as
     * received, or to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_customer_segment_exited_data_reason_val;

/** The JSON text of a customer_segment_exited_data.reason constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_customer_segment_exited_data_reason_to_string(esauti_customer_segment_exited_data_reason value);

/**
 * contact_subscribed_data.channel
 * The channel subscribed to.
 */
typedef enum esauti_contact_subscribed_data_channel {
    ESAUTI_CONTACT_SUBSCRIBED_DATA_CHANNEL_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_CONTACT_SUBSCRIBED_DATA_CHANNEL_EMAIL = 1, /**< `email` */
    ESAUTI_CONTACT_SUBSCRIBED_DATA_CHANNEL_SMS = 2, /**< `sms` */
    ESAUTI_CONTACT_SUBSCRIBED_DATA_CHANNEL_WHATSAPP = 3, /**< `whatsapp` */
    ESAUTI_CONTACT_SUBSCRIBED_DATA_CHANNEL_PUSH = 4, /**< `push` */
} esauti_contact_subscribed_data_channel;

/**
 * contact_subscribed_data.channel as stored in a struct: `value`, or the text in `other` (owned)
 * when value is 0.
 */
typedef struct esauti_contact_subscribed_data_channel_val {
    /**
     * The value; ESAUTI_CONTACT_SUBSCRIBED_DATA_CHANNEL_UNKNOWN_VALUE (0) when the JSON text is not
     * one this SDK version knows (then see `other`).
     */
    esauti_contact_subscribed_data_channel value;
    /**
     * When value is ESAUTI_CONTACT_SUBSCRIBED_DATA_CHANNEL_UNKNOWN_VALUE: the JSON text as received,
     * or to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_contact_subscribed_data_channel_val;

/** The JSON text of a contact_subscribed_data.channel constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_contact_subscribed_data_channel_to_string(esauti_contact_subscribed_data_channel value);

/**
 * contact_subscribed_data.consent_source
 * Where consent was collected.
 */
typedef enum esauti_contact_subscribed_data_consent_source {
    ESAUTI_CONTACT_SUBSCRIBED_DATA_CONSENT_SOURCE_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_CONTACT_SUBSCRIBED_DATA_CONSENT_SOURCE_SIGNUP_FORM = 1, /**< `signup_form` */
    ESAUTI_CONTACT_SUBSCRIBED_DATA_CONSENT_SOURCE_CHECKOUT = 2, /**< `checkout` */
    ESAUTI_CONTACT_SUBSCRIBED_DATA_CONSENT_SOURCE_SMS_KEYWORD = 3, /**< `sms_keyword` */
    ESAUTI_CONTACT_SUBSCRIBED_DATA_CONSENT_SOURCE_IMPORT = 4, /**< `import` */
    ESAUTI_CONTACT_SUBSCRIBED_DATA_CONSENT_SOURCE_API = 5, /**< `api` */
} esauti_contact_subscribed_data_consent_source;

/**
 * contact_subscribed_data.consent_source as stored in a struct: `value`, or the text in `other`
 * (owned) when value is 0.
 */
typedef struct esauti_contact_subscribed_data_consent_source_val {
    /**
     * The value; ESAUTI_CONTACT_SUBSCRIBED_DATA_CONSENT_SOURCE_UNKNOWN_VALUE (0) when the JSON text is
     * not one this SDK version knows (then see `other`).
     */
    esauti_contact_subscribed_data_consent_source value;
    /**
     * When value is ESAUTI_CONTACT_SUBSCRIBED_DATA_CONSENT_SOURCE_UNKNOWN_VALUE: the JSON text as
     * received, or to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_contact_subscribed_data_consent_source_val;

/**
 * The JSON text of a contact_subscribed_data.consent_source constant, or NULL for an unknown
 * value.
 */
APIC_EXPORT const char *esauti_contact_subscribed_data_consent_source_to_string(esauti_contact_subscribed_data_consent_source value);

/**
 * contact_unsubscribed_data.channel
 * The channel unsubscribed from.
 */
typedef enum esauti_contact_unsubscribed_data_channel {
    ESAUTI_CONTACT_UNSUBSCRIBED_DATA_CHANNEL_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_CONTACT_UNSUBSCRIBED_DATA_CHANNEL_EMAIL = 1, /**< `email` */
    ESAUTI_CONTACT_UNSUBSCRIBED_DATA_CHANNEL_SMS = 2, /**< `sms` */
    ESAUTI_CONTACT_UNSUBSCRIBED_DATA_CHANNEL_WHATSAPP = 3, /**< `whatsapp` */
    ESAUTI_CONTACT_UNSUBSCRIBED_DATA_CHANNEL_PUSH = 4, /**< `push` */
} esauti_contact_unsubscribed_data_channel;

/**
 * contact_unsubscribed_data.channel as stored in a struct: `value`, or the text in `other` (owned)
 * when value is 0.
 */
typedef struct esauti_contact_unsubscribed_data_channel_val {
    /**
     * The value; ESAUTI_CONTACT_UNSUBSCRIBED_DATA_CHANNEL_UNKNOWN_VALUE (0) when the JSON text is not
     * one this SDK version knows (then see `other`).
     */
    esauti_contact_unsubscribed_data_channel value;
    /**
     * When value is ESAUTI_CONTACT_UNSUBSCRIBED_DATA_CHANNEL_UNKNOWN_VALUE: the JSON text as received,
     * or to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_contact_unsubscribed_data_channel_val;

/** The JSON text of a contact_unsubscribed_data.channel constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_contact_unsubscribed_data_channel_to_string(esauti_contact_unsubscribed_data_channel value);

/**
 * contact_unsubscribed_data.method
 * How the customer unsubscribed.
 */
typedef enum esauti_contact_unsubscribed_data_method {
    ESAUTI_CONTACT_UNSUBSCRIBED_DATA_METHOD_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_CONTACT_UNSUBSCRIBED_DATA_METHOD_LINK = 1, /**< `link` */
    ESAUTI_CONTACT_UNSUBSCRIBED_DATA_METHOD_STOP_REPLY = 2, /**< `stop_reply` */
    ESAUTI_CONTACT_UNSUBSCRIBED_DATA_METHOD_PREFERENCE_CENTER = 3, /**< `preference_center` */
    ESAUTI_CONTACT_UNSUBSCRIBED_DATA_METHOD_STAFF = 4, /**< `staff` */
    ESAUTI_CONTACT_UNSUBSCRIBED_DATA_METHOD_COMPLAINT = 5, /**< `complaint` */
} esauti_contact_unsubscribed_data_method;

/**
 * contact_unsubscribed_data.method as stored in a struct: `value`, or the text in `other` (owned)
 * when value is 0.
 */
typedef struct esauti_contact_unsubscribed_data_method_val {
    /**
     * The value; ESAUTI_CONTACT_UNSUBSCRIBED_DATA_METHOD_UNKNOWN_VALUE (0) when the JSON text is not
     * one this SDK version knows (then see `other`).
     */
    esauti_contact_unsubscribed_data_method value;
    /**
     * When value is ESAUTI_CONTACT_UNSUBSCRIBED_DATA_METHOD_UNKNOWN_VALUE: the JSON text as received,
     * or to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_contact_unsubscribed_data_method_val;

/** The JSON text of a contact_unsubscribed_data.method constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_contact_unsubscribed_data_method_to_string(esauti_contact_unsubscribed_data_method value);

/**
 * contact_preferences_updated_data.topics.item
 * A message topic.
 */
typedef enum esauti_contact_preferences_updated_data_topics_item {
    ESAUTI_CONTACT_PREFERENCES_UPDATED_DATA_TOPICS_ITEM_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_CONTACT_PREFERENCES_UPDATED_DATA_TOPICS_ITEM_OFFERS = 1, /**< `offers` */
    ESAUTI_CONTACT_PREFERENCES_UPDATED_DATA_TOPICS_ITEM_NEW_ARRIVALS = 2, /**< `new_arrivals` */
    ESAUTI_CONTACT_PREFERENCES_UPDATED_DATA_TOPICS_ITEM_BACK_IN_STOCK = 3, /**< `back_in_stock` */
    ESAUTI_CONTACT_PREFERENCES_UPDATED_DATA_TOPICS_ITEM_EVENTS = 4, /**< `events` */
    ESAUTI_CONTACT_PREFERENCES_UPDATED_DATA_TOPICS_ITEM_NEWSLETTER = 5, /**< `newsletter` */
} esauti_contact_preferences_updated_data_topics_item;

/**
 * contact_preferences_updated_data.topics.item as stored in a struct: `value`, or the text in
 * `other` (owned) when value is 0.
 */
typedef struct esauti_contact_preferences_updated_data_topics_item_val {
    /**
     * The value; ESAUTI_CONTACT_PREFERENCES_UPDATED_DATA_TOPICS_ITEM_UNKNOWN_VALUE (0) when the JSON
     * text is not one this SDK version knows (then see `other`).
     */
    esauti_contact_preferences_updated_data_topics_item value;
    /**
     * When value is ESAUTI_CONTACT_PREFERENCES_UPDATED_DATA_TOPICS_ITEM_UNKNOWN_VALUE: the JSON text
     * as received, or to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_contact_preferences_updated_data_topics_item_val;

/**
 * The JSON text of a contact_preferences_updated_data.topics.item constant, or NULL for an unknown
 * value.
 */
APIC_EXPORT const char *esauti_contact_preferences_updated_data_topics_item_to_string(esauti_contact_preferences_updated_data_topics_item value);

/**
 * contact_preferences_updated_data.frequency
 * How often at most the customer wants marketing messages; any means no limit.
 */
typedef enum esauti_contact_preferences_updated_data_frequency {
    ESAUTI_CONTACT_PREFERENCES_UPDATED_DATA_FREQUENCY_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_CONTACT_PREFERENCES_UPDATED_DATA_FREQUENCY_ANY = 1, /**< `any` */
    ESAUTI_CONTACT_PREFERENCES_UPDATED_DATA_FREQUENCY_DAILY = 2, /**< `daily` */
    ESAUTI_CONTACT_PREFERENCES_UPDATED_DATA_FREQUENCY_WEEKLY = 3, /**< `weekly` */
    ESAUTI_CONTACT_PREFERENCES_UPDATED_DATA_FREQUENCY_MONTHLY = 4, /**< `monthly` */
} esauti_contact_preferences_updated_data_frequency;

/**
 * contact_preferences_updated_data.frequency as stored in a struct: `value`, or the text in
 * `other` (owned) when value is 0.
 */
typedef struct esauti_contact_preferences_updated_data_frequency_val {
    /**
     * The value; ESAUTI_CONTACT_PREFERENCES_UPDATED_DATA_FREQUENCY_UNKNOWN_VALUE (0) when the JSON
     * text is not one this SDK version knows (then see `other`).
     */
    esauti_contact_preferences_updated_data_frequency value;
    /**
     * When value is ESAUTI_CONTACT_PREFERENCES_UPDATED_DATA_FREQUENCY_UNKNOWN_VALUE: the JSON text as
     * received, or to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_contact_preferences_updated_data_frequency_val;

/**
 * The JSON text of a contact_preferences_updated_data.frequency constant, or NULL for an unknown
 * value.
 */
APIC_EXPORT const char *esauti_contact_preferences_updated_data_frequency_to_string(esauti_contact_preferences_updated_data_frequency value);

/**
 * contact_preferences_updated_data.preferred_channel
 * Channel the customer prefers for marketing.
 */
typedef enum esauti_contact_preferences_updated_data_preferred_channel {
    ESAUTI_CONTACT_PREFERENCES_UPDATED_DATA_PREFERRED_CHANNEL_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_CONTACT_PREFERENCES_UPDATED_DATA_PREFERRED_CHANNEL_EMAIL = 1, /**< `email` */
    ESAUTI_CONTACT_PREFERENCES_UPDATED_DATA_PREFERRED_CHANNEL_SMS = 2, /**< `sms` */
    ESAUTI_CONTACT_PREFERENCES_UPDATED_DATA_PREFERRED_CHANNEL_WHATSAPP = 3, /**< `whatsapp` */
    ESAUTI_CONTACT_PREFERENCES_UPDATED_DATA_PREFERRED_CHANNEL_PUSH = 4, /**< `push` */
} esauti_contact_preferences_updated_data_preferred_channel;

/**
 * contact_preferences_updated_data.preferred_channel as stored in a struct: `value`, or the text
 * in `other` (owned) when value is 0.
 */
typedef struct esauti_contact_preferences_updated_data_preferred_channel_val {
    /**
     * The value; ESAUTI_CONTACT_PREFERENCES_UPDATED_DATA_PREFERRED_CHANNEL_UNKNOWN_VALUE (0) when the
     * JSON text is not one this SDK version knows (then see `other`).
     */
    esauti_contact_preferences_updated_data_preferred_channel value;
    /**
     * When value is ESAUTI_CONTACT_PREFERENCES_UPDATED_DATA_PREFERRED_CHANNEL_UNKNOWN_VALUE: the JSON
     * text as received, or to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_contact_preferences_updated_data_preferred_channel_val;

/**
 * The JSON text of a contact_preferences_updated_data.preferred_channel constant, or NULL for an
 * unknown value.
 */
APIC_EXPORT const char *esauti_contact_preferences_updated_data_preferred_channel_to_string(esauti_contact_preferences_updated_data_preferred_channel value);

/**
 * contact_preferences_updated_data.language
 * Language for messages.
 */
typedef enum esauti_contact_preferences_updated_data_language {
    ESAUTI_CONTACT_PREFERENCES_UPDATED_DATA_LANGUAGE_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_CONTACT_PREFERENCES_UPDATED_DATA_LANGUAGE_EN = 1, /**< `en` */
    ESAUTI_CONTACT_PREFERENCES_UPDATED_DATA_LANGUAGE_SW = 2, /**< `sw` */
} esauti_contact_preferences_updated_data_language;

/**
 * contact_preferences_updated_data.language as stored in a struct: `value`, or the text in `other`
 * (owned) when value is 0.
 */
typedef struct esauti_contact_preferences_updated_data_language_val {
    /**
     * The value; ESAUTI_CONTACT_PREFERENCES_UPDATED_DATA_LANGUAGE_UNKNOWN_VALUE (0) when the JSON text
     * is not one this SDK version knows (then see `other`).
     */
    esauti_contact_preferences_updated_data_language value;
    /**
     * When value is ESAUTI_CONTACT_PREFERENCES_UPDATED_DATA_LANGUAGE_UNKNOWN_VALUE: the JSON text as
     * received, or to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_contact_preferences_updated_data_language_val;

/**
 * The JSON text of a contact_preferences_updated_data.language constant, or NULL for an unknown
 * value.
 */
APIC_EXPORT const char *esauti_contact_preferences_updated_data_language_to_string(esauti_contact_preferences_updated_data_language value);

/**
 * contact_phone_verified_data.method
 * How the code was delivered.
 */
typedef enum esauti_contact_phone_verified_data_method {
    ESAUTI_CONTACT_PHONE_VERIFIED_DATA_METHOD_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_CONTACT_PHONE_VERIFIED_DATA_METHOD_SMS_OTP = 1, /**< `sms_otp` */
    ESAUTI_CONTACT_PHONE_VERIFIED_DATA_METHOD_WHATSAPP_OTP = 2, /**< `whatsapp_otp` */
    ESAUTI_CONTACT_PHONE_VERIFIED_DATA_METHOD_VOICE_CALL = 3, /**< `voice_call` */
} esauti_contact_phone_verified_data_method;

/**
 * contact_phone_verified_data.method as stored in a struct: `value`, or the text in `other`
 * (owned) when value is 0.
 */
typedef struct esauti_contact_phone_verified_data_method_val {
    /**
     * The value; ESAUTI_CONTACT_PHONE_VERIFIED_DATA_METHOD_UNKNOWN_VALUE (0) when the JSON text is not
     * one this SDK version knows (then see `other`).
     */
    esauti_contact_phone_verified_data_method value;
    /**
     * When value is ESAUTI_CONTACT_PHONE_VERIFIED_DATA_METHOD_UNKNOWN_VALUE: the JSON text as
     * received, or to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_contact_phone_verified_data_method_val;

/** The JSON text of a contact_phone_verified_data.method constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_contact_phone_verified_data_method_to_string(esauti_contact_phone_verified_data_method value);

/**
 * lead_captured_data.source
 * Where the lead came from.
 */
typedef enum esauti_lead_captured_data_source {
    ESAUTI_LEAD_CAPTURED_DATA_SOURCE_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_LEAD_CAPTURED_DATA_SOURCE_WEB_FORM = 1, /**< `web_form` */
    ESAUTI_LEAD_CAPTURED_DATA_SOURCE_FACEBOOK_LEAD_AD = 2, /**< `facebook_lead_ad` */
    ESAUTI_LEAD_CAPTURED_DATA_SOURCE_WHATSAPP = 3, /**< `whatsapp` */
    ESAUTI_LEAD_CAPTURED_DATA_SOURCE_SMS_KEYWORD = 4, /**< `sms_keyword` */
    ESAUTI_LEAD_CAPTURED_DATA_SOURCE_WALK_IN = 5, /**< `walk_in` */
    ESAUTI_LEAD_CAPTURED_DATA_SOURCE_REFERRAL = 6, /**< `referral` */
    ESAUTI_LEAD_CAPTURED_DATA_SOURCE_IMPORT = 7, /**< `import` */
} esauti_lead_captured_data_source;

/**
 * lead_captured_data.source as stored in a struct: `value`, or the text in `other` (owned) when
 * value is 0.
 */
typedef struct esauti_lead_captured_data_source_val {
    /**
     * The value; ESAUTI_LEAD_CAPTURED_DATA_SOURCE_UNKNOWN_VALUE (0) when the JSON text is not one this
     * SDK version knows (then see `other`).
     */
    esauti_lead_captured_data_source value;
    /**
     * When value is ESAUTI_LEAD_CAPTURED_DATA_SOURCE_UNKNOWN_VALUE: the JSON text as received, or to
     * send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_lead_captured_data_source_val;

/** The JSON text of a lead_captured_data.source constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_lead_captured_data_source_to_string(esauti_lead_captured_data_source value);

/**
 * lead_assigned_data.method
 * How the assignee was chosen.
 */
typedef enum esauti_lead_assigned_data_method {
    ESAUTI_LEAD_ASSIGNED_DATA_METHOD_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_LEAD_ASSIGNED_DATA_METHOD_ROUND_ROBIN = 1, /**< `round_robin` */
    ESAUTI_LEAD_ASSIGNED_DATA_METHOD_TERRITORY = 2, /**< `territory` */
    ESAUTI_LEAD_ASSIGNED_DATA_METHOD_MANUAL = 3, /**< `manual` */
    ESAUTI_LEAD_ASSIGNED_DATA_METHOD_LOAD_BALANCED = 4, /**< `load_balanced` */
} esauti_lead_assigned_data_method;

/**
 * lead_assigned_data.method as stored in a struct: `value`, or the text in `other` (owned) when
 * value is 0.
 */
typedef struct esauti_lead_assigned_data_method_val {
    /**
     * The value; ESAUTI_LEAD_ASSIGNED_DATA_METHOD_UNKNOWN_VALUE (0) when the JSON text is not one this
     * SDK version knows (then see `other`).
     */
    esauti_lead_assigned_data_method value;
    /**
     * When value is ESAUTI_LEAD_ASSIGNED_DATA_METHOD_UNKNOWN_VALUE: the JSON text as received, or to
     * send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_lead_assigned_data_method_val;

/** The JSON text of a lead_assigned_data.method constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_lead_assigned_data_method_to_string(esauti_lead_assigned_data_method value);

/**
 * lead_scored_data.grade
 * Letter grade derived from the score.
 */
typedef enum esauti_lead_scored_data_grade {
    ESAUTI_LEAD_SCORED_DATA_GRADE_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_LEAD_SCORED_DATA_GRADE_A = 1, /**< `a` */
    ESAUTI_LEAD_SCORED_DATA_GRADE_B = 2, /**< `b` */
    ESAUTI_LEAD_SCORED_DATA_GRADE_C = 3, /**< `c` */
    ESAUTI_LEAD_SCORED_DATA_GRADE_D = 4, /**< `d` */
} esauti_lead_scored_data_grade;

/**
 * lead_scored_data.grade as stored in a struct: `value`, or the text in `other` (owned) when value
 * is 0.
 */
typedef struct esauti_lead_scored_data_grade_val {
    /**
     * The value; ESAUTI_LEAD_SCORED_DATA_GRADE_UNKNOWN_VALUE (0) when the JSON text is not one this
     * SDK version knows (then see `other`).
     */
    esauti_lead_scored_data_grade value;
    /**
     * When value is ESAUTI_LEAD_SCORED_DATA_GRADE_UNKNOWN_VALUE: the JSON text as received, or to
     * send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_lead_scored_data_grade_val;

/** The JSON text of a lead_scored_data.grade constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_lead_scored_data_grade_to_string(esauti_lead_scored_data_grade value);

/**
 * lead_contacted_data.channel
 * How the lead was contacted.
 */
typedef enum esauti_lead_contacted_data_channel {
    ESAUTI_LEAD_CONTACTED_DATA_CHANNEL_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_LEAD_CONTACTED_DATA_CHANNEL_CALL = 1, /**< `call` */
    ESAUTI_LEAD_CONTACTED_DATA_CHANNEL_SMS = 2, /**< `sms` */
    ESAUTI_LEAD_CONTACTED_DATA_CHANNEL_WHATSAPP = 3, /**< `whatsapp` */
    ESAUTI_LEAD_CONTACTED_DATA_CHANNEL_EMAIL = 4, /**< `email` */
    ESAUTI_LEAD_CONTACTED_DATA_CHANNEL_VISIT = 5, /**< `visit` */
} esauti_lead_contacted_data_channel;

/**
 * lead_contacted_data.channel as stored in a struct: `value`, or the text in `other` (owned) when
 * value is 0.
 */
typedef struct esauti_lead_contacted_data_channel_val {
    /**
     * The value; ESAUTI_LEAD_CONTACTED_DATA_CHANNEL_UNKNOWN_VALUE (0) when the JSON text is not one
     * this SDK version knows (then see `other`).
     */
    esauti_lead_contacted_data_channel value;
    /**
     * When value is ESAUTI_LEAD_CONTACTED_DATA_CHANNEL_UNKNOWN_VALUE: the JSON text as received, or to
     * send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_lead_contacted_data_channel_val;

/** The JSON text of a lead_contacted_data.channel constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_lead_contacted_data_channel_to_string(esauti_lead_contacted_data_channel value);

/**
 * lead_contacted_data.outcome
 * Result of the attempt.
 */
typedef enum esauti_lead_contacted_data_outcome {
    ESAUTI_LEAD_CONTACTED_DATA_OUTCOME_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_LEAD_CONTACTED_DATA_OUTCOME_REACHED = 1, /**< `reached` */
    ESAUTI_LEAD_CONTACTED_DATA_OUTCOME_NO_ANSWER = 2, /**< `no_answer` */
    ESAUTI_LEAD_CONTACTED_DATA_OUTCOME_WRONG_NUMBER = 3, /**< `wrong_number` */
    ESAUTI_LEAD_CONTACTED_DATA_OUTCOME_CALLBACK_REQUESTED = 4, /**< `callback_requested` */
} esauti_lead_contacted_data_outcome;

/**
 * lead_contacted_data.outcome as stored in a struct: `value`, or the text in `other` (owned) when
 * value is 0.
 */
typedef struct esauti_lead_contacted_data_outcome_val {
    /**
     * The value; ESAUTI_LEAD_CONTACTED_DATA_OUTCOME_UNKNOWN_VALUE (0) when the JSON text is not one
     * this SDK version knows (then see `other`).
     */
    esauti_lead_contacted_data_outcome value;
    /**
     * When value is ESAUTI_LEAD_CONTACTED_DATA_OUTCOME_UNKNOWN_VALUE: the JSON text as received, or to
     * send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_lead_contacted_data_outcome_val;

/** The JSON text of a lead_contacted_data.outcome constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_lead_contacted_data_outcome_to_string(esauti_lead_contacted_data_outcome value);

/**
 * lead_qualified_data.qualified_by
 * What qualified the lead.
 */
typedef enum esauti_lead_qualified_data_qualified_by {
    ESAUTI_LEAD_QUALIFIED_DATA_QUALIFIED_BY_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_LEAD_QUALIFIED_DATA_QUALIFIED_BY_AGENT = 1, /**< `agent` */
    ESAUTI_LEAD_QUALIFIED_DATA_QUALIFIED_BY_SCORE_THRESHOLD = 2, /**< `score_threshold` */
    ESAUTI_LEAD_QUALIFIED_DATA_QUALIFIED_BY_API = 3, /**< `api` */
} esauti_lead_qualified_data_qualified_by;

/**
 * lead_qualified_data.qualified_by as stored in a struct: `value`, or the text in `other` (owned)
 * when value is 0.
 */
typedef struct esauti_lead_qualified_data_qualified_by_val {
    /**
     * The value; ESAUTI_LEAD_QUALIFIED_DATA_QUALIFIED_BY_UNKNOWN_VALUE (0) when the JSON text is not
     * one this SDK version knows (then see `other`).
     */
    esauti_lead_qualified_data_qualified_by value;
    /**
     * When value is ESAUTI_LEAD_QUALIFIED_DATA_QUALIFIED_BY_UNKNOWN_VALUE: the JSON text as received,
     * or to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_lead_qualified_data_qualified_by_val;

/** The JSON text of a lead_qualified_data.qualified_by constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_lead_qualified_data_qualified_by_to_string(esauti_lead_qualified_data_qualified_by value);

/**
 * lead_disqualified_data.reason
 * Why the lead was ruled out.
 */
typedef enum esauti_lead_disqualified_data_reason {
    ESAUTI_LEAD_DISQUALIFIED_DATA_REASON_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_LEAD_DISQUALIFIED_DATA_REASON_SPAM = 1, /**< `spam` */
    ESAUTI_LEAD_DISQUALIFIED_DATA_REASON_DUPLICATE = 2, /**< `duplicate` */
    ESAUTI_LEAD_DISQUALIFIED_DATA_REASON_NO_BUDGET = 3, /**< `no_budget` */
    ESAUTI_LEAD_DISQUALIFIED_DATA_REASON_OUT_OF_SERVICE_AREA = 4, /**< `out_of_service_area` */
    ESAUTI_LEAD_DISQUALIFIED_DATA_REASON_NOT_INTERESTED = 5, /**< `not_interested` */
    ESAUTI_LEAD_DISQUALIFIED_DATA_REASON_UNREACHABLE = 6, /**< `unreachable` */
} esauti_lead_disqualified_data_reason;

/**
 * lead_disqualified_data.reason as stored in a struct: `value`, or the text in `other` (owned)
 * when value is 0.
 */
typedef struct esauti_lead_disqualified_data_reason_val {
    /**
     * The value; ESAUTI_LEAD_DISQUALIFIED_DATA_REASON_UNKNOWN_VALUE (0) when the JSON text is not one
     * this SDK version knows (then see `other`).
     */
    esauti_lead_disqualified_data_reason value;
    /**
     * When value is ESAUTI_LEAD_DISQUALIFIED_DATA_REASON_UNKNOWN_VALUE: the JSON text as received, or
     * to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_lead_disqualified_data_reason_val;

/** The JSON text of a lead_disqualified_data.reason constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_lead_disqualified_data_reason_to_string(esauti_lead_disqualified_data_reason value);

/**
 * lead_converted_data.converted_to
 * What the lead turned into.
 */
typedef enum esauti_lead_converted_data_converted_to {
    ESAUTI_LEAD_CONVERTED_DATA_CONVERTED_TO_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_LEAD_CONVERTED_DATA_CONVERTED_TO_ORDER = 1, /**< `order` */
    ESAUTI_LEAD_CONVERTED_DATA_CONVERTED_TO_DEAL = 2, /**< `deal` */
    ESAUTI_LEAD_CONVERTED_DATA_CONVERTED_TO_SUBSCRIPTION = 3, /**< `subscription` */
} esauti_lead_converted_data_converted_to;

/**
 * lead_converted_data.converted_to as stored in a struct: `value`, or the text in `other` (owned)
 * when value is 0.
 */
typedef struct esauti_lead_converted_data_converted_to_val {
    /**
     * The value; ESAUTI_LEAD_CONVERTED_DATA_CONVERTED_TO_UNKNOWN_VALUE (0) when the JSON text is not
     * one this SDK version knows (then see `other`).
     */
    esauti_lead_converted_data_converted_to value;
    /**
     * When value is ESAUTI_LEAD_CONVERTED_DATA_CONVERTED_TO_UNKNOWN_VALUE: the JSON text as received,
     * or to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_lead_converted_data_converted_to_val;

/** The JSON text of a lead_converted_data.converted_to constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_lead_converted_data_converted_to_to_string(esauti_lead_converted_data_converted_to value);

/**
 * lead_lost_data.reason
 * Main reason the sale was lost.
 */
typedef enum esauti_lead_lost_data_reason {
    ESAUTI_LEAD_LOST_DATA_REASON_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_LEAD_LOST_DATA_REASON_PRICE = 1, /**< `price` */
    ESAUTI_LEAD_LOST_DATA_REASON_COMPETITOR = 2, /**< `competitor` */
    ESAUTI_LEAD_LOST_DATA_REASON_TIMING = 3, /**< `timing` */
    ESAUTI_LEAD_LOST_DATA_REASON_NO_RESPONSE = 4, /**< `no_response` */
    ESAUTI_LEAD_LOST_DATA_REASON_PRODUCT_FIT = 5, /**< `product_fit` */
    ESAUTI_LEAD_LOST_DATA_REASON_OTHER = 6, /**< `other` */
} esauti_lead_lost_data_reason;

/**
 * lead_lost_data.reason as stored in a struct: `value`, or the text in `other` (owned) when value
 * is 0.
 */
typedef struct esauti_lead_lost_data_reason_val {
    /**
     * The value; ESAUTI_LEAD_LOST_DATA_REASON_UNKNOWN_VALUE (0) when the JSON text is not one this SDK
     * version knows (then see `other`).
     */
    esauti_lead_lost_data_reason value;
    /**
     * When value is ESAUTI_LEAD_LOST_DATA_REASON_UNKNOWN_VALUE: the JSON text as received, or to send,
     * owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_lead_lost_data_reason_val;

/** The JSON text of a lead_lost_data.reason constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_lead_lost_data_reason_to_string(esauti_lead_lost_data_reason value);

/**
 * lead_status_changed_data.from_status
 * Status before the change.
 */
typedef enum esauti_lead_status_changed_data_from_status {
    ESAUTI_LEAD_STATUS_CHANGED_DATA_FROM_STATUS_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_LEAD_STATUS_CHANGED_DATA_FROM_STATUS_NEW = 1, /**< `new` */
    ESAUTI_LEAD_STATUS_CHANGED_DATA_FROM_STATUS_CONTACTED = 2, /**< `contacted` */
    ESAUTI_LEAD_STATUS_CHANGED_DATA_FROM_STATUS_QUALIFIED = 3, /**< `qualified` */
    ESAUTI_LEAD_STATUS_CHANGED_DATA_FROM_STATUS_DISQUALIFIED = 4, /**< `disqualified` */
    ESAUTI_LEAD_STATUS_CHANGED_DATA_FROM_STATUS_WON = 5, /**< `won` */
    ESAUTI_LEAD_STATUS_CHANGED_DATA_FROM_STATUS_LOST = 6, /**< `lost` */
} esauti_lead_status_changed_data_from_status;

/**
 * lead_status_changed_data.from_status as stored in a struct: `value`, or the text in `other`
 * (owned) when value is 0.
 */
typedef struct esauti_lead_status_changed_data_from_status_val {
    /**
     * The value; ESAUTI_LEAD_STATUS_CHANGED_DATA_FROM_STATUS_UNKNOWN_VALUE (0) when the JSON text is
     * not one this SDK version knows (then see `other`).
     */
    esauti_lead_status_changed_data_from_status value;
    /**
     * When value is ESAUTI_LEAD_STATUS_CHANGED_DATA_FROM_STATUS_UNKNOWN_VALUE: the JSON text as
     * received, or to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_lead_status_changed_data_from_status_val;

/** The JSON text of a lead_status_changed_data.from_status constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_lead_status_changed_data_from_status_to_string(esauti_lead_status_changed_data_from_status value);

/**
 * lead_status_changed_data.to_status
 * Status after the change.
 */
typedef enum esauti_lead_status_changed_data_to_status {
    ESAUTI_LEAD_STATUS_CHANGED_DATA_TO_STATUS_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_LEAD_STATUS_CHANGED_DATA_TO_STATUS_NEW = 1, /**< `new` */
    ESAUTI_LEAD_STATUS_CHANGED_DATA_TO_STATUS_CONTACTED = 2, /**< `contacted` */
    ESAUTI_LEAD_STATUS_CHANGED_DATA_TO_STATUS_QUALIFIED = 3, /**< `qualified` */
    ESAUTI_LEAD_STATUS_CHANGED_DATA_TO_STATUS_DISQUALIFIED = 4, /**< `disqualified` */
    ESAUTI_LEAD_STATUS_CHANGED_DATA_TO_STATUS_WON = 5, /**< `won` */
    ESAUTI_LEAD_STATUS_CHANGED_DATA_TO_STATUS_LOST = 6, /**< `lost` */
} esauti_lead_status_changed_data_to_status;

/**
 * lead_status_changed_data.to_status as stored in a struct: `value`, or the text in `other`
 * (owned) when value is 0.
 */
typedef struct esauti_lead_status_changed_data_to_status_val {
    /**
     * The value; ESAUTI_LEAD_STATUS_CHANGED_DATA_TO_STATUS_UNKNOWN_VALUE (0) when the JSON text is not
     * one this SDK version knows (then see `other`).
     */
    esauti_lead_status_changed_data_to_status value;
    /**
     * When value is ESAUTI_LEAD_STATUS_CHANGED_DATA_TO_STATUS_UNKNOWN_VALUE: the JSON text as
     * received, or to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_lead_status_changed_data_to_status_val;

/** The JSON text of a lead_status_changed_data.to_status constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_lead_status_changed_data_to_status_to_string(esauti_lead_status_changed_data_to_status value);

/**
 * account_created_data.login_method
 * How the customer signed up and will log in.
 */
typedef enum esauti_account_created_data_login_method {
    ESAUTI_ACCOUNT_CREATED_DATA_LOGIN_METHOD_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_ACCOUNT_CREATED_DATA_LOGIN_METHOD_PASSWORD = 1, /**< `password` */
    ESAUTI_ACCOUNT_CREATED_DATA_LOGIN_METHOD_PHONE_OTP = 2, /**< `phone_otp` */
    ESAUTI_ACCOUNT_CREATED_DATA_LOGIN_METHOD_GOOGLE = 3, /**< `google` */
    ESAUTI_ACCOUNT_CREATED_DATA_LOGIN_METHOD_FACEBOOK = 4, /**< `facebook` */
    ESAUTI_ACCOUNT_CREATED_DATA_LOGIN_METHOD_APPLE = 5, /**< `apple` */
} esauti_account_created_data_login_method;

/**
 * account_created_data.login_method as stored in a struct: `value`, or the text in `other` (owned)
 * when value is 0.
 */
typedef struct esauti_account_created_data_login_method_val {
    /**
     * The value; ESAUTI_ACCOUNT_CREATED_DATA_LOGIN_METHOD_UNKNOWN_VALUE (0) when the JSON text is not
     * one this SDK version knows (then see `other`).
     */
    esauti_account_created_data_login_method value;
    /**
     * When value is ESAUTI_ACCOUNT_CREATED_DATA_LOGIN_METHOD_UNKNOWN_VALUE: the JSON text as received,
     * or to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_account_created_data_login_method_val;

/** The JSON text of a account_created_data.login_method constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_account_created_data_login_method_to_string(esauti_account_created_data_login_method value);

/**
 * account_locked_data.reason
 * Why the account was locked.
 */
typedef enum esauti_account_locked_data_reason {
    ESAUTI_ACCOUNT_LOCKED_DATA_REASON_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_ACCOUNT_LOCKED_DATA_REASON_FAILED_LOGINS = 1, /**< `failed_logins` */
    ESAUTI_ACCOUNT_LOCKED_DATA_REASON_SUSPECTED_FRAUD = 2, /**< `suspected_fraud` */
    ESAUTI_ACCOUNT_LOCKED_DATA_REASON_STAFF_ACTION = 3, /**< `staff_action` */
    ESAUTI_ACCOUNT_LOCKED_DATA_REASON_CHARGEBACK = 4, /**< `chargeback` */
} esauti_account_locked_data_reason;

/**
 * account_locked_data.reason as stored in a struct: `value`, or the text in `other` (owned) when
 * value is 0.
 */
typedef struct esauti_account_locked_data_reason_val {
    /**
     * The value; ESAUTI_ACCOUNT_LOCKED_DATA_REASON_UNKNOWN_VALUE (0) when the JSON text is not one
     * this SDK version knows (then see `other`).
     */
    esauti_account_locked_data_reason value;
    /**
     * When value is ESAUTI_ACCOUNT_LOCKED_DATA_REASON_UNKNOWN_VALUE: the JSON text as received, or to
     * send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_account_locked_data_reason_val;

/** The JSON text of a account_locked_data.reason constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_account_locked_data_reason_to_string(esauti_account_locked_data_reason value);

/**
 * account_unlocked_data.method
 * How the lock was lifted.
 */
typedef enum esauti_account_unlocked_data_method {
    ESAUTI_ACCOUNT_UNLOCKED_DATA_METHOD_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_ACCOUNT_UNLOCKED_DATA_METHOD_EXPIRED = 1, /**< `expired` */
    ESAUTI_ACCOUNT_UNLOCKED_DATA_METHOD_STAFF = 2, /**< `staff` */
    ESAUTI_ACCOUNT_UNLOCKED_DATA_METHOD_PASSWORD_RESET = 3, /**< `password_reset` */
} esauti_account_unlocked_data_method;

/**
 * account_unlocked_data.method as stored in a struct: `value`, or the text in `other` (owned) when
 * value is 0.
 */
typedef struct esauti_account_unlocked_data_method_val {
    /**
     * The value; ESAUTI_ACCOUNT_UNLOCKED_DATA_METHOD_UNKNOWN_VALUE (0) when the JSON text is not one
     * this SDK version knows (then see `other`).
     */
    esauti_account_unlocked_data_method value;
    /**
     * When value is ESAUTI_ACCOUNT_UNLOCKED_DATA_METHOD_UNKNOWN_VALUE: the JSON text as received, or
     * to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_account_unlocked_data_method_val;

/** The JSON text of a account_unlocked_data.method constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_account_unlocked_data_method_to_string(esauti_account_unlocked_data_method value);

/**
 * account_closed_data.closed_by
 * Who closed the account.
 */
typedef enum esauti_account_closed_data_closed_by {
    ESAUTI_ACCOUNT_CLOSED_DATA_CLOSED_BY_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_ACCOUNT_CLOSED_DATA_CLOSED_BY_CUSTOMER = 1, /**< `customer` */
    ESAUTI_ACCOUNT_CLOSED_DATA_CLOSED_BY_STAFF = 2, /**< `staff` */
    ESAUTI_ACCOUNT_CLOSED_DATA_CLOSED_BY_SYSTEM = 3, /**< `system` */
} esauti_account_closed_data_closed_by;

/**
 * account_closed_data.closed_by as stored in a struct: `value`, or the text in `other` (owned)
 * when value is 0.
 */
typedef struct esauti_account_closed_data_closed_by_val {
    /**
     * The value; ESAUTI_ACCOUNT_CLOSED_DATA_CLOSED_BY_UNKNOWN_VALUE (0) when the JSON text is not one
     * this SDK version knows (then see `other`).
     */
    esauti_account_closed_data_closed_by value;
    /**
     * When value is ESAUTI_ACCOUNT_CLOSED_DATA_CLOSED_BY_UNKNOWN_VALUE: the JSON text as received, or
     * to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_account_closed_data_closed_by_val;

/** The JSON text of a account_closed_data.closed_by constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_account_closed_data_closed_by_to_string(esauti_account_closed_data_closed_by value);

/**
 * account_closed_data.reason
 * Reason given for closing.
 */
typedef enum esauti_account_closed_data_reason {
    ESAUTI_ACCOUNT_CLOSED_DATA_REASON_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_ACCOUNT_CLOSED_DATA_REASON_NO_LONGER_NEEDED = 1, /**< `no_longer_needed` */
    ESAUTI_ACCOUNT_CLOSED_DATA_REASON_PRIVACY = 2, /**< `privacy` */
    ESAUTI_ACCOUNT_CLOSED_DATA_REASON_TOO_MANY_MESSAGES = 3, /**< `too_many_messages` */
    ESAUTI_ACCOUNT_CLOSED_DATA_REASON_FRAUD = 4, /**< `fraud` */
    ESAUTI_ACCOUNT_CLOSED_DATA_REASON_INACTIVITY = 5, /**< `inactivity` */
    ESAUTI_ACCOUNT_CLOSED_DATA_REASON_OTHER = 6, /**< `other` */
} esauti_account_closed_data_reason;

/**
 * account_closed_data.reason as stored in a struct: `value`, or the text in `other` (owned) when
 * value is 0.
 */
typedef struct esauti_account_closed_data_reason_val {
    /**
     * The value; ESAUTI_ACCOUNT_CLOSED_DATA_REASON_UNKNOWN_VALUE (0) when the JSON text is not one
     * this SDK version knows (then see `other`).
     */
    esauti_account_closed_data_reason value;
    /**
     * When value is ESAUTI_ACCOUNT_CLOSED_DATA_REASON_UNKNOWN_VALUE: the JSON text as received, or to
     * send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_account_closed_data_reason_val;

/** The JSON text of a account_closed_data.reason constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_account_closed_data_reason_to_string(esauti_account_closed_data_reason value);

/**
 * auth_login_succeeded_data.method
 * How the customer proved identity.
 */
typedef enum esauti_auth_login_succeeded_data_method {
    ESAUTI_AUTH_LOGIN_SUCCEEDED_DATA_METHOD_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_AUTH_LOGIN_SUCCEEDED_DATA_METHOD_PASSWORD = 1, /**< `password` */
    ESAUTI_AUTH_LOGIN_SUCCEEDED_DATA_METHOD_PHONE_OTP = 2, /**< `phone_otp` */
    ESAUTI_AUTH_LOGIN_SUCCEEDED_DATA_METHOD_MAGIC_LINK = 3, /**< `magic_link` */
    ESAUTI_AUTH_LOGIN_SUCCEEDED_DATA_METHOD_GOOGLE = 4, /**< `google` */
    ESAUTI_AUTH_LOGIN_SUCCEEDED_DATA_METHOD_FACEBOOK = 5, /**< `facebook` */
    ESAUTI_AUTH_LOGIN_SUCCEEDED_DATA_METHOD_APPLE = 6, /**< `apple` */
} esauti_auth_login_succeeded_data_method;

/**
 * auth_login_succeeded_data.method as stored in a struct: `value`, or the text in `other` (owned)
 * when value is 0.
 */
typedef struct esauti_auth_login_succeeded_data_method_val {
    /**
     * The value; ESAUTI_AUTH_LOGIN_SUCCEEDED_DATA_METHOD_UNKNOWN_VALUE (0) when the JSON text is not
     * one this SDK version knows (then see `other`).
     */
    esauti_auth_login_succeeded_data_method value;
    /**
     * When value is ESAUTI_AUTH_LOGIN_SUCCEEDED_DATA_METHOD_UNKNOWN_VALUE: the JSON text as received,
     * or to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_auth_login_succeeded_data_method_val;

/** The JSON text of a auth_login_succeeded_data.method constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_auth_login_succeeded_data_method_to_string(esauti_auth_login_succeeded_data_method value);

/**
 * auth_login_succeeded_data.second_factor
 * Second step used, if any.
 */
typedef enum esauti_auth_login_succeeded_data_second_factor {
    ESAUTI_AUTH_LOGIN_SUCCEEDED_DATA_SECOND_FACTOR_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_AUTH_LOGIN_SUCCEEDED_DATA_SECOND_FACTOR_NONE = 1, /**< `none` */
    ESAUTI_AUTH_LOGIN_SUCCEEDED_DATA_SECOND_FACTOR_SMS_OTP = 2, /**< `sms_otp` */
    ESAUTI_AUTH_LOGIN_SUCCEEDED_DATA_SECOND_FACTOR_TOTP = 3, /**< `totp` */
    ESAUTI_AUTH_LOGIN_SUCCEEDED_DATA_SECOND_FACTOR_WHATSAPP_OTP = 4, /**< `whatsapp_otp` */
} esauti_auth_login_succeeded_data_second_factor;

/**
 * auth_login_succeeded_data.second_factor as stored in a struct: `value`, or the text in `other`
 * (owned) when value is 0.
 */
typedef struct esauti_auth_login_succeeded_data_second_factor_val {
    /**
     * The value; ESAUTI_AUTH_LOGIN_SUCCEEDED_DATA_SECOND_FACTOR_UNKNOWN_VALUE (0) when the JSON text
     * is not one this SDK version knows (then see `other`).
     */
    esauti_auth_login_succeeded_data_second_factor value;
    /**
     * When value is ESAUTI_AUTH_LOGIN_SUCCEEDED_DATA_SECOND_FACTOR_UNKNOWN_VALUE: the JSON text as
     * received, or to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_auth_login_succeeded_data_second_factor_val;

/**
 * The JSON text of a auth_login_succeeded_data.second_factor constant, or NULL for an unknown
 * value.
 */
APIC_EXPORT const char *esauti_auth_login_succeeded_data_second_factor_to_string(esauti_auth_login_succeeded_data_second_factor value);

/**
 * auth_login_succeeded_data.platform
 * Where the customer logged in.
 */
typedef enum esauti_auth_login_succeeded_data_platform {
    ESAUTI_AUTH_LOGIN_SUCCEEDED_DATA_PLATFORM_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_AUTH_LOGIN_SUCCEEDED_DATA_PLATFORM_WEB = 1, /**< `web` */
    ESAUTI_AUTH_LOGIN_SUCCEEDED_DATA_PLATFORM_ANDROID = 2, /**< `android` */
    ESAUTI_AUTH_LOGIN_SUCCEEDED_DATA_PLATFORM_IOS = 3, /**< `ios` */
    ESAUTI_AUTH_LOGIN_SUCCEEDED_DATA_PLATFORM_USSD = 4, /**< `ussd` */
} esauti_auth_login_succeeded_data_platform;

/**
 * auth_login_succeeded_data.platform as stored in a struct: `value`, or the text in `other`
 * (owned) when value is 0.
 */
typedef struct esauti_auth_login_succeeded_data_platform_val {
    /**
     * The value; ESAUTI_AUTH_LOGIN_SUCCEEDED_DATA_PLATFORM_UNKNOWN_VALUE (0) when the JSON text is not
     * one this SDK version knows (then see `other`).
     */
    esauti_auth_login_succeeded_data_platform value;
    /**
     * When value is ESAUTI_AUTH_LOGIN_SUCCEEDED_DATA_PLATFORM_UNKNOWN_VALUE: the JSON text as
     * received, or to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_auth_login_succeeded_data_platform_val;

/** The JSON text of a auth_login_succeeded_data.platform constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_auth_login_succeeded_data_platform_to_string(esauti_auth_login_succeeded_data_platform value);

/**
 * auth_login_failed_data.reason
 * Why the attempt was rejected.
 */
typedef enum esauti_auth_login_failed_data_reason {
    ESAUTI_AUTH_LOGIN_FAILED_DATA_REASON_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_AUTH_LOGIN_FAILED_DATA_REASON_WRONG_PASSWORD = 1, /**< `wrong_password` */
    ESAUTI_AUTH_LOGIN_FAILED_DATA_REASON_UNKNOWN_USER = 2, /**< `unknown_user` */
    ESAUTI_AUTH_LOGIN_FAILED_DATA_REASON_WRONG_OTP = 3, /**< `wrong_otp` */
    ESAUTI_AUTH_LOGIN_FAILED_DATA_REASON_OTP_EXPIRED = 4, /**< `otp_expired` */
    ESAUTI_AUTH_LOGIN_FAILED_DATA_REASON_ACCOUNT_LOCKED = 5, /**< `account_locked` */
    ESAUTI_AUTH_LOGIN_FAILED_DATA_REASON_ACCOUNT_CLOSED = 6, /**< `account_closed` */
} esauti_auth_login_failed_data_reason;

/**
 * auth_login_failed_data.reason as stored in a struct: `value`, or the text in `other` (owned)
 * when value is 0.
 */
typedef struct esauti_auth_login_failed_data_reason_val {
    /**
     * The value; ESAUTI_AUTH_LOGIN_FAILED_DATA_REASON_UNKNOWN_VALUE (0) when the JSON text is not one
     * this SDK version knows (then see `other`).
     */
    esauti_auth_login_failed_data_reason value;
    /**
     * When value is ESAUTI_AUTH_LOGIN_FAILED_DATA_REASON_UNKNOWN_VALUE: the JSON text as received, or
     * to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_auth_login_failed_data_reason_val;

/** The JSON text of a auth_login_failed_data.reason constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_auth_login_failed_data_reason_to_string(esauti_auth_login_failed_data_reason value);

/**
 * auth_login_failed_data.platform
 * Where the attempt was made.
 */
typedef enum esauti_auth_login_failed_data_platform {
    ESAUTI_AUTH_LOGIN_FAILED_DATA_PLATFORM_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_AUTH_LOGIN_FAILED_DATA_PLATFORM_WEB = 1, /**< `web` */
    ESAUTI_AUTH_LOGIN_FAILED_DATA_PLATFORM_ANDROID = 2, /**< `android` */
    ESAUTI_AUTH_LOGIN_FAILED_DATA_PLATFORM_IOS = 3, /**< `ios` */
    ESAUTI_AUTH_LOGIN_FAILED_DATA_PLATFORM_USSD = 4, /**< `ussd` */
} esauti_auth_login_failed_data_platform;

/**
 * auth_login_failed_data.platform as stored in a struct: `value`, or the text in `other` (owned)
 * when value is 0.
 */
typedef struct esauti_auth_login_failed_data_platform_val {
    /**
     * The value; ESAUTI_AUTH_LOGIN_FAILED_DATA_PLATFORM_UNKNOWN_VALUE (0) when the JSON text is not
     * one this SDK version knows (then see `other`).
     */
    esauti_auth_login_failed_data_platform value;
    /**
     * When value is ESAUTI_AUTH_LOGIN_FAILED_DATA_PLATFORM_UNKNOWN_VALUE: the JSON text as received,
     * or to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_auth_login_failed_data_platform_val;

/** The JSON text of a auth_login_failed_data.platform constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_auth_login_failed_data_platform_to_string(esauti_auth_login_failed_data_platform value);

/**
 * auth_logged_out_data.reason
 * Why the session ended.
 */
typedef enum esauti_auth_logged_out_data_reason {
    ESAUTI_AUTH_LOGGED_OUT_DATA_REASON_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_AUTH_LOGGED_OUT_DATA_REASON_USER_LOGOUT = 1, /**< `user_logout` */
    ESAUTI_AUTH_LOGGED_OUT_DATA_REASON_IDLE_TIMEOUT = 2, /**< `idle_timeout` */
    ESAUTI_AUTH_LOGGED_OUT_DATA_REASON_FORCED = 3, /**< `forced` */
    ESAUTI_AUTH_LOGGED_OUT_DATA_REASON_PASSWORD_CHANGED = 4, /**< `password_changed` */
} esauti_auth_logged_out_data_reason;

/**
 * auth_logged_out_data.reason as stored in a struct: `value`, or the text in `other` (owned) when
 * value is 0.
 */
typedef struct esauti_auth_logged_out_data_reason_val {
    /**
     * The value; ESAUTI_AUTH_LOGGED_OUT_DATA_REASON_UNKNOWN_VALUE (0) when the JSON text is not one
     * this SDK version knows (then see `other`).
     */
    esauti_auth_logged_out_data_reason value;
    /**
     * When value is ESAUTI_AUTH_LOGGED_OUT_DATA_REASON_UNKNOWN_VALUE: the JSON text as received, or to
     * send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_auth_logged_out_data_reason_val;

/** The JSON text of a auth_logged_out_data.reason constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_auth_logged_out_data_reason_to_string(esauti_auth_logged_out_data_reason value);

/**
 * auth_password_reset_requested_data.delivery_channel
 * Where the reset link or code is sent.
 */
typedef enum esauti_auth_password_reset_requested_data_delivery_channel {
    ESAUTI_AUTH_PASSWORD_RESET_REQUESTED_DATA_DELIVERY_CHANNEL_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_AUTH_PASSWORD_RESET_REQUESTED_DATA_DELIVERY_CHANNEL_EMAIL = 1, /**< `email` */
    ESAUTI_AUTH_PASSWORD_RESET_REQUESTED_DATA_DELIVERY_CHANNEL_SMS = 2, /**< `sms` */
    ESAUTI_AUTH_PASSWORD_RESET_REQUESTED_DATA_DELIVERY_CHANNEL_WHATSAPP = 3, /**< `whatsapp` */
} esauti_auth_password_reset_requested_data_delivery_channel;

/**
 * auth_password_reset_requested_data.delivery_channel as stored in a struct: `value`, or the text
 * in `other` (owned) when value is 0.
 */
typedef struct esauti_auth_password_reset_requested_data_delivery_channel_val {
    /**
     * The value; ESAUTI_AUTH_PASSWORD_RESET_REQUESTED_DATA_DELIVERY_CHANNEL_UNKNOWN_VALUE (0) when the
     * JSON text is not one this SDK version knows (then see `other`).
     */
    esauti_auth_password_reset_requested_data_delivery_channel value;
    /**
     * When value is ESAUTI_AUTH_PASSWORD_RESET_REQUESTED_DATA_DELIVERY_CHANNEL_UNKNOWN_VALUE: the JSON
     * text as received, or to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_auth_password_reset_requested_data_delivery_channel_val;

/**
 * The JSON text of a auth_password_reset_requested_data.delivery_channel constant, or NULL for an
 * unknown value.
 */
APIC_EXPORT const char *esauti_auth_password_reset_requested_data_delivery_channel_to_string(esauti_auth_password_reset_requested_data_delivery_channel value);

/**
 * auth_password_reset_completed_data.delivery_channel
 * Where the reset link or code had been sent.
 */
typedef enum esauti_auth_password_reset_completed_data_delivery_channel {
    ESAUTI_AUTH_PASSWORD_RESET_COMPLETED_DATA_DELIVERY_CHANNEL_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_AUTH_PASSWORD_RESET_COMPLETED_DATA_DELIVERY_CHANNEL_EMAIL = 1, /**< `email` */
    ESAUTI_AUTH_PASSWORD_RESET_COMPLETED_DATA_DELIVERY_CHANNEL_SMS = 2, /**< `sms` */
    ESAUTI_AUTH_PASSWORD_RESET_COMPLETED_DATA_DELIVERY_CHANNEL_WHATSAPP = 3, /**< `whatsapp` */
} esauti_auth_password_reset_completed_data_delivery_channel;

/**
 * auth_password_reset_completed_data.delivery_channel as stored in a struct: `value`, or the text
 * in `other` (owned) when value is 0.
 */
typedef struct esauti_auth_password_reset_completed_data_delivery_channel_val {
    /**
     * The value; ESAUTI_AUTH_PASSWORD_RESET_COMPLETED_DATA_DELIVERY_CHANNEL_UNKNOWN_VALUE (0) when the
     * JSON text is not one this SDK version knows (then see `other`).
     */
    esauti_auth_password_reset_completed_data_delivery_channel value;
    /**
     * When value is ESAUTI_AUTH_PASSWORD_RESET_COMPLETED_DATA_DELIVERY_CHANNEL_UNKNOWN_VALUE: the JSON
     * text as received, or to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_auth_password_reset_completed_data_delivery_channel_val;

/**
 * The JSON text of a auth_password_reset_completed_data.delivery_channel constant, or NULL for an
 * unknown value.
 */
APIC_EXPORT const char *esauti_auth_password_reset_completed_data_delivery_channel_to_string(esauti_auth_password_reset_completed_data_delivery_channel value);

/**
 * auth_mfa_enabled_data.method
 * The second factor chosen.
 */
typedef enum esauti_auth_mfa_enabled_data_method {
    ESAUTI_AUTH_MFA_ENABLED_DATA_METHOD_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_AUTH_MFA_ENABLED_DATA_METHOD_SMS_OTP = 1, /**< `sms_otp` */
    ESAUTI_AUTH_MFA_ENABLED_DATA_METHOD_WHATSAPP_OTP = 2, /**< `whatsapp_otp` */
    ESAUTI_AUTH_MFA_ENABLED_DATA_METHOD_TOTP = 3, /**< `totp` */
} esauti_auth_mfa_enabled_data_method;

/**
 * auth_mfa_enabled_data.method as stored in a struct: `value`, or the text in `other` (owned) when
 * value is 0.
 */
typedef struct esauti_auth_mfa_enabled_data_method_val {
    /**
     * The value; ESAUTI_AUTH_MFA_ENABLED_DATA_METHOD_UNKNOWN_VALUE (0) when the JSON text is not one
     * this SDK version knows (then see `other`).
     */
    esauti_auth_mfa_enabled_data_method value;
    /**
     * When value is ESAUTI_AUTH_MFA_ENABLED_DATA_METHOD_UNKNOWN_VALUE: the JSON text as received, or
     * to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_auth_mfa_enabled_data_method_val;

/** The JSON text of a auth_mfa_enabled_data.method constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_auth_mfa_enabled_data_method_to_string(esauti_auth_mfa_enabled_data_method value);

/**
 * auth_mfa_disabled_data.method
 * The second factor that was removed.
 */
typedef enum esauti_auth_mfa_disabled_data_method {
    ESAUTI_AUTH_MFA_DISABLED_DATA_METHOD_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_AUTH_MFA_DISABLED_DATA_METHOD_SMS_OTP = 1, /**< `sms_otp` */
    ESAUTI_AUTH_MFA_DISABLED_DATA_METHOD_WHATSAPP_OTP = 2, /**< `whatsapp_otp` */
    ESAUTI_AUTH_MFA_DISABLED_DATA_METHOD_TOTP = 3, /**< `totp` */
} esauti_auth_mfa_disabled_data_method;

/**
 * auth_mfa_disabled_data.method as stored in a struct: `value`, or the text in `other` (owned)
 * when value is 0.
 */
typedef struct esauti_auth_mfa_disabled_data_method_val {
    /**
     * The value; ESAUTI_AUTH_MFA_DISABLED_DATA_METHOD_UNKNOWN_VALUE (0) when the JSON text is not one
     * this SDK version knows (then see `other`).
     */
    esauti_auth_mfa_disabled_data_method value;
    /**
     * When value is ESAUTI_AUTH_MFA_DISABLED_DATA_METHOD_UNKNOWN_VALUE: the JSON text as received, or
     * to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_auth_mfa_disabled_data_method_val;

/** The JSON text of a auth_mfa_disabled_data.method constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_auth_mfa_disabled_data_method_to_string(esauti_auth_mfa_disabled_data_method value);

/**
 * auth_mfa_disabled_data.disabled_by
 * Who turned it off.
 */
typedef enum esauti_auth_mfa_disabled_data_disabled_by {
    ESAUTI_AUTH_MFA_DISABLED_DATA_DISABLED_BY_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_AUTH_MFA_DISABLED_DATA_DISABLED_BY_CUSTOMER = 1, /**< `customer` */
    ESAUTI_AUTH_MFA_DISABLED_DATA_DISABLED_BY_STAFF = 2, /**< `staff` */
} esauti_auth_mfa_disabled_data_disabled_by;

/**
 * auth_mfa_disabled_data.disabled_by as stored in a struct: `value`, or the text in `other`
 * (owned) when value is 0.
 */
typedef struct esauti_auth_mfa_disabled_data_disabled_by_val {
    /**
     * The value; ESAUTI_AUTH_MFA_DISABLED_DATA_DISABLED_BY_UNKNOWN_VALUE (0) when the JSON text is not
     * one this SDK version knows (then see `other`).
     */
    esauti_auth_mfa_disabled_data_disabled_by value;
    /**
     * When value is ESAUTI_AUTH_MFA_DISABLED_DATA_DISABLED_BY_UNKNOWN_VALUE: the JSON text as
     * received, or to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_auth_mfa_disabled_data_disabled_by_val;

/** The JSON text of a auth_mfa_disabled_data.disabled_by constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_auth_mfa_disabled_data_disabled_by_to_string(esauti_auth_mfa_disabled_data_disabled_by value);

/**
 * auth_new_device_detected_data.device_type
 * Kind of device.
 */
typedef enum esauti_auth_new_device_detected_data_device_type {
    ESAUTI_AUTH_NEW_DEVICE_DETECTED_DATA_DEVICE_TYPE_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_AUTH_NEW_DEVICE_DETECTED_DATA_DEVICE_TYPE_DESKTOP = 1, /**< `desktop` */
    ESAUTI_AUTH_NEW_DEVICE_DETECTED_DATA_DEVICE_TYPE_MOBILE = 2, /**< `mobile` */
    ESAUTI_AUTH_NEW_DEVICE_DETECTED_DATA_DEVICE_TYPE_TABLET = 3, /**< `tablet` */
    ESAUTI_AUTH_NEW_DEVICE_DETECTED_DATA_DEVICE_TYPE_FEATURE_PHONE = 4, /**< `feature_phone` */
} esauti_auth_new_device_detected_data_device_type;

/**
 * auth_new_device_detected_data.device_type as stored in a struct: `value`, or the text in `other`
 * (owned) when value is 0.
 */
typedef struct esauti_auth_new_device_detected_data_device_type_val {
    /**
     * The value; ESAUTI_AUTH_NEW_DEVICE_DETECTED_DATA_DEVICE_TYPE_UNKNOWN_VALUE (0) when the JSON text
     * is not one this SDK version knows (then see `other`).
     */
    esauti_auth_new_device_detected_data_device_type value;
    /**
     * When value is ESAUTI_AUTH_NEW_DEVICE_DETECTED_DATA_DEVICE_TYPE_UNKNOWN_VALUE: the JSON text as
     * received, or to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_auth_new_device_detected_data_device_type_val;

/**
 * The JSON text of a auth_new_device_detected_data.device_type constant, or NULL for an unknown
 * value.
 */
APIC_EXPORT const char *esauti_auth_new_device_detected_data_device_type_to_string(esauti_auth_new_device_detected_data_device_type value);

/**
 * session_started_data.platform
 * Where the session takes place.
 */
typedef enum esauti_session_started_data_platform {
    ESAUTI_SESSION_STARTED_DATA_PLATFORM_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_SESSION_STARTED_DATA_PLATFORM_WEB = 1, /**< `web` */
    ESAUTI_SESSION_STARTED_DATA_PLATFORM_ANDROID = 2, /**< `android` */
    ESAUTI_SESSION_STARTED_DATA_PLATFORM_IOS = 3, /**< `ios` */
    ESAUTI_SESSION_STARTED_DATA_PLATFORM_MOBILE_WEB = 4, /**< `mobile_web` */
} esauti_session_started_data_platform;

/**
 * session_started_data.platform as stored in a struct: `value`, or the text in `other` (owned)
 * when value is 0.
 */
typedef struct esauti_session_started_data_platform_val {
    /**
     * The value; ESAUTI_SESSION_STARTED_DATA_PLATFORM_UNKNOWN_VALUE (0) when the JSON text is not one
     * this SDK version knows (then see `other`).
     */
    esauti_session_started_data_platform value;
    /**
     * When value is ESAUTI_SESSION_STARTED_DATA_PLATFORM_UNKNOWN_VALUE: the JSON text as received, or
     * to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_session_started_data_platform_val;

/** The JSON text of a session_started_data.platform constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_session_started_data_platform_to_string(esauti_session_started_data_platform value);

/**
 * session_identified_data.method
 * How the visitor was recognised.
 */
typedef enum esauti_session_identified_data_method {
    ESAUTI_SESSION_IDENTIFIED_DATA_METHOD_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_SESSION_IDENTIFIED_DATA_METHOD_LOGIN = 1, /**< `login` */
    ESAUTI_SESSION_IDENTIFIED_DATA_METHOD_SIGNUP = 2, /**< `signup` */
    ESAUTI_SESSION_IDENTIFIED_DATA_METHOD_CHECKOUT = 3, /**< `checkout` */
    ESAUTI_SESSION_IDENTIFIED_DATA_METHOD_EMAIL_LINK = 4, /**< `email_link` */
    ESAUTI_SESSION_IDENTIFIED_DATA_METHOD_SMS_LINK = 5, /**< `sms_link` */
    ESAUTI_SESSION_IDENTIFIED_DATA_METHOD_FORM_SUBMIT = 6, /**< `form_submit` */
} esauti_session_identified_data_method;

/**
 * session_identified_data.method as stored in a struct: `value`, or the text in `other` (owned)
 * when value is 0.
 */
typedef struct esauti_session_identified_data_method_val {
    /**
     * The value; ESAUTI_SESSION_IDENTIFIED_DATA_METHOD_UNKNOWN_VALUE (0) when the JSON text is not one
     * this SDK version knows (then see `other`).
     */
    esauti_session_identified_data_method value;
    /**
     * When value is ESAUTI_SESSION_IDENTIFIED_DATA_METHOD_UNKNOWN_VALUE: the JSON text as received, or
     * to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_session_identified_data_method_val;

/** The JSON text of a session_identified_data.method constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_session_identified_data_method_to_string(esauti_session_identified_data_method value);

/**
 * page_viewed_data.page_type
 * Kind of page.
 */
typedef enum esauti_page_viewed_data_page_type {
    ESAUTI_PAGE_VIEWED_DATA_PAGE_TYPE_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_PAGE_VIEWED_DATA_PAGE_TYPE_HOME = 1, /**< `home` */
    ESAUTI_PAGE_VIEWED_DATA_PAGE_TYPE_CATEGORY = 2, /**< `category` */
    ESAUTI_PAGE_VIEWED_DATA_PAGE_TYPE_PRODUCT = 3, /**< `product` */
    ESAUTI_PAGE_VIEWED_DATA_PAGE_TYPE_SEARCH = 4, /**< `search` */
    ESAUTI_PAGE_VIEWED_DATA_PAGE_TYPE_CART = 5, /**< `cart` */
    ESAUTI_PAGE_VIEWED_DATA_PAGE_TYPE_CHECKOUT = 6, /**< `checkout` */
    ESAUTI_PAGE_VIEWED_DATA_PAGE_TYPE_ACCOUNT = 7, /**< `account` */
    ESAUTI_PAGE_VIEWED_DATA_PAGE_TYPE_CONTENT = 8, /**< `content` */
    ESAUTI_PAGE_VIEWED_DATA_PAGE_TYPE_OTHER = 9, /**< `other` */
} esauti_page_viewed_data_page_type;

/**
 * page_viewed_data.page_type as stored in a struct: `value`, or the text in `other` (owned) when
 * value is 0.
 */
typedef struct esauti_page_viewed_data_page_type_val {
    /**
     * The value; ESAUTI_PAGE_VIEWED_DATA_PAGE_TYPE_UNKNOWN_VALUE (0) when the JSON text is not one
     * this SDK version knows (then see `other`).
     */
    esauti_page_viewed_data_page_type value;
    /**
     * When value is ESAUTI_PAGE_VIEWED_DATA_PAGE_TYPE_UNKNOWN_VALUE: the JSON text as received, or to
     * send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_page_viewed_data_page_type_val;

/** The JSON text of a page_viewed_data.page_type constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_page_viewed_data_page_type_to_string(esauti_page_viewed_data_page_type value);

/**
 * page_link_clicked_data.kind
 * Kind of link.
 */
typedef enum esauti_page_link_clicked_data_kind {
    ESAUTI_PAGE_LINK_CLICKED_DATA_KIND_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_PAGE_LINK_CLICKED_DATA_KIND_BANNER = 1, /**< `banner` */
    ESAUTI_PAGE_LINK_CLICKED_DATA_KIND_NAVIGATION = 2, /**< `navigation` */
    ESAUTI_PAGE_LINK_CLICKED_DATA_KIND_WHATSAPP_BUTTON = 3, /**< `whatsapp_button` */
    ESAUTI_PAGE_LINK_CLICKED_DATA_KIND_CALL_BUTTON = 4, /**< `call_button` */
    ESAUTI_PAGE_LINK_CLICKED_DATA_KIND_OUTBOUND = 5, /**< `outbound` */
    ESAUTI_PAGE_LINK_CLICKED_DATA_KIND_OTHER = 6, /**< `other` */
} esauti_page_link_clicked_data_kind;

/**
 * page_link_clicked_data.kind as stored in a struct: `value`, or the text in `other` (owned) when
 * value is 0.
 */
typedef struct esauti_page_link_clicked_data_kind_val {
    /**
     * The value; ESAUTI_PAGE_LINK_CLICKED_DATA_KIND_UNKNOWN_VALUE (0) when the JSON text is not one
     * this SDK version knows (then see `other`).
     */
    esauti_page_link_clicked_data_kind value;
    /**
     * When value is ESAUTI_PAGE_LINK_CLICKED_DATA_KIND_UNKNOWN_VALUE: the JSON text as received, or to
     * send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_page_link_clicked_data_kind_val;

/** The JSON text of a page_link_clicked_data.kind constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_page_link_clicked_data_kind_to_string(esauti_page_link_clicked_data_kind value);

/**
 * page_popup_shown_data.trigger
 * What made it appear.
 */
typedef enum esauti_page_popup_shown_data_trigger {
    ESAUTI_PAGE_POPUP_SHOWN_DATA_TRIGGER_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_PAGE_POPUP_SHOWN_DATA_TRIGGER_PAGE_LOAD = 1, /**< `page_load` */
    ESAUTI_PAGE_POPUP_SHOWN_DATA_TRIGGER_TIME_ON_PAGE = 2, /**< `time_on_page` */
    ESAUTI_PAGE_POPUP_SHOWN_DATA_TRIGGER_SCROLL_DEPTH = 3, /**< `scroll_depth` */
    ESAUTI_PAGE_POPUP_SHOWN_DATA_TRIGGER_EXIT_INTENT = 4, /**< `exit_intent` */
    ESAUTI_PAGE_POPUP_SHOWN_DATA_TRIGGER_CART_VALUE = 5, /**< `cart_value` */
} esauti_page_popup_shown_data_trigger;

/**
 * page_popup_shown_data.trigger as stored in a struct: `value`, or the text in `other` (owned)
 * when value is 0.
 */
typedef struct esauti_page_popup_shown_data_trigger_val {
    /**
     * The value; ESAUTI_PAGE_POPUP_SHOWN_DATA_TRIGGER_UNKNOWN_VALUE (0) when the JSON text is not one
     * this SDK version knows (then see `other`).
     */
    esauti_page_popup_shown_data_trigger value;
    /**
     * When value is ESAUTI_PAGE_POPUP_SHOWN_DATA_TRIGGER_UNKNOWN_VALUE: the JSON text as received, or
     * to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_page_popup_shown_data_trigger_val;

/** The JSON text of a page_popup_shown_data.trigger constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_page_popup_shown_data_trigger_to_string(esauti_page_popup_shown_data_trigger value);

/**
 * page_popup_dismissed_data.method
 * How it was closed.
 */
typedef enum esauti_page_popup_dismissed_data_method {
    ESAUTI_PAGE_POPUP_DISMISSED_DATA_METHOD_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_PAGE_POPUP_DISMISSED_DATA_METHOD_CLOSE_BUTTON = 1, /**< `close_button` */
    ESAUTI_PAGE_POPUP_DISMISSED_DATA_METHOD_OUTSIDE_CLICK = 2, /**< `outside_click` */
    ESAUTI_PAGE_POPUP_DISMISSED_DATA_METHOD_ESCAPE_KEY = 3, /**< `escape_key` */
    ESAUTI_PAGE_POPUP_DISMISSED_DATA_METHOD_TIMEOUT = 4, /**< `timeout` */
} esauti_page_popup_dismissed_data_method;

/**
 * page_popup_dismissed_data.method as stored in a struct: `value`, or the text in `other` (owned)
 * when value is 0.
 */
typedef struct esauti_page_popup_dismissed_data_method_val {
    /**
     * The value; ESAUTI_PAGE_POPUP_DISMISSED_DATA_METHOD_UNKNOWN_VALUE (0) when the JSON text is not
     * one this SDK version knows (then see `other`).
     */
    esauti_page_popup_dismissed_data_method value;
    /**
     * When value is ESAUTI_PAGE_POPUP_DISMISSED_DATA_METHOD_UNKNOWN_VALUE: the JSON text as received,
     * or to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_page_popup_dismissed_data_method_val;

/** The JSON text of a page_popup_dismissed_data.method constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_page_popup_dismissed_data_method_to_string(esauti_page_popup_dismissed_data_method value);

/**
 * product_updated_data.status
 * Publication status after the change.
 */
typedef enum esauti_product_updated_data_status {
    ESAUTI_PRODUCT_UPDATED_DATA_STATUS_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_PRODUCT_UPDATED_DATA_STATUS_ACTIVE = 1, /**< `active` */
    ESAUTI_PRODUCT_UPDATED_DATA_STATUS_DRAFT = 2, /**< `draft` */
    ESAUTI_PRODUCT_UPDATED_DATA_STATUS_ARCHIVED = 3, /**< `archived` */
} esauti_product_updated_data_status;

/**
 * product_updated_data.status as stored in a struct: `value`, or the text in `other` (owned) when
 * value is 0.
 */
typedef struct esauti_product_updated_data_status_val {
    /**
     * The value; ESAUTI_PRODUCT_UPDATED_DATA_STATUS_UNKNOWN_VALUE (0) when the JSON text is not one
     * this SDK version knows (then see `other`).
     */
    esauti_product_updated_data_status value;
    /**
     * When value is ESAUTI_PRODUCT_UPDATED_DATA_STATUS_UNKNOWN_VALUE: the JSON text as received, or to
     * send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_product_updated_data_status_val;

/** The JSON text of a product_updated_data.status constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_product_updated_data_status_to_string(esauti_product_updated_data_status value);

/**
 * product_price_changed_data.reason
 * Why the price changed.
 */
typedef enum esauti_product_price_changed_data_reason {
    ESAUTI_PRODUCT_PRICE_CHANGED_DATA_REASON_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_PRODUCT_PRICE_CHANGED_DATA_REASON_PROMOTION = 1, /**< `promotion` */
    ESAUTI_PRODUCT_PRICE_CHANGED_DATA_REASON_PROMOTION_ENDED = 2, /**< `promotion_ended` */
    ESAUTI_PRODUCT_PRICE_CHANGED_DATA_REASON_COST_CHANGE = 3, /**< `cost_change` */
    ESAUTI_PRODUCT_PRICE_CHANGED_DATA_REASON_MANUAL = 4, /**< `manual` */
} esauti_product_price_changed_data_reason;

/**
 * product_price_changed_data.reason as stored in a struct: `value`, or the text in `other` (owned)
 * when value is 0.
 */
typedef struct esauti_product_price_changed_data_reason_val {
    /**
     * The value; ESAUTI_PRODUCT_PRICE_CHANGED_DATA_REASON_UNKNOWN_VALUE (0) when the JSON text is not
     * one this SDK version knows (then see `other`).
     */
    esauti_product_price_changed_data_reason value;
    /**
     * When value is ESAUTI_PRODUCT_PRICE_CHANGED_DATA_REASON_UNKNOWN_VALUE: the JSON text as received,
     * or to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_product_price_changed_data_reason_val;

/** The JSON text of a product_price_changed_data.reason constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_product_price_changed_data_reason_to_string(esauti_product_price_changed_data_reason value);

/**
 * product_viewed_data.list_source
 * How the customer reached the product.
 */
typedef enum esauti_product_viewed_data_list_source {
    ESAUTI_PRODUCT_VIEWED_DATA_LIST_SOURCE_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_PRODUCT_VIEWED_DATA_LIST_SOURCE_SEARCH = 1, /**< `search` */
    ESAUTI_PRODUCT_VIEWED_DATA_LIST_SOURCE_CATEGORY = 2, /**< `category` */
    ESAUTI_PRODUCT_VIEWED_DATA_LIST_SOURCE_RECOMMENDATION = 3, /**< `recommendation` */
    ESAUTI_PRODUCT_VIEWED_DATA_LIST_SOURCE_CAMPAIGN = 4, /**< `campaign` */
    ESAUTI_PRODUCT_VIEWED_DATA_LIST_SOURCE_DIRECT = 5, /**< `direct` */
} esauti_product_viewed_data_list_source;

/**
 * product_viewed_data.list_source as stored in a struct: `value`, or the text in `other` (owned)
 * when value is 0.
 */
typedef struct esauti_product_viewed_data_list_source_val {
    /**
     * The value; ESAUTI_PRODUCT_VIEWED_DATA_LIST_SOURCE_UNKNOWN_VALUE (0) when the JSON text is not
     * one this SDK version knows (then see `other`).
     */
    esauti_product_viewed_data_list_source value;
    /**
     * When value is ESAUTI_PRODUCT_VIEWED_DATA_LIST_SOURCE_UNKNOWN_VALUE: the JSON text as received,
     * or to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_product_viewed_data_list_source_val;

/** The JSON text of a product_viewed_data.list_source constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_product_viewed_data_list_source_to_string(esauti_product_viewed_data_list_source value);

/**
 * product_shared_data.channel
 * Where the link was shared.
 */
typedef enum esauti_product_shared_data_channel {
    ESAUTI_PRODUCT_SHARED_DATA_CHANNEL_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_PRODUCT_SHARED_DATA_CHANNEL_WHATSAPP = 1, /**< `whatsapp` */
    ESAUTI_PRODUCT_SHARED_DATA_CHANNEL_SMS = 2, /**< `sms` */
    ESAUTI_PRODUCT_SHARED_DATA_CHANNEL_FACEBOOK = 3, /**< `facebook` */
    ESAUTI_PRODUCT_SHARED_DATA_CHANNEL_X = 4, /**< `x` */
    ESAUTI_PRODUCT_SHARED_DATA_CHANNEL_EMAIL = 5, /**< `email` */
    ESAUTI_PRODUCT_SHARED_DATA_CHANNEL_COPY_LINK = 6, /**< `copy_link` */
} esauti_product_shared_data_channel;

/**
 * product_shared_data.channel as stored in a struct: `value`, or the text in `other` (owned) when
 * value is 0.
 */
typedef struct esauti_product_shared_data_channel_val {
    /**
     * The value; ESAUTI_PRODUCT_SHARED_DATA_CHANNEL_UNKNOWN_VALUE (0) when the JSON text is not one
     * this SDK version knows (then see `other`).
     */
    esauti_product_shared_data_channel value;
    /**
     * When value is ESAUTI_PRODUCT_SHARED_DATA_CHANNEL_UNKNOWN_VALUE: the JSON text as received, or to
     * send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_product_shared_data_channel_val;

/** The JSON text of a product_shared_data.channel constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_product_shared_data_channel_to_string(esauti_product_shared_data_channel value);

/**
 * product_back_in_stock_requested_data.channel
 * How the customer wants to be told.
 */
typedef enum esauti_product_back_in_stock_requested_data_channel {
    ESAUTI_PRODUCT_BACK_IN_STOCK_REQUESTED_DATA_CHANNEL_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_PRODUCT_BACK_IN_STOCK_REQUESTED_DATA_CHANNEL_EMAIL = 1, /**< `email` */
    ESAUTI_PRODUCT_BACK_IN_STOCK_REQUESTED_DATA_CHANNEL_SMS = 2, /**< `sms` */
    ESAUTI_PRODUCT_BACK_IN_STOCK_REQUESTED_DATA_CHANNEL_WHATSAPP = 3, /**< `whatsapp` */
    ESAUTI_PRODUCT_BACK_IN_STOCK_REQUESTED_DATA_CHANNEL_PUSH = 4, /**< `push` */
} esauti_product_back_in_stock_requested_data_channel;

/**
 * product_back_in_stock_requested_data.channel as stored in a struct: `value`, or the text in
 * `other` (owned) when value is 0.
 */
typedef struct esauti_product_back_in_stock_requested_data_channel_val {
    /**
     * The value; ESAUTI_PRODUCT_BACK_IN_STOCK_REQUESTED_DATA_CHANNEL_UNKNOWN_VALUE (0) when the JSON
     * text is not one this SDK version knows (then see `other`).
     */
    esauti_product_back_in_stock_requested_data_channel value;
    /**
     * When value is ESAUTI_PRODUCT_BACK_IN_STOCK_REQUESTED_DATA_CHANNEL_UNKNOWN_VALUE: the JSON text
     * as received, or to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_product_back_in_stock_requested_data_channel_val;

/**
 * The JSON text of a product_back_in_stock_requested_data.channel constant, or NULL for an unknown
 * value.
 */
APIC_EXPORT const char *esauti_product_back_in_stock_requested_data_channel_to_string(esauti_product_back_in_stock_requested_data_channel value);

/**
 * catalog_synced_data.source
 * Where the products came from.
 */
typedef enum esauti_catalog_synced_data_source {
    ESAUTI_CATALOG_SYNCED_DATA_SOURCE_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_CATALOG_SYNCED_DATA_SOURCE_SHOPIFY = 1, /**< `shopify` */
    ESAUTI_CATALOG_SYNCED_DATA_SOURCE_WOOCOMMERCE = 2, /**< `woocommerce` */
    ESAUTI_CATALOG_SYNCED_DATA_SOURCE_CSV_UPLOAD = 3, /**< `csv_upload` */
    ESAUTI_CATALOG_SYNCED_DATA_SOURCE_POS = 4, /**< `pos` */
    ESAUTI_CATALOG_SYNCED_DATA_SOURCE_API = 5, /**< `api` */
} esauti_catalog_synced_data_source;

/**
 * catalog_synced_data.source as stored in a struct: `value`, or the text in `other` (owned) when
 * value is 0.
 */
typedef struct esauti_catalog_synced_data_source_val {
    /**
     * The value; ESAUTI_CATALOG_SYNCED_DATA_SOURCE_UNKNOWN_VALUE (0) when the JSON text is not one
     * this SDK version knows (then see `other`).
     */
    esauti_catalog_synced_data_source value;
    /**
     * When value is ESAUTI_CATALOG_SYNCED_DATA_SOURCE_UNKNOWN_VALUE: the JSON text as received, or to
     * send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_catalog_synced_data_source_val;

/** The JSON text of a catalog_synced_data.source constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_catalog_synced_data_source_to_string(esauti_catalog_synced_data_source value);

/**
 * catalog_synced_data.status
 * Outcome of the sync.
 */
typedef enum esauti_catalog_synced_data_status {
    ESAUTI_CATALOG_SYNCED_DATA_STATUS_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_CATALOG_SYNCED_DATA_STATUS_SUCCEEDED = 1, /**< `succeeded` */
    ESAUTI_CATALOG_SYNCED_DATA_STATUS_PARTIALLY_FAILED = 2, /**< `partially_failed` */
    ESAUTI_CATALOG_SYNCED_DATA_STATUS_FAILED = 3, /**< `failed` */
} esauti_catalog_synced_data_status;

/**
 * catalog_synced_data.status as stored in a struct: `value`, or the text in `other` (owned) when
 * value is 0.
 */
typedef struct esauti_catalog_synced_data_status_val {
    /**
     * The value; ESAUTI_CATALOG_SYNCED_DATA_STATUS_UNKNOWN_VALUE (0) when the JSON text is not one
     * this SDK version knows (then see `other`).
     */
    esauti_catalog_synced_data_status value;
    /**
     * When value is ESAUTI_CATALOG_SYNCED_DATA_STATUS_UNKNOWN_VALUE: the JSON text as received, or to
     * send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_catalog_synced_data_status_val;

/** The JSON text of a catalog_synced_data.status constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_catalog_synced_data_status_to_string(esauti_catalog_synced_data_status value);

/**
 * cart_created_data.channel
 * Where the cart was created.
 */
typedef enum esauti_cart_created_data_channel {
    ESAUTI_CART_CREATED_DATA_CHANNEL_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_CART_CREATED_DATA_CHANNEL_WEB = 1, /**< `web` */
    ESAUTI_CART_CREATED_DATA_CHANNEL_ANDROID = 2, /**< `android` */
    ESAUTI_CART_CREATED_DATA_CHANNEL_IOS = 3, /**< `ios` */
    ESAUTI_CART_CREATED_DATA_CHANNEL_WHATSAPP = 4, /**< `whatsapp` */
    ESAUTI_CART_CREATED_DATA_CHANNEL_POS = 5, /**< `pos` */
} esauti_cart_created_data_channel;

/**
 * cart_created_data.channel as stored in a struct: `value`, or the text in `other` (owned) when
 * value is 0.
 */
typedef struct esauti_cart_created_data_channel_val {
    /**
     * The value; ESAUTI_CART_CREATED_DATA_CHANNEL_UNKNOWN_VALUE (0) when the JSON text is not one this
     * SDK version knows (then see `other`).
     */
    esauti_cart_created_data_channel value;
    /**
     * When value is ESAUTI_CART_CREATED_DATA_CHANNEL_UNKNOWN_VALUE: the JSON text as received, or to
     * send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_cart_created_data_channel_val;

/** The JSON text of a cart_created_data.channel constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_cart_created_data_channel_to_string(esauti_cart_created_data_channel value);

/**
 * cart_emptied_data.reason
 * Why the cart was emptied.
 */
typedef enum esauti_cart_emptied_data_reason {
    ESAUTI_CART_EMPTIED_DATA_REASON_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_CART_EMPTIED_DATA_REASON_CLEARED_BY_CUSTOMER = 1, /**< `cleared_by_customer` */
    ESAUTI_CART_EMPTIED_DATA_REASON_EXPIRED = 2, /**< `expired` */
    ESAUTI_CART_EMPTIED_DATA_REASON_ITEMS_UNAVAILABLE = 3, /**< `items_unavailable` */
} esauti_cart_emptied_data_reason;

/**
 * cart_emptied_data.reason as stored in a struct: `value`, or the text in `other` (owned) when
 * value is 0.
 */
typedef struct esauti_cart_emptied_data_reason_val {
    /**
     * The value; ESAUTI_CART_EMPTIED_DATA_REASON_UNKNOWN_VALUE (0) when the JSON text is not one this
     * SDK version knows (then see `other`).
     */
    esauti_cart_emptied_data_reason value;
    /**
     * When value is ESAUTI_CART_EMPTIED_DATA_REASON_UNKNOWN_VALUE: the JSON text as received, or to
     * send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_cart_emptied_data_reason_val;

/** The JSON text of a cart_emptied_data.reason constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_cart_emptied_data_reason_to_string(esauti_cart_emptied_data_reason value);

/**
 * cart_recovered_data.recovery_channel
 * What brought the customer back.
 */
typedef enum esauti_cart_recovered_data_recovery_channel {
    ESAUTI_CART_RECOVERED_DATA_RECOVERY_CHANNEL_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_CART_RECOVERED_DATA_RECOVERY_CHANNEL_EMAIL = 1, /**< `email` */
    ESAUTI_CART_RECOVERED_DATA_RECOVERY_CHANNEL_SMS = 2, /**< `sms` */
    ESAUTI_CART_RECOVERED_DATA_RECOVERY_CHANNEL_WHATSAPP = 3, /**< `whatsapp` */
    ESAUTI_CART_RECOVERED_DATA_RECOVERY_CHANNEL_PUSH = 4, /**< `push` */
    ESAUTI_CART_RECOVERED_DATA_RECOVERY_CHANNEL_ORGANIC = 5, /**< `organic` */
} esauti_cart_recovered_data_recovery_channel;

/**
 * cart_recovered_data.recovery_channel as stored in a struct: `value`, or the text in `other`
 * (owned) when value is 0.
 */
typedef struct esauti_cart_recovered_data_recovery_channel_val {
    /**
     * The value; ESAUTI_CART_RECOVERED_DATA_RECOVERY_CHANNEL_UNKNOWN_VALUE (0) when the JSON text is
     * not one this SDK version knows (then see `other`).
     */
    esauti_cart_recovered_data_recovery_channel value;
    /**
     * When value is ESAUTI_CART_RECOVERED_DATA_RECOVERY_CHANNEL_UNKNOWN_VALUE: the JSON text as
     * received, or to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_cart_recovered_data_recovery_channel_val;

/** The JSON text of a cart_recovered_data.recovery_channel constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_cart_recovered_data_recovery_channel_to_string(esauti_cart_recovered_data_recovery_channel value);

/**
 * checkout_delivery_selected_data.method
 * Delivery method chosen.
 */
typedef enum esauti_checkout_delivery_selected_data_method {
    ESAUTI_CHECKOUT_DELIVERY_SELECTED_DATA_METHOD_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_CHECKOUT_DELIVERY_SELECTED_DATA_METHOD_HOME_DELIVERY = 1, /**< `home_delivery` */
    ESAUTI_CHECKOUT_DELIVERY_SELECTED_DATA_METHOD_PICKUP_POINT = 2, /**< `pickup_point` */
    ESAUTI_CHECKOUT_DELIVERY_SELECTED_DATA_METHOD_STORE_PICKUP = 3, /**< `store_pickup` */
    ESAUTI_CHECKOUT_DELIVERY_SELECTED_DATA_METHOD_COURIER = 4, /**< `courier` */
} esauti_checkout_delivery_selected_data_method;

/**
 * checkout_delivery_selected_data.method as stored in a struct: `value`, or the text in `other`
 * (owned) when value is 0.
 */
typedef struct esauti_checkout_delivery_selected_data_method_val {
    /**
     * The value; ESAUTI_CHECKOUT_DELIVERY_SELECTED_DATA_METHOD_UNKNOWN_VALUE (0) when the JSON text is
     * not one this SDK version knows (then see `other`).
     */
    esauti_checkout_delivery_selected_data_method value;
    /**
     * When value is ESAUTI_CHECKOUT_DELIVERY_SELECTED_DATA_METHOD_UNKNOWN_VALUE: the JSON text as
     * received, or to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_checkout_delivery_selected_data_method_val;

/**
 * The JSON text of a checkout_delivery_selected_data.method constant, or NULL for an unknown
 * value.
 */
APIC_EXPORT const char *esauti_checkout_delivery_selected_data_method_to_string(esauti_checkout_delivery_selected_data_method value);

/**
 * checkout_payment_method_selected_data.payment_method
 * The payment method chosen.
 */
typedef enum esauti_checkout_payment_method_selected_data_payment_method {
    ESAUTI_CHECKOUT_PAYMENT_METHOD_SELECTED_DATA_PAYMENT_METHOD_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_CHECKOUT_PAYMENT_METHOD_SELECTED_DATA_PAYMENT_METHOD_MPESA = 1, /**< `mpesa` */
    ESAUTI_CHECKOUT_PAYMENT_METHOD_SELECTED_DATA_PAYMENT_METHOD_AIRTEL_MONEY = 2, /**< `airtel_money` */
    ESAUTI_CHECKOUT_PAYMENT_METHOD_SELECTED_DATA_PAYMENT_METHOD_CARD = 3, /**< `card` */
    ESAUTI_CHECKOUT_PAYMENT_METHOD_SELECTED_DATA_PAYMENT_METHOD_BANK_TRANSFER = 4, /**< `bank_transfer` */
    ESAUTI_CHECKOUT_PAYMENT_METHOD_SELECTED_DATA_PAYMENT_METHOD_CASH_ON_DELIVERY = 5, /**< `cash_on_delivery` */
    ESAUTI_CHECKOUT_PAYMENT_METHOD_SELECTED_DATA_PAYMENT_METHOD_BUY_NOW_PAY_LATER = 6, /**< `buy_now_pay_later` */
} esauti_checkout_payment_method_selected_data_payment_method;

/**
 * checkout_payment_method_selected_data.payment_method as stored in a struct: `value`, or the text
 * in `other` (owned) when value is 0.
 */
typedef struct esauti_checkout_payment_method_selected_data_payment_method_val {
    /**
     * The value; ESAUTI_CHECKOUT_PAYMENT_METHOD_SELECTED_DATA_PAYMENT_METHOD_UNKNOWN_VALUE (0) when
     * the JSON text is not one this SDK version knows (then see `other`).
     */
    esauti_checkout_payment_method_selected_data_payment_method value;
    /**
     * When value is ESAUTI_CHECKOUT_PAYMENT_METHOD_SELECTED_DATA_PAYMENT_METHOD_UNKNOWN_VALUE: the
     * JSON text as received, or to send, owned by the enclosing object (freed with it); NULL
     * otherwise.
     */
    char *other;
} esauti_checkout_payment_method_selected_data_payment_method_val;

/**
 * The JSON text of a checkout_payment_method_selected_data.payment_method constant, or NULL for an
 * unknown value.
 */
APIC_EXPORT const char *esauti_checkout_payment_method_selected_data_payment_method_to_string(esauti_checkout_payment_method_selected_data_payment_method value);

/**
 * order_created_data.channel
 * Where the order was placed.
 */
typedef enum esauti_order_created_data_channel {
    ESAUTI_ORDER_CREATED_DATA_CHANNEL_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_ORDER_CREATED_DATA_CHANNEL_WEB = 1, /**< `web` */
    ESAUTI_ORDER_CREATED_DATA_CHANNEL_ANDROID = 2, /**< `android` */
    ESAUTI_ORDER_CREATED_DATA_CHANNEL_IOS = 3, /**< `ios` */
    ESAUTI_ORDER_CREATED_DATA_CHANNEL_WHATSAPP = 4, /**< `whatsapp` */
    ESAUTI_ORDER_CREATED_DATA_CHANNEL_POS = 5, /**< `pos` */
    ESAUTI_ORDER_CREATED_DATA_CHANNEL_PHONE = 6, /**< `phone` */
} esauti_order_created_data_channel;

/**
 * order_created_data.channel as stored in a struct: `value`, or the text in `other` (owned) when
 * value is 0.
 */
typedef struct esauti_order_created_data_channel_val {
    /**
     * The value; ESAUTI_ORDER_CREATED_DATA_CHANNEL_UNKNOWN_VALUE (0) when the JSON text is not one
     * this SDK version knows (then see `other`).
     */
    esauti_order_created_data_channel value;
    /**
     * When value is ESAUTI_ORDER_CREATED_DATA_CHANNEL_UNKNOWN_VALUE: the JSON text as received, or to
     * send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_order_created_data_channel_val;

/** The JSON text of a order_created_data.channel constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_order_created_data_channel_to_string(esauti_order_created_data_channel value);

/**
 * order_confirmed_data.confirmed_by
 * How the order was confirmed.
 */
typedef enum esauti_order_confirmed_data_confirmed_by {
    ESAUTI_ORDER_CONFIRMED_DATA_CONFIRMED_BY_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_ORDER_CONFIRMED_DATA_CONFIRMED_BY_AUTOMATIC = 1, /**< `automatic` */
    ESAUTI_ORDER_CONFIRMED_DATA_CONFIRMED_BY_STAFF = 2, /**< `staff` */
    ESAUTI_ORDER_CONFIRMED_DATA_CONFIRMED_BY_CUSTOMER_CALL = 3, /**< `customer_call` */
} esauti_order_confirmed_data_confirmed_by;

/**
 * order_confirmed_data.confirmed_by as stored in a struct: `value`, or the text in `other` (owned)
 * when value is 0.
 */
typedef struct esauti_order_confirmed_data_confirmed_by_val {
    /**
     * The value; ESAUTI_ORDER_CONFIRMED_DATA_CONFIRMED_BY_UNKNOWN_VALUE (0) when the JSON text is not
     * one this SDK version knows (then see `other`).
     */
    esauti_order_confirmed_data_confirmed_by value;
    /**
     * When value is ESAUTI_ORDER_CONFIRMED_DATA_CONFIRMED_BY_UNKNOWN_VALUE: the JSON text as received,
     * or to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_order_confirmed_data_confirmed_by_val;

/** The JSON text of a order_confirmed_data.confirmed_by constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_order_confirmed_data_confirmed_by_to_string(esauti_order_confirmed_data_confirmed_by value);

/**
 * order_paid_data.payment_method
 * How the order was paid.
 */
typedef enum esauti_order_paid_data_payment_method {
    ESAUTI_ORDER_PAID_DATA_PAYMENT_METHOD_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_ORDER_PAID_DATA_PAYMENT_METHOD_MPESA = 1, /**< `mpesa` */
    ESAUTI_ORDER_PAID_DATA_PAYMENT_METHOD_AIRTEL_MONEY = 2, /**< `airtel_money` */
    ESAUTI_ORDER_PAID_DATA_PAYMENT_METHOD_CARD = 3, /**< `card` */
    ESAUTI_ORDER_PAID_DATA_PAYMENT_METHOD_BANK_TRANSFER = 4, /**< `bank_transfer` */
    ESAUTI_ORDER_PAID_DATA_PAYMENT_METHOD_CASH_ON_DELIVERY = 5, /**< `cash_on_delivery` */
    ESAUTI_ORDER_PAID_DATA_PAYMENT_METHOD_BUY_NOW_PAY_LATER = 6, /**< `buy_now_pay_later` */
} esauti_order_paid_data_payment_method;

/**
 * order_paid_data.payment_method as stored in a struct: `value`, or the text in `other` (owned)
 * when value is 0.
 */
typedef struct esauti_order_paid_data_payment_method_val {
    /**
     * The value; ESAUTI_ORDER_PAID_DATA_PAYMENT_METHOD_UNKNOWN_VALUE (0) when the JSON text is not one
     * this SDK version knows (then see `other`).
     */
    esauti_order_paid_data_payment_method value;
    /**
     * When value is ESAUTI_ORDER_PAID_DATA_PAYMENT_METHOD_UNKNOWN_VALUE: the JSON text as received, or
     * to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_order_paid_data_payment_method_val;

/** The JSON text of a order_paid_data.payment_method constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_order_paid_data_payment_method_to_string(esauti_order_paid_data_payment_method value);

/**
 * order_payment_failed_data.payment_method
 * The method that failed.
 */
typedef enum esauti_order_payment_failed_data_payment_method {
    ESAUTI_ORDER_PAYMENT_FAILED_DATA_PAYMENT_METHOD_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_ORDER_PAYMENT_FAILED_DATA_PAYMENT_METHOD_MPESA = 1, /**< `mpesa` */
    ESAUTI_ORDER_PAYMENT_FAILED_DATA_PAYMENT_METHOD_AIRTEL_MONEY = 2, /**< `airtel_money` */
    ESAUTI_ORDER_PAYMENT_FAILED_DATA_PAYMENT_METHOD_CARD = 3, /**< `card` */
    ESAUTI_ORDER_PAYMENT_FAILED_DATA_PAYMENT_METHOD_BANK_TRANSFER = 4, /**< `bank_transfer` */
    ESAUTI_ORDER_PAYMENT_FAILED_DATA_PAYMENT_METHOD_BUY_NOW_PAY_LATER = 5, /**< `buy_now_pay_later` */
} esauti_order_payment_failed_data_payment_method;

/**
 * order_payment_failed_data.payment_method as stored in a struct: `value`, or the text in `other`
 * (owned) when value is 0.
 */
typedef struct esauti_order_payment_failed_data_payment_method_val {
    /**
     * The value; ESAUTI_ORDER_PAYMENT_FAILED_DATA_PAYMENT_METHOD_UNKNOWN_VALUE (0) when the JSON text
     * is not one this SDK version knows (then see `other`).
     */
    esauti_order_payment_failed_data_payment_method value;
    /**
     * When value is ESAUTI_ORDER_PAYMENT_FAILED_DATA_PAYMENT_METHOD_UNKNOWN_VALUE: the JSON text as
     * received, or to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_order_payment_failed_data_payment_method_val;

/**
 * The JSON text of a order_payment_failed_data.payment_method constant, or NULL for an unknown
 * value.
 */
APIC_EXPORT const char *esauti_order_payment_failed_data_payment_method_to_string(esauti_order_payment_failed_data_payment_method value);

/**
 * order_payment_failed_data.reason
 * Why the payment failed.
 */
typedef enum esauti_order_payment_failed_data_reason {
    ESAUTI_ORDER_PAYMENT_FAILED_DATA_REASON_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_ORDER_PAYMENT_FAILED_DATA_REASON_INSUFFICIENT_FUNDS = 1, /**< `insufficient_funds` */
    ESAUTI_ORDER_PAYMENT_FAILED_DATA_REASON_CANCELLED_BY_PAYER = 2, /**< `cancelled_by_payer` */
    ESAUTI_ORDER_PAYMENT_FAILED_DATA_REASON_TIMEOUT = 3, /**< `timeout` */
    ESAUTI_ORDER_PAYMENT_FAILED_DATA_REASON_DECLINED = 4, /**< `declined` */
    ESAUTI_ORDER_PAYMENT_FAILED_DATA_REASON_WRONG_PIN = 5, /**< `wrong_pin` */
    ESAUTI_ORDER_PAYMENT_FAILED_DATA_REASON_PROVIDER_ERROR = 6, /**< `provider_error` */
} esauti_order_payment_failed_data_reason;

/**
 * order_payment_failed_data.reason as stored in a struct: `value`, or the text in `other` (owned)
 * when value is 0.
 */
typedef struct esauti_order_payment_failed_data_reason_val {
    /**
     * The value; ESAUTI_ORDER_PAYMENT_FAILED_DATA_REASON_UNKNOWN_VALUE (0) when the JSON text is not
     * one this SDK version knows (then see `other`).
     */
    esauti_order_payment_failed_data_reason value;
    /**
     * When value is ESAUTI_ORDER_PAYMENT_FAILED_DATA_REASON_UNKNOWN_VALUE: the JSON text as received,
     * or to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_order_payment_failed_data_reason_val;

/** The JSON text of a order_payment_failed_data.reason constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_order_payment_failed_data_reason_to_string(esauti_order_payment_failed_data_reason value);

/**
 * order_updated_data.updated_by
 * Who made the change.
 */
typedef enum esauti_order_updated_data_updated_by {
    ESAUTI_ORDER_UPDATED_DATA_UPDATED_BY_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_ORDER_UPDATED_DATA_UPDATED_BY_CUSTOMER = 1, /**< `customer` */
    ESAUTI_ORDER_UPDATED_DATA_UPDATED_BY_STAFF = 2, /**< `staff` */
    ESAUTI_ORDER_UPDATED_DATA_UPDATED_BY_SYSTEM = 3, /**< `system` */
} esauti_order_updated_data_updated_by;

/**
 * order_updated_data.updated_by as stored in a struct: `value`, or the text in `other` (owned)
 * when value is 0.
 */
typedef struct esauti_order_updated_data_updated_by_val {
    /**
     * The value; ESAUTI_ORDER_UPDATED_DATA_UPDATED_BY_UNKNOWN_VALUE (0) when the JSON text is not one
     * this SDK version knows (then see `other`).
     */
    esauti_order_updated_data_updated_by value;
    /**
     * When value is ESAUTI_ORDER_UPDATED_DATA_UPDATED_BY_UNKNOWN_VALUE: the JSON text as received, or
     * to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_order_updated_data_updated_by_val;

/** The JSON text of a order_updated_data.updated_by constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_order_updated_data_updated_by_to_string(esauti_order_updated_data_updated_by value);

/**
 * order_delivered_data.method
 * How the order was handed over.
 */
typedef enum esauti_order_delivered_data_method {
    ESAUTI_ORDER_DELIVERED_DATA_METHOD_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_ORDER_DELIVERED_DATA_METHOD_HOME_DELIVERY = 1, /**< `home_delivery` */
    ESAUTI_ORDER_DELIVERED_DATA_METHOD_PICKUP_POINT = 2, /**< `pickup_point` */
    ESAUTI_ORDER_DELIVERED_DATA_METHOD_STORE_PICKUP = 3, /**< `store_pickup` */
    ESAUTI_ORDER_DELIVERED_DATA_METHOD_COURIER = 4, /**< `courier` */
} esauti_order_delivered_data_method;

/**
 * order_delivered_data.method as stored in a struct: `value`, or the text in `other` (owned) when
 * value is 0.
 */
typedef struct esauti_order_delivered_data_method_val {
    /**
     * The value; ESAUTI_ORDER_DELIVERED_DATA_METHOD_UNKNOWN_VALUE (0) when the JSON text is not one
     * this SDK version knows (then see `other`).
     */
    esauti_order_delivered_data_method value;
    /**
     * When value is ESAUTI_ORDER_DELIVERED_DATA_METHOD_UNKNOWN_VALUE: the JSON text as received, or to
     * send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_order_delivered_data_method_val;

/** The JSON text of a order_delivered_data.method constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_order_delivered_data_method_to_string(esauti_order_delivered_data_method value);

/**
 * order_delivery_failed_data.reason
 * Why delivery failed.
 */
typedef enum esauti_order_delivery_failed_data_reason {
    ESAUTI_ORDER_DELIVERY_FAILED_DATA_REASON_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_ORDER_DELIVERY_FAILED_DATA_REASON_CUSTOMER_UNREACHABLE = 1, /**< `customer_unreachable` */
    ESAUTI_ORDER_DELIVERY_FAILED_DATA_REASON_CUSTOMER_ABSENT = 2, /**< `customer_absent` */
    ESAUTI_ORDER_DELIVERY_FAILED_DATA_REASON_WRONG_ADDRESS = 3, /**< `wrong_address` */
    ESAUTI_ORDER_DELIVERY_FAILED_DATA_REASON_REFUSED = 4, /**< `refused` */
    ESAUTI_ORDER_DELIVERY_FAILED_DATA_REASON_PAYMENT_NOT_READY = 5, /**< `payment_not_ready` */
    ESAUTI_ORDER_DELIVERY_FAILED_DATA_REASON_DAMAGED = 6, /**< `damaged` */
} esauti_order_delivery_failed_data_reason;

/**
 * order_delivery_failed_data.reason as stored in a struct: `value`, or the text in `other` (owned)
 * when value is 0.
 */
typedef struct esauti_order_delivery_failed_data_reason_val {
    /**
     * The value; ESAUTI_ORDER_DELIVERY_FAILED_DATA_REASON_UNKNOWN_VALUE (0) when the JSON text is not
     * one this SDK version knows (then see `other`).
     */
    esauti_order_delivery_failed_data_reason value;
    /**
     * When value is ESAUTI_ORDER_DELIVERY_FAILED_DATA_REASON_UNKNOWN_VALUE: the JSON text as received,
     * or to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_order_delivery_failed_data_reason_val;

/** The JSON text of a order_delivery_failed_data.reason constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_order_delivery_failed_data_reason_to_string(esauti_order_delivery_failed_data_reason value);

/**
 * order_cancelled_data.cancelled_by
 * Who cancelled the order.
 */
typedef enum esauti_order_cancelled_data_cancelled_by {
    ESAUTI_ORDER_CANCELLED_DATA_CANCELLED_BY_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_ORDER_CANCELLED_DATA_CANCELLED_BY_CUSTOMER = 1, /**< `customer` */
    ESAUTI_ORDER_CANCELLED_DATA_CANCELLED_BY_STAFF = 2, /**< `staff` */
    ESAUTI_ORDER_CANCELLED_DATA_CANCELLED_BY_SYSTEM = 3, /**< `system` */
} esauti_order_cancelled_data_cancelled_by;

/**
 * order_cancelled_data.cancelled_by as stored in a struct: `value`, or the text in `other` (owned)
 * when value is 0.
 */
typedef struct esauti_order_cancelled_data_cancelled_by_val {
    /**
     * The value; ESAUTI_ORDER_CANCELLED_DATA_CANCELLED_BY_UNKNOWN_VALUE (0) when the JSON text is not
     * one this SDK version knows (then see `other`).
     */
    esauti_order_cancelled_data_cancelled_by value;
    /**
     * When value is ESAUTI_ORDER_CANCELLED_DATA_CANCELLED_BY_UNKNOWN_VALUE: the JSON text as received,
     * or to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_order_cancelled_data_cancelled_by_val;

/** The JSON text of a order_cancelled_data.cancelled_by constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_order_cancelled_data_cancelled_by_to_string(esauti_order_cancelled_data_cancelled_by value);

/**
 * order_cancelled_data.reason
 * Why the order was cancelled.
 */
typedef enum esauti_order_cancelled_data_reason {
    ESAUTI_ORDER_CANCELLED_DATA_REASON_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_ORDER_CANCELLED_DATA_REASON_CUSTOMER_REQUEST = 1, /**< `customer_request` */
    ESAUTI_ORDER_CANCELLED_DATA_REASON_PAYMENT_NOT_RECEIVED = 2, /**< `payment_not_received` */
    ESAUTI_ORDER_CANCELLED_DATA_REASON_OUT_OF_STOCK = 3, /**< `out_of_stock` */
    ESAUTI_ORDER_CANCELLED_DATA_REASON_FRAUD_SUSPECTED = 4, /**< `fraud_suspected` */
    ESAUTI_ORDER_CANCELLED_DATA_REASON_DELIVERY_FAILED = 5, /**< `delivery_failed` */
    ESAUTI_ORDER_CANCELLED_DATA_REASON_OTHER = 6, /**< `other` */
} esauti_order_cancelled_data_reason;

/**
 * order_cancelled_data.reason as stored in a struct: `value`, or the text in `other` (owned) when
 * value is 0.
 */
typedef struct esauti_order_cancelled_data_reason_val {
    /**
     * The value; ESAUTI_ORDER_CANCELLED_DATA_REASON_UNKNOWN_VALUE (0) when the JSON text is not one
     * this SDK version knows (then see `other`).
     */
    esauti_order_cancelled_data_reason value;
    /**
     * When value is ESAUTI_ORDER_CANCELLED_DATA_REASON_UNKNOWN_VALUE: the JSON text as received, or to
     * send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_order_cancelled_data_reason_val;

/** The JSON text of a order_cancelled_data.reason constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_order_cancelled_data_reason_to_string(esauti_order_cancelled_data_reason value);

/**
 * order_held_data.reason
 * Why the order is on hold.
 */
typedef enum esauti_order_held_data_reason {
    ESAUTI_ORDER_HELD_DATA_REASON_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_ORDER_HELD_DATA_REASON_FRAUD_REVIEW = 1, /**< `fraud_review` */
    ESAUTI_ORDER_HELD_DATA_REASON_AWAITING_STOCK = 2, /**< `awaiting_stock` */
    ESAUTI_ORDER_HELD_DATA_REASON_ADDRESS_CHECK = 3, /**< `address_check` */
    ESAUTI_ORDER_HELD_DATA_REASON_CUSTOMER_REQUEST = 4, /**< `customer_request` */
    ESAUTI_ORDER_HELD_DATA_REASON_PAYMENT_REVIEW = 5, /**< `payment_review` */
} esauti_order_held_data_reason;

/**
 * order_held_data.reason as stored in a struct: `value`, or the text in `other` (owned) when value
 * is 0.
 */
typedef struct esauti_order_held_data_reason_val {
    /**
     * The value; ESAUTI_ORDER_HELD_DATA_REASON_UNKNOWN_VALUE (0) when the JSON text is not one this
     * SDK version knows (then see `other`).
     */
    esauti_order_held_data_reason value;
    /**
     * When value is ESAUTI_ORDER_HELD_DATA_REASON_UNKNOWN_VALUE: the JSON text as received, or to
     * send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_order_held_data_reason_val;

/** The JSON text of a order_held_data.reason constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_order_held_data_reason_to_string(esauti_order_held_data_reason value);

/**
 * order_reordered_data.source
 * Where the customer pressed reorder.
 */
typedef enum esauti_order_reordered_data_source {
    ESAUTI_ORDER_REORDERED_DATA_SOURCE_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_ORDER_REORDERED_DATA_SOURCE_ACCOUNT_PAGE = 1, /**< `account_page` */
    ESAUTI_ORDER_REORDERED_DATA_SOURCE_REMINDER_SMS = 2, /**< `reminder_sms` */
    ESAUTI_ORDER_REORDERED_DATA_SOURCE_REMINDER_EMAIL = 3, /**< `reminder_email` */
    ESAUTI_ORDER_REORDERED_DATA_SOURCE_WHATSAPP = 4, /**< `whatsapp` */
    ESAUTI_ORDER_REORDERED_DATA_SOURCE_APP = 5, /**< `app` */
} esauti_order_reordered_data_source;

/**
 * order_reordered_data.source as stored in a struct: `value`, or the text in `other` (owned) when
 * value is 0.
 */
typedef struct esauti_order_reordered_data_source_val {
    /**
     * The value; ESAUTI_ORDER_REORDERED_DATA_SOURCE_UNKNOWN_VALUE (0) when the JSON text is not one
     * this SDK version knows (then see `other`).
     */
    esauti_order_reordered_data_source value;
    /**
     * When value is ESAUTI_ORDER_REORDERED_DATA_SOURCE_UNKNOWN_VALUE: the JSON text as received, or to
     * send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_order_reordered_data_source_val;

/** The JSON text of a order_reordered_data.source constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_order_reordered_data_source_to_string(esauti_order_reordered_data_source value);

/**
 * order_refunded_data.refund_method
 * Where the money went back to.
 */
typedef enum esauti_order_refunded_data_refund_method {
    ESAUTI_ORDER_REFUNDED_DATA_REFUND_METHOD_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_ORDER_REFUNDED_DATA_REFUND_METHOD_MPESA = 1, /**< `mpesa` */
    ESAUTI_ORDER_REFUNDED_DATA_REFUND_METHOD_AIRTEL_MONEY = 2, /**< `airtel_money` */
    ESAUTI_ORDER_REFUNDED_DATA_REFUND_METHOD_CARD = 3, /**< `card` */
    ESAUTI_ORDER_REFUNDED_DATA_REFUND_METHOD_BANK_TRANSFER = 4, /**< `bank_transfer` */
    ESAUTI_ORDER_REFUNDED_DATA_REFUND_METHOD_STORE_CREDIT = 5, /**< `store_credit` */
} esauti_order_refunded_data_refund_method;

/**
 * order_refunded_data.refund_method as stored in a struct: `value`, or the text in `other` (owned)
 * when value is 0.
 */
typedef struct esauti_order_refunded_data_refund_method_val {
    /**
     * The value; ESAUTI_ORDER_REFUNDED_DATA_REFUND_METHOD_UNKNOWN_VALUE (0) when the JSON text is not
     * one this SDK version knows (then see `other`).
     */
    esauti_order_refunded_data_refund_method value;
    /**
     * When value is ESAUTI_ORDER_REFUNDED_DATA_REFUND_METHOD_UNKNOWN_VALUE: the JSON text as received,
     * or to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_order_refunded_data_refund_method_val;

/** The JSON text of a order_refunded_data.refund_method constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_order_refunded_data_refund_method_to_string(esauti_order_refunded_data_refund_method value);

/**
 * payment_initiated_data.method
 * How the customer is paying.
 */
typedef enum esauti_payment_initiated_data_method {
    ESAUTI_PAYMENT_INITIATED_DATA_METHOD_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_PAYMENT_INITIATED_DATA_METHOD_MPESA = 1, /**< `mpesa` */
    ESAUTI_PAYMENT_INITIATED_DATA_METHOD_AIRTEL_MONEY = 2, /**< `airtel_money` */
    ESAUTI_PAYMENT_INITIATED_DATA_METHOD_CARD = 3, /**< `card` */
    ESAUTI_PAYMENT_INITIATED_DATA_METHOD_BANK_TRANSFER = 4, /**< `bank_transfer` */
    ESAUTI_PAYMENT_INITIATED_DATA_METHOD_WALLET = 5, /**< `wallet` */
} esauti_payment_initiated_data_method;

/**
 * payment_initiated_data.method as stored in a struct: `value`, or the text in `other` (owned)
 * when value is 0.
 */
typedef struct esauti_payment_initiated_data_method_val {
    /**
     * The value; ESAUTI_PAYMENT_INITIATED_DATA_METHOD_UNKNOWN_VALUE (0) when the JSON text is not one
     * this SDK version knows (then see `other`).
     */
    esauti_payment_initiated_data_method value;
    /**
     * When value is ESAUTI_PAYMENT_INITIATED_DATA_METHOD_UNKNOWN_VALUE: the JSON text as received, or
     * to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_payment_initiated_data_method_val;

/** The JSON text of a payment_initiated_data.method constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_payment_initiated_data_method_to_string(esauti_payment_initiated_data_method value);

/**
 * payment_authorized_data.card_brand
 * Brand of the card.
 */
typedef enum esauti_payment_authorized_data_card_brand {
    ESAUTI_PAYMENT_AUTHORIZED_DATA_CARD_BRAND_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_PAYMENT_AUTHORIZED_DATA_CARD_BRAND_VISA = 1, /**< `visa` */
    ESAUTI_PAYMENT_AUTHORIZED_DATA_CARD_BRAND_MASTERCARD = 2, /**< `mastercard` */
    ESAUTI_PAYMENT_AUTHORIZED_DATA_CARD_BRAND_AMEX = 3, /**< `amex` */
    ESAUTI_PAYMENT_AUTHORIZED_DATA_CARD_BRAND_OTHER = 4, /**< `other` */
} esauti_payment_authorized_data_card_brand;

/**
 * payment_authorized_data.card_brand as stored in a struct: `value`, or the text in `other`
 * (owned) when value is 0.
 */
typedef struct esauti_payment_authorized_data_card_brand_val {
    /**
     * The value; ESAUTI_PAYMENT_AUTHORIZED_DATA_CARD_BRAND_UNKNOWN_VALUE (0) when the JSON text is not
     * one this SDK version knows (then see `other`).
     */
    esauti_payment_authorized_data_card_brand value;
    /**
     * When value is ESAUTI_PAYMENT_AUTHORIZED_DATA_CARD_BRAND_UNKNOWN_VALUE: the JSON text as
     * received, or to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_payment_authorized_data_card_brand_val;

/** The JSON text of a payment_authorized_data.card_brand constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_payment_authorized_data_card_brand_to_string(esauti_payment_authorized_data_card_brand value);

/**
 * payment_succeeded_data.method
 * How the customer paid.
 */
typedef enum esauti_payment_succeeded_data_method {
    ESAUTI_PAYMENT_SUCCEEDED_DATA_METHOD_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_PAYMENT_SUCCEEDED_DATA_METHOD_MPESA = 1, /**< `mpesa` */
    ESAUTI_PAYMENT_SUCCEEDED_DATA_METHOD_AIRTEL_MONEY = 2, /**< `airtel_money` */
    ESAUTI_PAYMENT_SUCCEEDED_DATA_METHOD_CARD = 3, /**< `card` */
    ESAUTI_PAYMENT_SUCCEEDED_DATA_METHOD_BANK_TRANSFER = 4, /**< `bank_transfer` */
    ESAUTI_PAYMENT_SUCCEEDED_DATA_METHOD_WALLET = 5, /**< `wallet` */
    ESAUTI_PAYMENT_SUCCEEDED_DATA_METHOD_CASH_ON_DELIVERY = 6, /**< `cash_on_delivery` */
} esauti_payment_succeeded_data_method;

/**
 * payment_succeeded_data.method as stored in a struct: `value`, or the text in `other` (owned)
 * when value is 0.
 */
typedef struct esauti_payment_succeeded_data_method_val {
    /**
     * The value; ESAUTI_PAYMENT_SUCCEEDED_DATA_METHOD_UNKNOWN_VALUE (0) when the JSON text is not one
     * this SDK version knows (then see `other`).
     */
    esauti_payment_succeeded_data_method value;
    /**
     * When value is ESAUTI_PAYMENT_SUCCEEDED_DATA_METHOD_UNKNOWN_VALUE: the JSON text as received, or
     * to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_payment_succeeded_data_method_val;

/** The JSON text of a payment_succeeded_data.method constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_payment_succeeded_data_method_to_string(esauti_payment_succeeded_data_method value);

/**
 * payment_failed_data.method
 * How the customer tried to pay.
 */
typedef enum esauti_payment_failed_data_method {
    ESAUTI_PAYMENT_FAILED_DATA_METHOD_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_PAYMENT_FAILED_DATA_METHOD_MPESA = 1, /**< `mpesa` */
    ESAUTI_PAYMENT_FAILED_DATA_METHOD_AIRTEL_MONEY = 2, /**< `airtel_money` */
    ESAUTI_PAYMENT_FAILED_DATA_METHOD_CARD = 3, /**< `card` */
    ESAUTI_PAYMENT_FAILED_DATA_METHOD_BANK_TRANSFER = 4, /**< `bank_transfer` */
    ESAUTI_PAYMENT_FAILED_DATA_METHOD_WALLET = 5, /**< `wallet` */
} esauti_payment_failed_data_method;

/**
 * payment_failed_data.method as stored in a struct: `value`, or the text in `other` (owned) when
 * value is 0.
 */
typedef struct esauti_payment_failed_data_method_val {
    /**
     * The value; ESAUTI_PAYMENT_FAILED_DATA_METHOD_UNKNOWN_VALUE (0) when the JSON text is not one
     * this SDK version knows (then see `other`).
     */
    esauti_payment_failed_data_method value;
    /**
     * When value is ESAUTI_PAYMENT_FAILED_DATA_METHOD_UNKNOWN_VALUE: the JSON text as received, or to
     * send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_payment_failed_data_method_val;

/** The JSON text of a payment_failed_data.method constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_payment_failed_data_method_to_string(esauti_payment_failed_data_method value);

/**
 * payment_failed_data.failure_reason
 * Why the payment failed.
 */
typedef enum esauti_payment_failed_data_failure_reason {
    ESAUTI_PAYMENT_FAILED_DATA_FAILURE_REASON_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_PAYMENT_FAILED_DATA_FAILURE_REASON_INSUFFICIENT_FUNDS = 1, /**< `insufficient_funds` */
    ESAUTI_PAYMENT_FAILED_DATA_FAILURE_REASON_DECLINED = 2, /**< `declined` */
    ESAUTI_PAYMENT_FAILED_DATA_FAILURE_REASON_TIMEOUT = 3, /**< `timeout` */
    ESAUTI_PAYMENT_FAILED_DATA_FAILURE_REASON_WRONG_PIN = 4, /**< `wrong_pin` */
    ESAUTI_PAYMENT_FAILED_DATA_FAILURE_REASON_LIMIT_EXCEEDED = 5, /**< `limit_exceeded` */
    ESAUTI_PAYMENT_FAILED_DATA_FAILURE_REASON_NETWORK_ERROR = 6, /**< `network_error` */
    ESAUTI_PAYMENT_FAILED_DATA_FAILURE_REASON_OTHER = 7, /**< `other` */
} esauti_payment_failed_data_failure_reason;

/**
 * payment_failed_data.failure_reason as stored in a struct: `value`, or the text in `other`
 * (owned) when value is 0.
 */
typedef struct esauti_payment_failed_data_failure_reason_val {
    /**
     * The value; ESAUTI_PAYMENT_FAILED_DATA_FAILURE_REASON_UNKNOWN_VALUE (0) when the JSON text is not
     * one this SDK version knows (then see `other`).
     */
    esauti_payment_failed_data_failure_reason value;
    /**
     * When value is ESAUTI_PAYMENT_FAILED_DATA_FAILURE_REASON_UNKNOWN_VALUE: the JSON text as
     * received, or to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_payment_failed_data_failure_reason_val;

/** The JSON text of a payment_failed_data.failure_reason constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_payment_failed_data_failure_reason_to_string(esauti_payment_failed_data_failure_reason value);

/**
 * payment_cancelled_data.cancelled_by
 * Who cancelled the payment.
 */
typedef enum esauti_payment_cancelled_data_cancelled_by {
    ESAUTI_PAYMENT_CANCELLED_DATA_CANCELLED_BY_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_PAYMENT_CANCELLED_DATA_CANCELLED_BY_CUSTOMER = 1, /**< `customer` */
    ESAUTI_PAYMENT_CANCELLED_DATA_CANCELLED_BY_MERCHANT = 2, /**< `merchant` */
    ESAUTI_PAYMENT_CANCELLED_DATA_CANCELLED_BY_SYSTEM = 3, /**< `system` */
} esauti_payment_cancelled_data_cancelled_by;

/**
 * payment_cancelled_data.cancelled_by as stored in a struct: `value`, or the text in `other`
 * (owned) when value is 0.
 */
typedef struct esauti_payment_cancelled_data_cancelled_by_val {
    /**
     * The value; ESAUTI_PAYMENT_CANCELLED_DATA_CANCELLED_BY_UNKNOWN_VALUE (0) when the JSON text is
     * not one this SDK version knows (then see `other`).
     */
    esauti_payment_cancelled_data_cancelled_by value;
    /**
     * When value is ESAUTI_PAYMENT_CANCELLED_DATA_CANCELLED_BY_UNKNOWN_VALUE: the JSON text as
     * received, or to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_payment_cancelled_data_cancelled_by_val;

/** The JSON text of a payment_cancelled_data.cancelled_by constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_payment_cancelled_data_cancelled_by_to_string(esauti_payment_cancelled_data_cancelled_by value);

/**
 * payment_method_added_data.method
 * Kind of payment method.
 */
typedef enum esauti_payment_method_added_data_method {
    ESAUTI_PAYMENT_METHOD_ADDED_DATA_METHOD_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_PAYMENT_METHOD_ADDED_DATA_METHOD_CARD = 1, /**< `card` */
    ESAUTI_PAYMENT_METHOD_ADDED_DATA_METHOD_MPESA = 2, /**< `mpesa` */
    ESAUTI_PAYMENT_METHOD_ADDED_DATA_METHOD_AIRTEL_MONEY = 3, /**< `airtel_money` */
    ESAUTI_PAYMENT_METHOD_ADDED_DATA_METHOD_BANK_ACCOUNT = 4, /**< `bank_account` */
} esauti_payment_method_added_data_method;

/**
 * payment_method_added_data.method as stored in a struct: `value`, or the text in `other` (owned)
 * when value is 0.
 */
typedef struct esauti_payment_method_added_data_method_val {
    /**
     * The value; ESAUTI_PAYMENT_METHOD_ADDED_DATA_METHOD_UNKNOWN_VALUE (0) when the JSON text is not
     * one this SDK version knows (then see `other`).
     */
    esauti_payment_method_added_data_method value;
    /**
     * When value is ESAUTI_PAYMENT_METHOD_ADDED_DATA_METHOD_UNKNOWN_VALUE: the JSON text as received,
     * or to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_payment_method_added_data_method_val;

/** The JSON text of a payment_method_added_data.method constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_payment_method_added_data_method_to_string(esauti_payment_method_added_data_method value);

/**
 * payment_method_added_data.card_brand
 * Brand of the card (cards only).
 */
typedef enum esauti_payment_method_added_data_card_brand {
    ESAUTI_PAYMENT_METHOD_ADDED_DATA_CARD_BRAND_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_PAYMENT_METHOD_ADDED_DATA_CARD_BRAND_VISA = 1, /**< `visa` */
    ESAUTI_PAYMENT_METHOD_ADDED_DATA_CARD_BRAND_MASTERCARD = 2, /**< `mastercard` */
    ESAUTI_PAYMENT_METHOD_ADDED_DATA_CARD_BRAND_AMEX = 3, /**< `amex` */
    ESAUTI_PAYMENT_METHOD_ADDED_DATA_CARD_BRAND_OTHER = 4, /**< `other` */
} esauti_payment_method_added_data_card_brand;

/**
 * payment_method_added_data.card_brand as stored in a struct: `value`, or the text in `other`
 * (owned) when value is 0.
 */
typedef struct esauti_payment_method_added_data_card_brand_val {
    /**
     * The value; ESAUTI_PAYMENT_METHOD_ADDED_DATA_CARD_BRAND_UNKNOWN_VALUE (0) when the JSON text is
     * not one this SDK version knows (then see `other`).
     */
    esauti_payment_method_added_data_card_brand value;
    /**
     * When value is ESAUTI_PAYMENT_METHOD_ADDED_DATA_CARD_BRAND_UNKNOWN_VALUE: the JSON text as
     * received, or to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_payment_method_added_data_card_brand_val;

/** The JSON text of a payment_method_added_data.card_brand constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_payment_method_added_data_card_brand_to_string(esauti_payment_method_added_data_card_brand value);

/**
 * payment_method_removed_data.method
 * Kind of payment method.
 */
typedef enum esauti_payment_method_removed_data_method {
    ESAUTI_PAYMENT_METHOD_REMOVED_DATA_METHOD_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_PAYMENT_METHOD_REMOVED_DATA_METHOD_CARD = 1, /**< `card` */
    ESAUTI_PAYMENT_METHOD_REMOVED_DATA_METHOD_MPESA = 2, /**< `mpesa` */
    ESAUTI_PAYMENT_METHOD_REMOVED_DATA_METHOD_AIRTEL_MONEY = 3, /**< `airtel_money` */
    ESAUTI_PAYMENT_METHOD_REMOVED_DATA_METHOD_BANK_ACCOUNT = 4, /**< `bank_account` */
} esauti_payment_method_removed_data_method;

/**
 * payment_method_removed_data.method as stored in a struct: `value`, or the text in `other`
 * (owned) when value is 0.
 */
typedef struct esauti_payment_method_removed_data_method_val {
    /**
     * The value; ESAUTI_PAYMENT_METHOD_REMOVED_DATA_METHOD_UNKNOWN_VALUE (0) when the JSON text is not
     * one this SDK version knows (then see `other`).
     */
    esauti_payment_method_removed_data_method value;
    /**
     * When value is ESAUTI_PAYMENT_METHOD_REMOVED_DATA_METHOD_UNKNOWN_VALUE: the JSON text as
     * received, or to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_payment_method_removed_data_method_val;

/** The JSON text of a payment_method_removed_data.method constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_payment_method_removed_data_method_to_string(esauti_payment_method_removed_data_method value);

/**
 * payment_method_removed_data.reason
 * Why the method was removed.
 */
typedef enum esauti_payment_method_removed_data_reason {
    ESAUTI_PAYMENT_METHOD_REMOVED_DATA_REASON_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_PAYMENT_METHOD_REMOVED_DATA_REASON_CUSTOMER_REQUEST = 1, /**< `customer_request` */
    ESAUTI_PAYMENT_METHOD_REMOVED_DATA_REASON_EXPIRED = 2, /**< `expired` */
    ESAUTI_PAYMENT_METHOD_REMOVED_DATA_REASON_REPLACED = 3, /**< `replaced` */
    ESAUTI_PAYMENT_METHOD_REMOVED_DATA_REASON_FRAUD_SUSPECTED = 4, /**< `fraud_suspected` */
} esauti_payment_method_removed_data_reason;

/**
 * payment_method_removed_data.reason as stored in a struct: `value`, or the text in `other`
 * (owned) when value is 0.
 */
typedef struct esauti_payment_method_removed_data_reason_val {
    /**
     * The value; ESAUTI_PAYMENT_METHOD_REMOVED_DATA_REASON_UNKNOWN_VALUE (0) when the JSON text is not
     * one this SDK version knows (then see `other`).
     */
    esauti_payment_method_removed_data_reason value;
    /**
     * When value is ESAUTI_PAYMENT_METHOD_REMOVED_DATA_REASON_UNKNOWN_VALUE: the JSON text as
     * received, or to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_payment_method_removed_data_reason_val;

/** The JSON text of a payment_method_removed_data.reason constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_payment_method_removed_data_reason_to_string(esauti_payment_method_removed_data_reason value);

/**
 * payment_method_removed_data.removed_by
 * Who removed it.
 */
typedef enum esauti_payment_method_removed_data_removed_by {
    ESAUTI_PAYMENT_METHOD_REMOVED_DATA_REMOVED_BY_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_PAYMENT_METHOD_REMOVED_DATA_REMOVED_BY_CUSTOMER = 1, /**< `customer` */
    ESAUTI_PAYMENT_METHOD_REMOVED_DATA_REMOVED_BY_MERCHANT = 2, /**< `merchant` */
    ESAUTI_PAYMENT_METHOD_REMOVED_DATA_REMOVED_BY_SYSTEM = 3, /**< `system` */
} esauti_payment_method_removed_data_removed_by;

/**
 * payment_method_removed_data.removed_by as stored in a struct: `value`, or the text in `other`
 * (owned) when value is 0.
 */
typedef struct esauti_payment_method_removed_data_removed_by_val {
    /**
     * The value; ESAUTI_PAYMENT_METHOD_REMOVED_DATA_REMOVED_BY_UNKNOWN_VALUE (0) when the JSON text is
     * not one this SDK version knows (then see `other`).
     */
    esauti_payment_method_removed_data_removed_by value;
    /**
     * When value is ESAUTI_PAYMENT_METHOD_REMOVED_DATA_REMOVED_BY_UNKNOWN_VALUE: the JSON text as
     * received, or to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_payment_method_removed_data_removed_by_val;

/**
 * The JSON text of a payment_method_removed_data.removed_by constant, or NULL for an unknown
 * value.
 */
APIC_EXPORT const char *esauti_payment_method_removed_data_removed_by_to_string(esauti_payment_method_removed_data_removed_by value);

/**
 * payment_disputed_data.reason
 * The reason the customer gave.
 */
typedef enum esauti_payment_disputed_data_reason {
    ESAUTI_PAYMENT_DISPUTED_DATA_REASON_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_PAYMENT_DISPUTED_DATA_REASON_FRAUDULENT = 1, /**< `fraudulent` */
    ESAUTI_PAYMENT_DISPUTED_DATA_REASON_PRODUCT_NOT_RECEIVED = 2, /**< `product_not_received` */
    ESAUTI_PAYMENT_DISPUTED_DATA_REASON_PRODUCT_NOT_AS_DESCRIBED = 3, /**< `product_not_as_described` */
    ESAUTI_PAYMENT_DISPUTED_DATA_REASON_DUPLICATE = 4, /**< `duplicate` */
    ESAUTI_PAYMENT_DISPUTED_DATA_REASON_SUBSCRIPTION_CANCELLED = 5, /**< `subscription_cancelled` */
    ESAUTI_PAYMENT_DISPUTED_DATA_REASON_OTHER = 6, /**< `other` */
} esauti_payment_disputed_data_reason;

/**
 * payment_disputed_data.reason as stored in a struct: `value`, or the text in `other` (owned) when
 * value is 0.
 */
typedef struct esauti_payment_disputed_data_reason_val {
    /**
     * The value; ESAUTI_PAYMENT_DISPUTED_DATA_REASON_UNKNOWN_VALUE (0) when the JSON text is not one
     * this SDK version knows (then see `other`).
     */
    esauti_payment_disputed_data_reason value;
    /**
     * When value is ESAUTI_PAYMENT_DISPUTED_DATA_REASON_UNKNOWN_VALUE: the JSON text as received, or
     * to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_payment_disputed_data_reason_val;

/** The JSON text of a payment_disputed_data.reason constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_payment_disputed_data_reason_to_string(esauti_payment_disputed_data_reason value);

/**
 * payment_disputed_data.status
 * Where the dispute stands.
 */
typedef enum esauti_payment_disputed_data_status {
    ESAUTI_PAYMENT_DISPUTED_DATA_STATUS_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_PAYMENT_DISPUTED_DATA_STATUS_NEEDS_RESPONSE = 1, /**< `needs_response` */
    ESAUTI_PAYMENT_DISPUTED_DATA_STATUS_UNDER_REVIEW = 2, /**< `under_review` */
} esauti_payment_disputed_data_status;

/**
 * payment_disputed_data.status as stored in a struct: `value`, or the text in `other` (owned) when
 * value is 0.
 */
typedef struct esauti_payment_disputed_data_status_val {
    /**
     * The value; ESAUTI_PAYMENT_DISPUTED_DATA_STATUS_UNKNOWN_VALUE (0) when the JSON text is not one
     * this SDK version knows (then see `other`).
     */
    esauti_payment_disputed_data_status value;
    /**
     * When value is ESAUTI_PAYMENT_DISPUTED_DATA_STATUS_UNKNOWN_VALUE: the JSON text as received, or
     * to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_payment_disputed_data_status_val;

/** The JSON text of a payment_disputed_data.status constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_payment_disputed_data_status_to_string(esauti_payment_disputed_data_status value);

/**
 * refund_requested_data.reason
 * Why the refund was requested.
 */
typedef enum esauti_refund_requested_data_reason {
    ESAUTI_REFUND_REQUESTED_DATA_REASON_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_REFUND_REQUESTED_DATA_REASON_DAMAGED_ITEM = 1, /**< `damaged_item` */
    ESAUTI_REFUND_REQUESTED_DATA_REASON_WRONG_ITEM = 2, /**< `wrong_item` */
    ESAUTI_REFUND_REQUESTED_DATA_REASON_NOT_DELIVERED = 3, /**< `not_delivered` */
    ESAUTI_REFUND_REQUESTED_DATA_REASON_CHANGED_MIND = 4, /**< `changed_mind` */
    ESAUTI_REFUND_REQUESTED_DATA_REASON_DUPLICATE_PAYMENT = 5, /**< `duplicate_payment` */
    ESAUTI_REFUND_REQUESTED_DATA_REASON_OTHER = 6, /**< `other` */
} esauti_refund_requested_data_reason;

/**
 * refund_requested_data.reason as stored in a struct: `value`, or the text in `other` (owned) when
 * value is 0.
 */
typedef struct esauti_refund_requested_data_reason_val {
    /**
     * The value; ESAUTI_REFUND_REQUESTED_DATA_REASON_UNKNOWN_VALUE (0) when the JSON text is not one
     * this SDK version knows (then see `other`).
     */
    esauti_refund_requested_data_reason value;
    /**
     * When value is ESAUTI_REFUND_REQUESTED_DATA_REASON_UNKNOWN_VALUE: the JSON text as received, or
     * to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_refund_requested_data_reason_val;

/** The JSON text of a refund_requested_data.reason constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_refund_requested_data_reason_to_string(esauti_refund_requested_data_reason value);

/**
 * refund_requested_data.requested_by
 * Who asked for the refund.
 */
typedef enum esauti_refund_requested_data_requested_by {
    ESAUTI_REFUND_REQUESTED_DATA_REQUESTED_BY_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_REFUND_REQUESTED_DATA_REQUESTED_BY_CUSTOMER = 1, /**< `customer` */
    ESAUTI_REFUND_REQUESTED_DATA_REQUESTED_BY_STAFF = 2, /**< `staff` */
} esauti_refund_requested_data_requested_by;

/**
 * refund_requested_data.requested_by as stored in a struct: `value`, or the text in `other`
 * (owned) when value is 0.
 */
typedef struct esauti_refund_requested_data_requested_by_val {
    /**
     * The value; ESAUTI_REFUND_REQUESTED_DATA_REQUESTED_BY_UNKNOWN_VALUE (0) when the JSON text is not
     * one this SDK version knows (then see `other`).
     */
    esauti_refund_requested_data_requested_by value;
    /**
     * When value is ESAUTI_REFUND_REQUESTED_DATA_REQUESTED_BY_UNKNOWN_VALUE: the JSON text as
     * received, or to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_refund_requested_data_requested_by_val;

/** The JSON text of a refund_requested_data.requested_by constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_refund_requested_data_requested_by_to_string(esauti_refund_requested_data_requested_by value);

/**
 * refund_succeeded_data.destination
 * Where the money was sent.
 */
typedef enum esauti_refund_succeeded_data_destination {
    ESAUTI_REFUND_SUCCEEDED_DATA_DESTINATION_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_REFUND_SUCCEEDED_DATA_DESTINATION_ORIGINAL_METHOD = 1, /**< `original_method` */
    ESAUTI_REFUND_SUCCEEDED_DATA_DESTINATION_MPESA = 2, /**< `mpesa` */
    ESAUTI_REFUND_SUCCEEDED_DATA_DESTINATION_WALLET = 3, /**< `wallet` */
    ESAUTI_REFUND_SUCCEEDED_DATA_DESTINATION_BANK_TRANSFER = 4, /**< `bank_transfer` */
    ESAUTI_REFUND_SUCCEEDED_DATA_DESTINATION_STORE_CREDIT = 5, /**< `store_credit` */
} esauti_refund_succeeded_data_destination;

/**
 * refund_succeeded_data.destination as stored in a struct: `value`, or the text in `other` (owned)
 * when value is 0.
 */
typedef struct esauti_refund_succeeded_data_destination_val {
    /**
     * The value; ESAUTI_REFUND_SUCCEEDED_DATA_DESTINATION_UNKNOWN_VALUE (0) when the JSON text is not
     * one this SDK version knows (then see `other`).
     */
    esauti_refund_succeeded_data_destination value;
    /**
     * When value is ESAUTI_REFUND_SUCCEEDED_DATA_DESTINATION_UNKNOWN_VALUE: the JSON text as received,
     * or to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_refund_succeeded_data_destination_val;

/** The JSON text of a refund_succeeded_data.destination constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_refund_succeeded_data_destination_to_string(esauti_refund_succeeded_data_destination value);

/**
 * refund_failed_data.failure_reason
 * Why the refund failed.
 */
typedef enum esauti_refund_failed_data_failure_reason {
    ESAUTI_REFUND_FAILED_DATA_FAILURE_REASON_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_REFUND_FAILED_DATA_FAILURE_REASON_INVALID_DESTINATION = 1, /**< `invalid_destination` */
    ESAUTI_REFUND_FAILED_DATA_FAILURE_REASON_PROVIDER_ERROR = 2, /**< `provider_error` */
    ESAUTI_REFUND_FAILED_DATA_FAILURE_REASON_INSUFFICIENT_MERCHANT_BALANCE = 3, /**< `insufficient_merchant_balance` */
    ESAUTI_REFUND_FAILED_DATA_FAILURE_REASON_CARD_EXPIRED = 4, /**< `card_expired` */
    ESAUTI_REFUND_FAILED_DATA_FAILURE_REASON_OTHER = 5, /**< `other` */
} esauti_refund_failed_data_failure_reason;

/**
 * refund_failed_data.failure_reason as stored in a struct: `value`, or the text in `other` (owned)
 * when value is 0.
 */
typedef struct esauti_refund_failed_data_failure_reason_val {
    /**
     * The value; ESAUTI_REFUND_FAILED_DATA_FAILURE_REASON_UNKNOWN_VALUE (0) when the JSON text is not
     * one this SDK version knows (then see `other`).
     */
    esauti_refund_failed_data_failure_reason value;
    /**
     * When value is ESAUTI_REFUND_FAILED_DATA_FAILURE_REASON_UNKNOWN_VALUE: the JSON text as received,
     * or to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_refund_failed_data_failure_reason_val;

/** The JSON text of a refund_failed_data.failure_reason constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_refund_failed_data_failure_reason_to_string(esauti_refund_failed_data_failure_reason value);

/**
 * invoice_sent_data.channel
 * How the invoice was sent.
 */
typedef enum esauti_invoice_sent_data_channel {
    ESAUTI_INVOICE_SENT_DATA_CHANNEL_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_INVOICE_SENT_DATA_CHANNEL_EMAIL = 1, /**< `email` */
    ESAUTI_INVOICE_SENT_DATA_CHANNEL_SMS = 2, /**< `sms` */
    ESAUTI_INVOICE_SENT_DATA_CHANNEL_WHATSAPP = 3, /**< `whatsapp` */
} esauti_invoice_sent_data_channel;

/**
 * invoice_sent_data.channel as stored in a struct: `value`, or the text in `other` (owned) when
 * value is 0.
 */
typedef struct esauti_invoice_sent_data_channel_val {
    /**
     * The value; ESAUTI_INVOICE_SENT_DATA_CHANNEL_UNKNOWN_VALUE (0) when the JSON text is not one this
     * SDK version knows (then see `other`).
     */
    esauti_invoice_sent_data_channel value;
    /**
     * When value is ESAUTI_INVOICE_SENT_DATA_CHANNEL_UNKNOWN_VALUE: the JSON text as received, or to
     * send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_invoice_sent_data_channel_val;

/** The JSON text of a invoice_sent_data.channel constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_invoice_sent_data_channel_to_string(esauti_invoice_sent_data_channel value);

/**
 * invoice_viewed_data.viewed_via
 * Where the customer opened it from.
 */
typedef enum esauti_invoice_viewed_data_viewed_via {
    ESAUTI_INVOICE_VIEWED_DATA_VIEWED_VIA_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_INVOICE_VIEWED_DATA_VIEWED_VIA_EMAIL_LINK = 1, /**< `email_link` */
    ESAUTI_INVOICE_VIEWED_DATA_VIEWED_VIA_SMS_LINK = 2, /**< `sms_link` */
    ESAUTI_INVOICE_VIEWED_DATA_VIEWED_VIA_WHATSAPP_LINK = 3, /**< `whatsapp_link` */
    ESAUTI_INVOICE_VIEWED_DATA_VIEWED_VIA_CUSTOMER_PORTAL = 4, /**< `customer_portal` */
} esauti_invoice_viewed_data_viewed_via;

/**
 * invoice_viewed_data.viewed_via as stored in a struct: `value`, or the text in `other` (owned)
 * when value is 0.
 */
typedef struct esauti_invoice_viewed_data_viewed_via_val {
    /**
     * The value; ESAUTI_INVOICE_VIEWED_DATA_VIEWED_VIA_UNKNOWN_VALUE (0) when the JSON text is not one
     * this SDK version knows (then see `other`).
     */
    esauti_invoice_viewed_data_viewed_via value;
    /**
     * When value is ESAUTI_INVOICE_VIEWED_DATA_VIEWED_VIA_UNKNOWN_VALUE: the JSON text as received, or
     * to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_invoice_viewed_data_viewed_via_val;

/** The JSON text of a invoice_viewed_data.viewed_via constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_invoice_viewed_data_viewed_via_to_string(esauti_invoice_viewed_data_viewed_via value);

/**
 * invoice_reminder_sent_data.channel
 * How the reminder was sent.
 */
typedef enum esauti_invoice_reminder_sent_data_channel {
    ESAUTI_INVOICE_REMINDER_SENT_DATA_CHANNEL_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_INVOICE_REMINDER_SENT_DATA_CHANNEL_EMAIL = 1, /**< `email` */
    ESAUTI_INVOICE_REMINDER_SENT_DATA_CHANNEL_SMS = 2, /**< `sms` */
    ESAUTI_INVOICE_REMINDER_SENT_DATA_CHANNEL_WHATSAPP = 3, /**< `whatsapp` */
} esauti_invoice_reminder_sent_data_channel;

/**
 * invoice_reminder_sent_data.channel as stored in a struct: `value`, or the text in `other`
 * (owned) when value is 0.
 */
typedef struct esauti_invoice_reminder_sent_data_channel_val {
    /**
     * The value; ESAUTI_INVOICE_REMINDER_SENT_DATA_CHANNEL_UNKNOWN_VALUE (0) when the JSON text is not
     * one this SDK version knows (then see `other`).
     */
    esauti_invoice_reminder_sent_data_channel value;
    /**
     * When value is ESAUTI_INVOICE_REMINDER_SENT_DATA_CHANNEL_UNKNOWN_VALUE: the JSON text as
     * received, or to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_invoice_reminder_sent_data_channel_val;

/** The JSON text of a invoice_reminder_sent_data.channel constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_invoice_reminder_sent_data_channel_to_string(esauti_invoice_reminder_sent_data_channel value);

/**
 * invoice_partially_paid_data.method
 * How the customer paid.
 */
typedef enum esauti_invoice_partially_paid_data_method {
    ESAUTI_INVOICE_PARTIALLY_PAID_DATA_METHOD_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_INVOICE_PARTIALLY_PAID_DATA_METHOD_MPESA = 1, /**< `mpesa` */
    ESAUTI_INVOICE_PARTIALLY_PAID_DATA_METHOD_AIRTEL_MONEY = 2, /**< `airtel_money` */
    ESAUTI_INVOICE_PARTIALLY_PAID_DATA_METHOD_CARD = 3, /**< `card` */
    ESAUTI_INVOICE_PARTIALLY_PAID_DATA_METHOD_BANK_TRANSFER = 4, /**< `bank_transfer` */
    ESAUTI_INVOICE_PARTIALLY_PAID_DATA_METHOD_WALLET = 5, /**< `wallet` */
} esauti_invoice_partially_paid_data_method;

/**
 * invoice_partially_paid_data.method as stored in a struct: `value`, or the text in `other`
 * (owned) when value is 0.
 */
typedef struct esauti_invoice_partially_paid_data_method_val {
    /**
     * The value; ESAUTI_INVOICE_PARTIALLY_PAID_DATA_METHOD_UNKNOWN_VALUE (0) when the JSON text is not
     * one this SDK version knows (then see `other`).
     */
    esauti_invoice_partially_paid_data_method value;
    /**
     * When value is ESAUTI_INVOICE_PARTIALLY_PAID_DATA_METHOD_UNKNOWN_VALUE: the JSON text as
     * received, or to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_invoice_partially_paid_data_method_val;

/** The JSON text of a invoice_partially_paid_data.method constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_invoice_partially_paid_data_method_to_string(esauti_invoice_partially_paid_data_method value);

/**
 * invoice_voided_data.reason
 * Why the invoice was voided.
 */
typedef enum esauti_invoice_voided_data_reason {
    ESAUTI_INVOICE_VOIDED_DATA_REASON_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_INVOICE_VOIDED_DATA_REASON_ISSUED_IN_ERROR = 1, /**< `issued_in_error` */
    ESAUTI_INVOICE_VOIDED_DATA_REASON_DUPLICATE = 2, /**< `duplicate` */
    ESAUTI_INVOICE_VOIDED_DATA_REASON_ORDER_CANCELLED = 3, /**< `order_cancelled` */
    ESAUTI_INVOICE_VOIDED_DATA_REASON_REPLACED = 4, /**< `replaced` */
    ESAUTI_INVOICE_VOIDED_DATA_REASON_OTHER = 5, /**< `other` */
} esauti_invoice_voided_data_reason;

/**
 * invoice_voided_data.reason as stored in a struct: `value`, or the text in `other` (owned) when
 * value is 0.
 */
typedef struct esauti_invoice_voided_data_reason_val {
    /**
     * The value; ESAUTI_INVOICE_VOIDED_DATA_REASON_UNKNOWN_VALUE (0) when the JSON text is not one
     * this SDK version knows (then see `other`).
     */
    esauti_invoice_voided_data_reason value;
    /**
     * When value is ESAUTI_INVOICE_VOIDED_DATA_REASON_UNKNOWN_VALUE: the JSON text as received, or to
     * send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_invoice_voided_data_reason_val;

/** The JSON text of a invoice_voided_data.reason constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_invoice_voided_data_reason_to_string(esauti_invoice_voided_data_reason value);

/**
 * invoice_written_off_data.reason
 * Why the balance was written off.
 */
typedef enum esauti_invoice_written_off_data_reason {
    ESAUTI_INVOICE_WRITTEN_OFF_DATA_REASON_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_INVOICE_WRITTEN_OFF_DATA_REASON_UNCOLLECTIBLE = 1, /**< `uncollectible` */
    ESAUTI_INVOICE_WRITTEN_OFF_DATA_REASON_CUSTOMER_UNREACHABLE = 2, /**< `customer_unreachable` */
    ESAUTI_INVOICE_WRITTEN_OFF_DATA_REASON_GOODWILL = 3, /**< `goodwill` */
    ESAUTI_INVOICE_WRITTEN_OFF_DATA_REASON_DISPUTE_SETTLED = 4, /**< `dispute_settled` */
} esauti_invoice_written_off_data_reason;

/**
 * invoice_written_off_data.reason as stored in a struct: `value`, or the text in `other` (owned)
 * when value is 0.
 */
typedef struct esauti_invoice_written_off_data_reason_val {
    /**
     * The value; ESAUTI_INVOICE_WRITTEN_OFF_DATA_REASON_UNKNOWN_VALUE (0) when the JSON text is not
     * one this SDK version knows (then see `other`).
     */
    esauti_invoice_written_off_data_reason value;
    /**
     * When value is ESAUTI_INVOICE_WRITTEN_OFF_DATA_REASON_UNKNOWN_VALUE: the JSON text as received,
     * or to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_invoice_written_off_data_reason_val;

/** The JSON text of a invoice_written_off_data.reason constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_invoice_written_off_data_reason_to_string(esauti_invoice_written_off_data_reason value);

/**
 * subscription_created_data.plan.interval
 * How often the customer is billed.
 */
typedef enum esauti_subscription_created_data_plan_interval {
    ESAUTI_SUBSCRIPTION_CREATED_DATA_PLAN_INTERVAL_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_SUBSCRIPTION_CREATED_DATA_PLAN_INTERVAL_WEEK = 1, /**< `week` */
    ESAUTI_SUBSCRIPTION_CREATED_DATA_PLAN_INTERVAL_MONTH = 2, /**< `month` */
    ESAUTI_SUBSCRIPTION_CREATED_DATA_PLAN_INTERVAL_QUARTER = 3, /**< `quarter` */
    ESAUTI_SUBSCRIPTION_CREATED_DATA_PLAN_INTERVAL_YEAR = 4, /**< `year` */
} esauti_subscription_created_data_plan_interval;

/**
 * subscription_created_data.plan.interval as stored in a struct: `value`, or the text in `other`
 * (owned) when value is 0.
 */
typedef struct esauti_subscription_created_data_plan_interval_val {
    /**
     * The value; ESAUTI_SUBSCRIPTION_CREATED_DATA_PLAN_INTERVAL_UNKNOWN_VALUE (0) when the JSON text
     * is not one this SDK version knows (then see `other`).
     */
    esauti_subscription_created_data_plan_interval value;
    /**
     * When value is ESAUTI_SUBSCRIPTION_CREATED_DATA_PLAN_INTERVAL_UNKNOWN_VALUE: the JSON text as
     * received, or to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_subscription_created_data_plan_interval_val;

/**
 * The JSON text of a subscription_created_data.plan.interval constant, or NULL for an unknown
 * value.
 */
APIC_EXPORT const char *esauti_subscription_created_data_plan_interval_to_string(esauti_subscription_created_data_plan_interval value);

/**
 * subscription_created_data.status
 * The subscription's status right after sign-up.
 */
typedef enum esauti_subscription_created_data_status {
    ESAUTI_SUBSCRIPTION_CREATED_DATA_STATUS_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_SUBSCRIPTION_CREATED_DATA_STATUS_TRIALING = 1, /**< `trialing` */
    ESAUTI_SUBSCRIPTION_CREATED_DATA_STATUS_PENDING_PAYMENT = 2, /**< `pending_payment` */
    ESAUTI_SUBSCRIPTION_CREATED_DATA_STATUS_ACTIVE = 3, /**< `active` */
} esauti_subscription_created_data_status;

/**
 * subscription_created_data.status as stored in a struct: `value`, or the text in `other` (owned)
 * when value is 0.
 */
typedef struct esauti_subscription_created_data_status_val {
    /**
     * The value; ESAUTI_SUBSCRIPTION_CREATED_DATA_STATUS_UNKNOWN_VALUE (0) when the JSON text is not
     * one this SDK version knows (then see `other`).
     */
    esauti_subscription_created_data_status value;
    /**
     * When value is ESAUTI_SUBSCRIPTION_CREATED_DATA_STATUS_UNKNOWN_VALUE: the JSON text as received,
     * or to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_subscription_created_data_status_val;

/** The JSON text of a subscription_created_data.status constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_subscription_created_data_status_to_string(esauti_subscription_created_data_status value);

/**
 * subscription_created_data.signup_channel
 * Where the customer signed up.
 */
typedef enum esauti_subscription_created_data_signup_channel {
    ESAUTI_SUBSCRIPTION_CREATED_DATA_SIGNUP_CHANNEL_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_SUBSCRIPTION_CREATED_DATA_SIGNUP_CHANNEL_WEB = 1, /**< `web` */
    ESAUTI_SUBSCRIPTION_CREATED_DATA_SIGNUP_CHANNEL_APP = 2, /**< `app` */
    ESAUTI_SUBSCRIPTION_CREATED_DATA_SIGNUP_CHANNEL_USSD = 3, /**< `ussd` */
    ESAUTI_SUBSCRIPTION_CREATED_DATA_SIGNUP_CHANNEL_SMS = 4, /**< `sms` */
    ESAUTI_SUBSCRIPTION_CREATED_DATA_SIGNUP_CHANNEL_IN_STORE = 5, /**< `in_store` */
    ESAUTI_SUBSCRIPTION_CREATED_DATA_SIGNUP_CHANNEL_SALES_AGENT = 6, /**< `sales_agent` */
} esauti_subscription_created_data_signup_channel;

/**
 * subscription_created_data.signup_channel as stored in a struct: `value`, or the text in `other`
 * (owned) when value is 0.
 */
typedef struct esauti_subscription_created_data_signup_channel_val {
    /**
     * The value; ESAUTI_SUBSCRIPTION_CREATED_DATA_SIGNUP_CHANNEL_UNKNOWN_VALUE (0) when the JSON text
     * is not one this SDK version knows (then see `other`).
     */
    esauti_subscription_created_data_signup_channel value;
    /**
     * When value is ESAUTI_SUBSCRIPTION_CREATED_DATA_SIGNUP_CHANNEL_UNKNOWN_VALUE: the JSON text as
     * received, or to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_subscription_created_data_signup_channel_val;

/**
 * The JSON text of a subscription_created_data.signup_channel constant, or NULL for an unknown
 * value.
 */
APIC_EXPORT const char *esauti_subscription_created_data_signup_channel_to_string(esauti_subscription_created_data_signup_channel value);

/**
 * subscription_trial_ended_data.outcome
 * What happened at the end of the trial.
 */
typedef enum esauti_subscription_trial_ended_data_outcome {
    ESAUTI_SUBSCRIPTION_TRIAL_ENDED_DATA_OUTCOME_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_SUBSCRIPTION_TRIAL_ENDED_DATA_OUTCOME_CONVERTED = 1, /**< `converted` */
    ESAUTI_SUBSCRIPTION_TRIAL_ENDED_DATA_OUTCOME_CANCELLED = 2, /**< `cancelled` */
    ESAUTI_SUBSCRIPTION_TRIAL_ENDED_DATA_OUTCOME_EXPIRED_WITHOUT_PAYMENT = 3, /**< `expired_without_payment` */
} esauti_subscription_trial_ended_data_outcome;

/**
 * subscription_trial_ended_data.outcome as stored in a struct: `value`, or the text in `other`
 * (owned) when value is 0.
 */
typedef struct esauti_subscription_trial_ended_data_outcome_val {
    /**
     * The value; ESAUTI_SUBSCRIPTION_TRIAL_ENDED_DATA_OUTCOME_UNKNOWN_VALUE (0) when the JSON text is
     * not one this SDK version knows (then see `other`).
     */
    esauti_subscription_trial_ended_data_outcome value;
    /**
     * When value is ESAUTI_SUBSCRIPTION_TRIAL_ENDED_DATA_OUTCOME_UNKNOWN_VALUE: the JSON text as
     * received, or to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_subscription_trial_ended_data_outcome_val;

/** The JSON text of a subscription_trial_ended_data.outcome constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_subscription_trial_ended_data_outcome_to_string(esauti_subscription_trial_ended_data_outcome value);

/**
 * subscription_activated_data.billing_interval
 * How often the customer is billed.
 */
typedef enum esauti_subscription_activated_data_billing_interval {
    ESAUTI_SUBSCRIPTION_ACTIVATED_DATA_BILLING_INTERVAL_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_SUBSCRIPTION_ACTIVATED_DATA_BILLING_INTERVAL_WEEK = 1, /**< `week` */
    ESAUTI_SUBSCRIPTION_ACTIVATED_DATA_BILLING_INTERVAL_MONTH = 2, /**< `month` */
    ESAUTI_SUBSCRIPTION_ACTIVATED_DATA_BILLING_INTERVAL_QUARTER = 3, /**< `quarter` */
    ESAUTI_SUBSCRIPTION_ACTIVATED_DATA_BILLING_INTERVAL_YEAR = 4, /**< `year` */
} esauti_subscription_activated_data_billing_interval;

/**
 * subscription_activated_data.billing_interval as stored in a struct: `value`, or the text in
 * `other` (owned) when value is 0.
 */
typedef struct esauti_subscription_activated_data_billing_interval_val {
    /**
     * The value; ESAUTI_SUBSCRIPTION_ACTIVATED_DATA_BILLING_INTERVAL_UNKNOWN_VALUE (0) when the JSON
     * text is not one this SDK version knows (then see `other`).
     */
    esauti_subscription_activated_data_billing_interval value;
    /**
     * When value is ESAUTI_SUBSCRIPTION_ACTIVATED_DATA_BILLING_INTERVAL_UNKNOWN_VALUE: the JSON text
     * as received, or to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_subscription_activated_data_billing_interval_val;

/**
 * The JSON text of a subscription_activated_data.billing_interval constant, or NULL for an unknown
 * value.
 */
APIC_EXPORT const char *esauti_subscription_activated_data_billing_interval_to_string(esauti_subscription_activated_data_billing_interval value);

/**
 * subscription_renewal_failed_data.failure_reason
 * Why the charge failed.
 */
typedef enum esauti_subscription_renewal_failed_data_failure_reason {
    ESAUTI_SUBSCRIPTION_RENEWAL_FAILED_DATA_FAILURE_REASON_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_SUBSCRIPTION_RENEWAL_FAILED_DATA_FAILURE_REASON_INSUFFICIENT_FUNDS = 1, /**< `insufficient_funds` */
    ESAUTI_SUBSCRIPTION_RENEWAL_FAILED_DATA_FAILURE_REASON_CARD_DECLINED = 2, /**< `card_declined` */
    ESAUTI_SUBSCRIPTION_RENEWAL_FAILED_DATA_FAILURE_REASON_CARD_EXPIRED = 3, /**< `card_expired` */
    ESAUTI_SUBSCRIPTION_RENEWAL_FAILED_DATA_FAILURE_REASON_NO_PAYMENT_METHOD = 4, /**< `no_payment_method` */
    ESAUTI_SUBSCRIPTION_RENEWAL_FAILED_DATA_FAILURE_REASON_TIMEOUT = 5, /**< `timeout` */
    ESAUTI_SUBSCRIPTION_RENEWAL_FAILED_DATA_FAILURE_REASON_OTHER = 6, /**< `other` */
} esauti_subscription_renewal_failed_data_failure_reason;

/**
 * subscription_renewal_failed_data.failure_reason as stored in a struct: `value`, or the text in
 * `other` (owned) when value is 0.
 */
typedef struct esauti_subscription_renewal_failed_data_failure_reason_val {
    /**
     * The value; ESAUTI_SUBSCRIPTION_RENEWAL_FAILED_DATA_FAILURE_REASON_UNKNOWN_VALUE (0) when the
     * JSON text is not one this SDK version knows (then see `other`).
     */
    esauti_subscription_renewal_failed_data_failure_reason value;
    /**
     * When value is ESAUTI_SUBSCRIPTION_RENEWAL_FAILED_DATA_FAILURE_REASON_UNKNOWN_VALUE: the JSON
     * text as received, or to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_subscription_renewal_failed_data_failure_reason_val;

/**
 * The JSON text of a subscription_renewal_failed_data.failure_reason constant, or NULL for an
 * unknown value.
 */
APIC_EXPORT const char *esauti_subscription_renewal_failed_data_failure_reason_to_string(esauti_subscription_renewal_failed_data_failure_reason value);

/**
 * subscription_plan_changed_data.change_type
 * Kind of change.
 */
typedef enum esauti_subscription_plan_changed_data_change_type {
    ESAUTI_SUBSCRIPTION_PLAN_CHANGED_DATA_CHANGE_TYPE_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_SUBSCRIPTION_PLAN_CHANGED_DATA_CHANGE_TYPE_UPGRADE = 1, /**< `upgrade` */
    ESAUTI_SUBSCRIPTION_PLAN_CHANGED_DATA_CHANGE_TYPE_DOWNGRADE = 2, /**< `downgrade` */
    ESAUTI_SUBSCRIPTION_PLAN_CHANGED_DATA_CHANGE_TYPE_INTERVAL_CHANGE = 3, /**< `interval_change` */
} esauti_subscription_plan_changed_data_change_type;

/**
 * subscription_plan_changed_data.change_type as stored in a struct: `value`, or the text in
 * `other` (owned) when value is 0.
 */
typedef struct esauti_subscription_plan_changed_data_change_type_val {
    /**
     * The value; ESAUTI_SUBSCRIPTION_PLAN_CHANGED_DATA_CHANGE_TYPE_UNKNOWN_VALUE (0) when the JSON
     * text is not one this SDK version knows (then see `other`).
     */
    esauti_subscription_plan_changed_data_change_type value;
    /**
     * When value is ESAUTI_SUBSCRIPTION_PLAN_CHANGED_DATA_CHANGE_TYPE_UNKNOWN_VALUE: the JSON text as
     * received, or to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_subscription_plan_changed_data_change_type_val;

/**
 * The JSON text of a subscription_plan_changed_data.change_type constant, or NULL for an unknown
 * value.
 */
APIC_EXPORT const char *esauti_subscription_plan_changed_data_change_type_to_string(esauti_subscription_plan_changed_data_change_type value);

/**
 * subscription_paused_data.paused_by
 * Who paused the subscription.
 */
typedef enum esauti_subscription_paused_data_paused_by {
    ESAUTI_SUBSCRIPTION_PAUSED_DATA_PAUSED_BY_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_SUBSCRIPTION_PAUSED_DATA_PAUSED_BY_CUSTOMER = 1, /**< `customer` */
    ESAUTI_SUBSCRIPTION_PAUSED_DATA_PAUSED_BY_MERCHANT = 2, /**< `merchant` */
} esauti_subscription_paused_data_paused_by;

/**
 * subscription_paused_data.paused_by as stored in a struct: `value`, or the text in `other`
 * (owned) when value is 0.
 */
typedef struct esauti_subscription_paused_data_paused_by_val {
    /**
     * The value; ESAUTI_SUBSCRIPTION_PAUSED_DATA_PAUSED_BY_UNKNOWN_VALUE (0) when the JSON text is not
     * one this SDK version knows (then see `other`).
     */
    esauti_subscription_paused_data_paused_by value;
    /**
     * When value is ESAUTI_SUBSCRIPTION_PAUSED_DATA_PAUSED_BY_UNKNOWN_VALUE: the JSON text as
     * received, or to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_subscription_paused_data_paused_by_val;

/** The JSON text of a subscription_paused_data.paused_by constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_subscription_paused_data_paused_by_to_string(esauti_subscription_paused_data_paused_by value);

/**
 * subscription_paused_data.reason
 * Why it was paused.
 */
typedef enum esauti_subscription_paused_data_reason {
    ESAUTI_SUBSCRIPTION_PAUSED_DATA_REASON_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_SUBSCRIPTION_PAUSED_DATA_REASON_TRAVELLING = 1, /**< `travelling` */
    ESAUTI_SUBSCRIPTION_PAUSED_DATA_REASON_TOO_MUCH_PRODUCT = 2, /**< `too_much_product` */
    ESAUTI_SUBSCRIPTION_PAUSED_DATA_REASON_FINANCIAL = 3, /**< `financial` */
    ESAUTI_SUBSCRIPTION_PAUSED_DATA_REASON_PAYMENT_ISSUE = 4, /**< `payment_issue` */
    ESAUTI_SUBSCRIPTION_PAUSED_DATA_REASON_OTHER = 5, /**< `other` */
} esauti_subscription_paused_data_reason;

/**
 * subscription_paused_data.reason as stored in a struct: `value`, or the text in `other` (owned)
 * when value is 0.
 */
typedef struct esauti_subscription_paused_data_reason_val {
    /**
     * The value; ESAUTI_SUBSCRIPTION_PAUSED_DATA_REASON_UNKNOWN_VALUE (0) when the JSON text is not
     * one this SDK version knows (then see `other`).
     */
    esauti_subscription_paused_data_reason value;
    /**
     * When value is ESAUTI_SUBSCRIPTION_PAUSED_DATA_REASON_UNKNOWN_VALUE: the JSON text as received,
     * or to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_subscription_paused_data_reason_val;

/** The JSON text of a subscription_paused_data.reason constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_subscription_paused_data_reason_to_string(esauti_subscription_paused_data_reason value);

/**
 * subscription_resumed_data.resumed_by
 * What resumed it.
 */
typedef enum esauti_subscription_resumed_data_resumed_by {
    ESAUTI_SUBSCRIPTION_RESUMED_DATA_RESUMED_BY_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_SUBSCRIPTION_RESUMED_DATA_RESUMED_BY_CUSTOMER = 1, /**< `customer` */
    ESAUTI_SUBSCRIPTION_RESUMED_DATA_RESUMED_BY_MERCHANT = 2, /**< `merchant` */
    ESAUTI_SUBSCRIPTION_RESUMED_DATA_RESUMED_BY_SCHEDULE = 3, /**< `schedule` */
} esauti_subscription_resumed_data_resumed_by;

/**
 * subscription_resumed_data.resumed_by as stored in a struct: `value`, or the text in `other`
 * (owned) when value is 0.
 */
typedef struct esauti_subscription_resumed_data_resumed_by_val {
    /**
     * The value; ESAUTI_SUBSCRIPTION_RESUMED_DATA_RESUMED_BY_UNKNOWN_VALUE (0) when the JSON text is
     * not one this SDK version knows (then see `other`).
     */
    esauti_subscription_resumed_data_resumed_by value;
    /**
     * When value is ESAUTI_SUBSCRIPTION_RESUMED_DATA_RESUMED_BY_UNKNOWN_VALUE: the JSON text as
     * received, or to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_subscription_resumed_data_resumed_by_val;

/** The JSON text of a subscription_resumed_data.resumed_by constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_subscription_resumed_data_resumed_by_to_string(esauti_subscription_resumed_data_resumed_by value);

/**
 * subscription_cancellation_scheduled_data.reason
 * The reason the customer chose.
 */
typedef enum esauti_subscription_cancellation_scheduled_data_reason {
    ESAUTI_SUBSCRIPTION_CANCELLATION_SCHEDULED_DATA_REASON_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_SUBSCRIPTION_CANCELLATION_SCHEDULED_DATA_REASON_TOO_EXPENSIVE = 1, /**< `too_expensive` */
    ESAUTI_SUBSCRIPTION_CANCELLATION_SCHEDULED_DATA_REASON_NOT_USING = 2, /**< `not_using` */
    ESAUTI_SUBSCRIPTION_CANCELLATION_SCHEDULED_DATA_REASON_SWITCHED_PROVIDER = 3, /**< `switched_provider` */
    ESAUTI_SUBSCRIPTION_CANCELLATION_SCHEDULED_DATA_REASON_MISSING_FEATURES = 4, /**< `missing_features` */
    ESAUTI_SUBSCRIPTION_CANCELLATION_SCHEDULED_DATA_REASON_MOVING_AWAY = 5, /**< `moving_away` */
    ESAUTI_SUBSCRIPTION_CANCELLATION_SCHEDULED_DATA_REASON_OTHER = 6, /**< `other` */
} esauti_subscription_cancellation_scheduled_data_reason;

/**
 * subscription_cancellation_scheduled_data.reason as stored in a struct: `value`, or the text in
 * `other` (owned) when value is 0.
 */
typedef struct esauti_subscription_cancellation_scheduled_data_reason_val {
    /**
     * The value; ESAUTI_SUBSCRIPTION_CANCELLATION_SCHEDULED_DATA_REASON_UNKNOWN_VALUE (0) when the
     * JSON text is not one this SDK version knows (then see `other`).
     */
    esauti_subscription_cancellation_scheduled_data_reason value;
    /**
     * When value is ESAUTI_SUBSCRIPTION_CANCELLATION_SCHEDULED_DATA_REASON_UNKNOWN_VALUE: the JSON
     * text as received, or to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_subscription_cancellation_scheduled_data_reason_val;

/**
 * The JSON text of a subscription_cancellation_scheduled_data.reason constant, or NULL for an
 * unknown value.
 */
APIC_EXPORT const char *esauti_subscription_cancellation_scheduled_data_reason_to_string(esauti_subscription_cancellation_scheduled_data_reason value);

/**
 * subscription_cancelled_data.cancelled_by
 * Who cancelled it.
 */
typedef enum esauti_subscription_cancelled_data_cancelled_by {
    ESAUTI_SUBSCRIPTION_CANCELLED_DATA_CANCELLED_BY_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_SUBSCRIPTION_CANCELLED_DATA_CANCELLED_BY_CUSTOMER = 1, /**< `customer` */
    ESAUTI_SUBSCRIPTION_CANCELLED_DATA_CANCELLED_BY_MERCHANT = 2, /**< `merchant` */
    ESAUTI_SUBSCRIPTION_CANCELLED_DATA_CANCELLED_BY_SYSTEM = 3, /**< `system` */
} esauti_subscription_cancelled_data_cancelled_by;

/**
 * subscription_cancelled_data.cancelled_by as stored in a struct: `value`, or the text in `other`
 * (owned) when value is 0.
 */
typedef struct esauti_subscription_cancelled_data_cancelled_by_val {
    /**
     * The value; ESAUTI_SUBSCRIPTION_CANCELLED_DATA_CANCELLED_BY_UNKNOWN_VALUE (0) when the JSON text
     * is not one this SDK version knows (then see `other`).
     */
    esauti_subscription_cancelled_data_cancelled_by value;
    /**
     * When value is ESAUTI_SUBSCRIPTION_CANCELLED_DATA_CANCELLED_BY_UNKNOWN_VALUE: the JSON text as
     * received, or to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_subscription_cancelled_data_cancelled_by_val;

/**
 * The JSON text of a subscription_cancelled_data.cancelled_by constant, or NULL for an unknown
 * value.
 */
APIC_EXPORT const char *esauti_subscription_cancelled_data_cancelled_by_to_string(esauti_subscription_cancelled_data_cancelled_by value);

/**
 * subscription_cancelled_data.reason
 * Why it was cancelled.
 */
typedef enum esauti_subscription_cancelled_data_reason {
    ESAUTI_SUBSCRIPTION_CANCELLED_DATA_REASON_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_SUBSCRIPTION_CANCELLED_DATA_REASON_CUSTOMER_REQUEST = 1, /**< `customer_request` */
    ESAUTI_SUBSCRIPTION_CANCELLED_DATA_REASON_PAYMENT_FAILED = 2, /**< `payment_failed` */
    ESAUTI_SUBSCRIPTION_CANCELLED_DATA_REASON_FRAUD = 3, /**< `fraud` */
    ESAUTI_SUBSCRIPTION_CANCELLED_DATA_REASON_PLAN_DISCONTINUED = 4, /**< `plan_discontinued` */
    ESAUTI_SUBSCRIPTION_CANCELLED_DATA_REASON_OTHER = 5, /**< `other` */
} esauti_subscription_cancelled_data_reason;

/**
 * subscription_cancelled_data.reason as stored in a struct: `value`, or the text in `other`
 * (owned) when value is 0.
 */
typedef struct esauti_subscription_cancelled_data_reason_val {
    /**
     * The value; ESAUTI_SUBSCRIPTION_CANCELLED_DATA_REASON_UNKNOWN_VALUE (0) when the JSON text is not
     * one this SDK version knows (then see `other`).
     */
    esauti_subscription_cancelled_data_reason value;
    /**
     * When value is ESAUTI_SUBSCRIPTION_CANCELLED_DATA_REASON_UNKNOWN_VALUE: the JSON text as
     * received, or to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_subscription_cancelled_data_reason_val;

/** The JSON text of a subscription_cancelled_data.reason constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_subscription_cancelled_data_reason_to_string(esauti_subscription_cancelled_data_reason value);

/**
 * subscription_expired_data.reason
 * Why the subscription ended.
 */
typedef enum esauti_subscription_expired_data_reason {
    ESAUTI_SUBSCRIPTION_EXPIRED_DATA_REASON_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_SUBSCRIPTION_EXPIRED_DATA_REASON_TERM_ENDED = 1, /**< `term_ended` */
    ESAUTI_SUBSCRIPTION_EXPIRED_DATA_REASON_AUTO_RENEW_OFF = 2, /**< `auto_renew_off` */
    ESAUTI_SUBSCRIPTION_EXPIRED_DATA_REASON_TRIAL_NOT_CONVERTED = 3, /**< `trial_not_converted` */
} esauti_subscription_expired_data_reason;

/**
 * subscription_expired_data.reason as stored in a struct: `value`, or the text in `other` (owned)
 * when value is 0.
 */
typedef struct esauti_subscription_expired_data_reason_val {
    /**
     * The value; ESAUTI_SUBSCRIPTION_EXPIRED_DATA_REASON_UNKNOWN_VALUE (0) when the JSON text is not
     * one this SDK version knows (then see `other`).
     */
    esauti_subscription_expired_data_reason value;
    /**
     * When value is ESAUTI_SUBSCRIPTION_EXPIRED_DATA_REASON_UNKNOWN_VALUE: the JSON text as received,
     * or to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_subscription_expired_data_reason_val;

/** The JSON text of a subscription_expired_data.reason constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_subscription_expired_data_reason_to_string(esauti_subscription_expired_data_reason value);

/**
 * fulfillment_created_data.method
 * How the items will reach the customer.
 */
typedef enum esauti_fulfillment_created_data_method {
    ESAUTI_FULFILLMENT_CREATED_DATA_METHOD_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_FULFILLMENT_CREATED_DATA_METHOD_HOME_DELIVERY = 1, /**< `home_delivery` */
    ESAUTI_FULFILLMENT_CREATED_DATA_METHOD_PICKUP_STATION = 2, /**< `pickup_station` */
    ESAUTI_FULFILLMENT_CREATED_DATA_METHOD_IN_STORE_PICKUP = 3, /**< `in_store_pickup` */
} esauti_fulfillment_created_data_method;

/**
 * fulfillment_created_data.method as stored in a struct: `value`, or the text in `other` (owned)
 * when value is 0.
 */
typedef struct esauti_fulfillment_created_data_method_val {
    /**
     * The value; ESAUTI_FULFILLMENT_CREATED_DATA_METHOD_UNKNOWN_VALUE (0) when the JSON text is not
     * one this SDK version knows (then see `other`).
     */
    esauti_fulfillment_created_data_method value;
    /**
     * When value is ESAUTI_FULFILLMENT_CREATED_DATA_METHOD_UNKNOWN_VALUE: the JSON text as received,
     * or to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_fulfillment_created_data_method_val;

/** The JSON text of a fulfillment_created_data.method constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_fulfillment_created_data_method_to_string(esauti_fulfillment_created_data_method value);

/**
 * fulfillment_cancelled_data.reason
 * Why the fulfillment was cancelled.
 */
typedef enum esauti_fulfillment_cancelled_data_reason {
    ESAUTI_FULFILLMENT_CANCELLED_DATA_REASON_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_FULFILLMENT_CANCELLED_DATA_REASON_OUT_OF_STOCK = 1, /**< `out_of_stock` */
    ESAUTI_FULFILLMENT_CANCELLED_DATA_REASON_ORDER_CANCELLED = 2, /**< `order_cancelled` */
    ESAUTI_FULFILLMENT_CANCELLED_DATA_REASON_ADDRESS_UNREACHABLE = 3, /**< `address_unreachable` */
    ESAUTI_FULFILLMENT_CANCELLED_DATA_REASON_DAMAGED_IN_WAREHOUSE = 4, /**< `damaged_in_warehouse` */
    ESAUTI_FULFILLMENT_CANCELLED_DATA_REASON_OTHER = 5, /**< `other` */
} esauti_fulfillment_cancelled_data_reason;

/**
 * fulfillment_cancelled_data.reason as stored in a struct: `value`, or the text in `other` (owned)
 * when value is 0.
 */
typedef struct esauti_fulfillment_cancelled_data_reason_val {
    /**
     * The value; ESAUTI_FULFILLMENT_CANCELLED_DATA_REASON_UNKNOWN_VALUE (0) when the JSON text is not
     * one this SDK version knows (then see `other`).
     */
    esauti_fulfillment_cancelled_data_reason value;
    /**
     * When value is ESAUTI_FULFILLMENT_CANCELLED_DATA_REASON_UNKNOWN_VALUE: the JSON text as received,
     * or to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_fulfillment_cancelled_data_reason_val;

/** The JSON text of a fulfillment_cancelled_data.reason constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_fulfillment_cancelled_data_reason_to_string(esauti_fulfillment_cancelled_data_reason value);

/**
 * shipment_tracking_updated_data.status
 * The carrier's status at this scan.
 */
typedef enum esauti_shipment_tracking_updated_data_status {
    ESAUTI_SHIPMENT_TRACKING_UPDATED_DATA_STATUS_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_SHIPMENT_TRACKING_UPDATED_DATA_STATUS_IN_TRANSIT = 1, /**< `in_transit` */
    ESAUTI_SHIPMENT_TRACKING_UPDATED_DATA_STATUS_AT_HUB = 2, /**< `at_hub` */
    ESAUTI_SHIPMENT_TRACKING_UPDATED_DATA_STATUS_OUT_FOR_DELIVERY = 3, /**< `out_for_delivery` */
    ESAUTI_SHIPMENT_TRACKING_UPDATED_DATA_STATUS_DELIVERED = 4, /**< `delivered` */
    ESAUTI_SHIPMENT_TRACKING_UPDATED_DATA_STATUS_EXCEPTION = 5, /**< `exception` */
} esauti_shipment_tracking_updated_data_status;

/**
 * shipment_tracking_updated_data.status as stored in a struct: `value`, or the text in `other`
 * (owned) when value is 0.
 */
typedef struct esauti_shipment_tracking_updated_data_status_val {
    /**
     * The value; ESAUTI_SHIPMENT_TRACKING_UPDATED_DATA_STATUS_UNKNOWN_VALUE (0) when the JSON text is
     * not one this SDK version knows (then see `other`).
     */
    esauti_shipment_tracking_updated_data_status value;
    /**
     * When value is ESAUTI_SHIPMENT_TRACKING_UPDATED_DATA_STATUS_UNKNOWN_VALUE: the JSON text as
     * received, or to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_shipment_tracking_updated_data_status_val;

/** The JSON text of a shipment_tracking_updated_data.status constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_shipment_tracking_updated_data_status_to_string(esauti_shipment_tracking_updated_data_status value);

/**
 * shipment_delayed_data.reason
 * Why the parcel is late.
 */
typedef enum esauti_shipment_delayed_data_reason {
    ESAUTI_SHIPMENT_DELAYED_DATA_REASON_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_SHIPMENT_DELAYED_DATA_REASON_WEATHER = 1, /**< `weather` */
    ESAUTI_SHIPMENT_DELAYED_DATA_REASON_CARRIER_BACKLOG = 2, /**< `carrier_backlog` */
    ESAUTI_SHIPMENT_DELAYED_DATA_REASON_ADDRESS_ISSUE = 3, /**< `address_issue` */
    ESAUTI_SHIPMENT_DELAYED_DATA_REASON_CUSTOMS = 4, /**< `customs` */
    ESAUTI_SHIPMENT_DELAYED_DATA_REASON_VEHICLE_BREAKDOWN = 5, /**< `vehicle_breakdown` */
    ESAUTI_SHIPMENT_DELAYED_DATA_REASON_OTHER = 6, /**< `other` */
} esauti_shipment_delayed_data_reason;

/**
 * shipment_delayed_data.reason as stored in a struct: `value`, or the text in `other` (owned) when
 * value is 0.
 */
typedef struct esauti_shipment_delayed_data_reason_val {
    /**
     * The value; ESAUTI_SHIPMENT_DELAYED_DATA_REASON_UNKNOWN_VALUE (0) when the JSON text is not one
     * this SDK version knows (then see `other`).
     */
    esauti_shipment_delayed_data_reason value;
    /**
     * When value is ESAUTI_SHIPMENT_DELAYED_DATA_REASON_UNKNOWN_VALUE: the JSON text as received, or
     * to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_shipment_delayed_data_reason_val;

/** The JSON text of a shipment_delayed_data.reason constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_shipment_delayed_data_reason_to_string(esauti_shipment_delayed_data_reason value);

/**
 * shipment_delivery_failed_data.reason
 * Why the delivery failed.
 */
typedef enum esauti_shipment_delivery_failed_data_reason {
    ESAUTI_SHIPMENT_DELIVERY_FAILED_DATA_REASON_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_SHIPMENT_DELIVERY_FAILED_DATA_REASON_RECIPIENT_UNAVAILABLE = 1, /**< `recipient_unavailable` */
    ESAUTI_SHIPMENT_DELIVERY_FAILED_DATA_REASON_ADDRESS_NOT_FOUND = 2, /**< `address_not_found` */
    ESAUTI_SHIPMENT_DELIVERY_FAILED_DATA_REASON_REFUSED = 3, /**< `refused` */
    ESAUTI_SHIPMENT_DELIVERY_FAILED_DATA_REASON_UNSAFE_LOCATION = 4, /**< `unsafe_location` */
    ESAUTI_SHIPMENT_DELIVERY_FAILED_DATA_REASON_PAYMENT_ON_DELIVERY_FAILED = 5, /**< `payment_on_delivery_failed` */
    ESAUTI_SHIPMENT_DELIVERY_FAILED_DATA_REASON_OTHER = 6, /**< `other` */
} esauti_shipment_delivery_failed_data_reason;

/**
 * shipment_delivery_failed_data.reason as stored in a struct: `value`, or the text in `other`
 * (owned) when value is 0.
 */
typedef struct esauti_shipment_delivery_failed_data_reason_val {
    /**
     * The value; ESAUTI_SHIPMENT_DELIVERY_FAILED_DATA_REASON_UNKNOWN_VALUE (0) when the JSON text is
     * not one this SDK version knows (then see `other`).
     */
    esauti_shipment_delivery_failed_data_reason value;
    /**
     * When value is ESAUTI_SHIPMENT_DELIVERY_FAILED_DATA_REASON_UNKNOWN_VALUE: the JSON text as
     * received, or to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_shipment_delivery_failed_data_reason_val;

/** The JSON text of a shipment_delivery_failed_data.reason constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_shipment_delivery_failed_data_reason_to_string(esauti_shipment_delivery_failed_data_reason value);

/**
 * shipment_delivered_data.handed_over_to
 * Who or what received the parcel.
 */
typedef enum esauti_shipment_delivered_data_handed_over_to {
    ESAUTI_SHIPMENT_DELIVERED_DATA_HANDED_OVER_TO_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_SHIPMENT_DELIVERED_DATA_HANDED_OVER_TO_RECIPIENT = 1, /**< `recipient` */
    ESAUTI_SHIPMENT_DELIVERED_DATA_HANDED_OVER_TO_HOUSEHOLD_MEMBER = 2, /**< `household_member` */
    ESAUTI_SHIPMENT_DELIVERED_DATA_HANDED_OVER_TO_SECURITY_GUARD = 3, /**< `security_guard` */
    ESAUTI_SHIPMENT_DELIVERED_DATA_HANDED_OVER_TO_PICKUP_POINT_COLLECTION = 4, /**< `pickup_point_collection` */
    ESAUTI_SHIPMENT_DELIVERED_DATA_HANDED_OVER_TO_PARCEL_LOCKER = 5, /**< `parcel_locker` */
} esauti_shipment_delivered_data_handed_over_to;

/**
 * shipment_delivered_data.handed_over_to as stored in a struct: `value`, or the text in `other`
 * (owned) when value is 0.
 */
typedef struct esauti_shipment_delivered_data_handed_over_to_val {
    /**
     * The value; ESAUTI_SHIPMENT_DELIVERED_DATA_HANDED_OVER_TO_UNKNOWN_VALUE (0) when the JSON text is
     * not one this SDK version knows (then see `other`).
     */
    esauti_shipment_delivered_data_handed_over_to value;
    /**
     * When value is ESAUTI_SHIPMENT_DELIVERED_DATA_HANDED_OVER_TO_UNKNOWN_VALUE: the JSON text as
     * received, or to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_shipment_delivered_data_handed_over_to_val;

/**
 * The JSON text of a shipment_delivered_data.handed_over_to constant, or NULL for an unknown
 * value.
 */
APIC_EXPORT const char *esauti_shipment_delivered_data_handed_over_to_to_string(esauti_shipment_delivered_data_handed_over_to value);

/**
 * return_requested_data.items.item.reason
 * Why the item is being returned.
 */
typedef enum esauti_return_requested_data_items_item_reason {
    ESAUTI_RETURN_REQUESTED_DATA_ITEMS_ITEM_REASON_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_RETURN_REQUESTED_DATA_ITEMS_ITEM_REASON_DAMAGED = 1, /**< `damaged` */
    ESAUTI_RETURN_REQUESTED_DATA_ITEMS_ITEM_REASON_DEFECTIVE = 2, /**< `defective` */
    ESAUTI_RETURN_REQUESTED_DATA_ITEMS_ITEM_REASON_WRONG_ITEM = 3, /**< `wrong_item` */
    ESAUTI_RETURN_REQUESTED_DATA_ITEMS_ITEM_REASON_WRONG_SIZE = 4, /**< `wrong_size` */
    ESAUTI_RETURN_REQUESTED_DATA_ITEMS_ITEM_REASON_NOT_AS_DESCRIBED = 5, /**< `not_as_described` */
    ESAUTI_RETURN_REQUESTED_DATA_ITEMS_ITEM_REASON_CHANGED_MIND = 6, /**< `changed_mind` */
} esauti_return_requested_data_items_item_reason;

/**
 * return_requested_data.items.item.reason as stored in a struct: `value`, or the text in `other`
 * (owned) when value is 0.
 */
typedef struct esauti_return_requested_data_items_item_reason_val {
    /**
     * The value; ESAUTI_RETURN_REQUESTED_DATA_ITEMS_ITEM_REASON_UNKNOWN_VALUE (0) when the JSON text
     * is not one this SDK version knows (then see `other`).
     */
    esauti_return_requested_data_items_item_reason value;
    /**
     * When value is ESAUTI_RETURN_REQUESTED_DATA_ITEMS_ITEM_REASON_UNKNOWN_VALUE: the JSON text as
     * received, or to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_return_requested_data_items_item_reason_val;

/**
 * The JSON text of a return_requested_data.items.item.reason constant, or NULL for an unknown
 * value.
 */
APIC_EXPORT const char *esauti_return_requested_data_items_item_reason_to_string(esauti_return_requested_data_items_item_reason value);

/**
 * return_requested_data.return_method
 * How the customer wants to send the items back.
 */
typedef enum esauti_return_requested_data_return_method {
    ESAUTI_RETURN_REQUESTED_DATA_RETURN_METHOD_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_RETURN_REQUESTED_DATA_RETURN_METHOD_COURIER_PICKUP = 1, /**< `courier_pickup` */
    ESAUTI_RETURN_REQUESTED_DATA_RETURN_METHOD_DROP_OFF_AT_PICKUP_POINT = 2, /**< `drop_off_at_pickup_point` */
    ESAUTI_RETURN_REQUESTED_DATA_RETURN_METHOD_RETURN_TO_STORE = 3, /**< `return_to_store` */
} esauti_return_requested_data_return_method;

/**
 * return_requested_data.return_method as stored in a struct: `value`, or the text in `other`
 * (owned) when value is 0.
 */
typedef struct esauti_return_requested_data_return_method_val {
    /**
     * The value; ESAUTI_RETURN_REQUESTED_DATA_RETURN_METHOD_UNKNOWN_VALUE (0) when the JSON text is
     * not one this SDK version knows (then see `other`).
     */
    esauti_return_requested_data_return_method value;
    /**
     * When value is ESAUTI_RETURN_REQUESTED_DATA_RETURN_METHOD_UNKNOWN_VALUE: the JSON text as
     * received, or to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_return_requested_data_return_method_val;

/** The JSON text of a return_requested_data.return_method constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_return_requested_data_return_method_to_string(esauti_return_requested_data_return_method value);

/**
 * return_requested_data.preferred_resolution
 * What the customer wants in exchange.
 */
typedef enum esauti_return_requested_data_preferred_resolution {
    ESAUTI_RETURN_REQUESTED_DATA_PREFERRED_RESOLUTION_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_RETURN_REQUESTED_DATA_PREFERRED_RESOLUTION_REFUND = 1, /**< `refund` */
    ESAUTI_RETURN_REQUESTED_DATA_PREFERRED_RESOLUTION_EXCHANGE = 2, /**< `exchange` */
    ESAUTI_RETURN_REQUESTED_DATA_PREFERRED_RESOLUTION_STORE_CREDIT = 3, /**< `store_credit` */
} esauti_return_requested_data_preferred_resolution;

/**
 * return_requested_data.preferred_resolution as stored in a struct: `value`, or the text in
 * `other` (owned) when value is 0.
 */
typedef struct esauti_return_requested_data_preferred_resolution_val {
    /**
     * The value; ESAUTI_RETURN_REQUESTED_DATA_PREFERRED_RESOLUTION_UNKNOWN_VALUE (0) when the JSON
     * text is not one this SDK version knows (then see `other`).
     */
    esauti_return_requested_data_preferred_resolution value;
    /**
     * When value is ESAUTI_RETURN_REQUESTED_DATA_PREFERRED_RESOLUTION_UNKNOWN_VALUE: the JSON text as
     * received, or to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_return_requested_data_preferred_resolution_val;

/**
 * The JSON text of a return_requested_data.preferred_resolution constant, or NULL for an unknown
 * value.
 */
APIC_EXPORT const char *esauti_return_requested_data_preferred_resolution_to_string(esauti_return_requested_data_preferred_resolution value);

/**
 * return_approved_data.return_method
 * How the items will come back.
 */
typedef enum esauti_return_approved_data_return_method {
    ESAUTI_RETURN_APPROVED_DATA_RETURN_METHOD_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_RETURN_APPROVED_DATA_RETURN_METHOD_COURIER_PICKUP = 1, /**< `courier_pickup` */
    ESAUTI_RETURN_APPROVED_DATA_RETURN_METHOD_DROP_OFF_AT_PICKUP_POINT = 2, /**< `drop_off_at_pickup_point` */
    ESAUTI_RETURN_APPROVED_DATA_RETURN_METHOD_RETURN_TO_STORE = 3, /**< `return_to_store` */
} esauti_return_approved_data_return_method;

/**
 * return_approved_data.return_method as stored in a struct: `value`, or the text in `other`
 * (owned) when value is 0.
 */
typedef struct esauti_return_approved_data_return_method_val {
    /**
     * The value; ESAUTI_RETURN_APPROVED_DATA_RETURN_METHOD_UNKNOWN_VALUE (0) when the JSON text is not
     * one this SDK version knows (then see `other`).
     */
    esauti_return_approved_data_return_method value;
    /**
     * When value is ESAUTI_RETURN_APPROVED_DATA_RETURN_METHOD_UNKNOWN_VALUE: the JSON text as
     * received, or to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_return_approved_data_return_method_val;

/** The JSON text of a return_approved_data.return_method constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_return_approved_data_return_method_to_string(esauti_return_approved_data_return_method value);

/**
 * return_rejected_data.reason
 * Why the return was rejected.
 */
typedef enum esauti_return_rejected_data_reason {
    ESAUTI_RETURN_REJECTED_DATA_REASON_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_RETURN_REJECTED_DATA_REASON_OUTSIDE_RETURN_WINDOW = 1, /**< `outside_return_window` */
    ESAUTI_RETURN_REJECTED_DATA_REASON_ITEM_USED = 2, /**< `item_used` */
    ESAUTI_RETURN_REJECTED_DATA_REASON_NON_RETURNABLE_ITEM = 3, /**< `non_returnable_item` */
    ESAUTI_RETURN_REJECTED_DATA_REASON_MISSING_PROOF_OF_PURCHASE = 4, /**< `missing_proof_of_purchase` */
    ESAUTI_RETURN_REJECTED_DATA_REASON_FAILED_INSPECTION = 5, /**< `failed_inspection` */
    ESAUTI_RETURN_REJECTED_DATA_REASON_OTHER = 6, /**< `other` */
} esauti_return_rejected_data_reason;

/**
 * return_rejected_data.reason as stored in a struct: `value`, or the text in `other` (owned) when
 * value is 0.
 */
typedef struct esauti_return_rejected_data_reason_val {
    /**
     * The value; ESAUTI_RETURN_REJECTED_DATA_REASON_UNKNOWN_VALUE (0) when the JSON text is not one
     * this SDK version knows (then see `other`).
     */
    esauti_return_rejected_data_reason value;
    /**
     * When value is ESAUTI_RETURN_REJECTED_DATA_REASON_UNKNOWN_VALUE: the JSON text as received, or to
     * send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_return_rejected_data_reason_val;

/** The JSON text of a return_rejected_data.reason constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_return_rejected_data_reason_to_string(esauti_return_rejected_data_reason value);

/**
 * return_received_data.items.item.condition
 * Condition found at inspection.
 */
typedef enum esauti_return_received_data_items_item_condition {
    ESAUTI_RETURN_RECEIVED_DATA_ITEMS_ITEM_CONDITION_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_RETURN_RECEIVED_DATA_ITEMS_ITEM_CONDITION_UNOPENED = 1, /**< `unopened` */
    ESAUTI_RETURN_RECEIVED_DATA_ITEMS_ITEM_CONDITION_GOOD = 2, /**< `good` */
    ESAUTI_RETURN_RECEIVED_DATA_ITEMS_ITEM_CONDITION_DAMAGED = 3, /**< `damaged` */
} esauti_return_received_data_items_item_condition;

/**
 * return_received_data.items.item.condition as stored in a struct: `value`, or the text in `other`
 * (owned) when value is 0.
 */
typedef struct esauti_return_received_data_items_item_condition_val {
    /**
     * The value; ESAUTI_RETURN_RECEIVED_DATA_ITEMS_ITEM_CONDITION_UNKNOWN_VALUE (0) when the JSON text
     * is not one this SDK version knows (then see `other`).
     */
    esauti_return_received_data_items_item_condition value;
    /**
     * When value is ESAUTI_RETURN_RECEIVED_DATA_ITEMS_ITEM_CONDITION_UNKNOWN_VALUE: the JSON text as
     * received, or to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_return_received_data_items_item_condition_val;

/**
 * The JSON text of a return_received_data.items.item.condition constant, or NULL for an unknown
 * value.
 */
APIC_EXPORT const char *esauti_return_received_data_items_item_condition_to_string(esauti_return_received_data_items_item_condition value);

/**
 * return_completed_data.resolution
 * How the return was settled.
 */
typedef enum esauti_return_completed_data_resolution {
    ESAUTI_RETURN_COMPLETED_DATA_RESOLUTION_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_RETURN_COMPLETED_DATA_RESOLUTION_REFUND = 1, /**< `refund` */
    ESAUTI_RETURN_COMPLETED_DATA_RESOLUTION_EXCHANGE = 2, /**< `exchange` */
    ESAUTI_RETURN_COMPLETED_DATA_RESOLUTION_STORE_CREDIT = 3, /**< `store_credit` */
} esauti_return_completed_data_resolution;

/**
 * return_completed_data.resolution as stored in a struct: `value`, or the text in `other` (owned)
 * when value is 0.
 */
typedef struct esauti_return_completed_data_resolution_val {
    /**
     * The value; ESAUTI_RETURN_COMPLETED_DATA_RESOLUTION_UNKNOWN_VALUE (0) when the JSON text is not
     * one this SDK version knows (then see `other`).
     */
    esauti_return_completed_data_resolution value;
    /**
     * When value is ESAUTI_RETURN_COMPLETED_DATA_RESOLUTION_UNKNOWN_VALUE: the JSON text as received,
     * or to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_return_completed_data_resolution_val;

/** The JSON text of a return_completed_data.resolution constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_return_completed_data_resolution_to_string(esauti_return_completed_data_resolution value);

/**
 * coupon_issued_data.discount_type
 * Kind of discount.
 */
typedef enum esauti_coupon_issued_data_discount_type {
    ESAUTI_COUPON_ISSUED_DATA_DISCOUNT_TYPE_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_COUPON_ISSUED_DATA_DISCOUNT_TYPE_PERCENTAGE = 1, /**< `percentage` */
    ESAUTI_COUPON_ISSUED_DATA_DISCOUNT_TYPE_FIXED_AMOUNT = 2, /**< `fixed_amount` */
    ESAUTI_COUPON_ISSUED_DATA_DISCOUNT_TYPE_FREE_SHIPPING = 3, /**< `free_shipping` */
} esauti_coupon_issued_data_discount_type;

/**
 * coupon_issued_data.discount_type as stored in a struct: `value`, or the text in `other` (owned)
 * when value is 0.
 */
typedef struct esauti_coupon_issued_data_discount_type_val {
    /**
     * The value; ESAUTI_COUPON_ISSUED_DATA_DISCOUNT_TYPE_UNKNOWN_VALUE (0) when the JSON text is not
     * one this SDK version knows (then see `other`).
     */
    esauti_coupon_issued_data_discount_type value;
    /**
     * When value is ESAUTI_COUPON_ISSUED_DATA_DISCOUNT_TYPE_UNKNOWN_VALUE: the JSON text as received,
     * or to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_coupon_issued_data_discount_type_val;

/** The JSON text of a coupon_issued_data.discount_type constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_coupon_issued_data_discount_type_to_string(esauti_coupon_issued_data_discount_type value);

/**
 * coupon_claimed_data.source
 * Where the customer claimed the coupon.
 */
typedef enum esauti_coupon_claimed_data_source {
    ESAUTI_COUPON_CLAIMED_DATA_SOURCE_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_COUPON_CLAIMED_DATA_SOURCE_SMS_KEYWORD = 1, /**< `sms_keyword` */
    ESAUTI_COUPON_CLAIMED_DATA_SOURCE_EMAIL = 2, /**< `email` */
    ESAUTI_COUPON_CLAIMED_DATA_SOURCE_WHATSAPP = 3, /**< `whatsapp` */
    ESAUTI_COUPON_CLAIMED_DATA_SOURCE_WEB_POPUP = 4, /**< `web_popup` */
    ESAUTI_COUPON_CLAIMED_DATA_SOURCE_SOCIAL_MEDIA = 5, /**< `social_media` */
    ESAUTI_COUPON_CLAIMED_DATA_SOURCE_IN_STORE_QR = 6, /**< `in_store_qr` */
} esauti_coupon_claimed_data_source;

/**
 * coupon_claimed_data.source as stored in a struct: `value`, or the text in `other` (owned) when
 * value is 0.
 */
typedef struct esauti_coupon_claimed_data_source_val {
    /**
     * The value; ESAUTI_COUPON_CLAIMED_DATA_SOURCE_UNKNOWN_VALUE (0) when the JSON text is not one
     * this SDK version knows (then see `other`).
     */
    esauti_coupon_claimed_data_source value;
    /**
     * When value is ESAUTI_COUPON_CLAIMED_DATA_SOURCE_UNKNOWN_VALUE: the JSON text as received, or to
     * send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_coupon_claimed_data_source_val;

/** The JSON text of a coupon_claimed_data.source constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_coupon_claimed_data_source_to_string(esauti_coupon_claimed_data_source value);

/**
 * coupon_redemption_rejected_data.reason
 * Why the code was rejected.
 */
typedef enum esauti_coupon_redemption_rejected_data_reason {
    ESAUTI_COUPON_REDEMPTION_REJECTED_DATA_REASON_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_COUPON_REDEMPTION_REJECTED_DATA_REASON_NOT_FOUND = 1, /**< `not_found` */
    ESAUTI_COUPON_REDEMPTION_REJECTED_DATA_REASON_EXPIRED = 2, /**< `expired` */
    ESAUTI_COUPON_REDEMPTION_REJECTED_DATA_REASON_USAGE_LIMIT_REACHED = 3, /**< `usage_limit_reached` */
    ESAUTI_COUPON_REDEMPTION_REJECTED_DATA_REASON_MINIMUM_NOT_MET = 4, /**< `minimum_not_met` */
    ESAUTI_COUPON_REDEMPTION_REJECTED_DATA_REASON_NOT_ELIGIBLE = 5, /**< `not_eligible` */
    ESAUTI_COUPON_REDEMPTION_REJECTED_DATA_REASON_PRODUCT_EXCLUDED = 6, /**< `product_excluded` */
} esauti_coupon_redemption_rejected_data_reason;

/**
 * coupon_redemption_rejected_data.reason as stored in a struct: `value`, or the text in `other`
 * (owned) when value is 0.
 */
typedef struct esauti_coupon_redemption_rejected_data_reason_val {
    /**
     * The value; ESAUTI_COUPON_REDEMPTION_REJECTED_DATA_REASON_UNKNOWN_VALUE (0) when the JSON text is
     * not one this SDK version knows (then see `other`).
     */
    esauti_coupon_redemption_rejected_data_reason value;
    /**
     * When value is ESAUTI_COUPON_REDEMPTION_REJECTED_DATA_REASON_UNKNOWN_VALUE: the JSON text as
     * received, or to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_coupon_redemption_rejected_data_reason_val;

/**
 * The JSON text of a coupon_redemption_rejected_data.reason constant, or NULL for an unknown
 * value.
 */
APIC_EXPORT const char *esauti_coupon_redemption_rejected_data_reason_to_string(esauti_coupon_redemption_rejected_data_reason value);

/**
 * coupon_expiry_reminder_sent_data.channel
 * How the reminder was sent.
 */
typedef enum esauti_coupon_expiry_reminder_sent_data_channel {
    ESAUTI_COUPON_EXPIRY_REMINDER_SENT_DATA_CHANNEL_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_COUPON_EXPIRY_REMINDER_SENT_DATA_CHANNEL_SMS = 1, /**< `sms` */
    ESAUTI_COUPON_EXPIRY_REMINDER_SENT_DATA_CHANNEL_EMAIL = 2, /**< `email` */
    ESAUTI_COUPON_EXPIRY_REMINDER_SENT_DATA_CHANNEL_WHATSAPP = 3, /**< `whatsapp` */
    ESAUTI_COUPON_EXPIRY_REMINDER_SENT_DATA_CHANNEL_PUSH = 4, /**< `push` */
} esauti_coupon_expiry_reminder_sent_data_channel;

/**
 * coupon_expiry_reminder_sent_data.channel as stored in a struct: `value`, or the text in `other`
 * (owned) when value is 0.
 */
typedef struct esauti_coupon_expiry_reminder_sent_data_channel_val {
    /**
     * The value; ESAUTI_COUPON_EXPIRY_REMINDER_SENT_DATA_CHANNEL_UNKNOWN_VALUE (0) when the JSON text
     * is not one this SDK version knows (then see `other`).
     */
    esauti_coupon_expiry_reminder_sent_data_channel value;
    /**
     * When value is ESAUTI_COUPON_EXPIRY_REMINDER_SENT_DATA_CHANNEL_UNKNOWN_VALUE: the JSON text as
     * received, or to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_coupon_expiry_reminder_sent_data_channel_val;

/**
 * The JSON text of a coupon_expiry_reminder_sent_data.channel constant, or NULL for an unknown
 * value.
 */
APIC_EXPORT const char *esauti_coupon_expiry_reminder_sent_data_channel_to_string(esauti_coupon_expiry_reminder_sent_data_channel value);

/**
 * coupon_revoked_data.reason
 * Why the coupon was revoked.
 */
typedef enum esauti_coupon_revoked_data_reason {
    ESAUTI_COUPON_REVOKED_DATA_REASON_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_COUPON_REVOKED_DATA_REASON_ABUSE_DETECTED = 1, /**< `abuse_detected` */
    ESAUTI_COUPON_REVOKED_DATA_REASON_CAMPAIGN_ENDED_EARLY = 2, /**< `campaign_ended_early` */
    ESAUTI_COUPON_REVOKED_DATA_REASON_ISSUED_IN_ERROR = 3, /**< `issued_in_error` */
    ESAUTI_COUPON_REVOKED_DATA_REASON_CUSTOMER_REQUEST = 4, /**< `customer_request` */
} esauti_coupon_revoked_data_reason;

/**
 * coupon_revoked_data.reason as stored in a struct: `value`, or the text in `other` (owned) when
 * value is 0.
 */
typedef struct esauti_coupon_revoked_data_reason_val {
    /**
     * The value; ESAUTI_COUPON_REVOKED_DATA_REASON_UNKNOWN_VALUE (0) when the JSON text is not one
     * this SDK version knows (then see `other`).
     */
    esauti_coupon_revoked_data_reason value;
    /**
     * When value is ESAUTI_COUPON_REVOKED_DATA_REASON_UNKNOWN_VALUE: the JSON text as received, or to
     * send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_coupon_revoked_data_reason_val;

/** The JSON text of a coupon_revoked_data.reason constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_coupon_revoked_data_reason_to_string(esauti_coupon_revoked_data_reason value);

/**
 * coupon_revoked_data.revoked_by
 * Who revoked it.
 */
typedef enum esauti_coupon_revoked_data_revoked_by {
    ESAUTI_COUPON_REVOKED_DATA_REVOKED_BY_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_COUPON_REVOKED_DATA_REVOKED_BY_MERCHANT = 1, /**< `merchant` */
    ESAUTI_COUPON_REVOKED_DATA_REVOKED_BY_SYSTEM = 2, /**< `system` */
} esauti_coupon_revoked_data_revoked_by;

/**
 * coupon_revoked_data.revoked_by as stored in a struct: `value`, or the text in `other` (owned)
 * when value is 0.
 */
typedef struct esauti_coupon_revoked_data_revoked_by_val {
    /**
     * The value; ESAUTI_COUPON_REVOKED_DATA_REVOKED_BY_UNKNOWN_VALUE (0) when the JSON text is not one
     * this SDK version knows (then see `other`).
     */
    esauti_coupon_revoked_data_revoked_by value;
    /**
     * When value is ESAUTI_COUPON_REVOKED_DATA_REVOKED_BY_UNKNOWN_VALUE: the JSON text as received, or
     * to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_coupon_revoked_data_revoked_by_val;

/** The JSON text of a coupon_revoked_data.revoked_by constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_coupon_revoked_data_revoked_by_to_string(esauti_coupon_revoked_data_revoked_by value);

/**
 * loyalty_enrolled_data.tier
 * Starting tier.
 */
typedef enum esauti_loyalty_enrolled_data_tier {
    ESAUTI_LOYALTY_ENROLLED_DATA_TIER_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_LOYALTY_ENROLLED_DATA_TIER_BRONZE = 1, /**< `bronze` */
    ESAUTI_LOYALTY_ENROLLED_DATA_TIER_SILVER = 2, /**< `silver` */
    ESAUTI_LOYALTY_ENROLLED_DATA_TIER_GOLD = 3, /**< `gold` */
    ESAUTI_LOYALTY_ENROLLED_DATA_TIER_PLATINUM = 4, /**< `platinum` */
} esauti_loyalty_enrolled_data_tier;

/**
 * loyalty_enrolled_data.tier as stored in a struct: `value`, or the text in `other` (owned) when
 * value is 0.
 */
typedef struct esauti_loyalty_enrolled_data_tier_val {
    /**
     * The value; ESAUTI_LOYALTY_ENROLLED_DATA_TIER_UNKNOWN_VALUE (0) when the JSON text is not one
     * this SDK version knows (then see `other`).
     */
    esauti_loyalty_enrolled_data_tier value;
    /**
     * When value is ESAUTI_LOYALTY_ENROLLED_DATA_TIER_UNKNOWN_VALUE: the JSON text as received, or to
     * send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_loyalty_enrolled_data_tier_val;

/** The JSON text of a loyalty_enrolled_data.tier constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_loyalty_enrolled_data_tier_to_string(esauti_loyalty_enrolled_data_tier value);

/**
 * loyalty_enrolled_data.channel
 * Where the customer enrolled.
 */
typedef enum esauti_loyalty_enrolled_data_channel {
    ESAUTI_LOYALTY_ENROLLED_DATA_CHANNEL_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_LOYALTY_ENROLLED_DATA_CHANNEL_WEB = 1, /**< `web` */
    ESAUTI_LOYALTY_ENROLLED_DATA_CHANNEL_APP = 2, /**< `app` */
    ESAUTI_LOYALTY_ENROLLED_DATA_CHANNEL_USSD = 3, /**< `ussd` */
    ESAUTI_LOYALTY_ENROLLED_DATA_CHANNEL_SMS = 4, /**< `sms` */
    ESAUTI_LOYALTY_ENROLLED_DATA_CHANNEL_IN_STORE = 5, /**< `in_store` */
} esauti_loyalty_enrolled_data_channel;

/**
 * loyalty_enrolled_data.channel as stored in a struct: `value`, or the text in `other` (owned)
 * when value is 0.
 */
typedef struct esauti_loyalty_enrolled_data_channel_val {
    /**
     * The value; ESAUTI_LOYALTY_ENROLLED_DATA_CHANNEL_UNKNOWN_VALUE (0) when the JSON text is not one
     * this SDK version knows (then see `other`).
     */
    esauti_loyalty_enrolled_data_channel value;
    /**
     * When value is ESAUTI_LOYALTY_ENROLLED_DATA_CHANNEL_UNKNOWN_VALUE: the JSON text as received, or
     * to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_loyalty_enrolled_data_channel_val;

/** The JSON text of a loyalty_enrolled_data.channel constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_loyalty_enrolled_data_channel_to_string(esauti_loyalty_enrolled_data_channel value);

/**
 * loyalty_points_earned_data.source
 * What earned the points.
 */
typedef enum esauti_loyalty_points_earned_data_source {
    ESAUTI_LOYALTY_POINTS_EARNED_DATA_SOURCE_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_LOYALTY_POINTS_EARNED_DATA_SOURCE_PURCHASE = 1, /**< `purchase` */
    ESAUTI_LOYALTY_POINTS_EARNED_DATA_SOURCE_REFERRAL = 2, /**< `referral` */
    ESAUTI_LOYALTY_POINTS_EARNED_DATA_SOURCE_REVIEW = 3, /**< `review` */
    ESAUTI_LOYALTY_POINTS_EARNED_DATA_SOURCE_BIRTHDAY = 4, /**< `birthday` */
    ESAUTI_LOYALTY_POINTS_EARNED_DATA_SOURCE_SIGNUP = 5, /**< `signup` */
    ESAUTI_LOYALTY_POINTS_EARNED_DATA_SOURCE_PROMOTION = 6, /**< `promotion` */
    ESAUTI_LOYALTY_POINTS_EARNED_DATA_SOURCE_ADJUSTMENT = 7, /**< `adjustment` */
} esauti_loyalty_points_earned_data_source;

/**
 * loyalty_points_earned_data.source as stored in a struct: `value`, or the text in `other` (owned)
 * when value is 0.
 */
typedef struct esauti_loyalty_points_earned_data_source_val {
    /**
     * The value; ESAUTI_LOYALTY_POINTS_EARNED_DATA_SOURCE_UNKNOWN_VALUE (0) when the JSON text is not
     * one this SDK version knows (then see `other`).
     */
    esauti_loyalty_points_earned_data_source value;
    /**
     * When value is ESAUTI_LOYALTY_POINTS_EARNED_DATA_SOURCE_UNKNOWN_VALUE: the JSON text as received,
     * or to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_loyalty_points_earned_data_source_val;

/** The JSON text of a loyalty_points_earned_data.source constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_loyalty_points_earned_data_source_to_string(esauti_loyalty_points_earned_data_source value);

/**
 * loyalty_points_redeemed_data.reward.kind
 * Kind of reward.
 */
typedef enum esauti_loyalty_points_redeemed_data_reward_kind {
    ESAUTI_LOYALTY_POINTS_REDEEMED_DATA_REWARD_KIND_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_LOYALTY_POINTS_REDEEMED_DATA_REWARD_KIND_DISCOUNT = 1, /**< `discount` */
    ESAUTI_LOYALTY_POINTS_REDEEMED_DATA_REWARD_KIND_FREE_PRODUCT = 2, /**< `free_product` */
    ESAUTI_LOYALTY_POINTS_REDEEMED_DATA_REWARD_KIND_AIRTIME = 3, /**< `airtime` */
    ESAUTI_LOYALTY_POINTS_REDEEMED_DATA_REWARD_KIND_WALLET_CREDIT = 4, /**< `wallet_credit` */
} esauti_loyalty_points_redeemed_data_reward_kind;

/**
 * loyalty_points_redeemed_data.reward.kind as stored in a struct: `value`, or the text in `other`
 * (owned) when value is 0.
 */
typedef struct esauti_loyalty_points_redeemed_data_reward_kind_val {
    /**
     * The value; ESAUTI_LOYALTY_POINTS_REDEEMED_DATA_REWARD_KIND_UNKNOWN_VALUE (0) when the JSON text
     * is not one this SDK version knows (then see `other`).
     */
    esauti_loyalty_points_redeemed_data_reward_kind value;
    /**
     * When value is ESAUTI_LOYALTY_POINTS_REDEEMED_DATA_REWARD_KIND_UNKNOWN_VALUE: the JSON text as
     * received, or to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_loyalty_points_redeemed_data_reward_kind_val;

/**
 * The JSON text of a loyalty_points_redeemed_data.reward.kind constant, or NULL for an unknown
 * value.
 */
APIC_EXPORT const char *esauti_loyalty_points_redeemed_data_reward_kind_to_string(esauti_loyalty_points_redeemed_data_reward_kind value);

/**
 * loyalty_tier_upgraded_data.previous_tier
 * Tier before the upgrade.
 */
typedef enum esauti_loyalty_tier_upgraded_data_previous_tier {
    ESAUTI_LOYALTY_TIER_UPGRADED_DATA_PREVIOUS_TIER_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_LOYALTY_TIER_UPGRADED_DATA_PREVIOUS_TIER_BRONZE = 1, /**< `bronze` */
    ESAUTI_LOYALTY_TIER_UPGRADED_DATA_PREVIOUS_TIER_SILVER = 2, /**< `silver` */
    ESAUTI_LOYALTY_TIER_UPGRADED_DATA_PREVIOUS_TIER_GOLD = 3, /**< `gold` */
    ESAUTI_LOYALTY_TIER_UPGRADED_DATA_PREVIOUS_TIER_PLATINUM = 4, /**< `platinum` */
} esauti_loyalty_tier_upgraded_data_previous_tier;

/**
 * loyalty_tier_upgraded_data.previous_tier as stored in a struct: `value`, or the text in `other`
 * (owned) when value is 0.
 */
typedef struct esauti_loyalty_tier_upgraded_data_previous_tier_val {
    /**
     * The value; ESAUTI_LOYALTY_TIER_UPGRADED_DATA_PREVIOUS_TIER_UNKNOWN_VALUE (0) when the JSON text
     * is not one this SDK version knows (then see `other`).
     */
    esauti_loyalty_tier_upgraded_data_previous_tier value;
    /**
     * When value is ESAUTI_LOYALTY_TIER_UPGRADED_DATA_PREVIOUS_TIER_UNKNOWN_VALUE: the JSON text as
     * received, or to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_loyalty_tier_upgraded_data_previous_tier_val;

/**
 * The JSON text of a loyalty_tier_upgraded_data.previous_tier constant, or NULL for an unknown
 * value.
 */
APIC_EXPORT const char *esauti_loyalty_tier_upgraded_data_previous_tier_to_string(esauti_loyalty_tier_upgraded_data_previous_tier value);

/**
 * loyalty_tier_upgraded_data.new_tier
 * Tier after the upgrade.
 */
typedef enum esauti_loyalty_tier_upgraded_data_new_tier {
    ESAUTI_LOYALTY_TIER_UPGRADED_DATA_NEW_TIER_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_LOYALTY_TIER_UPGRADED_DATA_NEW_TIER_BRONZE = 1, /**< `bronze` */
    ESAUTI_LOYALTY_TIER_UPGRADED_DATA_NEW_TIER_SILVER = 2, /**< `silver` */
    ESAUTI_LOYALTY_TIER_UPGRADED_DATA_NEW_TIER_GOLD = 3, /**< `gold` */
    ESAUTI_LOYALTY_TIER_UPGRADED_DATA_NEW_TIER_PLATINUM = 4, /**< `platinum` */
} esauti_loyalty_tier_upgraded_data_new_tier;

/**
 * loyalty_tier_upgraded_data.new_tier as stored in a struct: `value`, or the text in `other`
 * (owned) when value is 0.
 */
typedef struct esauti_loyalty_tier_upgraded_data_new_tier_val {
    /**
     * The value; ESAUTI_LOYALTY_TIER_UPGRADED_DATA_NEW_TIER_UNKNOWN_VALUE (0) when the JSON text is
     * not one this SDK version knows (then see `other`).
     */
    esauti_loyalty_tier_upgraded_data_new_tier value;
    /**
     * When value is ESAUTI_LOYALTY_TIER_UPGRADED_DATA_NEW_TIER_UNKNOWN_VALUE: the JSON text as
     * received, or to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_loyalty_tier_upgraded_data_new_tier_val;

/** The JSON text of a loyalty_tier_upgraded_data.new_tier constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_loyalty_tier_upgraded_data_new_tier_to_string(esauti_loyalty_tier_upgraded_data_new_tier value);

/**
 * loyalty_tier_changed_data.previous_tier
 * Tier before the change.
 */
typedef enum esauti_loyalty_tier_changed_data_previous_tier {
    ESAUTI_LOYALTY_TIER_CHANGED_DATA_PREVIOUS_TIER_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_LOYALTY_TIER_CHANGED_DATA_PREVIOUS_TIER_BRONZE = 1, /**< `bronze` */
    ESAUTI_LOYALTY_TIER_CHANGED_DATA_PREVIOUS_TIER_SILVER = 2, /**< `silver` */
    ESAUTI_LOYALTY_TIER_CHANGED_DATA_PREVIOUS_TIER_GOLD = 3, /**< `gold` */
    ESAUTI_LOYALTY_TIER_CHANGED_DATA_PREVIOUS_TIER_PLATINUM = 4, /**< `platinum` */
} esauti_loyalty_tier_changed_data_previous_tier;

/**
 * loyalty_tier_changed_data.previous_tier as stored in a struct: `value`, or the text in `other`
 * (owned) when value is 0.
 */
typedef struct esauti_loyalty_tier_changed_data_previous_tier_val {
    /**
     * The value; ESAUTI_LOYALTY_TIER_CHANGED_DATA_PREVIOUS_TIER_UNKNOWN_VALUE (0) when the JSON text
     * is not one this SDK version knows (then see `other`).
     */
    esauti_loyalty_tier_changed_data_previous_tier value;
    /**
     * When value is ESAUTI_LOYALTY_TIER_CHANGED_DATA_PREVIOUS_TIER_UNKNOWN_VALUE: the JSON text as
     * received, or to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_loyalty_tier_changed_data_previous_tier_val;

/**
 * The JSON text of a loyalty_tier_changed_data.previous_tier constant, or NULL for an unknown
 * value.
 */
APIC_EXPORT const char *esauti_loyalty_tier_changed_data_previous_tier_to_string(esauti_loyalty_tier_changed_data_previous_tier value);

/**
 * loyalty_tier_changed_data.new_tier
 * Tier after the change.
 */
typedef enum esauti_loyalty_tier_changed_data_new_tier {
    ESAUTI_LOYALTY_TIER_CHANGED_DATA_NEW_TIER_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_LOYALTY_TIER_CHANGED_DATA_NEW_TIER_BRONZE = 1, /**< `bronze` */
    ESAUTI_LOYALTY_TIER_CHANGED_DATA_NEW_TIER_SILVER = 2, /**< `silver` */
    ESAUTI_LOYALTY_TIER_CHANGED_DATA_NEW_TIER_GOLD = 3, /**< `gold` */
    ESAUTI_LOYALTY_TIER_CHANGED_DATA_NEW_TIER_PLATINUM = 4, /**< `platinum` */
} esauti_loyalty_tier_changed_data_new_tier;

/**
 * loyalty_tier_changed_data.new_tier as stored in a struct: `value`, or the text in `other`
 * (owned) when value is 0.
 */
typedef struct esauti_loyalty_tier_changed_data_new_tier_val {
    /**
     * The value; ESAUTI_LOYALTY_TIER_CHANGED_DATA_NEW_TIER_UNKNOWN_VALUE (0) when the JSON text is not
     * one this SDK version knows (then see `other`).
     */
    esauti_loyalty_tier_changed_data_new_tier value;
    /**
     * When value is ESAUTI_LOYALTY_TIER_CHANGED_DATA_NEW_TIER_UNKNOWN_VALUE: the JSON text as
     * received, or to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_loyalty_tier_changed_data_new_tier_val;

/** The JSON text of a loyalty_tier_changed_data.new_tier constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_loyalty_tier_changed_data_new_tier_to_string(esauti_loyalty_tier_changed_data_new_tier value);

/**
 * loyalty_tier_changed_data.direction
 * Whether the member moved up or down.
 */
typedef enum esauti_loyalty_tier_changed_data_direction {
    ESAUTI_LOYALTY_TIER_CHANGED_DATA_DIRECTION_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_LOYALTY_TIER_CHANGED_DATA_DIRECTION_UPGRADE = 1, /**< `upgrade` */
    ESAUTI_LOYALTY_TIER_CHANGED_DATA_DIRECTION_DOWNGRADE = 2, /**< `downgrade` */
} esauti_loyalty_tier_changed_data_direction;

/**
 * loyalty_tier_changed_data.direction as stored in a struct: `value`, or the text in `other`
 * (owned) when value is 0.
 */
typedef struct esauti_loyalty_tier_changed_data_direction_val {
    /**
     * The value; ESAUTI_LOYALTY_TIER_CHANGED_DATA_DIRECTION_UNKNOWN_VALUE (0) when the JSON text is
     * not one this SDK version knows (then see `other`).
     */
    esauti_loyalty_tier_changed_data_direction value;
    /**
     * When value is ESAUTI_LOYALTY_TIER_CHANGED_DATA_DIRECTION_UNKNOWN_VALUE: the JSON text as
     * received, or to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_loyalty_tier_changed_data_direction_val;

/** The JSON text of a loyalty_tier_changed_data.direction constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_loyalty_tier_changed_data_direction_to_string(esauti_loyalty_tier_changed_data_direction value);

/**
 * loyalty_tier_changed_data.reason
 * What caused the change.
 */
typedef enum esauti_loyalty_tier_changed_data_reason {
    ESAUTI_LOYALTY_TIER_CHANGED_DATA_REASON_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_LOYALTY_TIER_CHANGED_DATA_REASON_POINTS_THRESHOLD_REACHED = 1, /**< `points_threshold_reached` */
    ESAUTI_LOYALTY_TIER_CHANGED_DATA_REASON_ANNUAL_REVIEW = 2, /**< `annual_review` */
    ESAUTI_LOYALTY_TIER_CHANGED_DATA_REASON_MANUAL_ADJUSTMENT = 3, /**< `manual_adjustment` */
} esauti_loyalty_tier_changed_data_reason;

/**
 * loyalty_tier_changed_data.reason as stored in a struct: `value`, or the text in `other` (owned)
 * when value is 0.
 */
typedef struct esauti_loyalty_tier_changed_data_reason_val {
    /**
     * The value; ESAUTI_LOYALTY_TIER_CHANGED_DATA_REASON_UNKNOWN_VALUE (0) when the JSON text is not
     * one this SDK version knows (then see `other`).
     */
    esauti_loyalty_tier_changed_data_reason value;
    /**
     * When value is ESAUTI_LOYALTY_TIER_CHANGED_DATA_REASON_UNKNOWN_VALUE: the JSON text as received,
     * or to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_loyalty_tier_changed_data_reason_val;

/** The JSON text of a loyalty_tier_changed_data.reason constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_loyalty_tier_changed_data_reason_to_string(esauti_loyalty_tier_changed_data_reason value);

/**
 * wallet_opened_data.kyc_level
 * Identity verification level, which sets the wallet's limits.
 */
typedef enum esauti_wallet_opened_data_kyc_level {
    ESAUTI_WALLET_OPENED_DATA_KYC_LEVEL_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_WALLET_OPENED_DATA_KYC_LEVEL_BASIC = 1, /**< `basic` */
    ESAUTI_WALLET_OPENED_DATA_KYC_LEVEL_VERIFIED = 2, /**< `verified` */
    ESAUTI_WALLET_OPENED_DATA_KYC_LEVEL_FULL = 3, /**< `full` */
} esauti_wallet_opened_data_kyc_level;

/**
 * wallet_opened_data.kyc_level as stored in a struct: `value`, or the text in `other` (owned) when
 * value is 0.
 */
typedef struct esauti_wallet_opened_data_kyc_level_val {
    /**
     * The value; ESAUTI_WALLET_OPENED_DATA_KYC_LEVEL_UNKNOWN_VALUE (0) when the JSON text is not one
     * this SDK version knows (then see `other`).
     */
    esauti_wallet_opened_data_kyc_level value;
    /**
     * When value is ESAUTI_WALLET_OPENED_DATA_KYC_LEVEL_UNKNOWN_VALUE: the JSON text as received, or
     * to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_wallet_opened_data_kyc_level_val;

/** The JSON text of a wallet_opened_data.kyc_level constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_wallet_opened_data_kyc_level_to_string(esauti_wallet_opened_data_kyc_level value);

/**
 * wallet_opened_data.channel
 * Where the wallet was opened.
 */
typedef enum esauti_wallet_opened_data_channel {
    ESAUTI_WALLET_OPENED_DATA_CHANNEL_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_WALLET_OPENED_DATA_CHANNEL_APP = 1, /**< `app` */
    ESAUTI_WALLET_OPENED_DATA_CHANNEL_WEB = 2, /**< `web` */
    ESAUTI_WALLET_OPENED_DATA_CHANNEL_USSD = 3, /**< `ussd` */
    ESAUTI_WALLET_OPENED_DATA_CHANNEL_IN_STORE = 4, /**< `in_store` */
} esauti_wallet_opened_data_channel;

/**
 * wallet_opened_data.channel as stored in a struct: `value`, or the text in `other` (owned) when
 * value is 0.
 */
typedef struct esauti_wallet_opened_data_channel_val {
    /**
     * The value; ESAUTI_WALLET_OPENED_DATA_CHANNEL_UNKNOWN_VALUE (0) when the JSON text is not one
     * this SDK version knows (then see `other`).
     */
    esauti_wallet_opened_data_channel value;
    /**
     * When value is ESAUTI_WALLET_OPENED_DATA_CHANNEL_UNKNOWN_VALUE: the JSON text as received, or to
     * send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_wallet_opened_data_channel_val;

/** The JSON text of a wallet_opened_data.channel constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_wallet_opened_data_channel_to_string(esauti_wallet_opened_data_channel value);

/**
 * wallet_topped_up_data.source
 * Where the money came from.
 */
typedef enum esauti_wallet_topped_up_data_source {
    ESAUTI_WALLET_TOPPED_UP_DATA_SOURCE_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_WALLET_TOPPED_UP_DATA_SOURCE_MPESA = 1, /**< `mpesa` */
    ESAUTI_WALLET_TOPPED_UP_DATA_SOURCE_AIRTEL_MONEY = 2, /**< `airtel_money` */
    ESAUTI_WALLET_TOPPED_UP_DATA_SOURCE_CARD = 3, /**< `card` */
    ESAUTI_WALLET_TOPPED_UP_DATA_SOURCE_BANK_TRANSFER = 4, /**< `bank_transfer` */
    ESAUTI_WALLET_TOPPED_UP_DATA_SOURCE_CASHBACK = 5, /**< `cashback` */
    ESAUTI_WALLET_TOPPED_UP_DATA_SOURCE_REFUND = 6, /**< `refund` */
    ESAUTI_WALLET_TOPPED_UP_DATA_SOURCE_LOYALTY_POINTS = 7, /**< `loyalty_points` */
} esauti_wallet_topped_up_data_source;

/**
 * wallet_topped_up_data.source as stored in a struct: `value`, or the text in `other` (owned) when
 * value is 0.
 */
typedef struct esauti_wallet_topped_up_data_source_val {
    /**
     * The value; ESAUTI_WALLET_TOPPED_UP_DATA_SOURCE_UNKNOWN_VALUE (0) when the JSON text is not one
     * this SDK version knows (then see `other`).
     */
    esauti_wallet_topped_up_data_source value;
    /**
     * When value is ESAUTI_WALLET_TOPPED_UP_DATA_SOURCE_UNKNOWN_VALUE: the JSON text as received, or
     * to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_wallet_topped_up_data_source_val;

/** The JSON text of a wallet_topped_up_data.source constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_wallet_topped_up_data_source_to_string(esauti_wallet_topped_up_data_source value);

/**
 * wallet_top_up_failed_data.source
 * Where the money was to come from.
 */
typedef enum esauti_wallet_top_up_failed_data_source {
    ESAUTI_WALLET_TOP_UP_FAILED_DATA_SOURCE_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_WALLET_TOP_UP_FAILED_DATA_SOURCE_MPESA = 1, /**< `mpesa` */
    ESAUTI_WALLET_TOP_UP_FAILED_DATA_SOURCE_AIRTEL_MONEY = 2, /**< `airtel_money` */
    ESAUTI_WALLET_TOP_UP_FAILED_DATA_SOURCE_CARD = 3, /**< `card` */
    ESAUTI_WALLET_TOP_UP_FAILED_DATA_SOURCE_BANK_TRANSFER = 4, /**< `bank_transfer` */
} esauti_wallet_top_up_failed_data_source;

/**
 * wallet_top_up_failed_data.source as stored in a struct: `value`, or the text in `other` (owned)
 * when value is 0.
 */
typedef struct esauti_wallet_top_up_failed_data_source_val {
    /**
     * The value; ESAUTI_WALLET_TOP_UP_FAILED_DATA_SOURCE_UNKNOWN_VALUE (0) when the JSON text is not
     * one this SDK version knows (then see `other`).
     */
    esauti_wallet_top_up_failed_data_source value;
    /**
     * When value is ESAUTI_WALLET_TOP_UP_FAILED_DATA_SOURCE_UNKNOWN_VALUE: the JSON text as received,
     * or to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_wallet_top_up_failed_data_source_val;

/** The JSON text of a wallet_top_up_failed_data.source constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_wallet_top_up_failed_data_source_to_string(esauti_wallet_top_up_failed_data_source value);

/**
 * wallet_top_up_failed_data.failure_reason
 * Why the top-up failed.
 */
typedef enum esauti_wallet_top_up_failed_data_failure_reason {
    ESAUTI_WALLET_TOP_UP_FAILED_DATA_FAILURE_REASON_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_WALLET_TOP_UP_FAILED_DATA_FAILURE_REASON_INSUFFICIENT_FUNDS = 1, /**< `insufficient_funds` */
    ESAUTI_WALLET_TOP_UP_FAILED_DATA_FAILURE_REASON_DECLINED = 2, /**< `declined` */
    ESAUTI_WALLET_TOP_UP_FAILED_DATA_FAILURE_REASON_TIMEOUT = 3, /**< `timeout` */
    ESAUTI_WALLET_TOP_UP_FAILED_DATA_FAILURE_REASON_WALLET_LIMIT_EXCEEDED = 4, /**< `wallet_limit_exceeded` */
    ESAUTI_WALLET_TOP_UP_FAILED_DATA_FAILURE_REASON_KYC_REQUIRED = 5, /**< `kyc_required` */
    ESAUTI_WALLET_TOP_UP_FAILED_DATA_FAILURE_REASON_OTHER = 6, /**< `other` */
} esauti_wallet_top_up_failed_data_failure_reason;

/**
 * wallet_top_up_failed_data.failure_reason as stored in a struct: `value`, or the text in `other`
 * (owned) when value is 0.
 */
typedef struct esauti_wallet_top_up_failed_data_failure_reason_val {
    /**
     * The value; ESAUTI_WALLET_TOP_UP_FAILED_DATA_FAILURE_REASON_UNKNOWN_VALUE (0) when the JSON text
     * is not one this SDK version knows (then see `other`).
     */
    esauti_wallet_top_up_failed_data_failure_reason value;
    /**
     * When value is ESAUTI_WALLET_TOP_UP_FAILED_DATA_FAILURE_REASON_UNKNOWN_VALUE: the JSON text as
     * received, or to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_wallet_top_up_failed_data_failure_reason_val;

/**
 * The JSON text of a wallet_top_up_failed_data.failure_reason constant, or NULL for an unknown
 * value.
 */
APIC_EXPORT const char *esauti_wallet_top_up_failed_data_failure_reason_to_string(esauti_wallet_top_up_failed_data_failure_reason value);

/**
 * wallet_debited_data.purpose
 * What the money was used for.
 */
typedef enum esauti_wallet_debited_data_purpose {
    ESAUTI_WALLET_DEBITED_DATA_PURPOSE_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_WALLET_DEBITED_DATA_PURPOSE_ORDER_PAYMENT = 1, /**< `order_payment` */
    ESAUTI_WALLET_DEBITED_DATA_PURPOSE_SUBSCRIPTION_PAYMENT = 2, /**< `subscription_payment` */
    ESAUTI_WALLET_DEBITED_DATA_PURPOSE_INVOICE_PAYMENT = 3, /**< `invoice_payment` */
    ESAUTI_WALLET_DEBITED_DATA_PURPOSE_WITHDRAWAL = 4, /**< `withdrawal` */
    ESAUTI_WALLET_DEBITED_DATA_PURPOSE_FEE = 5, /**< `fee` */
} esauti_wallet_debited_data_purpose;

/**
 * wallet_debited_data.purpose as stored in a struct: `value`, or the text in `other` (owned) when
 * value is 0.
 */
typedef struct esauti_wallet_debited_data_purpose_val {
    /**
     * The value; ESAUTI_WALLET_DEBITED_DATA_PURPOSE_UNKNOWN_VALUE (0) when the JSON text is not one
     * this SDK version knows (then see `other`).
     */
    esauti_wallet_debited_data_purpose value;
    /**
     * When value is ESAUTI_WALLET_DEBITED_DATA_PURPOSE_UNKNOWN_VALUE: the JSON text as received, or to
     * send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_wallet_debited_data_purpose_val;

/** The JSON text of a wallet_debited_data.purpose constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_wallet_debited_data_purpose_to_string(esauti_wallet_debited_data_purpose value);

/**
 * review_requested_data.channel
 * How the request was sent.
 */
typedef enum esauti_review_requested_data_channel {
    ESAUTI_REVIEW_REQUESTED_DATA_CHANNEL_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_REVIEW_REQUESTED_DATA_CHANNEL_EMAIL = 1, /**< `email` */
    ESAUTI_REVIEW_REQUESTED_DATA_CHANNEL_SMS = 2, /**< `sms` */
    ESAUTI_REVIEW_REQUESTED_DATA_CHANNEL_WHATSAPP = 3, /**< `whatsapp` */
    ESAUTI_REVIEW_REQUESTED_DATA_CHANNEL_PUSH = 4, /**< `push` */
} esauti_review_requested_data_channel;

/**
 * review_requested_data.channel as stored in a struct: `value`, or the text in `other` (owned)
 * when value is 0.
 */
typedef struct esauti_review_requested_data_channel_val {
    /**
     * The value; ESAUTI_REVIEW_REQUESTED_DATA_CHANNEL_UNKNOWN_VALUE (0) when the JSON text is not one
     * this SDK version knows (then see `other`).
     */
    esauti_review_requested_data_channel value;
    /**
     * When value is ESAUTI_REVIEW_REQUESTED_DATA_CHANNEL_UNKNOWN_VALUE: the JSON text as received, or
     * to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_review_requested_data_channel_val;

/** The JSON text of a review_requested_data.channel constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_review_requested_data_channel_to_string(esauti_review_requested_data_channel value);

/**
 * review_published_data.moderation
 * How the review was approved.
 */
typedef enum esauti_review_published_data_moderation {
    ESAUTI_REVIEW_PUBLISHED_DATA_MODERATION_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_REVIEW_PUBLISHED_DATA_MODERATION_AUTOMATIC = 1, /**< `automatic` */
    ESAUTI_REVIEW_PUBLISHED_DATA_MODERATION_MANUAL = 2, /**< `manual` */
} esauti_review_published_data_moderation;

/**
 * review_published_data.moderation as stored in a struct: `value`, or the text in `other` (owned)
 * when value is 0.
 */
typedef struct esauti_review_published_data_moderation_val {
    /**
     * The value; ESAUTI_REVIEW_PUBLISHED_DATA_MODERATION_UNKNOWN_VALUE (0) when the JSON text is not
     * one this SDK version knows (then see `other`).
     */
    esauti_review_published_data_moderation value;
    /**
     * When value is ESAUTI_REVIEW_PUBLISHED_DATA_MODERATION_UNKNOWN_VALUE: the JSON text as received,
     * or to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_review_published_data_moderation_val;

/** The JSON text of a review_published_data.moderation constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_review_published_data_moderation_to_string(esauti_review_published_data_moderation value);

/**
 * review_rejected_data.reason
 * Why the review was rejected.
 */
typedef enum esauti_review_rejected_data_reason {
    ESAUTI_REVIEW_REJECTED_DATA_REASON_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_REVIEW_REJECTED_DATA_REASON_OFFENSIVE_LANGUAGE = 1, /**< `offensive_language` */
    ESAUTI_REVIEW_REJECTED_DATA_REASON_SPAM = 2, /**< `spam` */
    ESAUTI_REVIEW_REJECTED_DATA_REASON_OFF_TOPIC = 3, /**< `off_topic` */
    ESAUTI_REVIEW_REJECTED_DATA_REASON_CONTAINS_PERSONAL_DATA = 4, /**< `contains_personal_data` */
    ESAUTI_REVIEW_REJECTED_DATA_REASON_SUSPECTED_FAKE = 5, /**< `suspected_fake` */
    ESAUTI_REVIEW_REJECTED_DATA_REASON_OTHER = 6, /**< `other` */
} esauti_review_rejected_data_reason;

/**
 * review_rejected_data.reason as stored in a struct: `value`, or the text in `other` (owned) when
 * value is 0.
 */
typedef struct esauti_review_rejected_data_reason_val {
    /**
     * The value; ESAUTI_REVIEW_REJECTED_DATA_REASON_UNKNOWN_VALUE (0) when the JSON text is not one
     * this SDK version knows (then see `other`).
     */
    esauti_review_rejected_data_reason value;
    /**
     * When value is ESAUTI_REVIEW_REJECTED_DATA_REASON_UNKNOWN_VALUE: the JSON text as received, or to
     * send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_review_rejected_data_reason_val;

/** The JSON text of a review_rejected_data.reason constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_review_rejected_data_reason_to_string(esauti_review_rejected_data_reason value);

/**
 * review_updated_data.changed_fields.item
 * A changed part of the review.
 */
typedef enum esauti_review_updated_data_changed_fields_item {
    ESAUTI_REVIEW_UPDATED_DATA_CHANGED_FIELDS_ITEM_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_REVIEW_UPDATED_DATA_CHANGED_FIELDS_ITEM_RATING = 1, /**< `rating` */
    ESAUTI_REVIEW_UPDATED_DATA_CHANGED_FIELDS_ITEM_TITLE = 2, /**< `title` */
    ESAUTI_REVIEW_UPDATED_DATA_CHANGED_FIELDS_ITEM_BODY = 3, /**< `body` */
    ESAUTI_REVIEW_UPDATED_DATA_CHANGED_FIELDS_ITEM_PHOTOS = 4, /**< `photos` */
} esauti_review_updated_data_changed_fields_item;

/**
 * review_updated_data.changed_fields.item as stored in a struct: `value`, or the text in `other`
 * (owned) when value is 0.
 */
typedef struct esauti_review_updated_data_changed_fields_item_val {
    /**
     * The value; ESAUTI_REVIEW_UPDATED_DATA_CHANGED_FIELDS_ITEM_UNKNOWN_VALUE (0) when the JSON text
     * is not one this SDK version knows (then see `other`).
     */
    esauti_review_updated_data_changed_fields_item value;
    /**
     * When value is ESAUTI_REVIEW_UPDATED_DATA_CHANGED_FIELDS_ITEM_UNKNOWN_VALUE: the JSON text as
     * received, or to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_review_updated_data_changed_fields_item_val;

/**
 * The JSON text of a review_updated_data.changed_fields.item constant, or NULL for an unknown
 * value.
 */
APIC_EXPORT const char *esauti_review_updated_data_changed_fields_item_to_string(esauti_review_updated_data_changed_fields_item value);

/**
 * review_replied_data.replied_by
 * Who wrote the reply.
 */
typedef enum esauti_review_replied_data_replied_by {
    ESAUTI_REVIEW_REPLIED_DATA_REPLIED_BY_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_REVIEW_REPLIED_DATA_REPLIED_BY_MERCHANT = 1, /**< `merchant` */
    ESAUTI_REVIEW_REPLIED_DATA_REPLIED_BY_SUPPORT_AGENT = 2, /**< `support_agent` */
} esauti_review_replied_data_replied_by;

/**
 * review_replied_data.replied_by as stored in a struct: `value`, or the text in `other` (owned)
 * when value is 0.
 */
typedef struct esauti_review_replied_data_replied_by_val {
    /**
     * The value; ESAUTI_REVIEW_REPLIED_DATA_REPLIED_BY_UNKNOWN_VALUE (0) when the JSON text is not one
     * this SDK version knows (then see `other`).
     */
    esauti_review_replied_data_replied_by value;
    /**
     * When value is ESAUTI_REVIEW_REPLIED_DATA_REPLIED_BY_UNKNOWN_VALUE: the JSON text as received, or
     * to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_review_replied_data_replied_by_val;

/** The JSON text of a review_replied_data.replied_by constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_review_replied_data_replied_by_to_string(esauti_review_replied_data_replied_by value);

/**
 * review_deleted_data.deleted_by
 * Who deleted the review.
 */
typedef enum esauti_review_deleted_data_deleted_by {
    ESAUTI_REVIEW_DELETED_DATA_DELETED_BY_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_REVIEW_DELETED_DATA_DELETED_BY_CUSTOMER = 1, /**< `customer` */
    ESAUTI_REVIEW_DELETED_DATA_DELETED_BY_MERCHANT = 2, /**< `merchant` */
    ESAUTI_REVIEW_DELETED_DATA_DELETED_BY_MODERATOR = 3, /**< `moderator` */
} esauti_review_deleted_data_deleted_by;

/**
 * review_deleted_data.deleted_by as stored in a struct: `value`, or the text in `other` (owned)
 * when value is 0.
 */
typedef struct esauti_review_deleted_data_deleted_by_val {
    /**
     * The value; ESAUTI_REVIEW_DELETED_DATA_DELETED_BY_UNKNOWN_VALUE (0) when the JSON text is not one
     * this SDK version knows (then see `other`).
     */
    esauti_review_deleted_data_deleted_by value;
    /**
     * When value is ESAUTI_REVIEW_DELETED_DATA_DELETED_BY_UNKNOWN_VALUE: the JSON text as received, or
     * to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_review_deleted_data_deleted_by_val;

/** The JSON text of a review_deleted_data.deleted_by constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_review_deleted_data_deleted_by_to_string(esauti_review_deleted_data_deleted_by value);

/**
 * ticket_created_data.channel
 * Where the ticket was raised.
 */
typedef enum esauti_ticket_created_data_channel {
    ESAUTI_TICKET_CREATED_DATA_CHANNEL_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_TICKET_CREATED_DATA_CHANNEL_EMAIL = 1, /**< `email` */
    ESAUTI_TICKET_CREATED_DATA_CHANNEL_SMS = 2, /**< `sms` */
    ESAUTI_TICKET_CREATED_DATA_CHANNEL_WHATSAPP = 3, /**< `whatsapp` */
    ESAUTI_TICKET_CREATED_DATA_CHANNEL_WEB_FORM = 4, /**< `web_form` */
    ESAUTI_TICKET_CREATED_DATA_CHANNEL_PHONE = 5, /**< `phone` */
    ESAUTI_TICKET_CREATED_DATA_CHANNEL_CHAT = 6, /**< `chat` */
} esauti_ticket_created_data_channel;

/**
 * ticket_created_data.channel as stored in a struct: `value`, or the text in `other` (owned) when
 * value is 0.
 */
typedef struct esauti_ticket_created_data_channel_val {
    /**
     * The value; ESAUTI_TICKET_CREATED_DATA_CHANNEL_UNKNOWN_VALUE (0) when the JSON text is not one
     * this SDK version knows (then see `other`).
     */
    esauti_ticket_created_data_channel value;
    /**
     * When value is ESAUTI_TICKET_CREATED_DATA_CHANNEL_UNKNOWN_VALUE: the JSON text as received, or to
     * send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_ticket_created_data_channel_val;

/** The JSON text of a ticket_created_data.channel constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_ticket_created_data_channel_to_string(esauti_ticket_created_data_channel value);

/**
 * ticket_created_data.priority
 * Initial priority of the ticket.
 */
typedef enum esauti_ticket_created_data_priority {
    ESAUTI_TICKET_CREATED_DATA_PRIORITY_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_TICKET_CREATED_DATA_PRIORITY_LOW = 1, /**< `low` */
    ESAUTI_TICKET_CREATED_DATA_PRIORITY_NORMAL = 2, /**< `normal` */
    ESAUTI_TICKET_CREATED_DATA_PRIORITY_HIGH = 3, /**< `high` */
    ESAUTI_TICKET_CREATED_DATA_PRIORITY_URGENT = 4, /**< `urgent` */
} esauti_ticket_created_data_priority;

/**
 * ticket_created_data.priority as stored in a struct: `value`, or the text in `other` (owned) when
 * value is 0.
 */
typedef struct esauti_ticket_created_data_priority_val {
    /**
     * The value; ESAUTI_TICKET_CREATED_DATA_PRIORITY_UNKNOWN_VALUE (0) when the JSON text is not one
     * this SDK version knows (then see `other`).
     */
    esauti_ticket_created_data_priority value;
    /**
     * When value is ESAUTI_TICKET_CREATED_DATA_PRIORITY_UNKNOWN_VALUE: the JSON text as received, or
     * to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_ticket_created_data_priority_val;

/** The JSON text of a ticket_created_data.priority constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_ticket_created_data_priority_to_string(esauti_ticket_created_data_priority value);

/**
 * ticket_created_data.category
 * Topic the ticket was filed under.
 */
typedef enum esauti_ticket_created_data_category {
    ESAUTI_TICKET_CREATED_DATA_CATEGORY_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_TICKET_CREATED_DATA_CATEGORY_ORDER = 1, /**< `order` */
    ESAUTI_TICKET_CREATED_DATA_CATEGORY_PAYMENT = 2, /**< `payment` */
    ESAUTI_TICKET_CREATED_DATA_CATEGORY_DELIVERY = 3, /**< `delivery` */
    ESAUTI_TICKET_CREATED_DATA_CATEGORY_RETURNS = 4, /**< `returns` */
    ESAUTI_TICKET_CREATED_DATA_CATEGORY_ACCOUNT = 5, /**< `account` */
    ESAUTI_TICKET_CREATED_DATA_CATEGORY_PRODUCT = 6, /**< `product` */
    ESAUTI_TICKET_CREATED_DATA_CATEGORY_OTHER = 7, /**< `other` */
} esauti_ticket_created_data_category;

/**
 * ticket_created_data.category as stored in a struct: `value`, or the text in `other` (owned) when
 * value is 0.
 */
typedef struct esauti_ticket_created_data_category_val {
    /**
     * The value; ESAUTI_TICKET_CREATED_DATA_CATEGORY_UNKNOWN_VALUE (0) when the JSON text is not one
     * this SDK version knows (then see `other`).
     */
    esauti_ticket_created_data_category value;
    /**
     * When value is ESAUTI_TICKET_CREATED_DATA_CATEGORY_UNKNOWN_VALUE: the JSON text as received, or
     * to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_ticket_created_data_category_val;

/** The JSON text of a ticket_created_data.category constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_ticket_created_data_category_to_string(esauti_ticket_created_data_category value);

/**
 * ticket_assigned_data.assignment_method
 * How the assignee was chosen.
 */
typedef enum esauti_ticket_assigned_data_assignment_method {
    ESAUTI_TICKET_ASSIGNED_DATA_ASSIGNMENT_METHOD_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_TICKET_ASSIGNED_DATA_ASSIGNMENT_METHOD_MANUAL = 1, /**< `manual` */
    ESAUTI_TICKET_ASSIGNED_DATA_ASSIGNMENT_METHOD_ROUND_ROBIN = 2, /**< `round_robin` */
    ESAUTI_TICKET_ASSIGNED_DATA_ASSIGNMENT_METHOD_RULE = 3, /**< `rule` */
    ESAUTI_TICKET_ASSIGNED_DATA_ASSIGNMENT_METHOD_SELF = 4, /**< `self` */
} esauti_ticket_assigned_data_assignment_method;

/**
 * ticket_assigned_data.assignment_method as stored in a struct: `value`, or the text in `other`
 * (owned) when value is 0.
 */
typedef struct esauti_ticket_assigned_data_assignment_method_val {
    /**
     * The value; ESAUTI_TICKET_ASSIGNED_DATA_ASSIGNMENT_METHOD_UNKNOWN_VALUE (0) when the JSON text is
     * not one this SDK version knows (then see `other`).
     */
    esauti_ticket_assigned_data_assignment_method value;
    /**
     * When value is ESAUTI_TICKET_ASSIGNED_DATA_ASSIGNMENT_METHOD_UNKNOWN_VALUE: the JSON text as
     * received, or to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_ticket_assigned_data_assignment_method_val;

/**
 * The JSON text of a ticket_assigned_data.assignment_method constant, or NULL for an unknown
 * value.
 */
APIC_EXPORT const char *esauti_ticket_assigned_data_assignment_method_to_string(esauti_ticket_assigned_data_assignment_method value);

/**
 * ticket_status_changed_data.from_status
 * Status before the change.
 */
typedef enum esauti_ticket_status_changed_data_from_status {
    ESAUTI_TICKET_STATUS_CHANGED_DATA_FROM_STATUS_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_TICKET_STATUS_CHANGED_DATA_FROM_STATUS_NEW = 1, /**< `new` */
    ESAUTI_TICKET_STATUS_CHANGED_DATA_FROM_STATUS_OPEN = 2, /**< `open` */
    ESAUTI_TICKET_STATUS_CHANGED_DATA_FROM_STATUS_PENDING = 3, /**< `pending` */
    ESAUTI_TICKET_STATUS_CHANGED_DATA_FROM_STATUS_ON_HOLD = 4, /**< `on_hold` */
    ESAUTI_TICKET_STATUS_CHANGED_DATA_FROM_STATUS_SOLVED = 5, /**< `solved` */
    ESAUTI_TICKET_STATUS_CHANGED_DATA_FROM_STATUS_CLOSED = 6, /**< `closed` */
} esauti_ticket_status_changed_data_from_status;

/**
 * ticket_status_changed_data.from_status as stored in a struct: `value`, or the text in `other`
 * (owned) when value is 0.
 */
typedef struct esauti_ticket_status_changed_data_from_status_val {
    /**
     * The value; ESAUTI_TICKET_STATUS_CHANGED_DATA_FROM_STATUS_UNKNOWN_VALUE (0) when the JSON text is
     * not one this SDK version knows (then see `other`).
     */
    esauti_ticket_status_changed_data_from_status value;
    /**
     * When value is ESAUTI_TICKET_STATUS_CHANGED_DATA_FROM_STATUS_UNKNOWN_VALUE: the JSON text as
     * received, or to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_ticket_status_changed_data_from_status_val;

/**
 * The JSON text of a ticket_status_changed_data.from_status constant, or NULL for an unknown
 * value.
 */
APIC_EXPORT const char *esauti_ticket_status_changed_data_from_status_to_string(esauti_ticket_status_changed_data_from_status value);

/**
 * ticket_status_changed_data.to_status
 * Status after the change.
 */
typedef enum esauti_ticket_status_changed_data_to_status {
    ESAUTI_TICKET_STATUS_CHANGED_DATA_TO_STATUS_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_TICKET_STATUS_CHANGED_DATA_TO_STATUS_NEW = 1, /**< `new` */
    ESAUTI_TICKET_STATUS_CHANGED_DATA_TO_STATUS_OPEN = 2, /**< `open` */
    ESAUTI_TICKET_STATUS_CHANGED_DATA_TO_STATUS_PENDING = 3, /**< `pending` */
    ESAUTI_TICKET_STATUS_CHANGED_DATA_TO_STATUS_ON_HOLD = 4, /**< `on_hold` */
    ESAUTI_TICKET_STATUS_CHANGED_DATA_TO_STATUS_SOLVED = 5, /**< `solved` */
    ESAUTI_TICKET_STATUS_CHANGED_DATA_TO_STATUS_CLOSED = 6, /**< `closed` */
} esauti_ticket_status_changed_data_to_status;

/**
 * ticket_status_changed_data.to_status as stored in a struct: `value`, or the text in `other`
 * (owned) when value is 0.
 */
typedef struct esauti_ticket_status_changed_data_to_status_val {
    /**
     * The value; ESAUTI_TICKET_STATUS_CHANGED_DATA_TO_STATUS_UNKNOWN_VALUE (0) when the JSON text is
     * not one this SDK version knows (then see `other`).
     */
    esauti_ticket_status_changed_data_to_status value;
    /**
     * When value is ESAUTI_TICKET_STATUS_CHANGED_DATA_TO_STATUS_UNKNOWN_VALUE: the JSON text as
     * received, or to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_ticket_status_changed_data_to_status_val;

/** The JSON text of a ticket_status_changed_data.to_status constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_ticket_status_changed_data_to_status_to_string(esauti_ticket_status_changed_data_to_status value);

/**
 * ticket_status_changed_data.changed_by
 * Who or what made the change.
 */
typedef enum esauti_ticket_status_changed_data_changed_by {
    ESAUTI_TICKET_STATUS_CHANGED_DATA_CHANGED_BY_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_TICKET_STATUS_CHANGED_DATA_CHANGED_BY_AGENT = 1, /**< `agent` */
    ESAUTI_TICKET_STATUS_CHANGED_DATA_CHANGED_BY_CUSTOMER = 2, /**< `customer` */
    ESAUTI_TICKET_STATUS_CHANGED_DATA_CHANGED_BY_AUTOMATION = 3, /**< `automation` */
} esauti_ticket_status_changed_data_changed_by;

/**
 * ticket_status_changed_data.changed_by as stored in a struct: `value`, or the text in `other`
 * (owned) when value is 0.
 */
typedef struct esauti_ticket_status_changed_data_changed_by_val {
    /**
     * The value; ESAUTI_TICKET_STATUS_CHANGED_DATA_CHANGED_BY_UNKNOWN_VALUE (0) when the JSON text is
     * not one this SDK version knows (then see `other`).
     */
    esauti_ticket_status_changed_data_changed_by value;
    /**
     * When value is ESAUTI_TICKET_STATUS_CHANGED_DATA_CHANGED_BY_UNKNOWN_VALUE: the JSON text as
     * received, or to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_ticket_status_changed_data_changed_by_val;

/** The JSON text of a ticket_status_changed_data.changed_by constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_ticket_status_changed_data_changed_by_to_string(esauti_ticket_status_changed_data_changed_by value);

/**
 * ticket_agent_replied_data.channel
 * Channel the reply was sent on.
 */
typedef enum esauti_ticket_agent_replied_data_channel {
    ESAUTI_TICKET_AGENT_REPLIED_DATA_CHANNEL_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_TICKET_AGENT_REPLIED_DATA_CHANNEL_EMAIL = 1, /**< `email` */
    ESAUTI_TICKET_AGENT_REPLIED_DATA_CHANNEL_SMS = 2, /**< `sms` */
    ESAUTI_TICKET_AGENT_REPLIED_DATA_CHANNEL_WHATSAPP = 3, /**< `whatsapp` */
    ESAUTI_TICKET_AGENT_REPLIED_DATA_CHANNEL_WEB_FORM = 4, /**< `web_form` */
    ESAUTI_TICKET_AGENT_REPLIED_DATA_CHANNEL_PHONE = 5, /**< `phone` */
    ESAUTI_TICKET_AGENT_REPLIED_DATA_CHANNEL_CHAT = 6, /**< `chat` */
} esauti_ticket_agent_replied_data_channel;

/**
 * ticket_agent_replied_data.channel as stored in a struct: `value`, or the text in `other` (owned)
 * when value is 0.
 */
typedef struct esauti_ticket_agent_replied_data_channel_val {
    /**
     * The value; ESAUTI_TICKET_AGENT_REPLIED_DATA_CHANNEL_UNKNOWN_VALUE (0) when the JSON text is not
     * one this SDK version knows (then see `other`).
     */
    esauti_ticket_agent_replied_data_channel value;
    /**
     * When value is ESAUTI_TICKET_AGENT_REPLIED_DATA_CHANNEL_UNKNOWN_VALUE: the JSON text as received,
     * or to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_ticket_agent_replied_data_channel_val;

/** The JSON text of a ticket_agent_replied_data.channel constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_ticket_agent_replied_data_channel_to_string(esauti_ticket_agent_replied_data_channel value);

/**
 * ticket_customer_replied_data.channel
 * Channel the customer wrote on.
 */
typedef enum esauti_ticket_customer_replied_data_channel {
    ESAUTI_TICKET_CUSTOMER_REPLIED_DATA_CHANNEL_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_TICKET_CUSTOMER_REPLIED_DATA_CHANNEL_EMAIL = 1, /**< `email` */
    ESAUTI_TICKET_CUSTOMER_REPLIED_DATA_CHANNEL_SMS = 2, /**< `sms` */
    ESAUTI_TICKET_CUSTOMER_REPLIED_DATA_CHANNEL_WHATSAPP = 3, /**< `whatsapp` */
    ESAUTI_TICKET_CUSTOMER_REPLIED_DATA_CHANNEL_WEB_FORM = 4, /**< `web_form` */
    ESAUTI_TICKET_CUSTOMER_REPLIED_DATA_CHANNEL_PHONE = 5, /**< `phone` */
    ESAUTI_TICKET_CUSTOMER_REPLIED_DATA_CHANNEL_CHAT = 6, /**< `chat` */
} esauti_ticket_customer_replied_data_channel;

/**
 * ticket_customer_replied_data.channel as stored in a struct: `value`, or the text in `other`
 * (owned) when value is 0.
 */
typedef struct esauti_ticket_customer_replied_data_channel_val {
    /**
     * The value; ESAUTI_TICKET_CUSTOMER_REPLIED_DATA_CHANNEL_UNKNOWN_VALUE (0) when the JSON text is
     * not one this SDK version knows (then see `other`).
     */
    esauti_ticket_customer_replied_data_channel value;
    /**
     * When value is ESAUTI_TICKET_CUSTOMER_REPLIED_DATA_CHANNEL_UNKNOWN_VALUE: the JSON text as
     * received, or to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_ticket_customer_replied_data_channel_val;

/** The JSON text of a ticket_customer_replied_data.channel constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_ticket_customer_replied_data_channel_to_string(esauti_ticket_customer_replied_data_channel value);

/**
 * ticket_escalated_data.reason
 * Why the ticket was escalated.
 */
typedef enum esauti_ticket_escalated_data_reason {
    ESAUTI_TICKET_ESCALATED_DATA_REASON_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_TICKET_ESCALATED_DATA_REASON_CUSTOMER_REQUEST = 1, /**< `customer_request` */
    ESAUTI_TICKET_ESCALATED_DATA_REASON_SLA_RISK = 2, /**< `sla_risk` */
    ESAUTI_TICKET_ESCALATED_DATA_REASON_VIP_CUSTOMER = 3, /**< `vip_customer` */
    ESAUTI_TICKET_ESCALATED_DATA_REASON_COMPLEXITY = 4, /**< `complexity` */
    ESAUTI_TICKET_ESCALATED_DATA_REASON_COMPLAINT = 5, /**< `complaint` */
    ESAUTI_TICKET_ESCALATED_DATA_REASON_OTHER = 6, /**< `other` */
} esauti_ticket_escalated_data_reason;

/**
 * ticket_escalated_data.reason as stored in a struct: `value`, or the text in `other` (owned) when
 * value is 0.
 */
typedef struct esauti_ticket_escalated_data_reason_val {
    /**
     * The value; ESAUTI_TICKET_ESCALATED_DATA_REASON_UNKNOWN_VALUE (0) when the JSON text is not one
     * this SDK version knows (then see `other`).
     */
    esauti_ticket_escalated_data_reason value;
    /**
     * When value is ESAUTI_TICKET_ESCALATED_DATA_REASON_UNKNOWN_VALUE: the JSON text as received, or
     * to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_ticket_escalated_data_reason_val;

/** The JSON text of a ticket_escalated_data.reason constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_ticket_escalated_data_reason_to_string(esauti_ticket_escalated_data_reason value);

/**
 * ticket_escalated_data.escalated_by
 * Who escalated the ticket.
 */
typedef enum esauti_ticket_escalated_data_escalated_by {
    ESAUTI_TICKET_ESCALATED_DATA_ESCALATED_BY_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_TICKET_ESCALATED_DATA_ESCALATED_BY_AGENT = 1, /**< `agent` */
    ESAUTI_TICKET_ESCALATED_DATA_ESCALATED_BY_AUTOMATION = 2, /**< `automation` */
} esauti_ticket_escalated_data_escalated_by;

/**
 * ticket_escalated_data.escalated_by as stored in a struct: `value`, or the text in `other`
 * (owned) when value is 0.
 */
typedef struct esauti_ticket_escalated_data_escalated_by_val {
    /**
     * The value; ESAUTI_TICKET_ESCALATED_DATA_ESCALATED_BY_UNKNOWN_VALUE (0) when the JSON text is not
     * one this SDK version knows (then see `other`).
     */
    esauti_ticket_escalated_data_escalated_by value;
    /**
     * When value is ESAUTI_TICKET_ESCALATED_DATA_ESCALATED_BY_UNKNOWN_VALUE: the JSON text as
     * received, or to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_ticket_escalated_data_escalated_by_val;

/** The JSON text of a ticket_escalated_data.escalated_by constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_ticket_escalated_data_escalated_by_to_string(esauti_ticket_escalated_data_escalated_by value);

/**
 * ticket_sla_breached_data.sla_metric
 * Which target was missed.
 */
typedef enum esauti_ticket_sla_breached_data_sla_metric {
    ESAUTI_TICKET_SLA_BREACHED_DATA_SLA_METRIC_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_TICKET_SLA_BREACHED_DATA_SLA_METRIC_FIRST_RESPONSE = 1, /**< `first_response` */
    ESAUTI_TICKET_SLA_BREACHED_DATA_SLA_METRIC_NEXT_RESPONSE = 2, /**< `next_response` */
    ESAUTI_TICKET_SLA_BREACHED_DATA_SLA_METRIC_RESOLUTION = 3, /**< `resolution` */
} esauti_ticket_sla_breached_data_sla_metric;

/**
 * ticket_sla_breached_data.sla_metric as stored in a struct: `value`, or the text in `other`
 * (owned) when value is 0.
 */
typedef struct esauti_ticket_sla_breached_data_sla_metric_val {
    /**
     * The value; ESAUTI_TICKET_SLA_BREACHED_DATA_SLA_METRIC_UNKNOWN_VALUE (0) when the JSON text is
     * not one this SDK version knows (then see `other`).
     */
    esauti_ticket_sla_breached_data_sla_metric value;
    /**
     * When value is ESAUTI_TICKET_SLA_BREACHED_DATA_SLA_METRIC_UNKNOWN_VALUE: the JSON text as
     * received, or to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_ticket_sla_breached_data_sla_metric_val;

/** The JSON text of a ticket_sla_breached_data.sla_metric constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_ticket_sla_breached_data_sla_metric_to_string(esauti_ticket_sla_breached_data_sla_metric value);

/**
 * ticket_sla_breached_data.priority
 * Ticket priority when the target was missed.
 */
typedef enum esauti_ticket_sla_breached_data_priority {
    ESAUTI_TICKET_SLA_BREACHED_DATA_PRIORITY_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_TICKET_SLA_BREACHED_DATA_PRIORITY_LOW = 1, /**< `low` */
    ESAUTI_TICKET_SLA_BREACHED_DATA_PRIORITY_NORMAL = 2, /**< `normal` */
    ESAUTI_TICKET_SLA_BREACHED_DATA_PRIORITY_HIGH = 3, /**< `high` */
    ESAUTI_TICKET_SLA_BREACHED_DATA_PRIORITY_URGENT = 4, /**< `urgent` */
} esauti_ticket_sla_breached_data_priority;

/**
 * ticket_sla_breached_data.priority as stored in a struct: `value`, or the text in `other` (owned)
 * when value is 0.
 */
typedef struct esauti_ticket_sla_breached_data_priority_val {
    /**
     * The value; ESAUTI_TICKET_SLA_BREACHED_DATA_PRIORITY_UNKNOWN_VALUE (0) when the JSON text is not
     * one this SDK version knows (then see `other`).
     */
    esauti_ticket_sla_breached_data_priority value;
    /**
     * When value is ESAUTI_TICKET_SLA_BREACHED_DATA_PRIORITY_UNKNOWN_VALUE: the JSON text as received,
     * or to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_ticket_sla_breached_data_priority_val;

/** The JSON text of a ticket_sla_breached_data.priority constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_ticket_sla_breached_data_priority_to_string(esauti_ticket_sla_breached_data_priority value);

/**
 * ticket_resolved_data.resolution_code
 * Outcome category of the ticket.
 */
typedef enum esauti_ticket_resolved_data_resolution_code {
    ESAUTI_TICKET_RESOLVED_DATA_RESOLUTION_CODE_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_TICKET_RESOLVED_DATA_RESOLUTION_CODE_ANSWERED = 1, /**< `answered` */
    ESAUTI_TICKET_RESOLVED_DATA_RESOLUTION_CODE_REFUND_ISSUED = 2, /**< `refund_issued` */
    ESAUTI_TICKET_RESOLVED_DATA_RESOLUTION_CODE_REPLACEMENT_SENT = 3, /**< `replacement_sent` */
    ESAUTI_TICKET_RESOLVED_DATA_RESOLUTION_CODE_ORDER_DELIVERED = 4, /**< `order_delivered` */
    ESAUTI_TICKET_RESOLVED_DATA_RESOLUTION_CODE_DUPLICATE = 5, /**< `duplicate` */
    ESAUTI_TICKET_RESOLVED_DATA_RESOLUTION_CODE_NO_RESPONSE = 6, /**< `no_response` */
    ESAUTI_TICKET_RESOLVED_DATA_RESOLUTION_CODE_OTHER = 7, /**< `other` */
} esauti_ticket_resolved_data_resolution_code;

/**
 * ticket_resolved_data.resolution_code as stored in a struct: `value`, or the text in `other`
 * (owned) when value is 0.
 */
typedef struct esauti_ticket_resolved_data_resolution_code_val {
    /**
     * The value; ESAUTI_TICKET_RESOLVED_DATA_RESOLUTION_CODE_UNKNOWN_VALUE (0) when the JSON text is
     * not one this SDK version knows (then see `other`).
     */
    esauti_ticket_resolved_data_resolution_code value;
    /**
     * When value is ESAUTI_TICKET_RESOLVED_DATA_RESOLUTION_CODE_UNKNOWN_VALUE: the JSON text as
     * received, or to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_ticket_resolved_data_resolution_code_val;

/** The JSON text of a ticket_resolved_data.resolution_code constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_ticket_resolved_data_resolution_code_to_string(esauti_ticket_resolved_data_resolution_code value);

/**
 * ticket_reopened_data.reopened_by
 * Who reopened the ticket.
 */
typedef enum esauti_ticket_reopened_data_reopened_by {
    ESAUTI_TICKET_REOPENED_DATA_REOPENED_BY_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_TICKET_REOPENED_DATA_REOPENED_BY_CUSTOMER = 1, /**< `customer` */
    ESAUTI_TICKET_REOPENED_DATA_REOPENED_BY_AGENT = 2, /**< `agent` */
    ESAUTI_TICKET_REOPENED_DATA_REOPENED_BY_AUTOMATION = 3, /**< `automation` */
} esauti_ticket_reopened_data_reopened_by;

/**
 * ticket_reopened_data.reopened_by as stored in a struct: `value`, or the text in `other` (owned)
 * when value is 0.
 */
typedef struct esauti_ticket_reopened_data_reopened_by_val {
    /**
     * The value; ESAUTI_TICKET_REOPENED_DATA_REOPENED_BY_UNKNOWN_VALUE (0) when the JSON text is not
     * one this SDK version knows (then see `other`).
     */
    esauti_ticket_reopened_data_reopened_by value;
    /**
     * When value is ESAUTI_TICKET_REOPENED_DATA_REOPENED_BY_UNKNOWN_VALUE: the JSON text as received,
     * or to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_ticket_reopened_data_reopened_by_val;

/** The JSON text of a ticket_reopened_data.reopened_by constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_ticket_reopened_data_reopened_by_to_string(esauti_ticket_reopened_data_reopened_by value);

/**
 * ticket_reopened_data.previous_status
 * Status the ticket had before reopening.
 */
typedef enum esauti_ticket_reopened_data_previous_status {
    ESAUTI_TICKET_REOPENED_DATA_PREVIOUS_STATUS_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_TICKET_REOPENED_DATA_PREVIOUS_STATUS_SOLVED = 1, /**< `solved` */
    ESAUTI_TICKET_REOPENED_DATA_PREVIOUS_STATUS_CLOSED = 2, /**< `closed` */
} esauti_ticket_reopened_data_previous_status;

/**
 * ticket_reopened_data.previous_status as stored in a struct: `value`, or the text in `other`
 * (owned) when value is 0.
 */
typedef struct esauti_ticket_reopened_data_previous_status_val {
    /**
     * The value; ESAUTI_TICKET_REOPENED_DATA_PREVIOUS_STATUS_UNKNOWN_VALUE (0) when the JSON text is
     * not one this SDK version knows (then see `other`).
     */
    esauti_ticket_reopened_data_previous_status value;
    /**
     * When value is ESAUTI_TICKET_REOPENED_DATA_PREVIOUS_STATUS_UNKNOWN_VALUE: the JSON text as
     * received, or to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_ticket_reopened_data_previous_status_val;

/** The JSON text of a ticket_reopened_data.previous_status constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_ticket_reopened_data_previous_status_to_string(esauti_ticket_reopened_data_previous_status value);

/**
 * ticket_closed_data.close_reason
 * Why the ticket was closed.
 */
typedef enum esauti_ticket_closed_data_close_reason {
    ESAUTI_TICKET_CLOSED_DATA_CLOSE_REASON_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_TICKET_CLOSED_DATA_CLOSE_REASON_RESOLVED = 1, /**< `resolved` */
    ESAUTI_TICKET_CLOSED_DATA_CLOSE_REASON_AUTO_CLOSED_INACTIVE = 2, /**< `auto_closed_inactive` */
    ESAUTI_TICKET_CLOSED_DATA_CLOSE_REASON_MERGED = 3, /**< `merged` */
    ESAUTI_TICKET_CLOSED_DATA_CLOSE_REASON_SPAM = 4, /**< `spam` */
} esauti_ticket_closed_data_close_reason;

/**
 * ticket_closed_data.close_reason as stored in a struct: `value`, or the text in `other` (owned)
 * when value is 0.
 */
typedef struct esauti_ticket_closed_data_close_reason_val {
    /**
     * The value; ESAUTI_TICKET_CLOSED_DATA_CLOSE_REASON_UNKNOWN_VALUE (0) when the JSON text is not
     * one this SDK version knows (then see `other`).
     */
    esauti_ticket_closed_data_close_reason value;
    /**
     * When value is ESAUTI_TICKET_CLOSED_DATA_CLOSE_REASON_UNKNOWN_VALUE: the JSON text as received,
     * or to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_ticket_closed_data_close_reason_val;

/** The JSON text of a ticket_closed_data.close_reason constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_ticket_closed_data_close_reason_to_string(esauti_ticket_closed_data_close_reason value);

/**
 * ticket_satisfaction_rated_data.rating
 * The customer's verdict on the support received.
 */
typedef enum esauti_ticket_satisfaction_rated_data_rating {
    ESAUTI_TICKET_SATISFACTION_RATED_DATA_RATING_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_TICKET_SATISFACTION_RATED_DATA_RATING_GOOD = 1, /**< `good` */
    ESAUTI_TICKET_SATISFACTION_RATED_DATA_RATING_BAD = 2, /**< `bad` */
} esauti_ticket_satisfaction_rated_data_rating;

/**
 * ticket_satisfaction_rated_data.rating as stored in a struct: `value`, or the text in `other`
 * (owned) when value is 0.
 */
typedef struct esauti_ticket_satisfaction_rated_data_rating_val {
    /**
     * The value; ESAUTI_TICKET_SATISFACTION_RATED_DATA_RATING_UNKNOWN_VALUE (0) when the JSON text is
     * not one this SDK version knows (then see `other`).
     */
    esauti_ticket_satisfaction_rated_data_rating value;
    /**
     * When value is ESAUTI_TICKET_SATISFACTION_RATED_DATA_RATING_UNKNOWN_VALUE: the JSON text as
     * received, or to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_ticket_satisfaction_rated_data_rating_val;

/** The JSON text of a ticket_satisfaction_rated_data.rating constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_ticket_satisfaction_rated_data_rating_to_string(esauti_ticket_satisfaction_rated_data_rating value);

/**
 * email_sent_data.category
 * Whether the email is promotional or tied to an action of the customer.
 */
typedef enum esauti_email_sent_data_category {
    ESAUTI_EMAIL_SENT_DATA_CATEGORY_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_EMAIL_SENT_DATA_CATEGORY_MARKETING = 1, /**< `marketing` */
    ESAUTI_EMAIL_SENT_DATA_CATEGORY_TRANSACTIONAL = 2, /**< `transactional` */
} esauti_email_sent_data_category;

/**
 * email_sent_data.category as stored in a struct: `value`, or the text in `other` (owned) when
 * value is 0.
 */
typedef struct esauti_email_sent_data_category_val {
    /**
     * The value; ESAUTI_EMAIL_SENT_DATA_CATEGORY_UNKNOWN_VALUE (0) when the JSON text is not one this
     * SDK version knows (then see `other`).
     */
    esauti_email_sent_data_category value;
    /**
     * When value is ESAUTI_EMAIL_SENT_DATA_CATEGORY_UNKNOWN_VALUE: the JSON text as received, or to
     * send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_email_sent_data_category_val;

/** The JSON text of a email_sent_data.category constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_email_sent_data_category_to_string(esauti_email_sent_data_category value);

/**
 * email_bounced_data.bounce_type
 * Permanent failure or temporary failure or rejection by policy.
 */
typedef enum esauti_email_bounced_data_bounce_type {
    ESAUTI_EMAIL_BOUNCED_DATA_BOUNCE_TYPE_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_EMAIL_BOUNCED_DATA_BOUNCE_TYPE_HARD = 1, /**< `hard` */
    ESAUTI_EMAIL_BOUNCED_DATA_BOUNCE_TYPE_SOFT = 2, /**< `soft` */
    ESAUTI_EMAIL_BOUNCED_DATA_BOUNCE_TYPE_BLOCK = 3, /**< `block` */
} esauti_email_bounced_data_bounce_type;

/**
 * email_bounced_data.bounce_type as stored in a struct: `value`, or the text in `other` (owned)
 * when value is 0.
 */
typedef struct esauti_email_bounced_data_bounce_type_val {
    /**
     * The value; ESAUTI_EMAIL_BOUNCED_DATA_BOUNCE_TYPE_UNKNOWN_VALUE (0) when the JSON text is not one
     * this SDK version knows (then see `other`).
     */
    esauti_email_bounced_data_bounce_type value;
    /**
     * When value is ESAUTI_EMAIL_BOUNCED_DATA_BOUNCE_TYPE_UNKNOWN_VALUE: the JSON text as received, or
     * to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_email_bounced_data_bounce_type_val;

/** The JSON text of a email_bounced_data.bounce_type constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_email_bounced_data_bounce_type_to_string(esauti_email_bounced_data_bounce_type value);

/**
 * email_bounced_data.reason
 * Normalised bounce reason.
 */
typedef enum esauti_email_bounced_data_reason {
    ESAUTI_EMAIL_BOUNCED_DATA_REASON_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_EMAIL_BOUNCED_DATA_REASON_MAILBOX_NOT_FOUND = 1, /**< `mailbox_not_found` */
    ESAUTI_EMAIL_BOUNCED_DATA_REASON_DOMAIN_NOT_FOUND = 2, /**< `domain_not_found` */
    ESAUTI_EMAIL_BOUNCED_DATA_REASON_MAILBOX_FULL = 3, /**< `mailbox_full` */
    ESAUTI_EMAIL_BOUNCED_DATA_REASON_MESSAGE_TOO_LARGE = 4, /**< `message_too_large` */
    ESAUTI_EMAIL_BOUNCED_DATA_REASON_SPAM_REJECTED = 5, /**< `spam_rejected` */
    ESAUTI_EMAIL_BOUNCED_DATA_REASON_OTHER = 6, /**< `other` */
} esauti_email_bounced_data_reason;

/**
 * email_bounced_data.reason as stored in a struct: `value`, or the text in `other` (owned) when
 * value is 0.
 */
typedef struct esauti_email_bounced_data_reason_val {
    /**
     * The value; ESAUTI_EMAIL_BOUNCED_DATA_REASON_UNKNOWN_VALUE (0) when the JSON text is not one this
     * SDK version knows (then see `other`).
     */
    esauti_email_bounced_data_reason value;
    /**
     * When value is ESAUTI_EMAIL_BOUNCED_DATA_REASON_UNKNOWN_VALUE: the JSON text as received, or to
     * send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_email_bounced_data_reason_val;

/** The JSON text of a email_bounced_data.reason constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_email_bounced_data_reason_to_string(esauti_email_bounced_data_reason value);

/**
 * sms_sent_data.category
 * Whether the SMS is promotional or tied to an action of the customer.
 */
typedef enum esauti_sms_sent_data_category {
    ESAUTI_SMS_SENT_DATA_CATEGORY_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_SMS_SENT_DATA_CATEGORY_MARKETING = 1, /**< `marketing` */
    ESAUTI_SMS_SENT_DATA_CATEGORY_TRANSACTIONAL = 2, /**< `transactional` */
} esauti_sms_sent_data_category;

/**
 * sms_sent_data.category as stored in a struct: `value`, or the text in `other` (owned) when value
 * is 0.
 */
typedef struct esauti_sms_sent_data_category_val {
    /**
     * The value; ESAUTI_SMS_SENT_DATA_CATEGORY_UNKNOWN_VALUE (0) when the JSON text is not one this
     * SDK version knows (then see `other`).
     */
    esauti_sms_sent_data_category value;
    /**
     * When value is ESAUTI_SMS_SENT_DATA_CATEGORY_UNKNOWN_VALUE: the JSON text as received, or to
     * send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_sms_sent_data_category_val;

/** The JSON text of a sms_sent_data.category constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_sms_sent_data_category_to_string(esauti_sms_sent_data_category value);

/**
 * sms_failed_data.reason
 * Normalised failure reason.
 */
typedef enum esauti_sms_failed_data_reason {
    ESAUTI_SMS_FAILED_DATA_REASON_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_SMS_FAILED_DATA_REASON_INVALID_NUMBER = 1, /**< `invalid_number` */
    ESAUTI_SMS_FAILED_DATA_REASON_ABSENT_SUBSCRIBER = 2, /**< `absent_subscriber` */
    ESAUTI_SMS_FAILED_DATA_REASON_BLACKLISTED = 3, /**< `blacklisted` */
    ESAUTI_SMS_FAILED_DATA_REASON_DND_BLOCKED = 4, /**< `dnd_blocked` */
    ESAUTI_SMS_FAILED_DATA_REASON_NETWORK_ERROR = 5, /**< `network_error` */
    ESAUTI_SMS_FAILED_DATA_REASON_EXPIRED = 6, /**< `expired` */
    ESAUTI_SMS_FAILED_DATA_REASON_INSUFFICIENT_BALANCE = 7, /**< `insufficient_balance` */
    ESAUTI_SMS_FAILED_DATA_REASON_OTHER = 8, /**< `other` */
} esauti_sms_failed_data_reason;

/**
 * sms_failed_data.reason as stored in a struct: `value`, or the text in `other` (owned) when value
 * is 0.
 */
typedef struct esauti_sms_failed_data_reason_val {
    /**
     * The value; ESAUTI_SMS_FAILED_DATA_REASON_UNKNOWN_VALUE (0) when the JSON text is not one this
     * SDK version knows (then see `other`).
     */
    esauti_sms_failed_data_reason value;
    /**
     * When value is ESAUTI_SMS_FAILED_DATA_REASON_UNKNOWN_VALUE: the JSON text as received, or to
     * send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_sms_failed_data_reason_val;

/** The JSON text of a sms_failed_data.reason constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_sms_failed_data_reason_to_string(esauti_sms_failed_data_reason value);

/**
 * whatsapp_sent_data.message_type
 * Kind of WhatsApp message sent.
 */
typedef enum esauti_whatsapp_sent_data_message_type {
    ESAUTI_WHATSAPP_SENT_DATA_MESSAGE_TYPE_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_WHATSAPP_SENT_DATA_MESSAGE_TYPE_TEMPLATE = 1, /**< `template` */
    ESAUTI_WHATSAPP_SENT_DATA_MESSAGE_TYPE_TEXT = 2, /**< `text` */
    ESAUTI_WHATSAPP_SENT_DATA_MESSAGE_TYPE_IMAGE = 3, /**< `image` */
    ESAUTI_WHATSAPP_SENT_DATA_MESSAGE_TYPE_DOCUMENT = 4, /**< `document` */
    ESAUTI_WHATSAPP_SENT_DATA_MESSAGE_TYPE_INTERACTIVE = 5, /**< `interactive` */
} esauti_whatsapp_sent_data_message_type;

/**
 * whatsapp_sent_data.message_type as stored in a struct: `value`, or the text in `other` (owned)
 * when value is 0.
 */
typedef struct esauti_whatsapp_sent_data_message_type_val {
    /**
     * The value; ESAUTI_WHATSAPP_SENT_DATA_MESSAGE_TYPE_UNKNOWN_VALUE (0) when the JSON text is not
     * one this SDK version knows (then see `other`).
     */
    esauti_whatsapp_sent_data_message_type value;
    /**
     * When value is ESAUTI_WHATSAPP_SENT_DATA_MESSAGE_TYPE_UNKNOWN_VALUE: the JSON text as received,
     * or to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_whatsapp_sent_data_message_type_val;

/** The JSON text of a whatsapp_sent_data.message_type constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_whatsapp_sent_data_message_type_to_string(esauti_whatsapp_sent_data_message_type value);

/**
 * whatsapp_sent_data.conversation_category
 * WhatsApp pricing category of the conversation.
 */
typedef enum esauti_whatsapp_sent_data_conversation_category {
    ESAUTI_WHATSAPP_SENT_DATA_CONVERSATION_CATEGORY_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_WHATSAPP_SENT_DATA_CONVERSATION_CATEGORY_MARKETING = 1, /**< `marketing` */
    ESAUTI_WHATSAPP_SENT_DATA_CONVERSATION_CATEGORY_UTILITY = 2, /**< `utility` */
    ESAUTI_WHATSAPP_SENT_DATA_CONVERSATION_CATEGORY_AUTHENTICATION = 3, /**< `authentication` */
    ESAUTI_WHATSAPP_SENT_DATA_CONVERSATION_CATEGORY_SERVICE = 4, /**< `service` */
} esauti_whatsapp_sent_data_conversation_category;

/**
 * whatsapp_sent_data.conversation_category as stored in a struct: `value`, or the text in `other`
 * (owned) when value is 0.
 */
typedef struct esauti_whatsapp_sent_data_conversation_category_val {
    /**
     * The value; ESAUTI_WHATSAPP_SENT_DATA_CONVERSATION_CATEGORY_UNKNOWN_VALUE (0) when the JSON text
     * is not one this SDK version knows (then see `other`).
     */
    esauti_whatsapp_sent_data_conversation_category value;
    /**
     * When value is ESAUTI_WHATSAPP_SENT_DATA_CONVERSATION_CATEGORY_UNKNOWN_VALUE: the JSON text as
     * received, or to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_whatsapp_sent_data_conversation_category_val;

/**
 * The JSON text of a whatsapp_sent_data.conversation_category constant, or NULL for an unknown
 * value.
 */
APIC_EXPORT const char *esauti_whatsapp_sent_data_conversation_category_to_string(esauti_whatsapp_sent_data_conversation_category value);

/**
 * whatsapp_clicked_data.click_type
 * What the customer tapped.
 */
typedef enum esauti_whatsapp_clicked_data_click_type {
    ESAUTI_WHATSAPP_CLICKED_DATA_CLICK_TYPE_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_WHATSAPP_CLICKED_DATA_CLICK_TYPE_URL_BUTTON = 1, /**< `url_button` */
    ESAUTI_WHATSAPP_CLICKED_DATA_CLICK_TYPE_QUICK_REPLY = 2, /**< `quick_reply` */
    ESAUTI_WHATSAPP_CLICKED_DATA_CLICK_TYPE_LINK = 3, /**< `link` */
} esauti_whatsapp_clicked_data_click_type;

/**
 * whatsapp_clicked_data.click_type as stored in a struct: `value`, or the text in `other` (owned)
 * when value is 0.
 */
typedef struct esauti_whatsapp_clicked_data_click_type_val {
    /**
     * The value; ESAUTI_WHATSAPP_CLICKED_DATA_CLICK_TYPE_UNKNOWN_VALUE (0) when the JSON text is not
     * one this SDK version knows (then see `other`).
     */
    esauti_whatsapp_clicked_data_click_type value;
    /**
     * When value is ESAUTI_WHATSAPP_CLICKED_DATA_CLICK_TYPE_UNKNOWN_VALUE: the JSON text as received,
     * or to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_whatsapp_clicked_data_click_type_val;

/** The JSON text of a whatsapp_clicked_data.click_type constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_whatsapp_clicked_data_click_type_to_string(esauti_whatsapp_clicked_data_click_type value);

/**
 * whatsapp_failed_data.reason
 * Normalised failure reason.
 */
typedef enum esauti_whatsapp_failed_data_reason {
    ESAUTI_WHATSAPP_FAILED_DATA_REASON_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_WHATSAPP_FAILED_DATA_REASON_NOT_ON_WHATSAPP = 1, /**< `not_on_whatsapp` */
    ESAUTI_WHATSAPP_FAILED_DATA_REASON_OUTSIDE_SERVICE_WINDOW = 2, /**< `outside_service_window` */
    ESAUTI_WHATSAPP_FAILED_DATA_REASON_TEMPLATE_REJECTED = 3, /**< `template_rejected` */
    ESAUTI_WHATSAPP_FAILED_DATA_REASON_RATE_LIMITED = 4, /**< `rate_limited` */
    ESAUTI_WHATSAPP_FAILED_DATA_REASON_USER_BLOCKED = 5, /**< `user_blocked` */
    ESAUTI_WHATSAPP_FAILED_DATA_REASON_OTHER = 6, /**< `other` */
} esauti_whatsapp_failed_data_reason;

/**
 * whatsapp_failed_data.reason as stored in a struct: `value`, or the text in `other` (owned) when
 * value is 0.
 */
typedef struct esauti_whatsapp_failed_data_reason_val {
    /**
     * The value; ESAUTI_WHATSAPP_FAILED_DATA_REASON_UNKNOWN_VALUE (0) when the JSON text is not one
     * this SDK version knows (then see `other`).
     */
    esauti_whatsapp_failed_data_reason value;
    /**
     * When value is ESAUTI_WHATSAPP_FAILED_DATA_REASON_UNKNOWN_VALUE: the JSON text as received, or to
     * send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_whatsapp_failed_data_reason_val;

/** The JSON text of a whatsapp_failed_data.reason constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_whatsapp_failed_data_reason_to_string(esauti_whatsapp_failed_data_reason value);

/**
 * push_sent_data.platform
 * Platform of the target device.
 */
typedef enum esauti_push_sent_data_platform {
    ESAUTI_PUSH_SENT_DATA_PLATFORM_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_PUSH_SENT_DATA_PLATFORM_ANDROID = 1, /**< `android` */
    ESAUTI_PUSH_SENT_DATA_PLATFORM_IOS = 2, /**< `ios` */
    ESAUTI_PUSH_SENT_DATA_PLATFORM_WEB = 3, /**< `web` */
} esauti_push_sent_data_platform;

/**
 * push_sent_data.platform as stored in a struct: `value`, or the text in `other` (owned) when
 * value is 0.
 */
typedef struct esauti_push_sent_data_platform_val {
    /**
     * The value; ESAUTI_PUSH_SENT_DATA_PLATFORM_UNKNOWN_VALUE (0) when the JSON text is not one this
     * SDK version knows (then see `other`).
     */
    esauti_push_sent_data_platform value;
    /**
     * When value is ESAUTI_PUSH_SENT_DATA_PLATFORM_UNKNOWN_VALUE: the JSON text as received, or to
     * send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_push_sent_data_platform_val;

/** The JSON text of a push_sent_data.platform constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_push_sent_data_platform_to_string(esauti_push_sent_data_platform value);

/**
 * push_delivered_data.platform
 * Platform of the device.
 */
typedef enum esauti_push_delivered_data_platform {
    ESAUTI_PUSH_DELIVERED_DATA_PLATFORM_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_PUSH_DELIVERED_DATA_PLATFORM_ANDROID = 1, /**< `android` */
    ESAUTI_PUSH_DELIVERED_DATA_PLATFORM_IOS = 2, /**< `ios` */
    ESAUTI_PUSH_DELIVERED_DATA_PLATFORM_WEB = 3, /**< `web` */
} esauti_push_delivered_data_platform;

/**
 * push_delivered_data.platform as stored in a struct: `value`, or the text in `other` (owned) when
 * value is 0.
 */
typedef struct esauti_push_delivered_data_platform_val {
    /**
     * The value; ESAUTI_PUSH_DELIVERED_DATA_PLATFORM_UNKNOWN_VALUE (0) when the JSON text is not one
     * this SDK version knows (then see `other`).
     */
    esauti_push_delivered_data_platform value;
    /**
     * When value is ESAUTI_PUSH_DELIVERED_DATA_PLATFORM_UNKNOWN_VALUE: the JSON text as received, or
     * to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_push_delivered_data_platform_val;

/** The JSON text of a push_delivered_data.platform constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_push_delivered_data_platform_to_string(esauti_push_delivered_data_platform value);

/**
 * push_opened_data.platform
 * Platform of the device.
 */
typedef enum esauti_push_opened_data_platform {
    ESAUTI_PUSH_OPENED_DATA_PLATFORM_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_PUSH_OPENED_DATA_PLATFORM_ANDROID = 1, /**< `android` */
    ESAUTI_PUSH_OPENED_DATA_PLATFORM_IOS = 2, /**< `ios` */
    ESAUTI_PUSH_OPENED_DATA_PLATFORM_WEB = 3, /**< `web` */
} esauti_push_opened_data_platform;

/**
 * push_opened_data.platform as stored in a struct: `value`, or the text in `other` (owned) when
 * value is 0.
 */
typedef struct esauti_push_opened_data_platform_val {
    /**
     * The value; ESAUTI_PUSH_OPENED_DATA_PLATFORM_UNKNOWN_VALUE (0) when the JSON text is not one this
     * SDK version knows (then see `other`).
     */
    esauti_push_opened_data_platform value;
    /**
     * When value is ESAUTI_PUSH_OPENED_DATA_PLATFORM_UNKNOWN_VALUE: the JSON text as received, or to
     * send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_push_opened_data_platform_val;

/** The JSON text of a push_opened_data.platform constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_push_opened_data_platform_to_string(esauti_push_opened_data_platform value);

/**
 * push_dismissed_data.platform
 * Platform of the device.
 */
typedef enum esauti_push_dismissed_data_platform {
    ESAUTI_PUSH_DISMISSED_DATA_PLATFORM_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_PUSH_DISMISSED_DATA_PLATFORM_ANDROID = 1, /**< `android` */
    ESAUTI_PUSH_DISMISSED_DATA_PLATFORM_WEB = 2, /**< `web` */
} esauti_push_dismissed_data_platform;

/**
 * push_dismissed_data.platform as stored in a struct: `value`, or the text in `other` (owned) when
 * value is 0.
 */
typedef struct esauti_push_dismissed_data_platform_val {
    /**
     * The value; ESAUTI_PUSH_DISMISSED_DATA_PLATFORM_UNKNOWN_VALUE (0) when the JSON text is not one
     * this SDK version knows (then see `other`).
     */
    esauti_push_dismissed_data_platform value;
    /**
     * When value is ESAUTI_PUSH_DISMISSED_DATA_PLATFORM_UNKNOWN_VALUE: the JSON text as received, or
     * to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_push_dismissed_data_platform_val;

/** The JSON text of a push_dismissed_data.platform constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_push_dismissed_data_platform_to_string(esauti_push_dismissed_data_platform value);

/**
 * push_failed_data.platform
 * Platform of the device.
 */
typedef enum esauti_push_failed_data_platform {
    ESAUTI_PUSH_FAILED_DATA_PLATFORM_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_PUSH_FAILED_DATA_PLATFORM_ANDROID = 1, /**< `android` */
    ESAUTI_PUSH_FAILED_DATA_PLATFORM_IOS = 2, /**< `ios` */
    ESAUTI_PUSH_FAILED_DATA_PLATFORM_WEB = 3, /**< `web` */
} esauti_push_failed_data_platform;

/**
 * push_failed_data.platform as stored in a struct: `value`, or the text in `other` (owned) when
 * value is 0.
 */
typedef struct esauti_push_failed_data_platform_val {
    /**
     * The value; ESAUTI_PUSH_FAILED_DATA_PLATFORM_UNKNOWN_VALUE (0) when the JSON text is not one this
     * SDK version knows (then see `other`).
     */
    esauti_push_failed_data_platform value;
    /**
     * When value is ESAUTI_PUSH_FAILED_DATA_PLATFORM_UNKNOWN_VALUE: the JSON text as received, or to
     * send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_push_failed_data_platform_val;

/** The JSON text of a push_failed_data.platform constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_push_failed_data_platform_to_string(esauti_push_failed_data_platform value);

/**
 * push_failed_data.reason
 * Normalised failure reason.
 */
typedef enum esauti_push_failed_data_reason {
    ESAUTI_PUSH_FAILED_DATA_REASON_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_PUSH_FAILED_DATA_REASON_TOKEN_UNREGISTERED = 1, /**< `token_unregistered` */
    ESAUTI_PUSH_FAILED_DATA_REASON_TOKEN_INVALID = 2, /**< `token_invalid` */
    ESAUTI_PUSH_FAILED_DATA_REASON_PAYLOAD_TOO_LARGE = 3, /**< `payload_too_large` */
    ESAUTI_PUSH_FAILED_DATA_REASON_QUOTA_EXCEEDED = 4, /**< `quota_exceeded` */
    ESAUTI_PUSH_FAILED_DATA_REASON_PROVIDER_ERROR = 5, /**< `provider_error` */
} esauti_push_failed_data_reason;

/**
 * push_failed_data.reason as stored in a struct: `value`, or the text in `other` (owned) when
 * value is 0.
 */
typedef struct esauti_push_failed_data_reason_val {
    /**
     * The value; ESAUTI_PUSH_FAILED_DATA_REASON_UNKNOWN_VALUE (0) when the JSON text is not one this
     * SDK version knows (then see `other`).
     */
    esauti_push_failed_data_reason value;
    /**
     * When value is ESAUTI_PUSH_FAILED_DATA_REASON_UNKNOWN_VALUE: the JSON text as received, or to
     * send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_push_failed_data_reason_val;

/** The JSON text of a push_failed_data.reason constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_push_failed_data_reason_to_string(esauti_push_failed_data_reason value);

/**
 * campaign_entered_data.campaign_type
 * Kind of campaign.
 */
typedef enum esauti_campaign_entered_data_campaign_type {
    ESAUTI_CAMPAIGN_ENTERED_DATA_CAMPAIGN_TYPE_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_CAMPAIGN_ENTERED_DATA_CAMPAIGN_TYPE_BROADCAST = 1, /**< `broadcast` */
    ESAUTI_CAMPAIGN_ENTERED_DATA_CAMPAIGN_TYPE_JOURNEY = 2, /**< `journey` */
    ESAUTI_CAMPAIGN_ENTERED_DATA_CAMPAIGN_TYPE_TRIGGER = 3, /**< `trigger` */
    ESAUTI_CAMPAIGN_ENTERED_DATA_CAMPAIGN_TYPE_RECURRING = 4, /**< `recurring` */
} esauti_campaign_entered_data_campaign_type;

/**
 * campaign_entered_data.campaign_type as stored in a struct: `value`, or the text in `other`
 * (owned) when value is 0.
 */
typedef struct esauti_campaign_entered_data_campaign_type_val {
    /**
     * The value; ESAUTI_CAMPAIGN_ENTERED_DATA_CAMPAIGN_TYPE_UNKNOWN_VALUE (0) when the JSON text is
     * not one this SDK version knows (then see `other`).
     */
    esauti_campaign_entered_data_campaign_type value;
    /**
     * When value is ESAUTI_CAMPAIGN_ENTERED_DATA_CAMPAIGN_TYPE_UNKNOWN_VALUE: the JSON text as
     * received, or to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_campaign_entered_data_campaign_type_val;

/** The JSON text of a campaign_entered_data.campaign_type constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_campaign_entered_data_campaign_type_to_string(esauti_campaign_entered_data_campaign_type value);

/**
 * campaign_entered_data.entry_source
 * How the customer came into the campaign.
 */
typedef enum esauti_campaign_entered_data_entry_source {
    ESAUTI_CAMPAIGN_ENTERED_DATA_ENTRY_SOURCE_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_CAMPAIGN_ENTERED_DATA_ENTRY_SOURCE_SEGMENT = 1, /**< `segment` */
    ESAUTI_CAMPAIGN_ENTERED_DATA_ENTRY_SOURCE_TRIGGER_EVENT = 2, /**< `trigger_event` */
    ESAUTI_CAMPAIGN_ENTERED_DATA_ENTRY_SOURCE_MANUAL = 3, /**< `manual` */
    ESAUTI_CAMPAIGN_ENTERED_DATA_ENTRY_SOURCE_API = 4, /**< `api` */
    ESAUTI_CAMPAIGN_ENTERED_DATA_ENTRY_SOURCE_IMPORT = 5, /**< `import` */
} esauti_campaign_entered_data_entry_source;

/**
 * campaign_entered_data.entry_source as stored in a struct: `value`, or the text in `other`
 * (owned) when value is 0.
 */
typedef struct esauti_campaign_entered_data_entry_source_val {
    /**
     * The value; ESAUTI_CAMPAIGN_ENTERED_DATA_ENTRY_SOURCE_UNKNOWN_VALUE (0) when the JSON text is not
     * one this SDK version knows (then see `other`).
     */
    esauti_campaign_entered_data_entry_source value;
    /**
     * When value is ESAUTI_CAMPAIGN_ENTERED_DATA_ENTRY_SOURCE_UNKNOWN_VALUE: the JSON text as
     * received, or to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_campaign_entered_data_entry_source_val;

/** The JSON text of a campaign_entered_data.entry_source constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_campaign_entered_data_entry_source_to_string(esauti_campaign_entered_data_entry_source value);

/**
 * campaign_step_completed_data.step_type
 * Kind of step.
 */
typedef enum esauti_campaign_step_completed_data_step_type {
    ESAUTI_CAMPAIGN_STEP_COMPLETED_DATA_STEP_TYPE_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_CAMPAIGN_STEP_COMPLETED_DATA_STEP_TYPE_SEND_EMAIL = 1, /**< `send_email` */
    ESAUTI_CAMPAIGN_STEP_COMPLETED_DATA_STEP_TYPE_SEND_SMS = 2, /**< `send_sms` */
    ESAUTI_CAMPAIGN_STEP_COMPLETED_DATA_STEP_TYPE_SEND_WHATSAPP = 3, /**< `send_whatsapp` */
    ESAUTI_CAMPAIGN_STEP_COMPLETED_DATA_STEP_TYPE_SEND_PUSH = 4, /**< `send_push` */
    ESAUTI_CAMPAIGN_STEP_COMPLETED_DATA_STEP_TYPE_WAIT = 5, /**< `wait` */
    ESAUTI_CAMPAIGN_STEP_COMPLETED_DATA_STEP_TYPE_CONDITION = 6, /**< `condition` */
    ESAUTI_CAMPAIGN_STEP_COMPLETED_DATA_STEP_TYPE_WEBHOOK = 7, /**< `webhook` */
    ESAUTI_CAMPAIGN_STEP_COMPLETED_DATA_STEP_TYPE_UPDATE_PROFILE = 8, /**< `update_profile` */
} esauti_campaign_step_completed_data_step_type;

/**
 * campaign_step_completed_data.step_type as stored in a struct: `value`, or the text in `other`
 * (owned) when value is 0.
 */
typedef struct esauti_campaign_step_completed_data_step_type_val {
    /**
     * The value; ESAUTI_CAMPAIGN_STEP_COMPLETED_DATA_STEP_TYPE_UNKNOWN_VALUE (0) when the JSON text is
     * not one this SDK version knows (then see `other`).
     */
    esauti_campaign_step_completed_data_step_type value;
    /**
     * When value is ESAUTI_CAMPAIGN_STEP_COMPLETED_DATA_STEP_TYPE_UNKNOWN_VALUE: the JSON text as
     * received, or to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_campaign_step_completed_data_step_type_val;

/**
 * The JSON text of a campaign_step_completed_data.step_type constant, or NULL for an unknown
 * value.
 */
APIC_EXPORT const char *esauti_campaign_step_completed_data_step_type_to_string(esauti_campaign_step_completed_data_step_type value);

/**
 * campaign_message_suppressed_data.channel
 * Channel of the held-back message.
 */
typedef enum esauti_campaign_message_suppressed_data_channel {
    ESAUTI_CAMPAIGN_MESSAGE_SUPPRESSED_DATA_CHANNEL_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_CAMPAIGN_MESSAGE_SUPPRESSED_DATA_CHANNEL_EMAIL = 1, /**< `email` */
    ESAUTI_CAMPAIGN_MESSAGE_SUPPRESSED_DATA_CHANNEL_SMS = 2, /**< `sms` */
    ESAUTI_CAMPAIGN_MESSAGE_SUPPRESSED_DATA_CHANNEL_WHATSAPP = 3, /**< `whatsapp` */
    ESAUTI_CAMPAIGN_MESSAGE_SUPPRESSED_DATA_CHANNEL_PUSH = 4, /**< `push` */
} esauti_campaign_message_suppressed_data_channel;

/**
 * campaign_message_suppressed_data.channel as stored in a struct: `value`, or the text in `other`
 * (owned) when value is 0.
 */
typedef struct esauti_campaign_message_suppressed_data_channel_val {
    /**
     * The value; ESAUTI_CAMPAIGN_MESSAGE_SUPPRESSED_DATA_CHANNEL_UNKNOWN_VALUE (0) when the JSON text
     * is not one this SDK version knows (then see `other`).
     */
    esauti_campaign_message_suppressed_data_channel value;
    /**
     * When value is ESAUTI_CAMPAIGN_MESSAGE_SUPPRESSED_DATA_CHANNEL_UNKNOWN_VALUE: the JSON text as
     * received, or to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_campaign_message_suppressed_data_channel_val;

/**
 * The JSON text of a campaign_message_suppressed_data.channel constant, or NULL for an unknown
 * value.
 */
APIC_EXPORT const char *esauti_campaign_message_suppressed_data_channel_to_string(esauti_campaign_message_suppressed_data_channel value);

/**
 * campaign_message_suppressed_data.reason
 * Why the message was not sent.
 */
typedef enum esauti_campaign_message_suppressed_data_reason {
    ESAUTI_CAMPAIGN_MESSAGE_SUPPRESSED_DATA_REASON_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_CAMPAIGN_MESSAGE_SUPPRESSED_DATA_REASON_FREQUENCY_CAP = 1, /**< `frequency_cap` */
    ESAUTI_CAMPAIGN_MESSAGE_SUPPRESSED_DATA_REASON_QUIET_HOURS = 2, /**< `quiet_hours` */
    ESAUTI_CAMPAIGN_MESSAGE_SUPPRESSED_DATA_REASON_NO_CONSENT = 3, /**< `no_consent` */
    ESAUTI_CAMPAIGN_MESSAGE_SUPPRESSED_DATA_REASON_UNSUBSCRIBED = 4, /**< `unsubscribed` */
    ESAUTI_CAMPAIGN_MESSAGE_SUPPRESSED_DATA_REASON_INVALID_CONTACT = 5, /**< `invalid_contact` */
    ESAUTI_CAMPAIGN_MESSAGE_SUPPRESSED_DATA_REASON_SUPPRESSION_LIST = 6, /**< `suppression_list` */
} esauti_campaign_message_suppressed_data_reason;

/**
 * campaign_message_suppressed_data.reason as stored in a struct: `value`, or the text in `other`
 * (owned) when value is 0.
 */
typedef struct esauti_campaign_message_suppressed_data_reason_val {
    /**
     * The value; ESAUTI_CAMPAIGN_MESSAGE_SUPPRESSED_DATA_REASON_UNKNOWN_VALUE (0) when the JSON text
     * is not one this SDK version knows (then see `other`).
     */
    esauti_campaign_message_suppressed_data_reason value;
    /**
     * When value is ESAUTI_CAMPAIGN_MESSAGE_SUPPRESSED_DATA_REASON_UNKNOWN_VALUE: the JSON text as
     * received, or to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_campaign_message_suppressed_data_reason_val;

/**
 * The JSON text of a campaign_message_suppressed_data.reason constant, or NULL for an unknown
 * value.
 */
APIC_EXPORT const char *esauti_campaign_message_suppressed_data_reason_to_string(esauti_campaign_message_suppressed_data_reason value);

/**
 * campaign_converted_data.goal_type
 * Kind of goal that was met.
 */
typedef enum esauti_campaign_converted_data_goal_type {
    ESAUTI_CAMPAIGN_CONVERTED_DATA_GOAL_TYPE_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_CAMPAIGN_CONVERTED_DATA_GOAL_TYPE_ORDER_PLACED = 1, /**< `order_placed` */
    ESAUTI_CAMPAIGN_CONVERTED_DATA_GOAL_TYPE_BOOKING_MADE = 2, /**< `booking_made` */
    ESAUTI_CAMPAIGN_CONVERTED_DATA_GOAL_TYPE_FORM_SUBMITTED = 3, /**< `form_submitted` */
    ESAUTI_CAMPAIGN_CONVERTED_DATA_GOAL_TYPE_SIGNUP = 4, /**< `signup` */
    ESAUTI_CAMPAIGN_CONVERTED_DATA_GOAL_TYPE_CUSTOM_EVENT = 5, /**< `custom_event` */
} esauti_campaign_converted_data_goal_type;

/**
 * campaign_converted_data.goal_type as stored in a struct: `value`, or the text in `other` (owned)
 * when value is 0.
 */
typedef struct esauti_campaign_converted_data_goal_type_val {
    /**
     * The value; ESAUTI_CAMPAIGN_CONVERTED_DATA_GOAL_TYPE_UNKNOWN_VALUE (0) when the JSON text is not
     * one this SDK version knows (then see `other`).
     */
    esauti_campaign_converted_data_goal_type value;
    /**
     * When value is ESAUTI_CAMPAIGN_CONVERTED_DATA_GOAL_TYPE_UNKNOWN_VALUE: the JSON text as received,
     * or to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_campaign_converted_data_goal_type_val;

/** The JSON text of a campaign_converted_data.goal_type constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_campaign_converted_data_goal_type_to_string(esauti_campaign_converted_data_goal_type value);

/**
 * campaign_converted_data.attributed_channel
 * Channel of the attributed message.
 */
typedef enum esauti_campaign_converted_data_attributed_channel {
    ESAUTI_CAMPAIGN_CONVERTED_DATA_ATTRIBUTED_CHANNEL_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_CAMPAIGN_CONVERTED_DATA_ATTRIBUTED_CHANNEL_EMAIL = 1, /**< `email` */
    ESAUTI_CAMPAIGN_CONVERTED_DATA_ATTRIBUTED_CHANNEL_SMS = 2, /**< `sms` */
    ESAUTI_CAMPAIGN_CONVERTED_DATA_ATTRIBUTED_CHANNEL_WHATSAPP = 3, /**< `whatsapp` */
    ESAUTI_CAMPAIGN_CONVERTED_DATA_ATTRIBUTED_CHANNEL_PUSH = 4, /**< `push` */
} esauti_campaign_converted_data_attributed_channel;

/**
 * campaign_converted_data.attributed_channel as stored in a struct: `value`, or the text in
 * `other` (owned) when value is 0.
 */
typedef struct esauti_campaign_converted_data_attributed_channel_val {
    /**
     * The value; ESAUTI_CAMPAIGN_CONVERTED_DATA_ATTRIBUTED_CHANNEL_UNKNOWN_VALUE (0) when the JSON
     * text is not one this SDK version knows (then see `other`).
     */
    esauti_campaign_converted_data_attributed_channel value;
    /**
     * When value is ESAUTI_CAMPAIGN_CONVERTED_DATA_ATTRIBUTED_CHANNEL_UNKNOWN_VALUE: the JSON text as
     * received, or to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_campaign_converted_data_attributed_channel_val;

/**
 * The JSON text of a campaign_converted_data.attributed_channel constant, or NULL for an unknown
 * value.
 */
APIC_EXPORT const char *esauti_campaign_converted_data_attributed_channel_to_string(esauti_campaign_converted_data_attributed_channel value);

/**
 * campaign_converted_data.attribution_model
 * Rule used to credit the campaign.
 */
typedef enum esauti_campaign_converted_data_attribution_model {
    ESAUTI_CAMPAIGN_CONVERTED_DATA_ATTRIBUTION_MODEL_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_CAMPAIGN_CONVERTED_DATA_ATTRIBUTION_MODEL_LAST_CLICK = 1, /**< `last_click` */
    ESAUTI_CAMPAIGN_CONVERTED_DATA_ATTRIBUTION_MODEL_LAST_TOUCH = 2, /**< `last_touch` */
    ESAUTI_CAMPAIGN_CONVERTED_DATA_ATTRIBUTION_MODEL_FIRST_TOUCH = 3, /**< `first_touch` */
} esauti_campaign_converted_data_attribution_model;

/**
 * campaign_converted_data.attribution_model as stored in a struct: `value`, or the text in `other`
 * (owned) when value is 0.
 */
typedef struct esauti_campaign_converted_data_attribution_model_val {
    /**
     * The value; ESAUTI_CAMPAIGN_CONVERTED_DATA_ATTRIBUTION_MODEL_UNKNOWN_VALUE (0) when the JSON text
     * is not one this SDK version knows (then see `other`).
     */
    esauti_campaign_converted_data_attribution_model value;
    /**
     * When value is ESAUTI_CAMPAIGN_CONVERTED_DATA_ATTRIBUTION_MODEL_UNKNOWN_VALUE: the JSON text as
     * received, or to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_campaign_converted_data_attribution_model_val;

/**
 * The JSON text of a campaign_converted_data.attribution_model constant, or NULL for an unknown
 * value.
 */
APIC_EXPORT const char *esauti_campaign_converted_data_attribution_model_to_string(esauti_campaign_converted_data_attribution_model value);

/**
 * campaign_unsubscribed_data.channel
 * Channel the customer unsubscribed from.
 */
typedef enum esauti_campaign_unsubscribed_data_channel {
    ESAUTI_CAMPAIGN_UNSUBSCRIBED_DATA_CHANNEL_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_CAMPAIGN_UNSUBSCRIBED_DATA_CHANNEL_EMAIL = 1, /**< `email` */
    ESAUTI_CAMPAIGN_UNSUBSCRIBED_DATA_CHANNEL_SMS = 2, /**< `sms` */
    ESAUTI_CAMPAIGN_UNSUBSCRIBED_DATA_CHANNEL_WHATSAPP = 3, /**< `whatsapp` */
    ESAUTI_CAMPAIGN_UNSUBSCRIBED_DATA_CHANNEL_PUSH = 4, /**< `push` */
} esauti_campaign_unsubscribed_data_channel;

/**
 * campaign_unsubscribed_data.channel as stored in a struct: `value`, or the text in `other`
 * (owned) when value is 0.
 */
typedef struct esauti_campaign_unsubscribed_data_channel_val {
    /**
     * The value; ESAUTI_CAMPAIGN_UNSUBSCRIBED_DATA_CHANNEL_UNKNOWN_VALUE (0) when the JSON text is not
     * one this SDK version knows (then see `other`).
     */
    esauti_campaign_unsubscribed_data_channel value;
    /**
     * When value is ESAUTI_CAMPAIGN_UNSUBSCRIBED_DATA_CHANNEL_UNKNOWN_VALUE: the JSON text as
     * received, or to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_campaign_unsubscribed_data_channel_val;

/** The JSON text of a campaign_unsubscribed_data.channel constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_campaign_unsubscribed_data_channel_to_string(esauti_campaign_unsubscribed_data_channel value);

/**
 * campaign_unsubscribed_data.scope
 * What the customer stopped receiving.
 */
typedef enum esauti_campaign_unsubscribed_data_scope {
    ESAUTI_CAMPAIGN_UNSUBSCRIBED_DATA_SCOPE_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_CAMPAIGN_UNSUBSCRIBED_DATA_SCOPE_CAMPAIGN = 1, /**< `campaign` */
    ESAUTI_CAMPAIGN_UNSUBSCRIBED_DATA_SCOPE_TOPIC = 2, /**< `topic` */
    ESAUTI_CAMPAIGN_UNSUBSCRIBED_DATA_SCOPE_CHANNEL_MARKETING = 3, /**< `channel_marketing` */
} esauti_campaign_unsubscribed_data_scope;

/**
 * campaign_unsubscribed_data.scope as stored in a struct: `value`, or the text in `other` (owned)
 * when value is 0.
 */
typedef struct esauti_campaign_unsubscribed_data_scope_val {
    /**
     * The value; ESAUTI_CAMPAIGN_UNSUBSCRIBED_DATA_SCOPE_UNKNOWN_VALUE (0) when the JSON text is not
     * one this SDK version knows (then see `other`).
     */
    esauti_campaign_unsubscribed_data_scope value;
    /**
     * When value is ESAUTI_CAMPAIGN_UNSUBSCRIBED_DATA_SCOPE_UNKNOWN_VALUE: the JSON text as received,
     * or to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_campaign_unsubscribed_data_scope_val;

/** The JSON text of a campaign_unsubscribed_data.scope constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_campaign_unsubscribed_data_scope_to_string(esauti_campaign_unsubscribed_data_scope value);

/**
 * campaign_unsubscribed_data.reason
 * Reason picked on the preference page if any.
 */
typedef enum esauti_campaign_unsubscribed_data_reason {
    ESAUTI_CAMPAIGN_UNSUBSCRIBED_DATA_REASON_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_CAMPAIGN_UNSUBSCRIBED_DATA_REASON_TOO_FREQUENT = 1, /**< `too_frequent` */
    ESAUTI_CAMPAIGN_UNSUBSCRIBED_DATA_REASON_NOT_RELEVANT = 2, /**< `not_relevant` */
    ESAUTI_CAMPAIGN_UNSUBSCRIBED_DATA_REASON_NEVER_SIGNED_UP = 3, /**< `never_signed_up` */
    ESAUTI_CAMPAIGN_UNSUBSCRIBED_DATA_REASON_OTHER = 4, /**< `other` */
} esauti_campaign_unsubscribed_data_reason;

/**
 * campaign_unsubscribed_data.reason as stored in a struct: `value`, or the text in `other` (owned)
 * when value is 0.
 */
typedef struct esauti_campaign_unsubscribed_data_reason_val {
    /**
     * The value; ESAUTI_CAMPAIGN_UNSUBSCRIBED_DATA_REASON_UNKNOWN_VALUE (0) when the JSON text is not
     * one this SDK version knows (then see `other`).
     */
    esauti_campaign_unsubscribed_data_reason value;
    /**
     * When value is ESAUTI_CAMPAIGN_UNSUBSCRIBED_DATA_REASON_UNKNOWN_VALUE: the JSON text as received,
     * or to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_campaign_unsubscribed_data_reason_val;

/** The JSON text of a campaign_unsubscribed_data.reason constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_campaign_unsubscribed_data_reason_to_string(esauti_campaign_unsubscribed_data_reason value);

/**
 * campaign_coupon_issued_data.discount_type
 * How the discount is applied.
 */
typedef enum esauti_campaign_coupon_issued_data_discount_type {
    ESAUTI_CAMPAIGN_COUPON_ISSUED_DATA_DISCOUNT_TYPE_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_CAMPAIGN_COUPON_ISSUED_DATA_DISCOUNT_TYPE_PERCENTAGE = 1, /**< `percentage` */
    ESAUTI_CAMPAIGN_COUPON_ISSUED_DATA_DISCOUNT_TYPE_FIXED_AMOUNT = 2, /**< `fixed_amount` */
    ESAUTI_CAMPAIGN_COUPON_ISSUED_DATA_DISCOUNT_TYPE_FREE_SHIPPING = 3, /**< `free_shipping` */
} esauti_campaign_coupon_issued_data_discount_type;

/**
 * campaign_coupon_issued_data.discount_type as stored in a struct: `value`, or the text in `other`
 * (owned) when value is 0.
 */
typedef struct esauti_campaign_coupon_issued_data_discount_type_val {
    /**
     * The value; ESAUTI_CAMPAIGN_COUPON_ISSUED_DATA_DISCOUNT_TYPE_UNKNOWN_VALUE (0) when the JSON text
     * is not one this SDK version knows (then see `other`).
     */
    esauti_campaign_coupon_issued_data_discount_type value;
    /**
     * When value is ESAUTI_CAMPAIGN_COUPON_ISSUED_DATA_DISCOUNT_TYPE_UNKNOWN_VALUE: the JSON text as
     * received, or to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_campaign_coupon_issued_data_discount_type_val;

/**
 * The JSON text of a campaign_coupon_issued_data.discount_type constant, or NULL for an unknown
 * value.
 */
APIC_EXPORT const char *esauti_campaign_coupon_issued_data_discount_type_to_string(esauti_campaign_coupon_issued_data_discount_type value);

/**
 * campaign_exited_data.exit_reason
 * Why the customer left.
 */
typedef enum esauti_campaign_exited_data_exit_reason {
    ESAUTI_CAMPAIGN_EXITED_DATA_EXIT_REASON_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_CAMPAIGN_EXITED_DATA_EXIT_REASON_COMPLETED = 1, /**< `completed` */
    ESAUTI_CAMPAIGN_EXITED_DATA_EXIT_REASON_GOAL_REACHED = 2, /**< `goal_reached` */
    ESAUTI_CAMPAIGN_EXITED_DATA_EXIT_REASON_EXIT_RULE = 3, /**< `exit_rule` */
    ESAUTI_CAMPAIGN_EXITED_DATA_EXIT_REASON_UNSUBSCRIBED = 4, /**< `unsubscribed` */
    ESAUTI_CAMPAIGN_EXITED_DATA_EXIT_REASON_REMOVED_MANUALLY = 5, /**< `removed_manually` */
    ESAUTI_CAMPAIGN_EXITED_DATA_EXIT_REASON_CAMPAIGN_STOPPED = 6, /**< `campaign_stopped` */
} esauti_campaign_exited_data_exit_reason;

/**
 * campaign_exited_data.exit_reason as stored in a struct: `value`, or the text in `other` (owned)
 * when value is 0.
 */
typedef struct esauti_campaign_exited_data_exit_reason_val {
    /**
     * The value; ESAUTI_CAMPAIGN_EXITED_DATA_EXIT_REASON_UNKNOWN_VALUE (0) when the JSON text is not
     * one this SDK version knows (then see `other`).
     */
    esauti_campaign_exited_data_exit_reason value;
    /**
     * When value is ESAUTI_CAMPAIGN_EXITED_DATA_EXIT_REASON_UNKNOWN_VALUE: the JSON text as received,
     * or to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_campaign_exited_data_exit_reason_val;

/** The JSON text of a campaign_exited_data.exit_reason constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_campaign_exited_data_exit_reason_to_string(esauti_campaign_exited_data_exit_reason value);

/**
 * form_viewed_data.display_type
 * How the form was shown.
 */
typedef enum esauti_form_viewed_data_display_type {
    ESAUTI_FORM_VIEWED_DATA_DISPLAY_TYPE_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_FORM_VIEWED_DATA_DISPLAY_TYPE_INLINE = 1, /**< `inline` */
    ESAUTI_FORM_VIEWED_DATA_DISPLAY_TYPE_POPUP = 2, /**< `popup` */
    ESAUTI_FORM_VIEWED_DATA_DISPLAY_TYPE_FLYOUT = 3, /**< `flyout` */
    ESAUTI_FORM_VIEWED_DATA_DISPLAY_TYPE_LANDING_PAGE = 4, /**< `landing_page` */
    ESAUTI_FORM_VIEWED_DATA_DISPLAY_TYPE_HOSTED = 5, /**< `hosted` */
} esauti_form_viewed_data_display_type;

/**
 * form_viewed_data.display_type as stored in a struct: `value`, or the text in `other` (owned)
 * when value is 0.
 */
typedef struct esauti_form_viewed_data_display_type_val {
    /**
     * The value; ESAUTI_FORM_VIEWED_DATA_DISPLAY_TYPE_UNKNOWN_VALUE (0) when the JSON text is not one
     * this SDK version knows (then see `other`).
     */
    esauti_form_viewed_data_display_type value;
    /**
     * When value is ESAUTI_FORM_VIEWED_DATA_DISPLAY_TYPE_UNKNOWN_VALUE: the JSON text as received, or
     * to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_form_viewed_data_display_type_val;

/** The JSON text of a form_viewed_data.display_type constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_form_viewed_data_display_type_to_string(esauti_form_viewed_data_display_type value);

/**
 * form_submitted_data.consents.item.channel
 * Channel the consent applies to.
 */
typedef enum esauti_form_submitted_data_consents_item_channel {
    ESAUTI_FORM_SUBMITTED_DATA_CONSENTS_ITEM_CHANNEL_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_FORM_SUBMITTED_DATA_CONSENTS_ITEM_CHANNEL_EMAIL = 1, /**< `email` */
    ESAUTI_FORM_SUBMITTED_DATA_CONSENTS_ITEM_CHANNEL_SMS = 2, /**< `sms` */
    ESAUTI_FORM_SUBMITTED_DATA_CONSENTS_ITEM_CHANNEL_WHATSAPP = 3, /**< `whatsapp` */
    ESAUTI_FORM_SUBMITTED_DATA_CONSENTS_ITEM_CHANNEL_PUSH = 4, /**< `push` */
} esauti_form_submitted_data_consents_item_channel;

/**
 * form_submitted_data.consents.item.channel as stored in a struct: `value`, or the text in `other`
 * (owned) when value is 0.
 */
typedef struct esauti_form_submitted_data_consents_item_channel_val {
    /**
     * The value; ESAUTI_FORM_SUBMITTED_DATA_CONSENTS_ITEM_CHANNEL_UNKNOWN_VALUE (0) when the JSON text
     * is not one this SDK version knows (then see `other`).
     */
    esauti_form_submitted_data_consents_item_channel value;
    /**
     * When value is ESAUTI_FORM_SUBMITTED_DATA_CONSENTS_ITEM_CHANNEL_UNKNOWN_VALUE: the JSON text as
     * received, or to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_form_submitted_data_consents_item_channel_val;

/**
 * The JSON text of a form_submitted_data.consents.item.channel constant, or NULL for an unknown
 * value.
 */
APIC_EXPORT const char *esauti_form_submitted_data_consents_item_channel_to_string(esauti_form_submitted_data_consents_item_channel value);

/**
 * form_submission_rejected_data.reason
 * Why the submission was refused.
 */
typedef enum esauti_form_submission_rejected_data_reason {
    ESAUTI_FORM_SUBMISSION_REJECTED_DATA_REASON_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_FORM_SUBMISSION_REJECTED_DATA_REASON_VALIDATION_ERROR = 1, /**< `validation_error` */
    ESAUTI_FORM_SUBMISSION_REJECTED_DATA_REASON_CAPTCHA_FAILED = 2, /**< `captcha_failed` */
    ESAUTI_FORM_SUBMISSION_REJECTED_DATA_REASON_SPAM_DETECTED = 3, /**< `spam_detected` */
    ESAUTI_FORM_SUBMISSION_REJECTED_DATA_REASON_DUPLICATE = 4, /**< `duplicate` */
    ESAUTI_FORM_SUBMISSION_REJECTED_DATA_REASON_RATE_LIMITED = 5, /**< `rate_limited` */
} esauti_form_submission_rejected_data_reason;

/**
 * form_submission_rejected_data.reason as stored in a struct: `value`, or the text in `other`
 * (owned) when value is 0.
 */
typedef struct esauti_form_submission_rejected_data_reason_val {
    /**
     * The value; ESAUTI_FORM_SUBMISSION_REJECTED_DATA_REASON_UNKNOWN_VALUE (0) when the JSON text is
     * not one this SDK version knows (then see `other`).
     */
    esauti_form_submission_rejected_data_reason value;
    /**
     * When value is ESAUTI_FORM_SUBMISSION_REJECTED_DATA_REASON_UNKNOWN_VALUE: the JSON text as
     * received, or to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_form_submission_rejected_data_reason_val;

/** The JSON text of a form_submission_rejected_data.reason constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_form_submission_rejected_data_reason_to_string(esauti_form_submission_rejected_data_reason value);

/**
 * survey_sent_data.survey_type
 * Kind of survey.
 */
typedef enum esauti_survey_sent_data_survey_type {
    ESAUTI_SURVEY_SENT_DATA_SURVEY_TYPE_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_SURVEY_SENT_DATA_SURVEY_TYPE_NPS = 1, /**< `nps` */
    ESAUTI_SURVEY_SENT_DATA_SURVEY_TYPE_CSAT = 2, /**< `csat` */
    ESAUTI_SURVEY_SENT_DATA_SURVEY_TYPE_CES = 3, /**< `ces` */
    ESAUTI_SURVEY_SENT_DATA_SURVEY_TYPE_PRODUCT_REVIEW = 4, /**< `product_review` */
    ESAUTI_SURVEY_SENT_DATA_SURVEY_TYPE_CUSTOM = 5, /**< `custom` */
} esauti_survey_sent_data_survey_type;

/**
 * survey_sent_data.survey_type as stored in a struct: `value`, or the text in `other` (owned) when
 * value is 0.
 */
typedef struct esauti_survey_sent_data_survey_type_val {
    /**
     * The value; ESAUTI_SURVEY_SENT_DATA_SURVEY_TYPE_UNKNOWN_VALUE (0) when the JSON text is not one
     * this SDK version knows (then see `other`).
     */
    esauti_survey_sent_data_survey_type value;
    /**
     * When value is ESAUTI_SURVEY_SENT_DATA_SURVEY_TYPE_UNKNOWN_VALUE: the JSON text as received, or
     * to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_survey_sent_data_survey_type_val;

/** The JSON text of a survey_sent_data.survey_type constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_survey_sent_data_survey_type_to_string(esauti_survey_sent_data_survey_type value);

/**
 * survey_sent_data.channel
 * Channel the invitation went out on.
 */
typedef enum esauti_survey_sent_data_channel {
    ESAUTI_SURVEY_SENT_DATA_CHANNEL_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_SURVEY_SENT_DATA_CHANNEL_EMAIL = 1, /**< `email` */
    ESAUTI_SURVEY_SENT_DATA_CHANNEL_SMS = 2, /**< `sms` */
    ESAUTI_SURVEY_SENT_DATA_CHANNEL_WHATSAPP = 3, /**< `whatsapp` */
    ESAUTI_SURVEY_SENT_DATA_CHANNEL_PUSH = 4, /**< `push` */
    ESAUTI_SURVEY_SENT_DATA_CHANNEL_IN_APP = 5, /**< `in_app` */
} esauti_survey_sent_data_channel;

/**
 * survey_sent_data.channel as stored in a struct: `value`, or the text in `other` (owned) when
 * value is 0.
 */
typedef struct esauti_survey_sent_data_channel_val {
    /**
     * The value; ESAUTI_SURVEY_SENT_DATA_CHANNEL_UNKNOWN_VALUE (0) when the JSON text is not one this
     * SDK version knows (then see `other`).
     */
    esauti_survey_sent_data_channel value;
    /**
     * When value is ESAUTI_SURVEY_SENT_DATA_CHANNEL_UNKNOWN_VALUE: the JSON text as received, or to
     * send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_survey_sent_data_channel_val;

/** The JSON text of a survey_sent_data.channel constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_survey_sent_data_channel_to_string(esauti_survey_sent_data_channel value);

/**
 * survey_started_data.channel
 * Channel the customer answered on.
 */
typedef enum esauti_survey_started_data_channel {
    ESAUTI_SURVEY_STARTED_DATA_CHANNEL_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_SURVEY_STARTED_DATA_CHANNEL_EMAIL = 1, /**< `email` */
    ESAUTI_SURVEY_STARTED_DATA_CHANNEL_SMS = 2, /**< `sms` */
    ESAUTI_SURVEY_STARTED_DATA_CHANNEL_WHATSAPP = 3, /**< `whatsapp` */
    ESAUTI_SURVEY_STARTED_DATA_CHANNEL_PUSH = 4, /**< `push` */
    ESAUTI_SURVEY_STARTED_DATA_CHANNEL_IN_APP = 5, /**< `in_app` */
    ESAUTI_SURVEY_STARTED_DATA_CHANNEL_WEB = 6, /**< `web` */
} esauti_survey_started_data_channel;

/**
 * survey_started_data.channel as stored in a struct: `value`, or the text in `other` (owned) when
 * value is 0.
 */
typedef struct esauti_survey_started_data_channel_val {
    /**
     * The value; ESAUTI_SURVEY_STARTED_DATA_CHANNEL_UNKNOWN_VALUE (0) when the JSON text is not one
     * this SDK version knows (then see `other`).
     */
    esauti_survey_started_data_channel value;
    /**
     * When value is ESAUTI_SURVEY_STARTED_DATA_CHANNEL_UNKNOWN_VALUE: the JSON text as received, or to
     * send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_survey_started_data_channel_val;

/** The JSON text of a survey_started_data.channel constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_survey_started_data_channel_to_string(esauti_survey_started_data_channel value);

/**
 * survey_completed_data.survey_type
 * Kind of survey.
 */
typedef enum esauti_survey_completed_data_survey_type {
    ESAUTI_SURVEY_COMPLETED_DATA_SURVEY_TYPE_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_SURVEY_COMPLETED_DATA_SURVEY_TYPE_NPS = 1, /**< `nps` */
    ESAUTI_SURVEY_COMPLETED_DATA_SURVEY_TYPE_CSAT = 2, /**< `csat` */
    ESAUTI_SURVEY_COMPLETED_DATA_SURVEY_TYPE_CES = 3, /**< `ces` */
    ESAUTI_SURVEY_COMPLETED_DATA_SURVEY_TYPE_PRODUCT_REVIEW = 4, /**< `product_review` */
    ESAUTI_SURVEY_COMPLETED_DATA_SURVEY_TYPE_CUSTOM = 5, /**< `custom` */
} esauti_survey_completed_data_survey_type;

/**
 * survey_completed_data.survey_type as stored in a struct: `value`, or the text in `other` (owned)
 * when value is 0.
 */
typedef struct esauti_survey_completed_data_survey_type_val {
    /**
     * The value; ESAUTI_SURVEY_COMPLETED_DATA_SURVEY_TYPE_UNKNOWN_VALUE (0) when the JSON text is not
     * one this SDK version knows (then see `other`).
     */
    esauti_survey_completed_data_survey_type value;
    /**
     * When value is ESAUTI_SURVEY_COMPLETED_DATA_SURVEY_TYPE_UNKNOWN_VALUE: the JSON text as received,
     * or to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_survey_completed_data_survey_type_val;

/** The JSON text of a survey_completed_data.survey_type constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_survey_completed_data_survey_type_to_string(esauti_survey_completed_data_survey_type value);

/**
 * survey_completed_data.nps_group
 * NPS group derived from the score.
 */
typedef enum esauti_survey_completed_data_nps_group {
    ESAUTI_SURVEY_COMPLETED_DATA_NPS_GROUP_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_SURVEY_COMPLETED_DATA_NPS_GROUP_PROMOTER = 1, /**< `promoter` */
    ESAUTI_SURVEY_COMPLETED_DATA_NPS_GROUP_PASSIVE = 2, /**< `passive` */
    ESAUTI_SURVEY_COMPLETED_DATA_NPS_GROUP_DETRACTOR = 3, /**< `detractor` */
} esauti_survey_completed_data_nps_group;

/**
 * survey_completed_data.nps_group as stored in a struct: `value`, or the text in `other` (owned)
 * when value is 0.
 */
typedef struct esauti_survey_completed_data_nps_group_val {
    /**
     * The value; ESAUTI_SURVEY_COMPLETED_DATA_NPS_GROUP_UNKNOWN_VALUE (0) when the JSON text is not
     * one this SDK version knows (then see `other`).
     */
    esauti_survey_completed_data_nps_group value;
    /**
     * When value is ESAUTI_SURVEY_COMPLETED_DATA_NPS_GROUP_UNKNOWN_VALUE: the JSON text as received,
     * or to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_survey_completed_data_nps_group_val;

/** The JSON text of a survey_completed_data.nps_group constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_survey_completed_data_nps_group_to_string(esauti_survey_completed_data_nps_group value);

/**
 * booking_requested_data.channel
 * How the request was made.
 */
typedef enum esauti_booking_requested_data_channel {
    ESAUTI_BOOKING_REQUESTED_DATA_CHANNEL_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_BOOKING_REQUESTED_DATA_CHANNEL_BOOKING_PAGE = 1, /**< `booking_page` */
    ESAUTI_BOOKING_REQUESTED_DATA_CHANNEL_WHATSAPP = 2, /**< `whatsapp` */
    ESAUTI_BOOKING_REQUESTED_DATA_CHANNEL_PHONE = 3, /**< `phone` */
    ESAUTI_BOOKING_REQUESTED_DATA_CHANNEL_WALK_IN = 4, /**< `walk_in` */
    ESAUTI_BOOKING_REQUESTED_DATA_CHANNEL_API = 5, /**< `api` */
} esauti_booking_requested_data_channel;

/**
 * booking_requested_data.channel as stored in a struct: `value`, or the text in `other` (owned)
 * when value is 0.
 */
typedef struct esauti_booking_requested_data_channel_val {
    /**
     * The value; ESAUTI_BOOKING_REQUESTED_DATA_CHANNEL_UNKNOWN_VALUE (0) when the JSON text is not one
     * this SDK version knows (then see `other`).
     */
    esauti_booking_requested_data_channel value;
    /**
     * When value is ESAUTI_BOOKING_REQUESTED_DATA_CHANNEL_UNKNOWN_VALUE: the JSON text as received, or
     * to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_booking_requested_data_channel_val;

/** The JSON text of a booking_requested_data.channel constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_booking_requested_data_channel_to_string(esauti_booking_requested_data_channel value);

/**
 * booking_confirmed_data.confirmed_by
 * Whether a person or an auto-accept rule confirmed the booking.
 */
typedef enum esauti_booking_confirmed_data_confirmed_by {
    ESAUTI_BOOKING_CONFIRMED_DATA_CONFIRMED_BY_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_BOOKING_CONFIRMED_DATA_CONFIRMED_BY_STAFF = 1, /**< `staff` */
    ESAUTI_BOOKING_CONFIRMED_DATA_CONFIRMED_BY_AUTO = 2, /**< `auto` */
} esauti_booking_confirmed_data_confirmed_by;

/**
 * booking_confirmed_data.confirmed_by as stored in a struct: `value`, or the text in `other`
 * (owned) when value is 0.
 */
typedef struct esauti_booking_confirmed_data_confirmed_by_val {
    /**
     * The value; ESAUTI_BOOKING_CONFIRMED_DATA_CONFIRMED_BY_UNKNOWN_VALUE (0) when the JSON text is
     * not one this SDK version knows (then see `other`).
     */
    esauti_booking_confirmed_data_confirmed_by value;
    /**
     * When value is ESAUTI_BOOKING_CONFIRMED_DATA_CONFIRMED_BY_UNKNOWN_VALUE: the JSON text as
     * received, or to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_booking_confirmed_data_confirmed_by_val;

/** The JSON text of a booking_confirmed_data.confirmed_by constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_booking_confirmed_data_confirmed_by_to_string(esauti_booking_confirmed_data_confirmed_by value);

/**
 * booking_declined_data.reason
 * Why the request was not accepted.
 */
typedef enum esauti_booking_declined_data_reason {
    ESAUTI_BOOKING_DECLINED_DATA_REASON_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_BOOKING_DECLINED_DATA_REASON_SLOT_UNAVAILABLE = 1, /**< `slot_unavailable` */
    ESAUTI_BOOKING_DECLINED_DATA_REASON_STAFF_UNAVAILABLE = 2, /**< `staff_unavailable` */
    ESAUTI_BOOKING_DECLINED_DATA_REASON_SERVICE_UNAVAILABLE = 3, /**< `service_unavailable` */
    ESAUTI_BOOKING_DECLINED_DATA_REASON_REQUEST_EXPIRED = 4, /**< `request_expired` */
    ESAUTI_BOOKING_DECLINED_DATA_REASON_OTHER = 5, /**< `other` */
} esauti_booking_declined_data_reason;

/**
 * booking_declined_data.reason as stored in a struct: `value`, or the text in `other` (owned) when
 * value is 0.
 */
typedef struct esauti_booking_declined_data_reason_val {
    /**
     * The value; ESAUTI_BOOKING_DECLINED_DATA_REASON_UNKNOWN_VALUE (0) when the JSON text is not one
     * this SDK version knows (then see `other`).
     */
    esauti_booking_declined_data_reason value;
    /**
     * When value is ESAUTI_BOOKING_DECLINED_DATA_REASON_UNKNOWN_VALUE: the JSON text as received, or
     * to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_booking_declined_data_reason_val;

/** The JSON text of a booking_declined_data.reason constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_booking_declined_data_reason_to_string(esauti_booking_declined_data_reason value);

/**
 * appointment_scheduled_data.source
 * How the appointment was created.
 */
typedef enum esauti_appointment_scheduled_data_source {
    ESAUTI_APPOINTMENT_SCHEDULED_DATA_SOURCE_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_APPOINTMENT_SCHEDULED_DATA_SOURCE_BOOKING = 1, /**< `booking` */
    ESAUTI_APPOINTMENT_SCHEDULED_DATA_SOURCE_STAFF = 2, /**< `staff` */
    ESAUTI_APPOINTMENT_SCHEDULED_DATA_SOURCE_IMPORT = 3, /**< `import` */
    ESAUTI_APPOINTMENT_SCHEDULED_DATA_SOURCE_API = 4, /**< `api` */
} esauti_appointment_scheduled_data_source;

/**
 * appointment_scheduled_data.source as stored in a struct: `value`, or the text in `other` (owned)
 * when value is 0.
 */
typedef struct esauti_appointment_scheduled_data_source_val {
    /**
     * The value; ESAUTI_APPOINTMENT_SCHEDULED_DATA_SOURCE_UNKNOWN_VALUE (0) when the JSON text is not
     * one this SDK version knows (then see `other`).
     */
    esauti_appointment_scheduled_data_source value;
    /**
     * When value is ESAUTI_APPOINTMENT_SCHEDULED_DATA_SOURCE_UNKNOWN_VALUE: the JSON text as received,
     * or to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_appointment_scheduled_data_source_val;

/** The JSON text of a appointment_scheduled_data.source constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_appointment_scheduled_data_source_to_string(esauti_appointment_scheduled_data_source value);

/**
 * appointment_rescheduled_data.requested_by
 * Who asked for the change.
 */
typedef enum esauti_appointment_rescheduled_data_requested_by {
    ESAUTI_APPOINTMENT_RESCHEDULED_DATA_REQUESTED_BY_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_APPOINTMENT_RESCHEDULED_DATA_REQUESTED_BY_CUSTOMER = 1, /**< `customer` */
    ESAUTI_APPOINTMENT_RESCHEDULED_DATA_REQUESTED_BY_STAFF = 2, /**< `staff` */
    ESAUTI_APPOINTMENT_RESCHEDULED_DATA_REQUESTED_BY_SYSTEM = 3, /**< `system` */
} esauti_appointment_rescheduled_data_requested_by;

/**
 * appointment_rescheduled_data.requested_by as stored in a struct: `value`, or the text in `other`
 * (owned) when value is 0.
 */
typedef struct esauti_appointment_rescheduled_data_requested_by_val {
    /**
     * The value; ESAUTI_APPOINTMENT_RESCHEDULED_DATA_REQUESTED_BY_UNKNOWN_VALUE (0) when the JSON text
     * is not one this SDK version knows (then see `other`).
     */
    esauti_appointment_rescheduled_data_requested_by value;
    /**
     * When value is ESAUTI_APPOINTMENT_RESCHEDULED_DATA_REQUESTED_BY_UNKNOWN_VALUE: the JSON text as
     * received, or to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_appointment_rescheduled_data_requested_by_val;

/**
 * The JSON text of a appointment_rescheduled_data.requested_by constant, or NULL for an unknown
 * value.
 */
APIC_EXPORT const char *esauti_appointment_rescheduled_data_requested_by_to_string(esauti_appointment_rescheduled_data_requested_by value);

/**
 * appointment_cancelled_data.cancelled_by
 * Who cancelled.
 */
typedef enum esauti_appointment_cancelled_data_cancelled_by {
    ESAUTI_APPOINTMENT_CANCELLED_DATA_CANCELLED_BY_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_APPOINTMENT_CANCELLED_DATA_CANCELLED_BY_CUSTOMER = 1, /**< `customer` */
    ESAUTI_APPOINTMENT_CANCELLED_DATA_CANCELLED_BY_STAFF = 2, /**< `staff` */
    ESAUTI_APPOINTMENT_CANCELLED_DATA_CANCELLED_BY_SYSTEM = 3, /**< `system` */
} esauti_appointment_cancelled_data_cancelled_by;

/**
 * appointment_cancelled_data.cancelled_by as stored in a struct: `value`, or the text in `other`
 * (owned) when value is 0.
 */
typedef struct esauti_appointment_cancelled_data_cancelled_by_val {
    /**
     * The value; ESAUTI_APPOINTMENT_CANCELLED_DATA_CANCELLED_BY_UNKNOWN_VALUE (0) when the JSON text
     * is not one this SDK version knows (then see `other`).
     */
    esauti_appointment_cancelled_data_cancelled_by value;
    /**
     * When value is ESAUTI_APPOINTMENT_CANCELLED_DATA_CANCELLED_BY_UNKNOWN_VALUE: the JSON text as
     * received, or to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_appointment_cancelled_data_cancelled_by_val;

/**
 * The JSON text of a appointment_cancelled_data.cancelled_by constant, or NULL for an unknown
 * value.
 */
APIC_EXPORT const char *esauti_appointment_cancelled_data_cancelled_by_to_string(esauti_appointment_cancelled_data_cancelled_by value);

/**
 * appointment_cancelled_data.reason
 * Why the appointment was cancelled.
 */
typedef enum esauti_appointment_cancelled_data_reason {
    ESAUTI_APPOINTMENT_CANCELLED_DATA_REASON_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_APPOINTMENT_CANCELLED_DATA_REASON_CUSTOMER_REQUEST = 1, /**< `customer_request` */
    ESAUTI_APPOINTMENT_CANCELLED_DATA_REASON_STAFF_UNAVAILABLE = 2, /**< `staff_unavailable` */
    ESAUTI_APPOINTMENT_CANCELLED_DATA_REASON_DUPLICATE = 3, /**< `duplicate` */
    ESAUTI_APPOINTMENT_CANCELLED_DATA_REASON_UNPAID_DEPOSIT = 4, /**< `unpaid_deposit` */
    ESAUTI_APPOINTMENT_CANCELLED_DATA_REASON_OTHER = 5, /**< `other` */
} esauti_appointment_cancelled_data_reason;

/**
 * appointment_cancelled_data.reason as stored in a struct: `value`, or the text in `other` (owned)
 * when value is 0.
 */
typedef struct esauti_appointment_cancelled_data_reason_val {
    /**
     * The value; ESAUTI_APPOINTMENT_CANCELLED_DATA_REASON_UNKNOWN_VALUE (0) when the JSON text is not
     * one this SDK version knows (then see `other`).
     */
    esauti_appointment_cancelled_data_reason value;
    /**
     * When value is ESAUTI_APPOINTMENT_CANCELLED_DATA_REASON_UNKNOWN_VALUE: the JSON text as received,
     * or to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_appointment_cancelled_data_reason_val;

/** The JSON text of a appointment_cancelled_data.reason constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_appointment_cancelled_data_reason_to_string(esauti_appointment_cancelled_data_reason value);

/**
 * appointment_reminder_sent_data.channel
 * Channel the reminder went out on.
 */
typedef enum esauti_appointment_reminder_sent_data_channel {
    ESAUTI_APPOINTMENT_REMINDER_SENT_DATA_CHANNEL_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_APPOINTMENT_REMINDER_SENT_DATA_CHANNEL_SMS = 1, /**< `sms` */
    ESAUTI_APPOINTMENT_REMINDER_SENT_DATA_CHANNEL_WHATSAPP = 2, /**< `whatsapp` */
    ESAUTI_APPOINTMENT_REMINDER_SENT_DATA_CHANNEL_EMAIL = 3, /**< `email` */
    ESAUTI_APPOINTMENT_REMINDER_SENT_DATA_CHANNEL_PUSH = 4, /**< `push` */
} esauti_appointment_reminder_sent_data_channel;

/**
 * appointment_reminder_sent_data.channel as stored in a struct: `value`, or the text in `other`
 * (owned) when value is 0.
 */
typedef struct esauti_appointment_reminder_sent_data_channel_val {
    /**
     * The value; ESAUTI_APPOINTMENT_REMINDER_SENT_DATA_CHANNEL_UNKNOWN_VALUE (0) when the JSON text is
     * not one this SDK version knows (then see `other`).
     */
    esauti_appointment_reminder_sent_data_channel value;
    /**
     * When value is ESAUTI_APPOINTMENT_REMINDER_SENT_DATA_CHANNEL_UNKNOWN_VALUE: the JSON text as
     * received, or to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_appointment_reminder_sent_data_channel_val;

/**
 * The JSON text of a appointment_reminder_sent_data.channel constant, or NULL for an unknown
 * value.
 */
APIC_EXPORT const char *esauti_appointment_reminder_sent_data_channel_to_string(esauti_appointment_reminder_sent_data_channel value);

/**
 * appointment_checked_in_data.method
 * How the customer checked in.
 */
typedef enum esauti_appointment_checked_in_data_method {
    ESAUTI_APPOINTMENT_CHECKED_IN_DATA_METHOD_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_APPOINTMENT_CHECKED_IN_DATA_METHOD_RECEPTION = 1, /**< `reception` */
    ESAUTI_APPOINTMENT_CHECKED_IN_DATA_METHOD_KIOSK = 2, /**< `kiosk` */
    ESAUTI_APPOINTMENT_CHECKED_IN_DATA_METHOD_SELF_LINK = 3, /**< `self_link` */
    ESAUTI_APPOINTMENT_CHECKED_IN_DATA_METHOD_QR_CODE = 4, /**< `qr_code` */
} esauti_appointment_checked_in_data_method;

/**
 * appointment_checked_in_data.method as stored in a struct: `value`, or the text in `other`
 * (owned) when value is 0.
 */
typedef struct esauti_appointment_checked_in_data_method_val {
    /**
     * The value; ESAUTI_APPOINTMENT_CHECKED_IN_DATA_METHOD_UNKNOWN_VALUE (0) when the JSON text is not
     * one this SDK version knows (then see `other`).
     */
    esauti_appointment_checked_in_data_method value;
    /**
     * When value is ESAUTI_APPOINTMENT_CHECKED_IN_DATA_METHOD_UNKNOWN_VALUE: the JSON text as
     * received, or to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_appointment_checked_in_data_method_val;

/** The JSON text of a appointment_checked_in_data.method constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_appointment_checked_in_data_method_to_string(esauti_appointment_checked_in_data_method value);

/**
 * appointment_completed_data.payment_method
 * How the customer paid.
 */
typedef enum esauti_appointment_completed_data_payment_method {
    ESAUTI_APPOINTMENT_COMPLETED_DATA_PAYMENT_METHOD_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_APPOINTMENT_COMPLETED_DATA_PAYMENT_METHOD_MPESA = 1, /**< `mpesa` */
    ESAUTI_APPOINTMENT_COMPLETED_DATA_PAYMENT_METHOD_CARD = 2, /**< `card` */
    ESAUTI_APPOINTMENT_COMPLETED_DATA_PAYMENT_METHOD_CASH = 3, /**< `cash` */
    ESAUTI_APPOINTMENT_COMPLETED_DATA_PAYMENT_METHOD_BANK_TRANSFER = 4, /**< `bank_transfer` */
    ESAUTI_APPOINTMENT_COMPLETED_DATA_PAYMENT_METHOD_OTHER = 5, /**< `other` */
} esauti_appointment_completed_data_payment_method;

/**
 * appointment_completed_data.payment_method as stored in a struct: `value`, or the text in `other`
 * (owned) when value is 0.
 */
typedef struct esauti_appointment_completed_data_payment_method_val {
    /**
     * The value; ESAUTI_APPOINTMENT_COMPLETED_DATA_PAYMENT_METHOD_UNKNOWN_VALUE (0) when the JSON text
     * is not one this SDK version knows (then see `other`).
     */
    esauti_appointment_completed_data_payment_method value;
    /**
     * When value is ESAUTI_APPOINTMENT_COMPLETED_DATA_PAYMENT_METHOD_UNKNOWN_VALUE: the JSON text as
     * received, or to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_appointment_completed_data_payment_method_val;

/**
 * The JSON text of a appointment_completed_data.payment_method constant, or NULL for an unknown
 * value.
 */
APIC_EXPORT const char *esauti_appointment_completed_data_payment_method_to_string(esauti_appointment_completed_data_payment_method value);

/**
 * appointment_no_show_data.marked_by
 * Who marked the no-show.
 */
typedef enum esauti_appointment_no_show_data_marked_by {
    ESAUTI_APPOINTMENT_NO_SHOW_DATA_MARKED_BY_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_APPOINTMENT_NO_SHOW_DATA_MARKED_BY_STAFF = 1, /**< `staff` */
    ESAUTI_APPOINTMENT_NO_SHOW_DATA_MARKED_BY_SYSTEM = 2, /**< `system` */
} esauti_appointment_no_show_data_marked_by;

/**
 * appointment_no_show_data.marked_by as stored in a struct: `value`, or the text in `other`
 * (owned) when value is 0.
 */
typedef struct esauti_appointment_no_show_data_marked_by_val {
    /**
     * The value; ESAUTI_APPOINTMENT_NO_SHOW_DATA_MARKED_BY_UNKNOWN_VALUE (0) when the JSON text is not
     * one this SDK version knows (then see `other`).
     */
    esauti_appointment_no_show_data_marked_by value;
    /**
     * When value is ESAUTI_APPOINTMENT_NO_SHOW_DATA_MARKED_BY_UNKNOWN_VALUE: the JSON text as
     * received, or to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_appointment_no_show_data_marked_by_val;

/** The JSON text of a appointment_no_show_data.marked_by constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_appointment_no_show_data_marked_by_to_string(esauti_appointment_no_show_data_marked_by value);

/**
 * verify_code_requested_data.channel
 * Channel the code will be delivered on.
 */
typedef enum esauti_verify_code_requested_data_channel {
    ESAUTI_VERIFY_CODE_REQUESTED_DATA_CHANNEL_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_VERIFY_CODE_REQUESTED_DATA_CHANNEL_SMS = 1, /**< `sms` */
    ESAUTI_VERIFY_CODE_REQUESTED_DATA_CHANNEL_WHATSAPP = 2, /**< `whatsapp` */
    ESAUTI_VERIFY_CODE_REQUESTED_DATA_CHANNEL_EMAIL = 3, /**< `email` */
    ESAUTI_VERIFY_CODE_REQUESTED_DATA_CHANNEL_VOICE = 4, /**< `voice` */
} esauti_verify_code_requested_data_channel;

/**
 * verify_code_requested_data.channel as stored in a struct: `value`, or the text in `other`
 * (owned) when value is 0.
 */
typedef struct esauti_verify_code_requested_data_channel_val {
    /**
     * The value; ESAUTI_VERIFY_CODE_REQUESTED_DATA_CHANNEL_UNKNOWN_VALUE (0) when the JSON text is not
     * one this SDK version knows (then see `other`).
     */
    esauti_verify_code_requested_data_channel value;
    /**
     * When value is ESAUTI_VERIFY_CODE_REQUESTED_DATA_CHANNEL_UNKNOWN_VALUE: the JSON text as
     * received, or to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_verify_code_requested_data_channel_val;

/** The JSON text of a verify_code_requested_data.channel constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_verify_code_requested_data_channel_to_string(esauti_verify_code_requested_data_channel value);

/**
 * verify_code_requested_data.purpose
 * What the verification protects.
 */
typedef enum esauti_verify_code_requested_data_purpose {
    ESAUTI_VERIFY_CODE_REQUESTED_DATA_PURPOSE_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_VERIFY_CODE_REQUESTED_DATA_PURPOSE_SIGNUP = 1, /**< `signup` */
    ESAUTI_VERIFY_CODE_REQUESTED_DATA_PURPOSE_LOGIN = 2, /**< `login` */
    ESAUTI_VERIFY_CODE_REQUESTED_DATA_PURPOSE_PAYMENT_CONFIRMATION = 3, /**< `payment_confirmation` */
    ESAUTI_VERIFY_CODE_REQUESTED_DATA_PURPOSE_PASSWORD_RESET = 4, /**< `password_reset` */
    ESAUTI_VERIFY_CODE_REQUESTED_DATA_PURPOSE_CONTACT_CHANGE = 5, /**< `contact_change` */
    ESAUTI_VERIFY_CODE_REQUESTED_DATA_PURPOSE_OTHER = 6, /**< `other` */
} esauti_verify_code_requested_data_purpose;

/**
 * verify_code_requested_data.purpose as stored in a struct: `value`, or the text in `other`
 * (owned) when value is 0.
 */
typedef struct esauti_verify_code_requested_data_purpose_val {
    /**
     * The value; ESAUTI_VERIFY_CODE_REQUESTED_DATA_PURPOSE_UNKNOWN_VALUE (0) when the JSON text is not
     * one this SDK version knows (then see `other`).
     */
    esauti_verify_code_requested_data_purpose value;
    /**
     * When value is ESAUTI_VERIFY_CODE_REQUESTED_DATA_PURPOSE_UNKNOWN_VALUE: the JSON text as
     * received, or to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_verify_code_requested_data_purpose_val;

/** The JSON text of a verify_code_requested_data.purpose constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_verify_code_requested_data_purpose_to_string(esauti_verify_code_requested_data_purpose value);

/**
 * verify_code_sent_data.channel
 * Channel the code was sent on.
 */
typedef enum esauti_verify_code_sent_data_channel {
    ESAUTI_VERIFY_CODE_SENT_DATA_CHANNEL_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_VERIFY_CODE_SENT_DATA_CHANNEL_SMS = 1, /**< `sms` */
    ESAUTI_VERIFY_CODE_SENT_DATA_CHANNEL_WHATSAPP = 2, /**< `whatsapp` */
    ESAUTI_VERIFY_CODE_SENT_DATA_CHANNEL_EMAIL = 3, /**< `email` */
    ESAUTI_VERIFY_CODE_SENT_DATA_CHANNEL_VOICE = 4, /**< `voice` */
} esauti_verify_code_sent_data_channel;

/**
 * verify_code_sent_data.channel as stored in a struct: `value`, or the text in `other` (owned)
 * when value is 0.
 */
typedef struct esauti_verify_code_sent_data_channel_val {
    /**
     * The value; ESAUTI_VERIFY_CODE_SENT_DATA_CHANNEL_UNKNOWN_VALUE (0) when the JSON text is not one
     * this SDK version knows (then see `other`).
     */
    esauti_verify_code_sent_data_channel value;
    /**
     * When value is ESAUTI_VERIFY_CODE_SENT_DATA_CHANNEL_UNKNOWN_VALUE: the JSON text as received, or
     * to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_verify_code_sent_data_channel_val;

/** The JSON text of a verify_code_sent_data.channel constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_verify_code_sent_data_channel_to_string(esauti_verify_code_sent_data_channel value);

/**
 * verify_code_resent_data.channel
 * Channel the new code was sent on.
 */
typedef enum esauti_verify_code_resent_data_channel {
    ESAUTI_VERIFY_CODE_RESENT_DATA_CHANNEL_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_VERIFY_CODE_RESENT_DATA_CHANNEL_SMS = 1, /**< `sms` */
    ESAUTI_VERIFY_CODE_RESENT_DATA_CHANNEL_WHATSAPP = 2, /**< `whatsapp` */
    ESAUTI_VERIFY_CODE_RESENT_DATA_CHANNEL_EMAIL = 3, /**< `email` */
    ESAUTI_VERIFY_CODE_RESENT_DATA_CHANNEL_VOICE = 4, /**< `voice` */
} esauti_verify_code_resent_data_channel;

/**
 * verify_code_resent_data.channel as stored in a struct: `value`, or the text in `other` (owned)
 * when value is 0.
 */
typedef struct esauti_verify_code_resent_data_channel_val {
    /**
     * The value; ESAUTI_VERIFY_CODE_RESENT_DATA_CHANNEL_UNKNOWN_VALUE (0) when the JSON text is not
     * one this SDK version knows (then see `other`).
     */
    esauti_verify_code_resent_data_channel value;
    /**
     * When value is ESAUTI_VERIFY_CODE_RESENT_DATA_CHANNEL_UNKNOWN_VALUE: the JSON text as received,
     * or to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_verify_code_resent_data_channel_val;

/** The JSON text of a verify_code_resent_data.channel constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_verify_code_resent_data_channel_to_string(esauti_verify_code_resent_data_channel value);

/**
 * verify_code_resent_data.previous_channel
 * Channel of the previous send.
 */
typedef enum esauti_verify_code_resent_data_previous_channel {
    ESAUTI_VERIFY_CODE_RESENT_DATA_PREVIOUS_CHANNEL_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_VERIFY_CODE_RESENT_DATA_PREVIOUS_CHANNEL_SMS = 1, /**< `sms` */
    ESAUTI_VERIFY_CODE_RESENT_DATA_PREVIOUS_CHANNEL_WHATSAPP = 2, /**< `whatsapp` */
    ESAUTI_VERIFY_CODE_RESENT_DATA_PREVIOUS_CHANNEL_EMAIL = 3, /**< `email` */
    ESAUTI_VERIFY_CODE_RESENT_DATA_PREVIOUS_CHANNEL_VOICE = 4, /**< `voice` */
} esauti_verify_code_resent_data_previous_channel;

/**
 * verify_code_resent_data.previous_channel as stored in a struct: `value`, or the text in `other`
 * (owned) when value is 0.
 */
typedef struct esauti_verify_code_resent_data_previous_channel_val {
    /**
     * The value; ESAUTI_VERIFY_CODE_RESENT_DATA_PREVIOUS_CHANNEL_UNKNOWN_VALUE (0) when the JSON text
     * is not one this SDK version knows (then see `other`).
     */
    esauti_verify_code_resent_data_previous_channel value;
    /**
     * When value is ESAUTI_VERIFY_CODE_RESENT_DATA_PREVIOUS_CHANNEL_UNKNOWN_VALUE: the JSON text as
     * received, or to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_verify_code_resent_data_previous_channel_val;

/**
 * The JSON text of a verify_code_resent_data.previous_channel constant, or NULL for an unknown
 * value.
 */
APIC_EXPORT const char *esauti_verify_code_resent_data_previous_channel_to_string(esauti_verify_code_resent_data_previous_channel value);

/**
 * verify_code_resent_data.reason
 * Why the code was sent again.
 */
typedef enum esauti_verify_code_resent_data_reason {
    ESAUTI_VERIFY_CODE_RESENT_DATA_REASON_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_VERIFY_CODE_RESENT_DATA_REASON_CUSTOMER_REQUEST = 1, /**< `customer_request` */
    ESAUTI_VERIFY_CODE_RESENT_DATA_REASON_CHANNEL_FALLBACK = 2, /**< `channel_fallback` */
    ESAUTI_VERIFY_CODE_RESENT_DATA_REASON_DELIVERY_FAILED = 3, /**< `delivery_failed` */
} esauti_verify_code_resent_data_reason;

/**
 * verify_code_resent_data.reason as stored in a struct: `value`, or the text in `other` (owned)
 * when value is 0.
 */
typedef struct esauti_verify_code_resent_data_reason_val {
    /**
     * The value; ESAUTI_VERIFY_CODE_RESENT_DATA_REASON_UNKNOWN_VALUE (0) when the JSON text is not one
     * this SDK version knows (then see `other`).
     */
    esauti_verify_code_resent_data_reason value;
    /**
     * When value is ESAUTI_VERIFY_CODE_RESENT_DATA_REASON_UNKNOWN_VALUE: the JSON text as received, or
     * to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_verify_code_resent_data_reason_val;

/** The JSON text of a verify_code_resent_data.reason constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_verify_code_resent_data_reason_to_string(esauti_verify_code_resent_data_reason value);

/**
 * verify_code_verified_data.channel
 * Channel of the code that was accepted.
 */
typedef enum esauti_verify_code_verified_data_channel {
    ESAUTI_VERIFY_CODE_VERIFIED_DATA_CHANNEL_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_VERIFY_CODE_VERIFIED_DATA_CHANNEL_SMS = 1, /**< `sms` */
    ESAUTI_VERIFY_CODE_VERIFIED_DATA_CHANNEL_WHATSAPP = 2, /**< `whatsapp` */
    ESAUTI_VERIFY_CODE_VERIFIED_DATA_CHANNEL_EMAIL = 3, /**< `email` */
    ESAUTI_VERIFY_CODE_VERIFIED_DATA_CHANNEL_VOICE = 4, /**< `voice` */
} esauti_verify_code_verified_data_channel;

/**
 * verify_code_verified_data.channel as stored in a struct: `value`, or the text in `other` (owned)
 * when value is 0.
 */
typedef struct esauti_verify_code_verified_data_channel_val {
    /**
     * The value; ESAUTI_VERIFY_CODE_VERIFIED_DATA_CHANNEL_UNKNOWN_VALUE (0) when the JSON text is not
     * one this SDK version knows (then see `other`).
     */
    esauti_verify_code_verified_data_channel value;
    /**
     * When value is ESAUTI_VERIFY_CODE_VERIFIED_DATA_CHANNEL_UNKNOWN_VALUE: the JSON text as received,
     * or to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_verify_code_verified_data_channel_val;

/** The JSON text of a verify_code_verified_data.channel constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_verify_code_verified_data_channel_to_string(esauti_verify_code_verified_data_channel value);

/**
 * verify_code_verified_data.purpose
 * What the verification protected.
 */
typedef enum esauti_verify_code_verified_data_purpose {
    ESAUTI_VERIFY_CODE_VERIFIED_DATA_PURPOSE_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_VERIFY_CODE_VERIFIED_DATA_PURPOSE_SIGNUP = 1, /**< `signup` */
    ESAUTI_VERIFY_CODE_VERIFIED_DATA_PURPOSE_LOGIN = 2, /**< `login` */
    ESAUTI_VERIFY_CODE_VERIFIED_DATA_PURPOSE_PAYMENT_CONFIRMATION = 3, /**< `payment_confirmation` */
    ESAUTI_VERIFY_CODE_VERIFIED_DATA_PURPOSE_PASSWORD_RESET = 4, /**< `password_reset` */
    ESAUTI_VERIFY_CODE_VERIFIED_DATA_PURPOSE_CONTACT_CHANGE = 5, /**< `contact_change` */
    ESAUTI_VERIFY_CODE_VERIFIED_DATA_PURPOSE_OTHER = 6, /**< `other` */
} esauti_verify_code_verified_data_purpose;

/**
 * verify_code_verified_data.purpose as stored in a struct: `value`, or the text in `other` (owned)
 * when value is 0.
 */
typedef struct esauti_verify_code_verified_data_purpose_val {
    /**
     * The value; ESAUTI_VERIFY_CODE_VERIFIED_DATA_PURPOSE_UNKNOWN_VALUE (0) when the JSON text is not
     * one this SDK version knows (then see `other`).
     */
    esauti_verify_code_verified_data_purpose value;
    /**
     * When value is ESAUTI_VERIFY_CODE_VERIFIED_DATA_PURPOSE_UNKNOWN_VALUE: the JSON text as received,
     * or to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_verify_code_verified_data_purpose_val;

/** The JSON text of a verify_code_verified_data.purpose constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_verify_code_verified_data_purpose_to_string(esauti_verify_code_verified_data_purpose value);

/**
 * verify_code_failed_data.channel
 * Channel of the code being checked.
 */
typedef enum esauti_verify_code_failed_data_channel {
    ESAUTI_VERIFY_CODE_FAILED_DATA_CHANNEL_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_VERIFY_CODE_FAILED_DATA_CHANNEL_SMS = 1, /**< `sms` */
    ESAUTI_VERIFY_CODE_FAILED_DATA_CHANNEL_WHATSAPP = 2, /**< `whatsapp` */
    ESAUTI_VERIFY_CODE_FAILED_DATA_CHANNEL_EMAIL = 3, /**< `email` */
    ESAUTI_VERIFY_CODE_FAILED_DATA_CHANNEL_VOICE = 4, /**< `voice` */
} esauti_verify_code_failed_data_channel;

/**
 * verify_code_failed_data.channel as stored in a struct: `value`, or the text in `other` (owned)
 * when value is 0.
 */
typedef struct esauti_verify_code_failed_data_channel_val {
    /**
     * The value; ESAUTI_VERIFY_CODE_FAILED_DATA_CHANNEL_UNKNOWN_VALUE (0) when the JSON text is not
     * one this SDK version knows (then see `other`).
     */
    esauti_verify_code_failed_data_channel value;
    /**
     * When value is ESAUTI_VERIFY_CODE_FAILED_DATA_CHANNEL_UNKNOWN_VALUE: the JSON text as received,
     * or to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_verify_code_failed_data_channel_val;

/** The JSON text of a verify_code_failed_data.channel constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_verify_code_failed_data_channel_to_string(esauti_verify_code_failed_data_channel value);

/**
 * verify_code_expired_data.channel
 * Channel of the last code sent.
 */
typedef enum esauti_verify_code_expired_data_channel {
    ESAUTI_VERIFY_CODE_EXPIRED_DATA_CHANNEL_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_VERIFY_CODE_EXPIRED_DATA_CHANNEL_SMS = 1, /**< `sms` */
    ESAUTI_VERIFY_CODE_EXPIRED_DATA_CHANNEL_WHATSAPP = 2, /**< `whatsapp` */
    ESAUTI_VERIFY_CODE_EXPIRED_DATA_CHANNEL_EMAIL = 3, /**< `email` */
    ESAUTI_VERIFY_CODE_EXPIRED_DATA_CHANNEL_VOICE = 4, /**< `voice` */
} esauti_verify_code_expired_data_channel;

/**
 * verify_code_expired_data.channel as stored in a struct: `value`, or the text in `other` (owned)
 * when value is 0.
 */
typedef struct esauti_verify_code_expired_data_channel_val {
    /**
     * The value; ESAUTI_VERIFY_CODE_EXPIRED_DATA_CHANNEL_UNKNOWN_VALUE (0) when the JSON text is not
     * one this SDK version knows (then see `other`).
     */
    esauti_verify_code_expired_data_channel value;
    /**
     * When value is ESAUTI_VERIFY_CODE_EXPIRED_DATA_CHANNEL_UNKNOWN_VALUE: the JSON text as received,
     * or to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_verify_code_expired_data_channel_val;

/** The JSON text of a verify_code_expired_data.channel constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_verify_code_expired_data_channel_to_string(esauti_verify_code_expired_data_channel value);

/**
 * verify_max_attempts_reached_data.channel
 * Channel of the last code sent.
 */
typedef enum esauti_verify_max_attempts_reached_data_channel {
    ESAUTI_VERIFY_MAX_ATTEMPTS_REACHED_DATA_CHANNEL_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_VERIFY_MAX_ATTEMPTS_REACHED_DATA_CHANNEL_SMS = 1, /**< `sms` */
    ESAUTI_VERIFY_MAX_ATTEMPTS_REACHED_DATA_CHANNEL_WHATSAPP = 2, /**< `whatsapp` */
    ESAUTI_VERIFY_MAX_ATTEMPTS_REACHED_DATA_CHANNEL_EMAIL = 3, /**< `email` */
    ESAUTI_VERIFY_MAX_ATTEMPTS_REACHED_DATA_CHANNEL_VOICE = 4, /**< `voice` */
} esauti_verify_max_attempts_reached_data_channel;

/**
 * verify_max_attempts_reached_data.channel as stored in a struct: `value`, or the text in `other`
 * (owned) when value is 0.
 */
typedef struct esauti_verify_max_attempts_reached_data_channel_val {
    /**
     * The value; ESAUTI_VERIFY_MAX_ATTEMPTS_REACHED_DATA_CHANNEL_UNKNOWN_VALUE (0) when the JSON text
     * is not one this SDK version knows (then see `other`).
     */
    esauti_verify_max_attempts_reached_data_channel value;
    /**
     * When value is ESAUTI_VERIFY_MAX_ATTEMPTS_REACHED_DATA_CHANNEL_UNKNOWN_VALUE: the JSON text as
     * received, or to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_verify_max_attempts_reached_data_channel_val;

/**
 * The JSON text of a verify_max_attempts_reached_data.channel constant, or NULL for an unknown
 * value.
 */
APIC_EXPORT const char *esauti_verify_max_attempts_reached_data_channel_to_string(esauti_verify_max_attempts_reached_data_channel value);

/**
 * verify_delivery_failed_data.channel
 * Channel the delivery failed on.
 */
typedef enum esauti_verify_delivery_failed_data_channel {
    ESAUTI_VERIFY_DELIVERY_FAILED_DATA_CHANNEL_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_VERIFY_DELIVERY_FAILED_DATA_CHANNEL_SMS = 1, /**< `sms` */
    ESAUTI_VERIFY_DELIVERY_FAILED_DATA_CHANNEL_WHATSAPP = 2, /**< `whatsapp` */
    ESAUTI_VERIFY_DELIVERY_FAILED_DATA_CHANNEL_EMAIL = 3, /**< `email` */
    ESAUTI_VERIFY_DELIVERY_FAILED_DATA_CHANNEL_VOICE = 4, /**< `voice` */
} esauti_verify_delivery_failed_data_channel;

/**
 * verify_delivery_failed_data.channel as stored in a struct: `value`, or the text in `other`
 * (owned) when value is 0.
 */
typedef struct esauti_verify_delivery_failed_data_channel_val {
    /**
     * The value; ESAUTI_VERIFY_DELIVERY_FAILED_DATA_CHANNEL_UNKNOWN_VALUE (0) when the JSON text is
     * not one this SDK version knows (then see `other`).
     */
    esauti_verify_delivery_failed_data_channel value;
    /**
     * When value is ESAUTI_VERIFY_DELIVERY_FAILED_DATA_CHANNEL_UNKNOWN_VALUE: the JSON text as
     * received, or to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_verify_delivery_failed_data_channel_val;

/** The JSON text of a verify_delivery_failed_data.channel constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_verify_delivery_failed_data_channel_to_string(esauti_verify_delivery_failed_data_channel value);

/**
 * verify_delivery_failed_data.reason
 * Normalised failure reason.
 */
typedef enum esauti_verify_delivery_failed_data_reason {
    ESAUTI_VERIFY_DELIVERY_FAILED_DATA_REASON_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_VERIFY_DELIVERY_FAILED_DATA_REASON_INVALID_DESTINATION = 1, /**< `invalid_destination` */
    ESAUTI_VERIFY_DELIVERY_FAILED_DATA_REASON_UNREACHABLE = 2, /**< `unreachable` */
    ESAUTI_VERIFY_DELIVERY_FAILED_DATA_REASON_NOT_ON_WHATSAPP = 3, /**< `not_on_whatsapp` */
    ESAUTI_VERIFY_DELIVERY_FAILED_DATA_REASON_BOUNCED = 4, /**< `bounced` */
    ESAUTI_VERIFY_DELIVERY_FAILED_DATA_REASON_CALL_UNANSWERED = 5, /**< `call_unanswered` */
    ESAUTI_VERIFY_DELIVERY_FAILED_DATA_REASON_PROVIDER_ERROR = 6, /**< `provider_error` */
} esauti_verify_delivery_failed_data_reason;

/**
 * verify_delivery_failed_data.reason as stored in a struct: `value`, or the text in `other`
 * (owned) when value is 0.
 */
typedef struct esauti_verify_delivery_failed_data_reason_val {
    /**
     * The value; ESAUTI_VERIFY_DELIVERY_FAILED_DATA_REASON_UNKNOWN_VALUE (0) when the JSON text is not
     * one this SDK version knows (then see `other`).
     */
    esauti_verify_delivery_failed_data_reason value;
    /**
     * When value is ESAUTI_VERIFY_DELIVERY_FAILED_DATA_REASON_UNKNOWN_VALUE: the JSON text as
     * received, or to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_verify_delivery_failed_data_reason_val;

/** The JSON text of a verify_delivery_failed_data.reason constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_verify_delivery_failed_data_reason_to_string(esauti_verify_delivery_failed_data_reason value);

/**
 * verify_delivery_failed_data.fallback_channel
 * Channel Verify will try next if fallback is enabled.
 */
typedef enum esauti_verify_delivery_failed_data_fallback_channel {
    ESAUTI_VERIFY_DELIVERY_FAILED_DATA_FALLBACK_CHANNEL_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_VERIFY_DELIVERY_FAILED_DATA_FALLBACK_CHANNEL_SMS = 1, /**< `sms` */
    ESAUTI_VERIFY_DELIVERY_FAILED_DATA_FALLBACK_CHANNEL_WHATSAPP = 2, /**< `whatsapp` */
    ESAUTI_VERIFY_DELIVERY_FAILED_DATA_FALLBACK_CHANNEL_EMAIL = 3, /**< `email` */
    ESAUTI_VERIFY_DELIVERY_FAILED_DATA_FALLBACK_CHANNEL_VOICE = 4, /**< `voice` */
} esauti_verify_delivery_failed_data_fallback_channel;

/**
 * verify_delivery_failed_data.fallback_channel as stored in a struct: `value`, or the text in
 * `other` (owned) when value is 0.
 */
typedef struct esauti_verify_delivery_failed_data_fallback_channel_val {
    /**
     * The value; ESAUTI_VERIFY_DELIVERY_FAILED_DATA_FALLBACK_CHANNEL_UNKNOWN_VALUE (0) when the JSON
     * text is not one this SDK version knows (then see `other`).
     */
    esauti_verify_delivery_failed_data_fallback_channel value;
    /**
     * When value is ESAUTI_VERIFY_DELIVERY_FAILED_DATA_FALLBACK_CHANNEL_UNKNOWN_VALUE: the JSON text
     * as received, or to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_verify_delivery_failed_data_fallback_channel_val;

/**
 * The JSON text of a verify_delivery_failed_data.fallback_channel constant, or NULL for an unknown
 * value.
 */
APIC_EXPORT const char *esauti_verify_delivery_failed_data_fallback_channel_to_string(esauti_verify_delivery_failed_data_fallback_channel value);

/* Arrays (items inline) and maps (keys in JSON order) of generated types. */
/**
 * A list of esauti_contact_preferences_updated_data_topics_item_val: `items` points at `count`
 * values stored one after another, owned by the enclosing object (or, for a list an operation
 * returns, by the caller).
 */
typedef struct esauti_contact_preferences_updated_data_topics_item_array {
    /** The `count` values, stored inline; NULL when the list is empty. */
    esauti_contact_preferences_updated_data_topics_item_val *items;
    /** Number of values in `items`. */
    size_t count;
} esauti_contact_preferences_updated_data_topics_item_array;
/**
 * A list of esauti_cart_abandoned_data_items_item: `items` points at `count` values stored one
 * after another, owned by the enclosing object (or, for a list an operation returns, by the
 * caller).
 */
typedef struct esauti_cart_abandoned_data_items_item_array {
    /** The `count` values, stored inline; NULL when the list is empty. */
    esauti_cart_abandoned_data_items_item *items;
    /** Number of values in `items`. */
    size_t count;
} esauti_cart_abandoned_data_items_item_array;
/**
 * A list of esauti_order_created_data_items_item: `items` points at `count` values stored one
 * after another, owned by the enclosing object (or, for a list an operation returns, by the
 * caller).
 */
typedef struct esauti_order_created_data_items_item_array {
    /** The `count` values, stored inline; NULL when the list is empty. */
    esauti_order_created_data_items_item *items;
    /** Number of values in `items`. */
    size_t count;
} esauti_order_created_data_items_item_array;
/**
 * A list of esauti_order_refunded_data_items_item: `items` points at `count` values stored one
 * after another, owned by the enclosing object (or, for a list an operation returns, by the
 * caller).
 */
typedef struct esauti_order_refunded_data_items_item_array {
    /** The `count` values, stored inline; NULL when the list is empty. */
    esauti_order_refunded_data_items_item *items;
    /** Number of values in `items`. */
    size_t count;
} esauti_order_refunded_data_items_item_array;
/**
 * A list of esauti_invoice_created_data_line_items_item: `items` points at `count` values stored
 * one after another, owned by the enclosing object (or, for a list an operation returns, by the
 * caller).
 */
typedef struct esauti_invoice_created_data_line_items_item_array {
    /** The `count` values, stored inline; NULL when the list is empty. */
    esauti_invoice_created_data_line_items_item *items;
    /** Number of values in `items`. */
    size_t count;
} esauti_invoice_created_data_line_items_item_array;
/**
 * A list of esauti_fulfillment_created_data_items_item: `items` points at `count` values stored
 * one after another, owned by the enclosing object (or, for a list an operation returns, by the
 * caller).
 */
typedef struct esauti_fulfillment_created_data_items_item_array {
    /** The `count` values, stored inline; NULL when the list is empty. */
    esauti_fulfillment_created_data_items_item *items;
    /** Number of values in `items`. */
    size_t count;
} esauti_fulfillment_created_data_items_item_array;
/**
 * A list of esauti_return_requested_data_items_item: `items` points at `count` values stored one
 * after another, owned by the enclosing object (or, for a list an operation returns, by the
 * caller).
 */
typedef struct esauti_return_requested_data_items_item_array {
    /** The `count` values, stored inline; NULL when the list is empty. */
    esauti_return_requested_data_items_item *items;
    /** Number of values in `items`. */
    size_t count;
} esauti_return_requested_data_items_item_array;
/**
 * A list of esauti_return_received_data_items_item: `items` points at `count` values stored one
 * after another, owned by the enclosing object (or, for a list an operation returns, by the
 * caller).
 */
typedef struct esauti_return_received_data_items_item_array {
    /** The `count` values, stored inline; NULL when the list is empty. */
    esauti_return_received_data_items_item *items;
    /** Number of values in `items`. */
    size_t count;
} esauti_return_received_data_items_item_array;
/**
 * A list of esauti_review_requested_data_products_item: `items` points at `count` values stored
 * one after another, owned by the enclosing object (or, for a list an operation returns, by the
 * caller).
 */
typedef struct esauti_review_requested_data_products_item_array {
    /** The `count` values, stored inline; NULL when the list is empty. */
    esauti_review_requested_data_products_item *items;
    /** Number of values in `items`. */
    size_t count;
} esauti_review_requested_data_products_item_array;
/**
 * A list of esauti_review_updated_data_changed_fields_item_val: `items` points at `count` values
 * stored one after another, owned by the enclosing object (or, for a list an operation returns, by
 * the caller).
 */
typedef struct esauti_review_updated_data_changed_fields_item_array {
    /** The `count` values, stored inline; NULL when the list is empty. */
    esauti_review_updated_data_changed_fields_item_val *items;
    /** Number of values in `items`. */
    size_t count;
} esauti_review_updated_data_changed_fields_item_array;
/**
 * A list of esauti_form_submitted_data_consents_item: `items` points at `count` values stored one
 * after another, owned by the enclosing object (or, for a list an operation returns, by the
 * caller).
 */
typedef struct esauti_form_submitted_data_consents_item_array {
    /** The `count` values, stored inline; NULL when the list is empty. */
    esauti_form_submitted_data_consents_item *items;
    /** Number of values in `items`. */
    size_t count;
} esauti_form_submitted_data_consents_item_array;
/**
 * A list of esauti_survey_completed_data_answers_item: `items` points at `count` values stored one
 * after another, owned by the enclosing object (or, for a list an operation returns, by the
 * caller).
 */
typedef struct esauti_survey_completed_data_answers_item_array {
    /** The `count` values, stored inline; NULL when the list is empty. */
    esauti_survey_completed_data_answers_item *items;
    /** Number of values in `items`. */
    size_t count;
} esauti_survey_completed_data_answers_item_array;
/**
 * A list of esauti_appointment_completed_data_services_item: `items` points at `count` values
 * stored one after another, owned by the enclosing object (or, for a list an operation returns, by
 * the caller).
 */
typedef struct esauti_appointment_completed_data_services_item_array {
    /** The `count` values, stored inline; NULL when the list is empty. */
    esauti_appointment_completed_data_services_item *items;
    /** Number of values in `items`. */
    size_t count;
} esauti_appointment_completed_data_services_item_array;

/**
 * customer_created_data
 * The data of a `customer.created` event (version 1).
 */
struct esauti_customer_created_data {
    /**
     * The customer's id in your system.
     * Required.
     */
    char *customer_id;
    /**
     * Primary email address.
     * Format: email.
     * Personal data.
     */
    char *email;
    /**
     * Primary mobile number in E.164 form.
     * Format: phone.
     * Personal data.
     */
    char *phone;
    /**
     * Given name.
     * Personal data.
     */
    char *first_name;
    /**
     * Family name.
     * Personal data.
     */
    char *last_name;
    /**
     * Country of residence.
     * Format: country.
     */
    char *country;
    bool has_language; /**< true when language is set */
    /** Preferred language for messages. */
    esauti_customer_created_data_language_val language;
    /**
     * How the profile came into being.
     * Required.
     */
    esauti_customer_created_data_source_val source;
    /**
     * When the profile was created.
     * Format: date-time.
     * Required.
     */
    char *created_at;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_customer_created_data_free(esauti_customer_created_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_customer_created_data_free(). */
APIC_EXPORT int esauti_customer_created_data_from_json(const char *json, size_t len, esauti_customer_created_data **out,
                                                       apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_customer_created_data_to_json(const esauti_customer_created_data *obj, char **out,
                                                     apic_error *err);
/** Descriptor of esauti_customer_created_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_customer_created_data_desc;

/**
 * customer_updated_data
 * The data of a `customer.updated` event (version 2).
 */
struct esauti_customer_updated_data {
    /**
     * The customer's id in your system.
     * Required.
     */
    char *customer_id;
    /**
     * Names of the profile fields that changed.
     * Required.
     */
    apic_string_array changed_fields;
    bool has_new_values; /**< true when new_values is set */
    /**
     * New value of each changed field, keyed by field name, as text.
     * Personal data.
     */
    apic_string_map new_values;
    bool has_updated_by; /**< true when updated_by is set */
    /** Who made the change. */
    esauti_customer_updated_data_updated_by_val updated_by;
    /**
     * When the change was saved.
     * Format: date-time.
     * Required.
     */
    char *updated_at;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_customer_updated_data_free(esauti_customer_updated_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_customer_updated_data_free(). */
APIC_EXPORT int esauti_customer_updated_data_from_json(const char *json, size_t len, esauti_customer_updated_data **out,
                                                       apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_customer_updated_data_to_json(const esauti_customer_updated_data *obj, char **out,
                                                     apic_error *err);
/** Descriptor of esauti_customer_updated_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_customer_updated_data_desc;

/**
 * customer_deleted_data
 * The data of a `customer.deleted` event (version 1).
 */
struct esauti_customer_deleted_data {
    /**
     * The id of the deleted customer.
     * Required.
     */
    char *customer_id;
    /**
     * Why the profile was deleted.
     * Required.
     */
    esauti_customer_deleted_data_reason_val reason;
    bool has_erase_personal_data; /**< true when erase_personal_data is set */
    /** Whether personal data must be erased everywhere (a right-to-erasure request). */
    bool erase_personal_data;
    /**
     * When the profile was deleted.
     * Format: date-time.
     * Required.
     */
    char *deleted_at;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_customer_deleted_data_free(esauti_customer_deleted_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_customer_deleted_data_free(). */
APIC_EXPORT int esauti_customer_deleted_data_from_json(const char *json, size_t len, esauti_customer_deleted_data **out,
                                                       apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_customer_deleted_data_to_json(const esauti_customer_deleted_data *obj, char **out,
                                                     apic_error *err);
/** Descriptor of esauti_customer_deleted_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_customer_deleted_data_desc;

/**
 * customer_merged_data
 * The data of a `customer.merged` event (version 1).
 */
struct esauti_customer_merged_data {
    /**
     * The profile that remains after the merge.
     * Required.
     */
    char *surviving_customer_id;
    /**
     * Ids of the profiles folded into the surviving one.
     * Required.
     */
    apic_string_array merged_customer_ids;
    bool has_match_key; /**< true when match_key is set */
    /** What the duplicates were matched on. */
    esauti_customer_merged_data_match_key_val match_key;
    /**
     * When the merge happened.
     * Format: date-time.
     * Required.
     */
    char *merged_at;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_customer_merged_data_free(esauti_customer_merged_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_customer_merged_data_free(). */
APIC_EXPORT int esauti_customer_merged_data_from_json(const char *json, size_t len, esauti_customer_merged_data **out,
                                                      apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_customer_merged_data_to_json(const esauti_customer_merged_data *obj, char **out,
                                                    apic_error *err);
/** Descriptor of esauti_customer_merged_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_customer_merged_data_desc;

/**
 * customer_tagged_data
 * The data of a `customer.tagged` event (version 1).
 */
struct esauti_customer_tagged_data {
    /**
     * The customer's id in your system.
     * Required.
     */
    char *customer_id;
    /**
     * The tag added, such as vip or wholesale.
     * Required.
     */
    char *tag;
    bool has_added_by; /**< true when added_by is set */
    /** What added the tag. */
    esauti_customer_tagged_data_added_by_val added_by;
    /**
     * When the tag was added.
     * Format: date-time.
     */
    char *tagged_at;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_customer_tagged_data_free(esauti_customer_tagged_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_customer_tagged_data_free(). */
APIC_EXPORT int esauti_customer_tagged_data_from_json(const char *json, size_t len, esauti_customer_tagged_data **out,
                                                      apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_customer_tagged_data_to_json(const esauti_customer_tagged_data *obj, char **out,
                                                    apic_error *err);
/** Descriptor of esauti_customer_tagged_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_customer_tagged_data_desc;

/**
 * customer_untagged_data
 * The data of a `customer.untagged` event (version 1).
 */
struct esauti_customer_untagged_data {
    /**
     * The customer's id in your system.
     * Required.
     */
    char *customer_id;
    /**
     * The tag removed.
     * Required.
     */
    char *tag;
    bool has_removed_by; /**< true when removed_by is set */
    /** What removed the tag. */
    esauti_customer_untagged_data_removed_by_val removed_by;
    /**
     * When the tag was removed.
     * Format: date-time.
     */
    char *untagged_at;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_customer_untagged_data_free(esauti_customer_untagged_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_customer_untagged_data_free(). */
APIC_EXPORT int esauti_customer_untagged_data_from_json(const char *json, size_t len,
                                                        esauti_customer_untagged_data **out, apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_customer_untagged_data_to_json(const esauti_customer_untagged_data *obj, char **out,
                                                      apic_error *err);
/** Descriptor of esauti_customer_untagged_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_customer_untagged_data_desc;

/**
 * customer_segment_entered_data
 * The data of a `customer.segment_entered` event (version 1).
 */
struct esauti_customer_segment_entered_data {
    /**
     * The customer's id in your system.
     * Required.
     */
    char *customer_id;
    /**
     * The segment joined.
     * Required.
     */
    char *segment_id;
    /** The segment's display name. */
    char *segment_name;
    /**
     * When the customer joined the segment.
     * Format: date-time.
     * Required.
     */
    char *entered_at;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_customer_segment_entered_data_free(esauti_customer_segment_entered_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_customer_segment_entered_data_free(). */
APIC_EXPORT int esauti_customer_segment_entered_data_from_json(const char *json, size_t len,
                                                               esauti_customer_segment_entered_data **out,
                                                               apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_customer_segment_entered_data_to_json(const esauti_customer_segment_entered_data *obj,
                                                             char **out, apic_error *err);
/** Descriptor of esauti_customer_segment_entered_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_customer_segment_entered_data_desc;

/**
 * customer_segment_exited_data
 * The data of a `customer.segment_exited` event (version 1).
 */
struct esauti_customer_segment_exited_data {
    /**
     * The customer's id in your system.
     * Required.
     */
    char *customer_id;
    /**
     * The segment left.
     * Required.
     */
    char *segment_id;
    /** The segment's display name. */
    char *segment_name;
    bool has_reason; /**< true when reason is set */
    /** Why the customer left. */
    esauti_customer_segment_exited_data_reason_val reason;
    /**
     * When the customer left the segment.
     * Format: date-time.
     * Required.
     */
    char *exited_at;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_customer_segment_exited_data_free(esauti_customer_segment_exited_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_customer_segment_exited_data_free(). */
APIC_EXPORT int esauti_customer_segment_exited_data_from_json(const char *json, size_t len,
                                                              esauti_customer_segment_exited_data **out,
                                                              apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_customer_segment_exited_data_to_json(const esauti_customer_segment_exited_data *obj, char **out,
                                                            apic_error *err);
/** Descriptor of esauti_customer_segment_exited_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_customer_segment_exited_data_desc;

/**
 * contact_subscribed_data
 * The data of a `contact.subscribed` event (version 1).
 */
struct esauti_contact_subscribed_data {
    /**
     * The channel subscribed to.
     * Required.
     */
    esauti_contact_subscribed_data_channel_val channel;
    /**
     * The email address, phone number or device token that was subscribed.
     * Personal data.
     */
    char *address;
    /** The mailing list or audience joined, if any. */
    char *list_id;
    /**
     * Where consent was collected.
     * Required.
     */
    esauti_contact_subscribed_data_consent_source_val consent_source;
    bool has_double_opt_in; /**< true when double_opt_in is set */
    /** Whether the customer confirmed the subscription a second time. */
    bool double_opt_in;
    /**
     * When consent was given.
     * Format: date-time.
     * Required.
     */
    char *subscribed_at;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_contact_subscribed_data_free(esauti_contact_subscribed_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_contact_subscribed_data_free(). */
APIC_EXPORT int esauti_contact_subscribed_data_from_json(const char *json, size_t len,
                                                         esauti_contact_subscribed_data **out, apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_contact_subscribed_data_to_json(const esauti_contact_subscribed_data *obj, char **out,
                                                       apic_error *err);
/** Descriptor of esauti_contact_subscribed_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_contact_subscribed_data_desc;

/**
 * contact_unsubscribed_data
 * The data of a `contact.unsubscribed` event (version 1).
 */
struct esauti_contact_unsubscribed_data {
    /**
     * The channel unsubscribed from.
     * Required.
     */
    esauti_contact_unsubscribed_data_channel_val channel;
    /**
     * The email address, phone number or device token that was unsubscribed.
     * Personal data.
     */
    char *address;
    /** The mailing list left; absent when the customer left every list on the channel. */
    char *list_id;
    /**
     * How the customer unsubscribed.
     * Required.
     */
    esauti_contact_unsubscribed_data_method_val method;
    /** The campaign whose message led to the unsubscribe, if known. */
    char *campaign_id;
    /**
     * When consent was withdrawn.
     * Format: date-time.
     * Required.
     */
    char *unsubscribed_at;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_contact_unsubscribed_data_free(esauti_contact_unsubscribed_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_contact_unsubscribed_data_free(). */
APIC_EXPORT int esauti_contact_unsubscribed_data_from_json(const char *json, size_t len,
                                                           esauti_contact_unsubscribed_data **out, apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_contact_unsubscribed_data_to_json(const esauti_contact_unsubscribed_data *obj, char **out,
                                                         apic_error *err);
/** Descriptor of esauti_contact_unsubscribed_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_contact_unsubscribed_data_desc;

/**
 * contact_preferences_updated_data
 * The data of a `contact.preferences_updated` event (version 1).
 */
struct esauti_contact_preferences_updated_data {
    bool has_topics; /**< true when topics is set */
    /** Topics the customer still wants to hear about. */
    esauti_contact_preferences_updated_data_topics_item_array topics;
    /**
     * How often at most the customer wants marketing messages; any means no limit.
     * Required.
     */
    esauti_contact_preferences_updated_data_frequency_val frequency;
    bool has_preferred_channel; /**< true when preferred_channel is set */
    /** Channel the customer prefers for marketing. */
    esauti_contact_preferences_updated_data_preferred_channel_val preferred_channel;
    bool has_language; /**< true when language is set */
    /** Language for messages. */
    esauti_contact_preferences_updated_data_language_val language;
    /** Local time (HH:MM) after which no messages are sent. */
    char *quiet_hours_start;
    /** Local time (HH:MM) before which no messages are sent. */
    char *quiet_hours_end;
    /**
     * When the preferences were saved.
     * Format: date-time.
     * Required.
     */
    char *updated_at;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_contact_preferences_updated_data_free(esauti_contact_preferences_updated_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_contact_preferences_updated_data_free(). */
APIC_EXPORT int esauti_contact_preferences_updated_data_from_json(const char *json, size_t len,
                                                                  esauti_contact_preferences_updated_data **out,
                                                                  apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_contact_preferences_updated_data_to_json(const esauti_contact_preferences_updated_data *obj,
                                                                char **out, apic_error *err);
/** Descriptor of esauti_contact_preferences_updated_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_contact_preferences_updated_data_desc;

/**
 * contact_phone_verified_data
 * The data of a `contact.phone_verified` event (version 1).
 */
struct esauti_contact_phone_verified_data {
    /**
     * The verified number in E.164 form.
     * Format: phone.
     * Required.
     * Personal data.
     */
    char *phone;
    /**
     * How the code was delivered.
     * Required.
     */
    esauti_contact_phone_verified_data_method_val method;
    /**
     * Country the number belongs to.
     * Format: country.
     */
    char *country;
    /** Mobile network operator, when known. */
    char *carrier;
    /**
     * When the code was accepted.
     * Format: date-time.
     * Required.
     */
    char *verified_at;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_contact_phone_verified_data_free(esauti_contact_phone_verified_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_contact_phone_verified_data_free(). */
APIC_EXPORT int esauti_contact_phone_verified_data_from_json(const char *json, size_t len,
                                                             esauti_contact_phone_verified_data **out, apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_contact_phone_verified_data_to_json(const esauti_contact_phone_verified_data *obj, char **out,
                                                           apic_error *err);
/** Descriptor of esauti_contact_phone_verified_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_contact_phone_verified_data_desc;

/**
 * lead_captured_data
 * The data of a `lead.captured` event (version 1).
 */
struct esauti_lead_captured_data {
    /**
     * The lead's id.
     * Required.
     */
    char *lead_id;
    /**
     * Where the lead came from.
     * Required.
     */
    esauti_lead_captured_data_source_val source;
    /**
     * Name the lead gave.
     * Personal data.
     */
    char *full_name;
    /**
     * Email address the lead gave.
     * Format: email.
     * Personal data.
     */
    char *email;
    /**
     * Mobile number the lead gave.
     * Format: phone.
     * Personal data.
     */
    char *phone;
    /** Product or service the lead asked about. */
    char *interest;
    /** The form or ad that captured the lead. */
    char *form_id;
    /**
     * Page on which the lead was captured.
     * Format: uri.
     */
    char *landing_url;
    /**
     * When the lead was captured.
     * Format: date-time.
     * Required.
     */
    char *captured_at;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_lead_captured_data_free(esauti_lead_captured_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_lead_captured_data_free(). */
APIC_EXPORT int esauti_lead_captured_data_from_json(const char *json, size_t len, esauti_lead_captured_data **out,
                                                    apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_lead_captured_data_to_json(const esauti_lead_captured_data *obj, char **out, apic_error *err);
/** Descriptor of esauti_lead_captured_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_lead_captured_data_desc;

/**
 * lead_updated_data
 * The data of a `lead.updated` event (version 1).
 */
struct esauti_lead_updated_data {
    /**
     * The lead's id.
     * Required.
     */
    char *lead_id;
    /**
     * Names of the lead fields that changed.
     * Required.
     */
    apic_string_array changed_fields;
    bool has_estimated_value; /**< true when estimated_value is set */
    /**
     * Estimated deal value in minor units.
     * Format: int64.
     */
    int64_t estimated_value;
    /**
     * ISO 4217 code of estimated_value.
     * Format: currency.
     */
    char *currency;
    /**
     * When the change was saved.
     * Format: date-time.
     * Required.
     */
    char *updated_at;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_lead_updated_data_free(esauti_lead_updated_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_lead_updated_data_free(). */
APIC_EXPORT int esauti_lead_updated_data_from_json(const char *json, size_t len, esauti_lead_updated_data **out,
                                                   apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_lead_updated_data_to_json(const esauti_lead_updated_data *obj, char **out, apic_error *err);
/** Descriptor of esauti_lead_updated_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_lead_updated_data_desc;

/**
 * lead_assigned_data
 * The data of a `lead.assigned` event (version 1).
 */
struct esauti_lead_assigned_data {
    /**
     * The lead's id.
     * Required.
     */
    char *lead_id;
    /**
     * The agent the lead was assigned to.
     * Required.
     */
    char *assignee_id;
    /** The agent's sales team. */
    char *team_id;
    /** The agent who held the lead before; absent on first assignment. */
    char *previous_assignee_id;
    bool has_method; /**< true when method is set */
    /** How the assignee was chosen. */
    esauti_lead_assigned_data_method_val method;
    /**
     * When the lead was assigned.
     * Format: date-time.
     * Required.
     */
    char *assigned_at;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_lead_assigned_data_free(esauti_lead_assigned_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_lead_assigned_data_free(). */
APIC_EXPORT int esauti_lead_assigned_data_from_json(const char *json, size_t len, esauti_lead_assigned_data **out,
                                                    apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_lead_assigned_data_to_json(const esauti_lead_assigned_data *obj, char **out, apic_error *err);
/** Descriptor of esauti_lead_assigned_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_lead_assigned_data_desc;

/**
 * lead_scored_data
 * The data of a `lead.scored` event (version 2).
 */
struct esauti_lead_scored_data {
    /**
     * The lead's id.
     * Required.
     */
    char *lead_id;
    /**
     * New total score from 0 to 100.
     * Format: int32.
     * Required.
     */
    int32_t score;
    /**
     * Total score before this change.
     * Format: int32.
     * Required.
     */
    int32_t previous_score;
    bool has_fit_score; /**< true when fit_score is set */
    /**
     * Part of the score from who the lead is (0 to 50).
     * Format: int32.
     */
    int32_t fit_score;
    bool has_engagement_score; /**< true when engagement_score is set */
    /**
     * Part of the score from what the lead did (0 to 50).
     * Format: int32.
     */
    int32_t engagement_score;
    bool has_grade; /**< true when grade is set */
    /** Letter grade derived from the score. */
    esauti_lead_scored_data_grade_val grade;
    /**
     * When the score was calculated.
     * Format: date-time.
     * Required.
     */
    char *scored_at;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_lead_scored_data_free(esauti_lead_scored_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_lead_scored_data_free(). */
APIC_EXPORT int esauti_lead_scored_data_from_json(const char *json, size_t len, esauti_lead_scored_data **out,
                                                  apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_lead_scored_data_to_json(const esauti_lead_scored_data *obj, char **out, apic_error *err);
/** Descriptor of esauti_lead_scored_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_lead_scored_data_desc;

/**
 * lead_contacted_data
 * The data of a `lead.contacted` event (version 1).
 */
struct esauti_lead_contacted_data {
    /**
     * The lead's id.
     * Required.
     */
    char *lead_id;
    /** The agent who made contact. */
    char *agent_id;
    /**
     * How the lead was contacted.
     * Required.
     */
    esauti_lead_contacted_data_channel_val channel;
    /**
     * Result of the attempt.
     * Required.
     */
    esauti_lead_contacted_data_outcome_val outcome;
    /**
     * When the attempt was made.
     * Format: date-time.
     * Required.
     */
    char *contacted_at;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_lead_contacted_data_free(esauti_lead_contacted_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_lead_contacted_data_free(). */
APIC_EXPORT int esauti_lead_contacted_data_from_json(const char *json, size_t len, esauti_lead_contacted_data **out,
                                                     apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_lead_contacted_data_to_json(const esauti_lead_contacted_data *obj, char **out, apic_error *err);
/** Descriptor of esauti_lead_contacted_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_lead_contacted_data_desc;

/**
 * lead_qualified_data
 * The data of a `lead.qualified` event (version 1).
 */
struct esauti_lead_qualified_data {
    /**
     * The lead's id.
     * Required.
     */
    char *lead_id;
    /**
     * What qualified the lead.
     * Required.
     */
    esauti_lead_qualified_data_qualified_by_val qualified_by;
    bool has_budget_amount; /**< true when budget_amount is set */
    /**
     * Budget the lead stated in minor units.
     * Format: int64.
     */
    int64_t budget_amount;
    /**
     * ISO 4217 code of budget_amount.
     * Format: currency.
     */
    char *currency;
    /**
     * When the sale is expected to close.
     * Format: date.
     */
    char *expected_close_date;
    /**
     * When the lead was qualified.
     * Format: date-time.
     * Required.
     */
    char *qualified_at;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_lead_qualified_data_free(esauti_lead_qualified_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_lead_qualified_data_free(). */
APIC_EXPORT int esauti_lead_qualified_data_from_json(const char *json, size_t len, esauti_lead_qualified_data **out,
                                                     apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_lead_qualified_data_to_json(const esauti_lead_qualified_data *obj, char **out, apic_error *err);
/** Descriptor of esauti_lead_qualified_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_lead_qualified_data_desc;

/**
 * lead_disqualified_data
 * The data of a `lead.disqualified` event (version 1).
 */
struct esauti_lead_disqualified_data {
    /**
     * The lead's id.
     * Required.
     */
    char *lead_id;
    /**
     * Why the lead was ruled out.
     * Required.
     */
    esauti_lead_disqualified_data_reason_val reason;
    /** Free-text comment by the agent. */
    char *note;
    /**
     * When the lead was ruled out.
     * Format: date-time.
     * Required.
     */
    char *disqualified_at;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_lead_disqualified_data_free(esauti_lead_disqualified_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_lead_disqualified_data_free(). */
APIC_EXPORT int esauti_lead_disqualified_data_from_json(const char *json, size_t len,
                                                        esauti_lead_disqualified_data **out, apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_lead_disqualified_data_to_json(const esauti_lead_disqualified_data *obj, char **out,
                                                      apic_error *err);
/** Descriptor of esauti_lead_disqualified_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_lead_disqualified_data_desc;

/**
 * lead_converted_data
 * The data of a `lead.converted` event (version 1).
 */
struct esauti_lead_converted_data {
    /**
     * The lead's id.
     * Required.
     */
    char *lead_id;
    /**
     * What the lead turned into.
     * Required.
     */
    esauti_lead_converted_data_converted_to_val converted_to;
    /** Id of the order, deal or subscription created. */
    char *reference_id;
    bool has_amount; /**< true when amount is set */
    /**
     * Value of the sale in minor units.
     * Format: int64.
     */
    int64_t amount;
    /**
     * ISO 4217 code of amount.
     * Format: currency.
     */
    char *currency;
    bool has_days_to_convert; /**< true when days_to_convert is set */
    /**
     * Whole days from capture to conversion.
     * Format: int32.
     */
    int32_t days_to_convert;
    /**
     * When the lead converted.
     * Format: date-time.
     * Required.
     */
    char *converted_at;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_lead_converted_data_free(esauti_lead_converted_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_lead_converted_data_free(). */
APIC_EXPORT int esauti_lead_converted_data_from_json(const char *json, size_t len, esauti_lead_converted_data **out,
                                                     apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_lead_converted_data_to_json(const esauti_lead_converted_data *obj, char **out, apic_error *err);
/** Descriptor of esauti_lead_converted_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_lead_converted_data_desc;

/**
 * lead_lost_data
 * The data of a `lead.lost` event (version 1).
 */
struct esauti_lead_lost_data {
    /**
     * The lead's id.
     * Required.
     */
    char *lead_id;
    /**
     * Main reason the sale was lost.
     * Required.
     */
    esauti_lead_lost_data_reason_val reason;
    /** The competitor chosen, when known. */
    char *competitor;
    /** Free-text comment by the agent. */
    char *note;
    /**
     * When the lead was closed as lost.
     * Format: date-time.
     * Required.
     */
    char *lost_at;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_lead_lost_data_free(esauti_lead_lost_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_lead_lost_data_free(). */
APIC_EXPORT int esauti_lead_lost_data_from_json(const char *json, size_t len, esauti_lead_lost_data **out,
                                                apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_lead_lost_data_to_json(const esauti_lead_lost_data *obj, char **out, apic_error *err);
/** Descriptor of esauti_lead_lost_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_lead_lost_data_desc;

/**
 * lead_status_changed_data
 * The data of a `lead.status_changed` event (version 1).
 */
struct esauti_lead_status_changed_data {
    /**
     * The lead's id.
     * Required.
     */
    char *lead_id;
    /**
     * Status before the change.
     * Required.
     */
    esauti_lead_status_changed_data_from_status_val from_status;
    /**
     * Status after the change.
     * Required.
     */
    esauti_lead_status_changed_data_to_status_val to_status;
    /**
     * When the status changed.
     * Format: date-time.
     * Required.
     */
    char *changed_at;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_lead_status_changed_data_free(esauti_lead_status_changed_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_lead_status_changed_data_free(). */
APIC_EXPORT int esauti_lead_status_changed_data_from_json(const char *json, size_t len,
                                                          esauti_lead_status_changed_data **out, apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_lead_status_changed_data_to_json(const esauti_lead_status_changed_data *obj, char **out,
                                                        apic_error *err);
/** Descriptor of esauti_lead_status_changed_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_lead_status_changed_data_desc;

/**
 * account_created_data
 * The data of a `account.created` event (version 1).
 */
struct esauti_account_created_data {
    /**
     * The account's id.
     * Required.
     */
    char *account_id;
    /**
     * The email address or phone number used to log in.
     * Personal data.
     */
    char *username;
    /**
     * How the customer signed up and will log in.
     * Required.
     */
    esauti_account_created_data_login_method_val login_method;
    bool has_marketing_opt_in; /**< true when marketing_opt_in is set */
    /** Whether the customer ticked the marketing consent box at signup. */
    bool marketing_opt_in;
    /** Referral code entered at signup, if any. */
    char *referral_code;
    /**
     * When the account was created.
     * Format: date-time.
     * Required.
     */
    char *created_at;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_account_created_data_free(esauti_account_created_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_account_created_data_free(). */
APIC_EXPORT int esauti_account_created_data_from_json(const char *json, size_t len, esauti_account_created_data **out,
                                                      apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_account_created_data_to_json(const esauti_account_created_data *obj, char **out,
                                                    apic_error *err);
/** Descriptor of esauti_account_created_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_account_created_data_desc;

/**
 * account_email_verified_data
 * The data of a `account.email_verified` event (version 1).
 */
struct esauti_account_email_verified_data {
    /**
     * The account's id.
     * Required.
     */
    char *account_id;
    /**
     * The verified address.
     * Format: email.
     * Required.
     * Personal data.
     */
    char *email;
    /**
     * When the verification link was sent.
     * Format: date-time.
     */
    char *link_sent_at;
    /**
     * When the link was clicked.
     * Format: date-time.
     * Required.
     */
    char *verified_at;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_account_email_verified_data_free(esauti_account_email_verified_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_account_email_verified_data_free(). */
APIC_EXPORT int esauti_account_email_verified_data_from_json(const char *json, size_t len,
                                                             esauti_account_email_verified_data **out, apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_account_email_verified_data_to_json(const esauti_account_email_verified_data *obj, char **out,
                                                           apic_error *err);
/** Descriptor of esauti_account_email_verified_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_account_email_verified_data_desc;

/**
 * account_password_changed_data
 * The data of a `account.password_changed` event (version 1).
 */
struct esauti_account_password_changed_data {
    /**
     * The account's id.
     * Required.
     */
    char *account_id;
    /**
     * IP address the change came from.
     * Personal data.
     */
    char *ip_address;
    bool has_other_sessions_ended; /**< true when other_sessions_ended is set */
    /** Whether the customer's other sessions were logged out. */
    bool other_sessions_ended;
    /**
     * When the password was changed.
     * Format: date-time.
     * Required.
     */
    char *changed_at;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_account_password_changed_data_free(esauti_account_password_changed_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_account_password_changed_data_free(). */
APIC_EXPORT int esauti_account_password_changed_data_from_json(const char *json, size_t len,
                                                               esauti_account_password_changed_data **out,
                                                               apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_account_password_changed_data_to_json(const esauti_account_password_changed_data *obj,
                                                             char **out, apic_error *err);
/** Descriptor of esauti_account_password_changed_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_account_password_changed_data_desc;

/**
 * account_locked_data
 * The data of a `account.locked` event (version 1).
 */
struct esauti_account_locked_data {
    /**
     * The account's id.
     * Required.
     */
    char *account_id;
    /**
     * Why the account was locked.
     * Required.
     */
    esauti_account_locked_data_reason_val reason;
    bool has_failed_attempts; /**< true when failed_attempts is set */
    /**
     * Failed logins counted before the lock.
     * Format: int32.
     */
    int32_t failed_attempts;
    /**
     * When the lock lifts by itself; absent for a lock that needs staff.
     * Format: date-time.
     */
    char *locked_until;
    /**
     * When the account was locked.
     * Format: date-time.
     * Required.
     */
    char *locked_at;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_account_locked_data_free(esauti_account_locked_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_account_locked_data_free(). */
APIC_EXPORT int esauti_account_locked_data_from_json(const char *json, size_t len, esauti_account_locked_data **out,
                                                     apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_account_locked_data_to_json(const esauti_account_locked_data *obj, char **out, apic_error *err);
/** Descriptor of esauti_account_locked_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_account_locked_data_desc;

/**
 * account_unlocked_data
 * The data of a `account.unlocked` event (version 1).
 */
struct esauti_account_unlocked_data {
    /**
     * The account's id.
     * Required.
     */
    char *account_id;
    /**
     * How the lock was lifted.
     * Required.
     */
    esauti_account_unlocked_data_method_val method;
    /** The staff member who lifted the lock, when method is staff. */
    char *staff_user_id;
    /**
     * When the account was unlocked.
     * Format: date-time.
     * Required.
     */
    char *unlocked_at;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_account_unlocked_data_free(esauti_account_unlocked_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_account_unlocked_data_free(). */
APIC_EXPORT int esauti_account_unlocked_data_from_json(const char *json, size_t len, esauti_account_unlocked_data **out,
                                                       apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_account_unlocked_data_to_json(const esauti_account_unlocked_data *obj, char **out,
                                                     apic_error *err);
/** Descriptor of esauti_account_unlocked_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_account_unlocked_data_desc;

/**
 * account_closed_data
 * The data of a `account.closed` event (version 1).
 */
struct esauti_account_closed_data {
    /**
     * The account's id.
     * Required.
     */
    char *account_id;
    /**
     * Who closed the account.
     * Required.
     */
    esauti_account_closed_data_closed_by_val closed_by;
    bool has_reason; /**< true when reason is set */
    /** Reason given for closing. */
    esauti_account_closed_data_reason_val reason;
    /** Free-text feedback the customer left. */
    char *feedback;
    /**
     * When the account was closed.
     * Format: date-time.
     * Required.
     */
    char *closed_at;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_account_closed_data_free(esauti_account_closed_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_account_closed_data_free(). */
APIC_EXPORT int esauti_account_closed_data_from_json(const char *json, size_t len, esauti_account_closed_data **out,
                                                     apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_account_closed_data_to_json(const esauti_account_closed_data *obj, char **out, apic_error *err);
/** Descriptor of esauti_account_closed_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_account_closed_data_desc;

/**
 * auth_login_succeeded_data
 * The data of a `auth.login_succeeded` event (version 2).
 */
struct esauti_auth_login_succeeded_data {
    /**
     * The account's id.
     * Required.
     */
    char *account_id;
    /**
     * How the customer proved identity.
     * Required.
     */
    esauti_auth_login_succeeded_data_method_val method;
    bool has_second_factor; /**< true when second_factor is set */
    /** Second step used, if any. */
    esauti_auth_login_succeeded_data_second_factor_val second_factor;
    /**
     * The session the login opened.
     * Required.
     */
    char *session_id;
    bool has_new_device; /**< true when new_device is set */
    /** Whether this device had not been seen for this account before. */
    bool new_device;
    /**
     * IP address of the client.
     * Personal data.
     */
    char *ip_address;
    bool has_platform; /**< true when platform is set */
    /** Where the customer logged in. */
    esauti_auth_login_succeeded_data_platform_val platform;
    /**
     * When the login succeeded.
     * Format: date-time.
     * Required.
     */
    char *logged_in_at;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_auth_login_succeeded_data_free(esauti_auth_login_succeeded_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_auth_login_succeeded_data_free(). */
APIC_EXPORT int esauti_auth_login_succeeded_data_from_json(const char *json, size_t len,
                                                           esauti_auth_login_succeeded_data **out, apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_auth_login_succeeded_data_to_json(const esauti_auth_login_succeeded_data *obj, char **out,
                                                         apic_error *err);
/** Descriptor of esauti_auth_login_succeeded_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_auth_login_succeeded_data_desc;

/**
 * auth_login_failed_data
 * The data of a `auth.login_failed` event (version 1).
 */
struct esauti_auth_login_failed_data {
    /**
     * The email address or phone number typed in.
     * Personal data.
     */
    char *username;
    /**
     * Why the attempt was rejected.
     * Required.
     */
    esauti_auth_login_failed_data_reason_val reason;
    bool has_consecutive_failures; /**< true when consecutive_failures is set */
    /**
     * Failed attempts in a row, including this one.
     * Format: int32.
     */
    int32_t consecutive_failures;
    /**
     * IP address of the client.
     * Personal data.
     */
    char *ip_address;
    bool has_platform; /**< true when platform is set */
    /** Where the attempt was made. */
    esauti_auth_login_failed_data_platform_val platform;
    /**
     * When the attempt was made.
     * Format: date-time.
     * Required.
     */
    char *attempted_at;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_auth_login_failed_data_free(esauti_auth_login_failed_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_auth_login_failed_data_free(). */
APIC_EXPORT int esauti_auth_login_failed_data_from_json(const char *json, size_t len,
                                                        esauti_auth_login_failed_data **out, apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_auth_login_failed_data_to_json(const esauti_auth_login_failed_data *obj, char **out,
                                                      apic_error *err);
/** Descriptor of esauti_auth_login_failed_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_auth_login_failed_data_desc;

/**
 * auth_logged_out_data
 * The data of a `auth.logged_out` event (version 1).
 */
struct esauti_auth_logged_out_data {
    /** The account's id. */
    char *account_id;
    /**
     * The session that ended.
     * Required.
     */
    char *session_id;
    /**
     * Why the session ended.
     * Required.
     */
    esauti_auth_logged_out_data_reason_val reason;
    /**
     * When the session ended.
     * Format: date-time.
     * Required.
     */
    char *logged_out_at;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_auth_logged_out_data_free(esauti_auth_logged_out_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_auth_logged_out_data_free(). */
APIC_EXPORT int esauti_auth_logged_out_data_from_json(const char *json, size_t len, esauti_auth_logged_out_data **out,
                                                      apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_auth_logged_out_data_to_json(const esauti_auth_logged_out_data *obj, char **out,
                                                    apic_error *err);
/** Descriptor of esauti_auth_logged_out_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_auth_logged_out_data_desc;

/**
 * auth_password_reset_requested_data
 * The data of a `auth.password_reset_requested` event (version 1).
 */
struct esauti_auth_password_reset_requested_data {
    /**
     * The account's id.
     * Required.
     */
    char *account_id;
    /**
     * Where the reset link or code is sent.
     * Required.
     */
    esauti_auth_password_reset_requested_data_delivery_channel_val delivery_channel;
    /**
     * One-time link that opens the reset form.
     * Format: uri.
     * Required.
     */
    char *reset_url;
    /**
     * IP address the request came from.
     * Personal data.
     */
    char *ip_address;
    /**
     * When the link stops working.
     * Format: date-time.
     * Required.
     */
    char *expires_at;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_auth_password_reset_requested_data_free(esauti_auth_password_reset_requested_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_auth_password_reset_requested_data_free(). */
APIC_EXPORT int esauti_auth_password_reset_requested_data_from_json(const char *json, size_t len,
                                                                    esauti_auth_password_reset_requested_data **out,
                                                                    apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_auth_password_reset_requested_data_to_json(const esauti_auth_password_reset_requested_data *obj,
                                                                  char **out, apic_error *err);
/** Descriptor of esauti_auth_password_reset_requested_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_auth_password_reset_requested_data_desc;

/**
 * auth_password_reset_completed_data
 * The data of a `auth.password_reset_completed` event (version 1).
 */
struct esauti_auth_password_reset_completed_data {
    /**
     * The account's id.
     * Required.
     */
    char *account_id;
    bool has_delivery_channel; /**< true when delivery_channel is set */
    /** Where the reset link or code had been sent. */
    esauti_auth_password_reset_completed_data_delivery_channel_val delivery_channel;
    /**
     * When the reset was requested.
     * Format: date-time.
     */
    char *requested_at;
    /**
     * When the new password was set.
     * Format: date-time.
     * Required.
     */
    char *completed_at;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_auth_password_reset_completed_data_free(esauti_auth_password_reset_completed_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_auth_password_reset_completed_data_free(). */
APIC_EXPORT int esauti_auth_password_reset_completed_data_from_json(const char *json, size_t len,
                                                                    esauti_auth_password_reset_completed_data **out,
                                                                    apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_auth_password_reset_completed_data_to_json(const esauti_auth_password_reset_completed_data *obj,
                                                                  char **out, apic_error *err);
/** Descriptor of esauti_auth_password_reset_completed_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_auth_password_reset_completed_data_desc;

/**
 * auth_mfa_enabled_data
 * The data of a `auth.mfa_enabled` event (version 1).
 */
struct esauti_auth_mfa_enabled_data {
    /**
     * The account's id.
     * Required.
     */
    char *account_id;
    /**
     * The second factor chosen.
     * Required.
     */
    esauti_auth_mfa_enabled_data_method_val method;
    /**
     * Number that receives codes, for sms_otp and whatsapp_otp.
     * Format: phone.
     * Personal data.
     */
    char *phone;
    bool has_backup_codes_issued; /**< true when backup_codes_issued is set */
    /** Whether one-time backup codes were generated. */
    bool backup_codes_issued;
    /**
     * When two-step verification was turned on.
     * Format: date-time.
     * Required.
     */
    char *enabled_at;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_auth_mfa_enabled_data_free(esauti_auth_mfa_enabled_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_auth_mfa_enabled_data_free(). */
APIC_EXPORT int esauti_auth_mfa_enabled_data_from_json(const char *json, size_t len, esauti_auth_mfa_enabled_data **out,
                                                       apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_auth_mfa_enabled_data_to_json(const esauti_auth_mfa_enabled_data *obj, char **out,
                                                     apic_error *err);
/** Descriptor of esauti_auth_mfa_enabled_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_auth_mfa_enabled_data_desc;

/**
 * auth_mfa_disabled_data
 * The data of a `auth.mfa_disabled` event (version 1).
 */
struct esauti_auth_mfa_disabled_data {
    /**
     * The account's id.
     * Required.
     */
    char *account_id;
    bool has_method; /**< true when method is set */
    /** The second factor that was removed. */
    esauti_auth_mfa_disabled_data_method_val method;
    /**
     * Who turned it off.
     * Required.
     */
    esauti_auth_mfa_disabled_data_disabled_by_val disabled_by;
    /**
     * When two-step verification was turned off.
     * Format: date-time.
     * Required.
     */
    char *disabled_at;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_auth_mfa_disabled_data_free(esauti_auth_mfa_disabled_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_auth_mfa_disabled_data_free(). */
APIC_EXPORT int esauti_auth_mfa_disabled_data_from_json(const char *json, size_t len,
                                                        esauti_auth_mfa_disabled_data **out, apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_auth_mfa_disabled_data_to_json(const esauti_auth_mfa_disabled_data *obj, char **out,
                                                      apic_error *err);
/** Descriptor of esauti_auth_mfa_disabled_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_auth_mfa_disabled_data_desc;

/**
 * auth_new_device_detected_data
 * The data of a `auth.new_device_detected` event (version 1).
 */
struct esauti_auth_new_device_detected_data {
    /**
     * The account's id.
     * Required.
     */
    char *account_id;
    /**
     * Kind of device.
     * Required.
     */
    esauti_auth_new_device_detected_data_device_type_val device_type;
    /** Operating system name and version. */
    char *os;
    /** Browser or app name. */
    char *browser;
    /**
     * IP address of the device.
     * Personal data.
     */
    char *ip_address;
    /**
     * Country the IP address is located in.
     * Format: country.
     */
    char *country;
    /**
     * City the IP address is located in.
     * Personal data.
     */
    char *city;
    /**
     * When the device was first seen.
     * Format: date-time.
     * Required.
     */
    char *detected_at;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_auth_new_device_detected_data_free(esauti_auth_new_device_detected_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_auth_new_device_detected_data_free(). */
APIC_EXPORT int esauti_auth_new_device_detected_data_from_json(const char *json, size_t len,
                                                               esauti_auth_new_device_detected_data **out,
                                                               apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_auth_new_device_detected_data_to_json(const esauti_auth_new_device_detected_data *obj,
                                                             char **out, apic_error *err);
/** Descriptor of esauti_auth_new_device_detected_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_auth_new_device_detected_data_desc;

/**
 * session_started_data
 * The data of a `session.started` event (version 1).
 */
struct esauti_session_started_data {
    /**
     * The session's id.
     * Required.
     */
    char *session_id;
    /**
     * Browser or device id kept before the visitor is known.
     * Format: uuid.
     */
    char *anonymous_id;
    /**
     * Where the session takes place.
     * Required.
     */
    esauti_session_started_data_platform_val platform;
    /**
     * First page of the session.
     * Format: uri.
     */
    char *landing_url;
    /**
     * Page that linked to the site, if any.
     * Format: uri.
     */
    char *referrer_url;
    /**
     * IP address of the visitor.
     * Personal data.
     */
    char *ip_address;
    /**
     * Country the IP address is located in.
     * Format: country.
     */
    char *country;
    /**
     * When the session began.
     * Format: date-time.
     * Required.
     */
    char *started_at;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_session_started_data_free(esauti_session_started_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_session_started_data_free(). */
APIC_EXPORT int esauti_session_started_data_from_json(const char *json, size_t len, esauti_session_started_data **out,
                                                      apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_session_started_data_to_json(const esauti_session_started_data *obj, char **out,
                                                    apic_error *err);
/** Descriptor of esauti_session_started_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_session_started_data_desc;

/**
 * session_identified_data
 * The data of a `session.identified` event (version 1).
 */
struct esauti_session_identified_data {
    /**
     * The session's id.
     * Required.
     */
    char *session_id;
    /**
     * The anonymous visitor id now tied to the customer.
     * Format: uuid.
     * Required.
     */
    char *anonymous_id;
    /**
     * How the visitor was recognised.
     * Required.
     */
    esauti_session_identified_data_method_val method;
    /**
     * When the link was made.
     * Format: date-time.
     * Required.
     */
    char *identified_at;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_session_identified_data_free(esauti_session_identified_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_session_identified_data_free(). */
APIC_EXPORT int esauti_session_identified_data_from_json(const char *json, size_t len,
                                                         esauti_session_identified_data **out, apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_session_identified_data_to_json(const esauti_session_identified_data *obj, char **out,
                                                       apic_error *err);
/** Descriptor of esauti_session_identified_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_session_identified_data_desc;

/**
 * session_campaign_attributed_data
 * The data of a `session.campaign_attributed` event (version 1).
 */
struct esauti_session_campaign_attributed_data {
    /**
     * The session's id.
     * Required.
     */
    char *session_id;
    /**
     * Traffic source such as esauti_sms or facebook.
     * Required.
     */
    char *utm_source;
    /** Marketing medium such as sms or cpc. */
    char *utm_medium;
    /** Campaign name from the link. */
    char *utm_campaign;
    /** The eSauti campaign that sent the link, when the click came from one. */
    char *campaign_id;
    /** Ad click id (gclid or fbclid) when present. */
    char *click_id;
    /**
     * When the attribution was recorded.
     * Format: date-time.
     * Required.
     */
    char *attributed_at;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_session_campaign_attributed_data_free(esauti_session_campaign_attributed_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_session_campaign_attributed_data_free(). */
APIC_EXPORT int esauti_session_campaign_attributed_data_from_json(const char *json, size_t len,
                                                                  esauti_session_campaign_attributed_data **out,
                                                                  apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_session_campaign_attributed_data_to_json(const esauti_session_campaign_attributed_data *obj,
                                                                char **out, apic_error *err);
/** Descriptor of esauti_session_campaign_attributed_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_session_campaign_attributed_data_desc;

/**
 * session_ended_data
 * The data of a `session.ended` event (version 1).
 */
struct esauti_session_ended_data {
    /**
     * The session's id.
     * Required.
     */
    char *session_id;
    /**
     * Time from first to last activity in seconds.
     * Format: int32.
     * Required.
     */
    int32_t duration_seconds;
    /**
     * Pages or screens viewed in the session.
     * Format: int32.
     * Required.
     */
    int32_t page_views;
    /**
     * Last page viewed.
     * Format: uri.
     */
    char *exit_url;
    bool has_converted; /**< true when converted is set */
    /** Whether an order was placed during the session. */
    bool converted;
    /**
     * When the session ended.
     * Format: date-time.
     * Required.
     */
    char *ended_at;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_session_ended_data_free(esauti_session_ended_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_session_ended_data_free(). */
APIC_EXPORT int esauti_session_ended_data_from_json(const char *json, size_t len, esauti_session_ended_data **out,
                                                    apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_session_ended_data_to_json(const esauti_session_ended_data *obj, char **out, apic_error *err);
/** Descriptor of esauti_session_ended_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_session_ended_data_desc;

/**
 * page_viewed_data
 * The data of a `page.viewed` event (version 2).
 */
struct esauti_page_viewed_data {
    /**
     * The session the view belongs to.
     * Required.
     */
    char *session_id;
    /**
     * Address of the page; for app screens a deep link.
     * Format: uri.
     * Required.
     */
    char *url;
    /** Page or screen title. */
    char *title;
    bool has_page_type; /**< true when page_type is set */
    /** Kind of page. */
    esauti_page_viewed_data_page_type_val page_type;
    /**
     * The previous page.
     * Format: uri.
     */
    char *referrer_url;
    bool has_previous_page_seconds; /**< true when previous_page_seconds is set */
    /**
     * Seconds spent on the previous page.
     * Format: int32.
     */
    int32_t previous_page_seconds;
    /**
     * When the page was shown.
     * Format: date-time.
     * Required.
     */
    char *viewed_at;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_page_viewed_data_free(esauti_page_viewed_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_page_viewed_data_free(). */
APIC_EXPORT int esauti_page_viewed_data_from_json(const char *json, size_t len, esauti_page_viewed_data **out,
                                                  apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_page_viewed_data_to_json(const esauti_page_viewed_data *obj, char **out, apic_error *err);
/** Descriptor of esauti_page_viewed_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_page_viewed_data_desc;

/**
 * page_scrolled_data
 * The data of a `page.scrolled` event (version 1).
 */
struct esauti_page_scrolled_data {
    /**
     * The session the page view belongs to.
     * Required.
     */
    char *session_id;
    /**
     * Address of the page.
     * Format: uri.
     * Required.
     */
    char *url;
    /**
     * Threshold reached, in percent of the page height: 25, 50, 75 or 100.
     * Format: int32.
     * Required.
     */
    int32_t depth_percent;
    bool has_seconds_on_page; /**< true when seconds_on_page is set */
    /**
     * Seconds since the page was shown.
     * Format: int32.
     */
    int32_t seconds_on_page;
    /**
     * When the threshold was reached.
     * Format: date-time.
     * Required.
     */
    char *scrolled_at;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_page_scrolled_data_free(esauti_page_scrolled_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_page_scrolled_data_free(). */
APIC_EXPORT int esauti_page_scrolled_data_from_json(const char *json, size_t len, esauti_page_scrolled_data **out,
                                                    apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_page_scrolled_data_to_json(const esauti_page_scrolled_data *obj, char **out, apic_error *err);
/** Descriptor of esauti_page_scrolled_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_page_scrolled_data_desc;

/**
 * page_link_clicked_data
 * The data of a `page.link_clicked` event (version 1).
 */
struct esauti_page_link_clicked_data {
    /**
     * The session the click belongs to.
     * Required.
     */
    char *session_id;
    /**
     * Page on which the click happened.
     * Format: uri.
     * Required.
     */
    char *url;
    /**
     * Where the link leads.
     * Format: uri.
     * Required.
     */
    char *target_url;
    /** Tracking id of the link or button. */
    char *element_id;
    /** Visible text of the link. */
    char *link_text;
    bool has_kind; /**< true when kind is set */
    /** Kind of link. */
    esauti_page_link_clicked_data_kind_val kind;
    /**
     * When the click happened.
     * Format: date-time.
     * Required.
     */
    char *clicked_at;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_page_link_clicked_data_free(esauti_page_link_clicked_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_page_link_clicked_data_free(). */
APIC_EXPORT int esauti_page_link_clicked_data_from_json(const char *json, size_t len,
                                                        esauti_page_link_clicked_data **out, apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_page_link_clicked_data_to_json(const esauti_page_link_clicked_data *obj, char **out,
                                                      apic_error *err);
/** Descriptor of esauti_page_link_clicked_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_page_link_clicked_data_desc;

/**
 * page_popup_shown_data
 * The data of a `page.popup_shown` event (version 1).
 */
struct esauti_page_popup_shown_data {
    /**
     * The session in which it was shown.
     * Required.
     */
    char *session_id;
    /**
     * The on-site message shown.
     * Required.
     */
    char *popup_id;
    /**
     * Page on which it was shown.
     * Format: uri.
     */
    char *url;
    /**
     * What made it appear.
     * Required.
     */
    esauti_page_popup_shown_data_trigger_val trigger;
    /** A/B test variant shown. */
    char *variant;
    /**
     * When it was shown.
     * Format: date-time.
     * Required.
     */
    char *shown_at;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_page_popup_shown_data_free(esauti_page_popup_shown_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_page_popup_shown_data_free(). */
APIC_EXPORT int esauti_page_popup_shown_data_from_json(const char *json, size_t len, esauti_page_popup_shown_data **out,
                                                       apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_page_popup_shown_data_to_json(const esauti_page_popup_shown_data *obj, char **out,
                                                     apic_error *err);
/** Descriptor of esauti_page_popup_shown_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_page_popup_shown_data_desc;

/**
 * page_popup_dismissed_data
 * The data of a `page.popup_dismissed` event (version 1).
 */
struct esauti_page_popup_dismissed_data {
    /**
     * The session in which it was dismissed.
     * Required.
     */
    char *session_id;
    /**
     * The on-site message dismissed.
     * Required.
     */
    char *popup_id;
    bool has_method; /**< true when method is set */
    /** How it was closed. */
    esauti_page_popup_dismissed_data_method_val method;
    bool has_seconds_visible; /**< true when seconds_visible is set */
    /**
     * Seconds it was on screen.
     * Format: int32.
     */
    int32_t seconds_visible;
    /**
     * When it was closed.
     * Format: date-time.
     * Required.
     */
    char *dismissed_at;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_page_popup_dismissed_data_free(esauti_page_popup_dismissed_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_page_popup_dismissed_data_free(). */
APIC_EXPORT int esauti_page_popup_dismissed_data_from_json(const char *json, size_t len,
                                                           esauti_page_popup_dismissed_data **out, apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_page_popup_dismissed_data_to_json(const esauti_page_popup_dismissed_data *obj, char **out,
                                                         apic_error *err);
/** Descriptor of esauti_page_popup_dismissed_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_page_popup_dismissed_data_desc;

/**
 * page_tracked_data
 * The data of a `page.tracked` event (version 1).
 */
struct esauti_page_tracked_data {
    /**
     * Address of the page.
     * Format: uri.
     * Required.
     */
    char *url;
    /** Page title. */
    char *title;
    /** Raw referrer header. */
    char *referrer;
    /**
     * When the hit was recorded.
     * Format: date-time.
     * Required.
     */
    char *tracked_at;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_page_tracked_data_free(esauti_page_tracked_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_page_tracked_data_free(). */
APIC_EXPORT int esauti_page_tracked_data_from_json(const char *json, size_t len, esauti_page_tracked_data **out,
                                                   apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_page_tracked_data_to_json(const esauti_page_tracked_data *obj, char **out, apic_error *err);
/** Descriptor of esauti_page_tracked_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_page_tracked_data_desc;

/**
 * product_created_data
 * The data of a `product.created` event (version 1).
 */
struct esauti_product_created_data {
    /**
     * The product's id.
     * Required.
     */
    char *product_id;
    /**
     * Stock keeping unit of the default variant.
     * Required.
     */
    char *sku;
    /**
     * Product name shown to customers.
     * Required.
     */
    char *name;
    bool has_category_ids; /**< true when category_ids is set */
    /** Categories the product is listed in. */
    apic_string_array category_ids;
    /**
     * Selling price in minor units.
     * Format: int64.
     * Required.
     */
    int64_t price_amount;
    /**
     * ISO 4217 code of price_amount.
     * Format: currency.
     * Required.
     */
    char *currency;
    /**
     * The product page.
     * Format: uri.
     */
    char *url;
    /**
     * Main product image.
     * Format: uri.
     */
    char *image_url;
    /**
     * When the product was published.
     * Format: date-time.
     */
    char *created_at;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_product_created_data_free(esauti_product_created_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_product_created_data_free(). */
APIC_EXPORT int esauti_product_created_data_from_json(const char *json, size_t len, esauti_product_created_data **out,
                                                      apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_product_created_data_to_json(const esauti_product_created_data *obj, char **out,
                                                    apic_error *err);
/** Descriptor of esauti_product_created_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_product_created_data_desc;

/**
 * product_updated_data
 * The data of a `product.updated` event (version 1).
 */
struct esauti_product_updated_data {
    /**
     * The product's id.
     * Required.
     */
    char *product_id;
    /**
     * Names of the product fields that changed.
     * Required.
     */
    apic_string_array changed_fields;
    bool has_status; /**< true when status is set */
    /** Publication status after the change. */
    esauti_product_updated_data_status_val status;
    /**
     * When the change was saved.
     * Format: date-time.
     * Required.
     */
    char *updated_at;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_product_updated_data_free(esauti_product_updated_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_product_updated_data_free(). */
APIC_EXPORT int esauti_product_updated_data_from_json(const char *json, size_t len, esauti_product_updated_data **out,
                                                      apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_product_updated_data_to_json(const esauti_product_updated_data *obj, char **out,
                                                    apic_error *err);
/** Descriptor of esauti_product_updated_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_product_updated_data_desc;

/**
 * product_price_changed_data
 * The data of a `product.price_changed` event (version 2).
 */
struct esauti_product_price_changed_data {
    /**
     * The product's id.
     * Required.
     */
    char *product_id;
    /** The variant whose price changed. */
    char *sku;
    /**
     * ISO 4217 code of the amounts.
     * Format: currency.
     * Required.
     */
    char *currency;
    /**
     * Previous selling price in minor units.
     * Format: int64.
     * Required.
     */
    int64_t old_amount;
    /**
     * New selling price in minor units.
     * Format: int64.
     * Required.
     */
    int64_t new_amount;
    bool has_compare_at_amount; /**< true when compare_at_amount is set */
    /**
     * Reference price shown struck through, in minor units.
     * Format: int64.
     */
    int64_t compare_at_amount;
    bool has_reason; /**< true when reason is set */
    /** Why the price changed. */
    esauti_product_price_changed_data_reason_val reason;
    /**
     * When the new price took effect.
     * Format: date-time.
     * Required.
     */
    char *changed_at;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_product_price_changed_data_free(esauti_product_price_changed_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_product_price_changed_data_free(). */
APIC_EXPORT int esauti_product_price_changed_data_from_json(const char *json, size_t len,
                                                            esauti_product_price_changed_data **out, apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_product_price_changed_data_to_json(const esauti_product_price_changed_data *obj, char **out,
                                                          apic_error *err);
/** Descriptor of esauti_product_price_changed_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_product_price_changed_data_desc;

/**
 * product_stock_depleted_data
 * The data of a `product.stock_depleted` event (version 1).
 */
struct esauti_product_stock_depleted_data {
    /**
     * The product's id.
     * Required.
     */
    char *product_id;
    /**
     * The variant that sold out.
     * Required.
     */
    char *sku;
    /** Warehouse or shop that ran out; absent when stock is counted overall. */
    char *location_id;
    bool has_backorder_allowed; /**< true when backorder_allowed is set */
    /** Whether customers can still order it. */
    bool backorder_allowed;
    /**
     * When stock reached zero.
     * Format: date-time.
     * Required.
     */
    char *depleted_at;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_product_stock_depleted_data_free(esauti_product_stock_depleted_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_product_stock_depleted_data_free(). */
APIC_EXPORT int esauti_product_stock_depleted_data_from_json(const char *json, size_t len,
                                                             esauti_product_stock_depleted_data **out, apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_product_stock_depleted_data_to_json(const esauti_product_stock_depleted_data *obj, char **out,
                                                           apic_error *err);
/** Descriptor of esauti_product_stock_depleted_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_product_stock_depleted_data_desc;

/**
 * product_restocked_data
 * The data of a `product.restocked` event (version 1).
 */
struct esauti_product_restocked_data {
    /**
     * The product's id.
     * Required.
     */
    char *product_id;
    /**
     * The variant back in stock.
     * Required.
     */
    char *sku;
    /**
     * Units available to sell now.
     * Format: int32.
     * Required.
     */
    int32_t quantity_available;
    /** Warehouse or shop that was restocked. */
    char *location_id;
    bool has_waiting_customers; /**< true when waiting_customers is set */
    /**
     * Customers who asked to be told when it is back.
     * Format: int32.
     */
    int32_t waiting_customers;
    /**
     * When stock became available.
     * Format: date-time.
     * Required.
     */
    char *restocked_at;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_product_restocked_data_free(esauti_product_restocked_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_product_restocked_data_free(). */
APIC_EXPORT int esauti_product_restocked_data_from_json(const char *json, size_t len,
                                                        esauti_product_restocked_data **out, apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_product_restocked_data_to_json(const esauti_product_restocked_data *obj, char **out,
                                                      apic_error *err);
/** Descriptor of esauti_product_restocked_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_product_restocked_data_desc;

/**
 * product_viewed_data
 * The data of a `product.viewed` event (version 1).
 */
struct esauti_product_viewed_data {
    /**
     * The product's id.
     * Required.
     */
    char *product_id;
    /** The variant shown. */
    char *sku;
    /** Product name. */
    char *name;
    bool has_price_amount; /**< true when price_amount is set */
    /**
     * Price shown in minor units.
     * Format: int64.
     */
    int64_t price_amount;
    /**
     * ISO 4217 code of price_amount.
     * Format: currency.
     */
    char *currency;
    /** The session in which it was viewed. */
    char *session_id;
    bool has_list_source; /**< true when list_source is set */
    /** How the customer reached the product. */
    esauti_product_viewed_data_list_source_val list_source;
    /**
     * When the product was viewed.
     * Format: date-time.
     * Required.
     */
    char *viewed_at;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_product_viewed_data_free(esauti_product_viewed_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_product_viewed_data_free(). */
APIC_EXPORT int esauti_product_viewed_data_from_json(const char *json, size_t len, esauti_product_viewed_data **out,
                                                     apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_product_viewed_data_to_json(const esauti_product_viewed_data *obj, char **out, apic_error *err);
/** Descriptor of esauti_product_viewed_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_product_viewed_data_desc;

/**
 * product_wishlisted_data
 * The data of a `product.wishlisted` event (version 1).
 */
struct esauti_product_wishlisted_data {
    /**
     * The product's id.
     * Required.
     */
    char *product_id;
    /** The variant saved. */
    char *sku;
    /**
     * The wishlist the product was added to.
     * Required.
     */
    char *wishlist_id;
    bool has_price_amount; /**< true when price_amount is set */
    /**
     * Price at the time it was saved, in minor units.
     * Format: int64.
     */
    int64_t price_amount;
    /**
     * ISO 4217 code of price_amount.
     * Format: currency.
     */
    char *currency;
    /**
     * When it was saved.
     * Format: date-time.
     * Required.
     */
    char *added_at;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_product_wishlisted_data_free(esauti_product_wishlisted_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_product_wishlisted_data_free(). */
APIC_EXPORT int esauti_product_wishlisted_data_from_json(const char *json, size_t len,
                                                         esauti_product_wishlisted_data **out, apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_product_wishlisted_data_to_json(const esauti_product_wishlisted_data *obj, char **out,
                                                       apic_error *err);
/** Descriptor of esauti_product_wishlisted_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_product_wishlisted_data_desc;

/**
 * product_shared_data
 * The data of a `product.shared` event (version 1).
 */
struct esauti_product_shared_data {
    /**
     * The product's id.
     * Required.
     */
    char *product_id;
    /** The variant shared. */
    char *sku;
    /**
     * Where the link was shared.
     * Required.
     */
    esauti_product_shared_data_channel_val channel;
    /**
     * The link shared, with its referral code.
     * Format: uri.
     */
    char *share_url;
    /** The session in which it was shared. */
    char *session_id;
    /**
     * When the link was shared.
     * Format: date-time.
     * Required.
     */
    char *shared_at;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_product_shared_data_free(esauti_product_shared_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_product_shared_data_free(). */
APIC_EXPORT int esauti_product_shared_data_from_json(const char *json, size_t len, esauti_product_shared_data **out,
                                                     apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_product_shared_data_to_json(const esauti_product_shared_data *obj, char **out, apic_error *err);
/** Descriptor of esauti_product_shared_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_product_shared_data_desc;

/**
 * product_back_in_stock_requested_data
 * The data of a `product.back_in_stock_requested` event (version 1).
 */
struct esauti_product_back_in_stock_requested_data {
    /**
     * The product's id.
     * Required.
     */
    char *product_id;
    /**
     * The sold-out variant wanted.
     * Required.
     */
    char *sku;
    /**
     * How the customer wants to be told.
     * Required.
     */
    esauti_product_back_in_stock_requested_data_channel_val channel;
    /**
     * When the request was made.
     * Format: date-time.
     * Required.
     */
    char *requested_at;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_product_back_in_stock_requested_data_free(esauti_product_back_in_stock_requested_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_product_back_in_stock_requested_data_free(). */
APIC_EXPORT int esauti_product_back_in_stock_requested_data_from_json(const char *json, size_t len,
                                                                      esauti_product_back_in_stock_requested_data **out,
                                                                      apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_product_back_in_stock_requested_data_to_json(const esauti_product_back_in_stock_requested_data *obj,
                                                                    char **out, apic_error *err);
/** Descriptor of esauti_product_back_in_stock_requested_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_product_back_in_stock_requested_data_desc;

/**
 * category_viewed_data
 * The data of a `category.viewed` event (version 1).
 */
struct esauti_category_viewed_data {
    /**
     * The category's id.
     * Required.
     */
    char *category_id;
    /** Category name. */
    char *name;
    /**
     * The listing page.
     * Format: uri.
     */
    char *url;
    /** The session in which it was viewed. */
    char *session_id;
    bool has_products_shown; /**< true when products_shown is set */
    /**
     * Products on the first page of the listing.
     * Format: int32.
     */
    int32_t products_shown;
    /**
     * When the listing was viewed.
     * Format: date-time.
     * Required.
     */
    char *viewed_at;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_category_viewed_data_free(esauti_category_viewed_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_category_viewed_data_free(). */
APIC_EXPORT int esauti_category_viewed_data_from_json(const char *json, size_t len, esauti_category_viewed_data **out,
                                                      apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_category_viewed_data_to_json(const esauti_category_viewed_data *obj, char **out,
                                                    apic_error *err);
/** Descriptor of esauti_category_viewed_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_category_viewed_data_desc;

/**
 * catalog_searched_data
 * The data of a `catalog.searched` event (version 1).
 */
struct esauti_catalog_searched_data {
    /**
     * The search text as typed.
     * Required.
     */
    char *query;
    /**
     * Products found.
     * Format: int32.
     * Required.
     */
    int32_t results_count;
    bool has_filters; /**< true when filters is set */
    /** Filters applied, keyed by filter name, such as brand or size. */
    apic_string_map filters;
    /** The session in which the search was made. */
    char *session_id;
    /**
     * When the search was made.
     * Format: date-time.
     * Required.
     */
    char *searched_at;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_catalog_searched_data_free(esauti_catalog_searched_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_catalog_searched_data_free(). */
APIC_EXPORT int esauti_catalog_searched_data_from_json(const char *json, size_t len, esauti_catalog_searched_data **out,
                                                       apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_catalog_searched_data_to_json(const esauti_catalog_searched_data *obj, char **out,
                                                     apic_error *err);
/** Descriptor of esauti_catalog_searched_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_catalog_searched_data_desc;

/**
 * catalog_synced_data
 * The data of a `catalog.synced` event (version 1).
 */
struct esauti_catalog_synced_data {
    /**
     * The catalog that was synchronised.
     * Required.
     */
    char *catalog_id;
    /**
     * Where the products came from.
     * Required.
     */
    esauti_catalog_synced_data_source_val source;
    /**
     * Outcome of the sync.
     * Required.
     */
    esauti_catalog_synced_data_status_val status;
    bool has_products_created; /**< true when products_created is set */
    /**
     * Products added.
     * Format: int32.
     */
    int32_t products_created;
    bool has_products_updated; /**< true when products_updated is set */
    /**
     * Products changed.
     * Format: int32.
     */
    int32_t products_updated;
    bool has_products_failed; /**< true when products_failed is set */
    /**
     * Products rejected with errors.
     * Format: int32.
     */
    int32_t products_failed;
    /**
     * When the sync began.
     * Format: date-time.
     */
    char *started_at;
    /**
     * When the sync finished.
     * Format: date-time.
     * Required.
     */
    char *finished_at;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_catalog_synced_data_free(esauti_catalog_synced_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_catalog_synced_data_free(). */
APIC_EXPORT int esauti_catalog_synced_data_from_json(const char *json, size_t len, esauti_catalog_synced_data **out,
                                                     apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_catalog_synced_data_to_json(const esauti_catalog_synced_data *obj, char **out, apic_error *err);
/** Descriptor of esauti_catalog_synced_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_catalog_synced_data_desc;

/**
 * cart_created_data
 * The data of a `cart.created` event (version 1).
 */
struct esauti_cart_created_data {
    /**
     * The cart's id.
     * Required.
     */
    char *cart_id;
    /**
     * ISO 4217 code of the cart's amounts.
     * Format: currency.
     * Required.
     */
    char *currency;
    /** The session in which the cart was created. */
    char *session_id;
    bool has_channel; /**< true when channel is set */
    /** Where the cart was created. */
    esauti_cart_created_data_channel_val channel;
    /**
     * When the cart was created.
     * Format: date-time.
     * Required.
     */
    char *created_at;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_cart_created_data_free(esauti_cart_created_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_cart_created_data_free(). */
APIC_EXPORT int esauti_cart_created_data_from_json(const char *json, size_t len, esauti_cart_created_data **out,
                                                   apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_cart_created_data_to_json(const esauti_cart_created_data *obj, char **out, apic_error *err);
/** Descriptor of esauti_cart_created_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_cart_created_data_desc;

/**
 * cart_item_added_data
 * The data of a `cart.item_added` event (version 1).
 */
struct esauti_cart_item_added_data {
    /**
     * The cart's id.
     * Required.
     */
    char *cart_id;
    /** The product added. */
    char *product_id;
    /**
     * The variant added.
     * Required.
     */
    char *sku;
    /** Product name. */
    char *name;
    /**
     * Units added by this action.
     * Format: int32.
     * Required.
     */
    int32_t quantity;
    /**
     * Price of one unit in minor units.
     * Format: int64.
     * Required.
     */
    int64_t unit_amount;
    /**
     * ISO 4217 code of the amounts.
     * Format: currency.
     * Required.
     */
    char *currency;
    bool has_cart_total_amount; /**< true when cart_total_amount is set */
    /**
     * Cart total after the addition, in minor units.
     * Format: int64.
     */
    int64_t cart_total_amount;
    /**
     * When the item was added.
     * Format: date-time.
     */
    char *added_at;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_cart_item_added_data_free(esauti_cart_item_added_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_cart_item_added_data_free(). */
APIC_EXPORT int esauti_cart_item_added_data_from_json(const char *json, size_t len, esauti_cart_item_added_data **out,
                                                      apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_cart_item_added_data_to_json(const esauti_cart_item_added_data *obj, char **out,
                                                    apic_error *err);
/** Descriptor of esauti_cart_item_added_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_cart_item_added_data_desc;

/**
 * cart_item_removed_data
 * The data of a `cart.item_removed` event (version 1).
 */
struct esauti_cart_item_removed_data {
    /**
     * The cart's id.
     * Required.
     */
    char *cart_id;
    /** The product removed. */
    char *product_id;
    /**
     * The variant removed.
     * Required.
     */
    char *sku;
    /**
     * Units that were in the cart.
     * Format: int32.
     * Required.
     */
    int32_t quantity;
    /**
     * ISO 4217 code of cart_total_amount.
     * Format: currency.
     */
    char *currency;
    bool has_cart_total_amount; /**< true when cart_total_amount is set */
    /**
     * Cart total after the removal, in minor units.
     * Format: int64.
     */
    int64_t cart_total_amount;
    /**
     * When the item was removed.
     * Format: date-time.
     */
    char *removed_at;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_cart_item_removed_data_free(esauti_cart_item_removed_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_cart_item_removed_data_free(). */
APIC_EXPORT int esauti_cart_item_removed_data_from_json(const char *json, size_t len,
                                                        esauti_cart_item_removed_data **out, apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_cart_item_removed_data_to_json(const esauti_cart_item_removed_data *obj, char **out,
                                                      apic_error *err);
/** Descriptor of esauti_cart_item_removed_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_cart_item_removed_data_desc;

/**
 * cart_item_updated_data
 * The data of a `cart.item_updated` event (version 1).
 */
struct esauti_cart_item_updated_data {
    /**
     * The cart's id.
     * Required.
     */
    char *cart_id;
    /**
     * The variant now in the cart.
     * Required.
     */
    char *sku;
    /** The variant before the change, when the variant changed. */
    char *previous_sku;
    /**
     * Units before the change.
     * Format: int32.
     * Required.
     */
    int32_t old_quantity;
    /**
     * Units after the change.
     * Format: int32.
     * Required.
     */
    int32_t new_quantity;
    /**
     * When the change was made.
     * Format: date-time.
     */
    char *updated_at;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_cart_item_updated_data_free(esauti_cart_item_updated_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_cart_item_updated_data_free(). */
APIC_EXPORT int esauti_cart_item_updated_data_from_json(const char *json, size_t len,
                                                        esauti_cart_item_updated_data **out, apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_cart_item_updated_data_to_json(const esauti_cart_item_updated_data *obj, char **out,
                                                      apic_error *err);
/** Descriptor of esauti_cart_item_updated_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_cart_item_updated_data_desc;

/**
 * cart_merged_data
 * The data of a `cart.merged` event (version 1).
 */
struct esauti_cart_merged_data {
    /**
     * The surviving cart.
     * Required.
     */
    char *cart_id;
    /**
     * The guest cart folded into it.
     * Required.
     */
    char *merged_cart_id;
    /**
     * Units in the cart after the merge.
     * Format: int32.
     * Required.
     */
    int32_t item_count;
    /**
     * ISO 4217 code of total_amount.
     * Format: currency.
     */
    char *currency;
    bool has_total_amount; /**< true when total_amount is set */
    /**
     * Cart total after the merge, in minor units.
     * Format: int64.
     */
    int64_t total_amount;
    /**
     * When the carts were merged.
     * Format: date-time.
     * Required.
     */
    char *merged_at;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_cart_merged_data_free(esauti_cart_merged_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_cart_merged_data_free(). */
APIC_EXPORT int esauti_cart_merged_data_from_json(const char *json, size_t len, esauti_cart_merged_data **out,
                                                  apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_cart_merged_data_to_json(const esauti_cart_merged_data *obj, char **out, apic_error *err);
/** Descriptor of esauti_cart_merged_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_cart_merged_data_desc;

/**
 * cart_emptied_data
 * The data of a `cart.emptied` event (version 1).
 */
struct esauti_cart_emptied_data {
    /**
     * The cart's id.
     * Required.
     */
    char *cart_id;
    /**
     * Why the cart was emptied.
     * Required.
     */
    esauti_cart_emptied_data_reason_val reason;
    bool has_items_removed; /**< true when items_removed is set */
    /**
     * Units that were in the cart.
     * Format: int32.
     */
    int32_t items_removed;
    /**
     * When the cart was emptied.
     * Format: date-time.
     * Required.
     */
    char *emptied_at;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_cart_emptied_data_free(esauti_cart_emptied_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_cart_emptied_data_free(). */
APIC_EXPORT int esauti_cart_emptied_data_from_json(const char *json, size_t len, esauti_cart_emptied_data **out,
                                                   apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_cart_emptied_data_to_json(const esauti_cart_emptied_data *obj, char **out, apic_error *err);
/** Descriptor of esauti_cart_emptied_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_cart_emptied_data_desc;

/**
 * cart_abandoned_data
 * The data of a `cart.abandoned` event (version 2).
 */
struct esauti_cart_abandoned_data {
    /**
     * The cart's id.
     * Required.
     */
    char *cart_id;
    /**
     * ISO 4217 code of the amounts.
     * Format: currency.
     * Required.
     */
    char *currency;
    /**
     * Cart total in minor units.
     * Format: int64.
     * Required.
     */
    int64_t total_amount;
    /**
     * The items left in the cart.
     * Required.
     */
    esauti_cart_abandoned_data_items_item_array items;
    /**
     * Link that restores the cart.
     * Format: uri.
     */
    char *recovery_url;
    bool has_checkout_started; /**< true when checkout_started is set */
    /** Whether the customer had reached checkout. */
    bool checkout_started;
    /**
     * Last time the cart changed.
     * Format: date-time.
     * Required.
     */
    char *last_activity_at;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_cart_abandoned_data_free(esauti_cart_abandoned_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_cart_abandoned_data_free(). */
APIC_EXPORT int esauti_cart_abandoned_data_from_json(const char *json, size_t len, esauti_cart_abandoned_data **out,
                                                     apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_cart_abandoned_data_to_json(const esauti_cart_abandoned_data *obj, char **out, apic_error *err);
/** Descriptor of esauti_cart_abandoned_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_cart_abandoned_data_desc;

/**
 * cart_abandoned_data.items.item
 * A JSON object of the API, which the spec does not describe further: its members follow.
 */
struct esauti_cart_abandoned_data_items_item {
    /**
     * Stock keeping unit.
     * Required.
     */
    char *sku;
    /** Product name. */
    char *name;
    /**
     * Units in the cart.
     * Format: int32.
     * Required.
     */
    int32_t quantity;
    /**
     * Price of one unit in minor units.
     * Format: int64.
     * Required.
     */
    int64_t unit_amount;
    /**
     * Product image for the reminder message.
     * Format: uri.
     */
    char *image_url;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_cart_abandoned_data_items_item_free(esauti_cart_abandoned_data_items_item *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_cart_abandoned_data_items_item_free(). */
APIC_EXPORT int esauti_cart_abandoned_data_items_item_from_json(const char *json, size_t len,
                                                                esauti_cart_abandoned_data_items_item **out,
                                                                apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_cart_abandoned_data_items_item_to_json(const esauti_cart_abandoned_data_items_item *obj,
                                                              char **out, apic_error *err);
/** Descriptor of esauti_cart_abandoned_data_items_item for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_cart_abandoned_data_items_item_desc;

/**
 * cart_recovered_data
 * The data of a `cart.recovered` event (version 1).
 */
struct esauti_cart_recovered_data {
    /**
     * The cart's id.
     * Required.
     */
    char *cart_id;
    /**
     * The order the cart became.
     * Required.
     */
    char *order_id;
    bool has_recovery_channel; /**< true when recovery_channel is set */
    /** What brought the customer back. */
    esauti_cart_recovered_data_recovery_channel_val recovery_channel;
    /** The reminder message clicked, if any. */
    char *message_id;
    /**
     * When the order was placed.
     * Format: date-time.
     * Required.
     */
    char *recovered_at;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_cart_recovered_data_free(esauti_cart_recovered_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_cart_recovered_data_free(). */
APIC_EXPORT int esauti_cart_recovered_data_from_json(const char *json, size_t len, esauti_cart_recovered_data **out,
                                                     apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_cart_recovered_data_to_json(const esauti_cart_recovered_data *obj, char **out, apic_error *err);
/** Descriptor of esauti_cart_recovered_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_cart_recovered_data_desc;

/**
 * checkout_started_data
 * The data of a `checkout.started` event (version 1).
 */
struct esauti_checkout_started_data {
    /**
     * The checkout's id.
     * Required.
     */
    char *checkout_id;
    /**
     * The cart being checked out.
     * Required.
     */
    char *cart_id;
    /**
     * ISO 4217 code of total_amount.
     * Format: currency.
     * Required.
     */
    char *currency;
    /**
     * Amount due before delivery fees, in minor units.
     * Format: int64.
     * Required.
     */
    int64_t total_amount;
    /**
     * Units in the cart.
     * Format: int32.
     * Required.
     */
    int32_t item_count;
    bool has_guest; /**< true when guest is set */
    /** Whether the customer checks out without logging in. */
    bool guest;
    /**
     * When checkout began.
     * Format: date-time.
     */
    char *started_at;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_checkout_started_data_free(esauti_checkout_started_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_checkout_started_data_free(). */
APIC_EXPORT int esauti_checkout_started_data_from_json(const char *json, size_t len, esauti_checkout_started_data **out,
                                                       apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_checkout_started_data_to_json(const esauti_checkout_started_data *obj, char **out,
                                                     apic_error *err);
/** Descriptor of esauti_checkout_started_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_checkout_started_data_desc;

/**
 * checkout_delivery_selected_data
 * The data of a `checkout.delivery_selected` event (version 1).
 */
struct esauti_checkout_delivery_selected_data {
    /**
     * The checkout's id.
     * Required.
     */
    char *checkout_id;
    /**
     * Delivery method chosen.
     * Required.
     */
    esauti_checkout_delivery_selected_data_method_val method;
    /**
     * Delivery fee in minor units.
     * Format: int64.
     * Required.
     */
    int64_t fee_amount;
    /**
     * ISO 4217 code of fee_amount.
     * Format: currency.
     * Required.
     */
    char *currency;
    /** The pickup point, for pickup methods. */
    char *pickup_point_id;
    /**
     * Delivery address, for home delivery and courier.
     * Personal data.
     */
    esauti_checkout_delivery_selected_data_address *address;
    /**
     * When the choice was made.
     * Format: date-time.
     */
    char *selected_at;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_checkout_delivery_selected_data_free(esauti_checkout_delivery_selected_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_checkout_delivery_selected_data_free(). */
APIC_EXPORT int esauti_checkout_delivery_selected_data_from_json(const char *json, size_t len,
                                                                 esauti_checkout_delivery_selected_data **out,
                                                                 apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_checkout_delivery_selected_data_to_json(const esauti_checkout_delivery_selected_data *obj,
                                                               char **out, apic_error *err);
/** Descriptor of esauti_checkout_delivery_selected_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_checkout_delivery_selected_data_desc;

/**
 * checkout_delivery_selected_data.address
 * Delivery address, for home delivery and courier.
 */
struct esauti_checkout_delivery_selected_data_address {
    /**
     * Who receives the parcel.
     * Personal data.
     */
    char *recipient_name;
    /**
     * Number the rider calls on arrival.
     * Format: phone.
     * Personal data.
     */
    char *phone;
    /**
     * Street, building and house number.
     * Required.
     * Personal data.
     */
    char *line1;
    /**
     * Town or city.
     * Required.
     * Personal data.
     */
    char *city;
    /**
     * Country of the address.
     * Format: country.
     * Required.
     */
    char *country;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_checkout_delivery_selected_data_address_free(esauti_checkout_delivery_selected_data_address *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_checkout_delivery_selected_data_address_free(). */
APIC_EXPORT int esauti_checkout_delivery_selected_data_address_from_json(const char *json, size_t len,
                                                                         esauti_checkout_delivery_selected_data_address **out,
                                                                         apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_checkout_delivery_selected_data_address_to_json(const esauti_checkout_delivery_selected_data_address *obj,
                                                                       char **out, apic_error *err);
/** Descriptor of esauti_checkout_delivery_selected_data_address for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_checkout_delivery_selected_data_address_desc;

/**
 * checkout_payment_method_selected_data
 * The data of a `checkout.payment_method_selected` event (version 1).
 */
struct esauti_checkout_payment_method_selected_data {
    /**
     * The checkout's id.
     * Required.
     */
    char *checkout_id;
    /**
     * The payment method chosen.
     * Required.
     */
    esauti_checkout_payment_method_selected_data_payment_method_val payment_method;
    /**
     * Mobile money number that will receive the payment prompt.
     * Format: phone.
     * Personal data.
     */
    char *payer_phone;
    bool has_installments; /**< true when installments is set */
    /**
     * Number of instalments for buy now pay later.
     * Format: int32.
     */
    int32_t installments;
    /**
     * When the choice was made.
     * Format: date-time.
     * Required.
     */
    char *selected_at;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_checkout_payment_method_selected_data_free(esauti_checkout_payment_method_selected_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_checkout_payment_method_selected_data_free(). */
APIC_EXPORT int esauti_checkout_payment_method_selected_data_from_json(const char *json, size_t len,
                                                                       esauti_checkout_payment_method_selected_data **out,
                                                                       apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_checkout_payment_method_selected_data_to_json(const esauti_checkout_payment_method_selected_data *obj,
                                                                     char **out, apic_error *err);
/** Descriptor of esauti_checkout_payment_method_selected_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_checkout_payment_method_selected_data_desc;

/**
 * checkout_completed_data
 * The data of a `checkout.completed` event (version 1).
 */
struct esauti_checkout_completed_data {
    /**
     * The checkout's id.
     * Required.
     */
    char *checkout_id;
    /** The cart that was checked out. */
    char *cart_id;
    /**
     * The order created.
     * Required.
     */
    char *order_id;
    /**
     * ISO 4217 code of total_amount.
     * Format: currency.
     * Required.
     */
    char *currency;
    /**
     * Amount charged in minor units.
     * Format: int64.
     * Required.
     */
    int64_t total_amount;
    bool has_duration_seconds; /**< true when duration_seconds is set */
    /**
     * Seconds from checkout start to completion.
     * Format: int32.
     */
    int32_t duration_seconds;
    /**
     * When checkout finished.
     * Format: date-time.
     * Required.
     */
    char *completed_at;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_checkout_completed_data_free(esauti_checkout_completed_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_checkout_completed_data_free(). */
APIC_EXPORT int esauti_checkout_completed_data_from_json(const char *json, size_t len,
                                                         esauti_checkout_completed_data **out, apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_checkout_completed_data_to_json(const esauti_checkout_completed_data *obj, char **out,
                                                       apic_error *err);
/** Descriptor of esauti_checkout_completed_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_checkout_completed_data_desc;

/**
 * order_created_data
 * The data of a `order.created` event (version 1).
 */
struct esauti_order_created_data {
    /**
     * The order's id in your store.
     * Required.
     */
    char *order_id;
    /** Order number shown to the customer. */
    char *order_number;
    /**
     * ISO 4217 code of all amounts.
     * Format: currency.
     * Required.
     */
    char *currency;
    /**
     * Order total in minor units, after discounts and with delivery fees.
     * Format: int64.
     * Required.
     */
    int64_t total_amount;
    bool has_subtotal_amount; /**< true when subtotal_amount is set */
    /**
     * Sum of the lines in minor units, before discounts and fees.
     * Format: int64.
     */
    int64_t subtotal_amount;
    bool has_discount_amount; /**< true when discount_amount is set */
    /**
     * Discounts applied in minor units.
     * Format: int64.
     */
    int64_t discount_amount;
    bool has_shipping_amount; /**< true when shipping_amount is set */
    /**
     * Delivery fee in minor units.
     * Format: int64.
     */
    int64_t shipping_amount;
    /**
     * The lines of the order.
     * Required.
     */
    esauti_order_created_data_items_item_array items;
    bool has_channel; /**< true when channel is set */
    /** Where the order was placed. */
    esauti_order_created_data_channel_val channel;
    /**
     * When the order was placed.
     * Format: date-time.
     * Required.
     */
    char *placed_at;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_order_created_data_free(esauti_order_created_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_order_created_data_free(). */
APIC_EXPORT int esauti_order_created_data_from_json(const char *json, size_t len, esauti_order_created_data **out,
                                                    apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_order_created_data_to_json(const esauti_order_created_data *obj, char **out, apic_error *err);
/** Descriptor of esauti_order_created_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_order_created_data_desc;

/**
 * order_created_data.items.item
 * A JSON object of the API, which the spec does not describe further: its members follow.
 */
struct esauti_order_created_data_items_item {
    /**
     * Stock keeping unit.
     * Required.
     */
    char *sku;
    /**
     * Product name as shown on the order.
     * Required.
     */
    char *name;
    /**
     * Units ordered.
     * Format: int32.
     * Required.
     */
    int32_t quantity;
    /**
     * Price of one unit in minor units.
     * Format: int64.
     * Required.
     */
    int64_t unit_amount;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_order_created_data_items_item_free(esauti_order_created_data_items_item *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_order_created_data_items_item_free(). */
APIC_EXPORT int esauti_order_created_data_items_item_from_json(const char *json, size_t len,
                                                               esauti_order_created_data_items_item **out,
                                                               apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_order_created_data_items_item_to_json(const esauti_order_created_data_items_item *obj,
                                                             char **out, apic_error *err);
/** Descriptor of esauti_order_created_data_items_item for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_order_created_data_items_item_desc;

/**
 * order_confirmed_data
 * The data of a `order.confirmed` event (version 1).
 */
struct esauti_order_confirmed_data {
    /**
     * The order's id.
     * Required.
     */
    char *order_id;
    /**
     * How the order was confirmed.
     * Required.
     */
    esauti_order_confirmed_data_confirmed_by_val confirmed_by;
    /**
     * Expected delivery day.
     * Format: date.
     */
    char *estimated_delivery_date;
    /**
     * When the order was confirmed.
     * Format: date-time.
     * Required.
     */
    char *confirmed_at;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_order_confirmed_data_free(esauti_order_confirmed_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_order_confirmed_data_free(). */
APIC_EXPORT int esauti_order_confirmed_data_from_json(const char *json, size_t len, esauti_order_confirmed_data **out,
                                                      apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_order_confirmed_data_to_json(const esauti_order_confirmed_data *obj, char **out,
                                                    apic_error *err);
/** Descriptor of esauti_order_confirmed_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_order_confirmed_data_desc;

/**
 * order_paid_data
 * The data of a `order.paid` event (version 1).
 */
struct esauti_order_paid_data {
    /**
     * The order's id.
     * Required.
     */
    char *order_id;
    /**
     * ISO 4217 code of amount.
     * Format: currency.
     * Required.
     */
    char *currency;
    /**
     * Amount received in minor units.
     * Format: int64.
     * Required.
     */
    int64_t amount;
    /**
     * How the order was paid.
     * Required.
     */
    esauti_order_paid_data_payment_method_val payment_method;
    /** Reference from the payment provider, such as an M-Pesa receipt number. */
    char *transaction_ref;
    /**
     * When payment was confirmed.
     * Format: date-time.
     * Required.
     */
    char *paid_at;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_order_paid_data_free(esauti_order_paid_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_order_paid_data_free(). */
APIC_EXPORT int esauti_order_paid_data_from_json(const char *json, size_t len, esauti_order_paid_data **out,
                                                 apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_order_paid_data_to_json(const esauti_order_paid_data *obj, char **out, apic_error *err);
/** Descriptor of esauti_order_paid_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_order_paid_data_desc;

/**
 * order_payment_failed_data
 * The data of a `order.payment_failed` event (version 1).
 */
struct esauti_order_payment_failed_data {
    /**
     * The order's id.
     * Required.
     */
    char *order_id;
    /**
     * The method that failed.
     * Required.
     */
    esauti_order_payment_failed_data_payment_method_val payment_method;
    /**
     * Why the payment failed.
     * Required.
     */
    esauti_order_payment_failed_data_reason_val reason;
    bool has_attempt; /**< true when attempt is set */
    /**
     * Number of this attempt for the order, starting at 1.
     * Format: int32.
     */
    int32_t attempt;
    /**
     * Link the customer can use to retry.
     * Format: uri.
     */
    char *payment_url;
    /**
     * When the failure was reported.
     * Format: date-time.
     * Required.
     */
    char *failed_at;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_order_payment_failed_data_free(esauti_order_payment_failed_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_order_payment_failed_data_free(). */
APIC_EXPORT int esauti_order_payment_failed_data_from_json(const char *json, size_t len,
                                                           esauti_order_payment_failed_data **out, apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_order_payment_failed_data_to_json(const esauti_order_payment_failed_data *obj, char **out,
                                                         apic_error *err);
/** Descriptor of esauti_order_payment_failed_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_order_payment_failed_data_desc;

/**
 * order_updated_data
 * The data of a `order.updated` event (version 1).
 */
struct esauti_order_updated_data {
    /**
     * The order's id.
     * Required.
     */
    char *order_id;
    /**
     * Names of the order fields that changed.
     * Required.
     */
    apic_string_array changed_fields;
    /**
     * ISO 4217 code of total_amount.
     * Format: currency.
     */
    char *currency;
    bool has_total_amount; /**< true when total_amount is set */
    /**
     * Order total after the change, in minor units.
     * Format: int64.
     */
    int64_t total_amount;
    bool has_updated_by; /**< true when updated_by is set */
    /** Who made the change. */
    esauti_order_updated_data_updated_by_val updated_by;
    /**
     * When the change was saved.
     * Format: date-time.
     * Required.
     */
    char *updated_at;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_order_updated_data_free(esauti_order_updated_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_order_updated_data_free(). */
APIC_EXPORT int esauti_order_updated_data_from_json(const char *json, size_t len, esauti_order_updated_data **out,
                                                    apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_order_updated_data_to_json(const esauti_order_updated_data *obj, char **out, apic_error *err);
/** Descriptor of esauti_order_updated_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_order_updated_data_desc;

/**
 * order_packed_data
 * The data of a `order.packed` event (version 1).
 */
struct esauti_order_packed_data {
    /**
     * The order's id.
     * Required.
     */
    char *order_id;
    /** Warehouse or shop that packed it. */
    char *location_id;
    bool has_parcel_count; /**< true when parcel_count is set */
    /**
     * Number of parcels.
     * Format: int32.
     */
    int32_t parcel_count;
    /**
     * When packing finished.
     * Format: date-time.
     * Required.
     */
    char *packed_at;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_order_packed_data_free(esauti_order_packed_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_order_packed_data_free(). */
APIC_EXPORT int esauti_order_packed_data_from_json(const char *json, size_t len, esauti_order_packed_data **out,
                                                   apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_order_packed_data_to_json(const esauti_order_packed_data *obj, char **out, apic_error *err);
/** Descriptor of esauti_order_packed_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_order_packed_data_desc;

/**
 * order_shipped_data
 * The data of a `order.shipped` event (version 1).
 */
struct esauti_order_shipped_data {
    /**
     * The order's id.
     * Required.
     */
    char *order_id;
    /**
     * Courier or delivery service, such as G4S or the shop's own riders.
     * Required.
     */
    char *carrier;
    /** The carrier's tracking number. */
    char *tracking_number;
    /**
     * Page where the customer can follow the parcel.
     * Format: uri.
     */
    char *tracking_url;
    /**
     * Expected delivery time.
     * Format: date-time.
     */
    char *estimated_delivery_at;
    /**
     * When the parcel was handed over.
     * Format: date-time.
     * Required.
     */
    char *shipped_at;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_order_shipped_data_free(esauti_order_shipped_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_order_shipped_data_free(). */
APIC_EXPORT int esauti_order_shipped_data_from_json(const char *json, size_t len, esauti_order_shipped_data **out,
                                                    apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_order_shipped_data_to_json(const esauti_order_shipped_data *obj, char **out, apic_error *err);
/** Descriptor of esauti_order_shipped_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_order_shipped_data_desc;

/**
 * order_delivered_data
 * The data of a `order.delivered` event (version 1).
 */
struct esauti_order_delivered_data {
    /**
     * The order's id.
     * Required.
     */
    char *order_id;
    /**
     * Name of the person who took the parcel.
     * Personal data.
     */
    char *received_by;
    bool has_method; /**< true when method is set */
    /** How the order was handed over. */
    esauti_order_delivered_data_method_val method;
    /**
     * Photo or signature proving delivery.
     * Format: uri.
     */
    char *proof_url;
    /**
     * When the order was handed over.
     * Format: date-time.
     * Required.
     */
    char *delivered_at;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_order_delivered_data_free(esauti_order_delivered_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_order_delivered_data_free(). */
APIC_EXPORT int esauti_order_delivered_data_from_json(const char *json, size_t len, esauti_order_delivered_data **out,
                                                      apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_order_delivered_data_to_json(const esauti_order_delivered_data *obj, char **out,
                                                    apic_error *err);
/** Descriptor of esauti_order_delivered_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_order_delivered_data_desc;

/**
 * order_delivery_failed_data
 * The data of a `order.delivery_failed` event (version 1).
 */
struct esauti_order_delivery_failed_data {
    /**
     * The order's id.
     * Required.
     */
    char *order_id;
    /**
     * Why delivery failed.
     * Required.
     */
    esauti_order_delivery_failed_data_reason_val reason;
    /**
     * Number of this attempt, starting at 1.
     * Format: int32.
     * Required.
     */
    int32_t attempt;
    /**
     * When the next attempt is planned; absent when none is.
     * Format: date-time.
     */
    char *next_attempt_at;
    /**
     * When the attempt failed.
     * Format: date-time.
     * Required.
     */
    char *failed_at;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_order_delivery_failed_data_free(esauti_order_delivery_failed_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_order_delivery_failed_data_free(). */
APIC_EXPORT int esauti_order_delivery_failed_data_from_json(const char *json, size_t len,
                                                            esauti_order_delivery_failed_data **out, apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_order_delivery_failed_data_to_json(const esauti_order_delivery_failed_data *obj, char **out,
                                                          apic_error *err);
/** Descriptor of esauti_order_delivery_failed_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_order_delivery_failed_data_desc;

/**
 * order_cancelled_data
 * The data of a `order.cancelled` event (version 1).
 */
struct esauti_order_cancelled_data {
    /**
     * The order's id.
     * Required.
     */
    char *order_id;
    /**
     * Who cancelled the order.
     * Required.
     */
    esauti_order_cancelled_data_cancelled_by_val cancelled_by;
    /**
     * Why the order was cancelled.
     * Required.
     */
    esauti_order_cancelled_data_reason_val reason;
    bool has_refund_due; /**< true when refund_due is set */
    /** Whether money taken must be returned. */
    bool refund_due;
    /**
     * When the order was cancelled.
     * Format: date-time.
     * Required.
     */
    char *cancelled_at;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_order_cancelled_data_free(esauti_order_cancelled_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_order_cancelled_data_free(). */
APIC_EXPORT int esauti_order_cancelled_data_from_json(const char *json, size_t len, esauti_order_cancelled_data **out,
                                                      apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_order_cancelled_data_to_json(const esauti_order_cancelled_data *obj, char **out,
                                                    apic_error *err);
/** Descriptor of esauti_order_cancelled_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_order_cancelled_data_desc;

/**
 * order_held_data
 * The data of a `order.held` event (version 1).
 */
struct esauti_order_held_data {
    /**
     * The order's id.
     * Required.
     */
    char *order_id;
    /**
     * Why the order is on hold.
     * Required.
     */
    esauti_order_held_data_reason_val reason;
    /** Comment by staff for the team. */
    char *note;
    /**
     * When the hold should be resolved.
     * Format: date-time.
     */
    char *review_by;
    /**
     * When the order was put on hold.
     * Format: date-time.
     * Required.
     */
    char *held_at;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_order_held_data_free(esauti_order_held_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_order_held_data_free(). */
APIC_EXPORT int esauti_order_held_data_from_json(const char *json, size_t len, esauti_order_held_data **out,
                                                 apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_order_held_data_to_json(const esauti_order_held_data *obj, char **out, apic_error *err);
/** Descriptor of esauti_order_held_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_order_held_data_desc;

/**
 * order_reordered_data
 * The data of a `order.reordered` event (version 1).
 */
struct esauti_order_reordered_data {
    /**
     * The new order's id.
     * Required.
     */
    char *order_id;
    /**
     * The past order that was repeated.
     * Required.
     */
    char *original_order_id;
    bool has_source; /**< true when source is set */
    /** Where the customer pressed reorder. */
    esauti_order_reordered_data_source_val source;
    bool has_items_changed; /**< true when items_changed is set */
    /** Whether the customer changed lines before placing it. */
    bool items_changed;
    bool has_days_since_original; /**< true when days_since_original is set */
    /**
     * Whole days since the original order.
     * Format: int32.
     */
    int32_t days_since_original;
    /**
     * When the new order was placed.
     * Format: date-time.
     * Required.
     */
    char *reordered_at;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_order_reordered_data_free(esauti_order_reordered_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_order_reordered_data_free(). */
APIC_EXPORT int esauti_order_reordered_data_from_json(const char *json, size_t len, esauti_order_reordered_data **out,
                                                      apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_order_reordered_data_to_json(const esauti_order_reordered_data *obj, char **out,
                                                    apic_error *err);
/** Descriptor of esauti_order_reordered_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_order_reordered_data_desc;

/**
 * order_refunded_data
 * The data of a `order.refunded` event (version 2).
 */
struct esauti_order_refunded_data {
    /**
     * The order's id.
     * Required.
     */
    char *order_id;
    /**
     * The refund's id.
     * Required.
     */
    char *refund_id;
    /**
     * ISO 4217 code of the amounts.
     * Format: currency.
     * Required.
     */
    char *currency;
    /**
     * Amount refunded in minor units.
     * Format: int64.
     * Required.
     */
    int64_t amount;
    /**
     * Whether the whole order total was refunded.
     * Required.
     */
    bool full_refund;
    bool has_refund_method; /**< true when refund_method is set */
    /** Where the money went back to. */
    esauti_order_refunded_data_refund_method_val refund_method;
    bool has_items; /**< true when items is set */
    /** The lines refunded; absent for an amount-only refund. */
    esauti_order_refunded_data_items_item_array items;
    /**
     * When the refund was issued.
     * Format: date-time.
     * Required.
     */
    char *refunded_at;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_order_refunded_data_free(esauti_order_refunded_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_order_refunded_data_free(). */
APIC_EXPORT int esauti_order_refunded_data_from_json(const char *json, size_t len, esauti_order_refunded_data **out,
                                                     apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_order_refunded_data_to_json(const esauti_order_refunded_data *obj, char **out, apic_error *err);
/** Descriptor of esauti_order_refunded_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_order_refunded_data_desc;

/**
 * order_refunded_data.items.item
 * A JSON object of the API, which the spec does not describe further: its members follow.
 */
struct esauti_order_refunded_data_items_item {
    /**
     * Stock keeping unit.
     * Required.
     */
    char *sku;
    /**
     * Units refunded.
     * Format: int32.
     * Required.
     */
    int32_t quantity;
    /**
     * Amount refunded for this line in minor units.
     * Format: int64.
     * Required.
     */
    int64_t amount;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_order_refunded_data_items_item_free(esauti_order_refunded_data_items_item *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_order_refunded_data_items_item_free(). */
APIC_EXPORT int esauti_order_refunded_data_items_item_from_json(const char *json, size_t len,
                                                                esauti_order_refunded_data_items_item **out,
                                                                apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_order_refunded_data_items_item_to_json(const esauti_order_refunded_data_items_item *obj,
                                                              char **out, apic_error *err);
/** Descriptor of esauti_order_refunded_data_items_item for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_order_refunded_data_items_item_desc;

/**
 * order_completed_data
 * The data of a `order.completed` event (version 1).
 */
struct esauti_order_completed_data {
    /**
     * The order's id.
     * Required.
     */
    char *order_id;
    /**
     * ISO 4217 code of net_amount.
     * Format: currency.
     * Required.
     */
    char *currency;
    /**
     * Amount kept after refunds, in minor units.
     * Format: int64.
     * Required.
     */
    int64_t net_amount;
    bool has_loyalty_points; /**< true when loyalty_points is set */
    /**
     * Loyalty points earned with the order.
     * Format: int32.
     */
    int32_t loyalty_points;
    /**
     * When the order was closed.
     * Format: date-time.
     * Required.
     */
    char *completed_at;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_order_completed_data_free(esauti_order_completed_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_order_completed_data_free(). */
APIC_EXPORT int esauti_order_completed_data_from_json(const char *json, size_t len, esauti_order_completed_data **out,
                                                      apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_order_completed_data_to_json(const esauti_order_completed_data *obj, char **out,
                                                    apic_error *err);
/** Descriptor of esauti_order_completed_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_order_completed_data_desc;

/**
 * payment_initiated_data
 * The data of a `payment.initiated` event (version 1).
 */
struct esauti_payment_initiated_data {
    /**
     * The payment's id in your system.
     * Required.
     */
    char *payment_id;
    /** The order being paid for. */
    char *order_id;
    /**
     * Amount requested in minor units.
     * Format: int64.
     * Required.
     */
    int64_t amount;
    /**
     * ISO 4217 code of the amount.
     * Format: currency.
     * Required.
     */
    char *currency;
    /**
     * How the customer is paying.
     * Required.
     */
    esauti_payment_initiated_data_method_val method;
    /**
     * Mobile money number the prompt was sent to.
     * Format: phone.
     * Personal data.
     */
    char *payer_phone;
    /**
     * When the pending payment request lapses if not confirmed.
     * Format: date-time.
     */
    char *expires_at;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_payment_initiated_data_free(esauti_payment_initiated_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_payment_initiated_data_free(). */
APIC_EXPORT int esauti_payment_initiated_data_from_json(const char *json, size_t len,
                                                        esauti_payment_initiated_data **out, apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_payment_initiated_data_to_json(const esauti_payment_initiated_data *obj, char **out,
                                                      apic_error *err);
/** Descriptor of esauti_payment_initiated_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_payment_initiated_data_desc;

/**
 * payment_authorized_data
 * The data of a `payment.authorized` event (version 1).
 */
struct esauti_payment_authorized_data {
    /**
     * The payment's id in your system.
     * Required.
     */
    char *payment_id;
    /** The order being paid for. */
    char *order_id;
    /**
     * Authorized amount in minor units.
     * Format: int64.
     * Required.
     */
    int64_t amount;
    /**
     * ISO 4217 code of the amount.
     * Format: currency.
     * Required.
     */
    char *currency;
    bool has_card_brand; /**< true when card_brand is set */
    /** Brand of the card. */
    esauti_payment_authorized_data_card_brand_val card_brand;
    /** Last four digits of the card number. */
    char *card_last4;
    /**
     * When the hold is released if the payment is not captured.
     * Format: date-time.
     */
    char *authorization_expires_at;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_payment_authorized_data_free(esauti_payment_authorized_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_payment_authorized_data_free(). */
APIC_EXPORT int esauti_payment_authorized_data_from_json(const char *json, size_t len,
                                                         esauti_payment_authorized_data **out, apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_payment_authorized_data_to_json(const esauti_payment_authorized_data *obj, char **out,
                                                       apic_error *err);
/** Descriptor of esauti_payment_authorized_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_payment_authorized_data_desc;

/**
 * payment_captured_data
 * The data of a `payment.captured` event (version 1).
 */
struct esauti_payment_captured_data {
    /**
     * The payment's id in your system.
     * Required.
     */
    char *payment_id;
    /** The order that was paid for. */
    char *order_id;
    /**
     * Captured amount in minor units.
     * Format: int64.
     * Required.
     */
    int64_t amount;
    /**
     * ISO 4217 code of the amount.
     * Format: currency.
     * Required.
     */
    char *currency;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_payment_captured_data_free(esauti_payment_captured_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_payment_captured_data_free(). */
APIC_EXPORT int esauti_payment_captured_data_from_json(const char *json, size_t len, esauti_payment_captured_data **out,
                                                       apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_payment_captured_data_to_json(const esauti_payment_captured_data *obj, char **out,
                                                     apic_error *err);
/** Descriptor of esauti_payment_captured_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_payment_captured_data_desc;

/**
 * payment_succeeded_data
 * The data of a `payment.succeeded` event (version 2).
 */
struct esauti_payment_succeeded_data {
    /**
     * The payment's id in your system.
     * Required.
     */
    char *payment_id;
    /** The order that was paid for, if any. */
    char *order_id;
    /** The invoice that was paid, if any. */
    char *invoice_id;
    /**
     * Amount paid in minor units.
     * Format: int64.
     * Required.
     */
    int64_t amount;
    /**
     * ISO 4217 code of the amounts.
     * Format: currency.
     * Required.
     */
    char *currency;
    bool has_fee_amount; /**< true when fee_amount is set */
    /**
     * Processing fee charged to the merchant in minor units.
     * Format: int64.
     */
    int64_t fee_amount;
    /**
     * How the customer paid.
     * Required.
     */
    esauti_payment_succeeded_data_method_val method;
    /** The payment provider's receipt or transaction reference (such as an M-Pesa receipt number). */
    char *provider_reference;
    /**
     * Mobile money number that paid.
     * Format: phone.
     * Personal data.
     */
    char *payer_phone;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_payment_succeeded_data_free(esauti_payment_succeeded_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_payment_succeeded_data_free(). */
APIC_EXPORT int esauti_payment_succeeded_data_from_json(const char *json, size_t len,
                                                        esauti_payment_succeeded_data **out, apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_payment_succeeded_data_to_json(const esauti_payment_succeeded_data *obj, char **out,
                                                      apic_error *err);
/** Descriptor of esauti_payment_succeeded_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_payment_succeeded_data_desc;

/**
 * payment_failed_data
 * The data of a `payment.failed` event (version 1).
 */
struct esauti_payment_failed_data {
    /**
     * The payment's id in your system.
     * Required.
     */
    char *payment_id;
    /** The order being paid for. */
    char *order_id;
    /**
     * Amount attempted in minor units.
     * Format: int64.
     * Required.
     */
    int64_t amount;
    /**
     * ISO 4217 code of the amount.
     * Format: currency.
     * Required.
     */
    char *currency;
    /**
     * How the customer tried to pay.
     * Required.
     */
    esauti_payment_failed_data_method_val method;
    /**
     * Why the payment failed.
     * Required.
     */
    esauti_payment_failed_data_failure_reason_val failure_reason;
    /** The provider's message, for support staff. */
    char *failure_message;
    bool has_retryable; /**< true when retryable is set */
    /** Whether the customer can try again with the same method. */
    bool retryable;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_payment_failed_data_free(esauti_payment_failed_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_payment_failed_data_free(). */
APIC_EXPORT int esauti_payment_failed_data_from_json(const char *json, size_t len, esauti_payment_failed_data **out,
                                                     apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_payment_failed_data_to_json(const esauti_payment_failed_data *obj, char **out, apic_error *err);
/** Descriptor of esauti_payment_failed_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_payment_failed_data_desc;

/**
 * payment_cancelled_data
 * The data of a `payment.cancelled` event (version 1).
 */
struct esauti_payment_cancelled_data {
    /**
     * The payment's id in your system.
     * Required.
     */
    char *payment_id;
    /** The order the payment was for. */
    char *order_id;
    /**
     * Amount that was requested in minor units.
     * Format: int64.
     * Required.
     */
    int64_t amount;
    /**
     * ISO 4217 code of the amount.
     * Format: currency.
     * Required.
     */
    char *currency;
    /**
     * Who cancelled the payment.
     * Required.
     */
    esauti_payment_cancelled_data_cancelled_by_val cancelled_by;
    /** Free-text reason, if one was given. */
    char *reason;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_payment_cancelled_data_free(esauti_payment_cancelled_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_payment_cancelled_data_free(). */
APIC_EXPORT int esauti_payment_cancelled_data_from_json(const char *json, size_t len,
                                                        esauti_payment_cancelled_data **out, apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_payment_cancelled_data_to_json(const esauti_payment_cancelled_data *obj, char **out,
                                                      apic_error *err);
/** Descriptor of esauti_payment_cancelled_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_payment_cancelled_data_desc;

/**
 * payment_method_added_data
 * The data of a `payment.method_added` event (version 1).
 */
struct esauti_payment_method_added_data {
    /**
     * The saved payment method's id.
     * Required.
     */
    char *payment_method_id;
    /**
     * Kind of payment method.
     * Required.
     */
    esauti_payment_method_added_data_method_val method;
    bool has_card_brand; /**< true when card_brand is set */
    /** Brand of the card (cards only). */
    esauti_payment_method_added_data_card_brand_val card_brand;
    /** Last four digits of the card or account number. */
    char *last4;
    /**
     * Mobile money number (mobile money only).
     * Format: phone.
     * Personal data.
     */
    char *phone;
    bool has_expiry_month; /**< true when expiry_month is set */
    /**
     * Card expiry month 1-12 (cards only).
     * Format: int32.
     */
    int32_t expiry_month;
    bool has_expiry_year; /**< true when expiry_year is set */
    /**
     * Card expiry year (cards only).
     * Format: int32.
     */
    int32_t expiry_year;
    /**
     * Whether this is now the customer's default method.
     * Required.
     */
    bool is_default;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_payment_method_added_data_free(esauti_payment_method_added_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_payment_method_added_data_free(). */
APIC_EXPORT int esauti_payment_method_added_data_from_json(const char *json, size_t len,
                                                           esauti_payment_method_added_data **out, apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_payment_method_added_data_to_json(const esauti_payment_method_added_data *obj, char **out,
                                                         apic_error *err);
/** Descriptor of esauti_payment_method_added_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_payment_method_added_data_desc;

/**
 * payment_method_removed_data
 * The data of a `payment.method_removed` event (version 1).
 */
struct esauti_payment_method_removed_data {
    /**
     * The removed payment method's id.
     * Required.
     */
    char *payment_method_id;
    /**
     * Kind of payment method.
     * Required.
     */
    esauti_payment_method_removed_data_method_val method;
    /** Last four digits of the card or account number. */
    char *last4;
    /**
     * Why the method was removed.
     * Required.
     */
    esauti_payment_method_removed_data_reason_val reason;
    bool has_removed_by; /**< true when removed_by is set */
    /** Who removed it. */
    esauti_payment_method_removed_data_removed_by_val removed_by;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_payment_method_removed_data_free(esauti_payment_method_removed_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_payment_method_removed_data_free(). */
APIC_EXPORT int esauti_payment_method_removed_data_from_json(const char *json, size_t len,
                                                             esauti_payment_method_removed_data **out, apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_payment_method_removed_data_to_json(const esauti_payment_method_removed_data *obj, char **out,
                                                           apic_error *err);
/** Descriptor of esauti_payment_method_removed_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_payment_method_removed_data_desc;

/**
 * payment_disputed_data
 * The data of a `payment.disputed` event (version 1).
 */
struct esauti_payment_disputed_data {
    /**
     * The provider's id for the dispute.
     * Required.
     */
    char *dispute_id;
    /**
     * The disputed payment.
     * Required.
     */
    char *payment_id;
    /**
     * Disputed amount in minor units.
     * Format: int64.
     * Required.
     */
    int64_t amount;
    /**
     * ISO 4217 code of the amount.
     * Format: currency.
     * Required.
     */
    char *currency;
    /**
     * The reason the customer gave.
     * Required.
     */
    esauti_payment_disputed_data_reason_val reason;
    bool has_status; /**< true when status is set */
    /** Where the dispute stands. */
    esauti_payment_disputed_data_status_val status;
    /**
     * Deadline for submitting evidence.
     * Format: date-time.
     */
    char *evidence_due_by;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_payment_disputed_data_free(esauti_payment_disputed_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_payment_disputed_data_free(). */
APIC_EXPORT int esauti_payment_disputed_data_from_json(const char *json, size_t len, esauti_payment_disputed_data **out,
                                                       apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_payment_disputed_data_to_json(const esauti_payment_disputed_data *obj, char **out,
                                                     apic_error *err);
/** Descriptor of esauti_payment_disputed_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_payment_disputed_data_desc;

/**
 * refund_requested_data
 * The data of a `refund.requested` event (version 1).
 */
struct esauti_refund_requested_data {
    /**
     * The refund's id in your system.
     * Required.
     */
    char *refund_id;
    /**
     * The payment being refunded.
     * Required.
     */
    char *payment_id;
    /** The order the payment was for. */
    char *order_id;
    /**
     * Amount to refund in minor units.
     * Format: int64.
     * Required.
     */
    int64_t amount;
    /**
     * ISO 4217 code of the amount.
     * Format: currency.
     * Required.
     */
    char *currency;
    /**
     * Why the refund was requested.
     * Required.
     */
    esauti_refund_requested_data_reason_val reason;
    bool has_requested_by; /**< true when requested_by is set */
    /** Who asked for the refund. */
    esauti_refund_requested_data_requested_by_val requested_by;
    /** Free-text note from the requester. */
    char *note;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_refund_requested_data_free(esauti_refund_requested_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_refund_requested_data_free(). */
APIC_EXPORT int esauti_refund_requested_data_from_json(const char *json, size_t len, esauti_refund_requested_data **out,
                                                       apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_refund_requested_data_to_json(const esauti_refund_requested_data *obj, char **out,
                                                     apic_error *err);
/** Descriptor of esauti_refund_requested_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_refund_requested_data_desc;

/**
 * refund_succeeded_data
 * The data of a `refund.succeeded` event (version 1).
 */
struct esauti_refund_succeeded_data {
    /**
     * The refund's id in your system.
     * Required.
     */
    char *refund_id;
    /**
     * The refunded payment.
     * Required.
     */
    char *payment_id;
    /**
     * Amount refunded in minor units.
     * Format: int64.
     * Required.
     */
    int64_t amount;
    /**
     * ISO 4217 code of the amount.
     * Format: currency.
     * Required.
     */
    char *currency;
    /**
     * Where the money was sent.
     * Required.
     */
    esauti_refund_succeeded_data_destination_val destination;
    /** The provider's reference for the payout. */
    char *provider_reference;
    bool has_is_partial; /**< true when is_partial is set */
    /** Whether only part of the payment was refunded. */
    bool is_partial;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_refund_succeeded_data_free(esauti_refund_succeeded_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_refund_succeeded_data_free(). */
APIC_EXPORT int esauti_refund_succeeded_data_from_json(const char *json, size_t len, esauti_refund_succeeded_data **out,
                                                       apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_refund_succeeded_data_to_json(const esauti_refund_succeeded_data *obj, char **out,
                                                     apic_error *err);
/** Descriptor of esauti_refund_succeeded_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_refund_succeeded_data_desc;

/**
 * refund_failed_data
 * The data of a `refund.failed` event (version 1).
 */
struct esauti_refund_failed_data {
    /**
     * The refund's id in your system.
     * Required.
     */
    char *refund_id;
    /**
     * The payment being refunded.
     * Required.
     */
    char *payment_id;
    /**
     * Amount that was to be refunded in minor units.
     * Format: int64.
     * Required.
     */
    int64_t amount;
    /**
     * ISO 4217 code of the amount.
     * Format: currency.
     * Required.
     */
    char *currency;
    /**
     * Why the refund failed.
     * Required.
     */
    esauti_refund_failed_data_failure_reason_val failure_reason;
    bool has_will_retry; /**< true when will_retry is set */
    /** Whether the refund will be retried automatically. */
    bool will_retry;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_refund_failed_data_free(esauti_refund_failed_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_refund_failed_data_free(). */
APIC_EXPORT int esauti_refund_failed_data_from_json(const char *json, size_t len, esauti_refund_failed_data **out,
                                                    apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_refund_failed_data_to_json(const esauti_refund_failed_data *obj, char **out, apic_error *err);
/** Descriptor of esauti_refund_failed_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_refund_failed_data_desc;

/**
 * invoice_created_data
 * The data of a `invoice.created` event (version 1).
 */
struct esauti_invoice_created_data {
    /**
     * The invoice's id in your system.
     * Required.
     */
    char *invoice_id;
    /**
     * The human-readable invoice number printed on it.
     * Required.
     */
    char *invoice_number;
    /**
     * Total amount due in minor units.
     * Format: int64.
     * Required.
     */
    int64_t amount_due;
    bool has_tax_amount; /**< true when tax_amount is set */
    /**
     * Tax (such as VAT) included in the total in minor units.
     * Format: int64.
     */
    int64_t tax_amount;
    /**
     * ISO 4217 code of the amounts.
     * Format: currency.
     * Required.
     */
    char *currency;
    /**
     * Date by which the invoice should be paid.
     * Format: date.
     * Required.
     */
    char *due_date;
    /** The subscription billed, for recurring invoices. */
    char *subscription_id;
    bool has_line_items; /**< true when line_items is set */
    /** The lines of the invoice. */
    esauti_invoice_created_data_line_items_item_array line_items;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_invoice_created_data_free(esauti_invoice_created_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_invoice_created_data_free(). */
APIC_EXPORT int esauti_invoice_created_data_from_json(const char *json, size_t len, esauti_invoice_created_data **out,
                                                      apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_invoice_created_data_to_json(const esauti_invoice_created_data *obj, char **out,
                                                    apic_error *err);
/** Descriptor of esauti_invoice_created_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_invoice_created_data_desc;

/**
 * invoice_created_data.line_items.item
 * A JSON object of the API, which the spec does not describe further: its members follow.
 */
struct esauti_invoice_created_data_line_items_item {
    /**
     * What is being billed.
     * Required.
     */
    char *label;
    /**
     * Number of units.
     * Format: int32.
     * Required.
     */
    int32_t quantity;
    bool has_unit_amount; /**< true when unit_amount is set */
    /**
     * Price of one unit in minor units.
     * Format: int64.
     */
    int64_t unit_amount;
    /**
     * Line total in minor units.
     * Format: int64.
     * Required.
     */
    int64_t amount;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_invoice_created_data_line_items_item_free(esauti_invoice_created_data_line_items_item *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_invoice_created_data_line_items_item_free(). */
APIC_EXPORT int esauti_invoice_created_data_line_items_item_from_json(const char *json, size_t len,
                                                                      esauti_invoice_created_data_line_items_item **out,
                                                                      apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_invoice_created_data_line_items_item_to_json(const esauti_invoice_created_data_line_items_item *obj,
                                                                    char **out, apic_error *err);
/** Descriptor of esauti_invoice_created_data_line_items_item for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_invoice_created_data_line_items_item_desc;

/**
 * invoice_sent_data
 * The data of a `invoice.sent` event (version 1).
 */
struct esauti_invoice_sent_data {
    /**
     * The invoice's id in your system.
     * Required.
     */
    char *invoice_id;
    /**
     * The human-readable invoice number.
     * Required.
     */
    char *invoice_number;
    /**
     * Amount due in minor units.
     * Format: int64.
     * Required.
     */
    int64_t amount_due;
    /**
     * ISO 4217 code of the amount.
     * Format: currency.
     * Required.
     */
    char *currency;
    /**
     * How the invoice was sent.
     * Required.
     */
    esauti_invoice_sent_data_channel_val channel;
    /**
     * The email address or phone number it was sent to.
     * Personal data.
     */
    char *recipient;
    /**
     * Link where the customer can view and pay the invoice.
     * Format: uri.
     */
    char *payment_url;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_invoice_sent_data_free(esauti_invoice_sent_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_invoice_sent_data_free(). */
APIC_EXPORT int esauti_invoice_sent_data_from_json(const char *json, size_t len, esauti_invoice_sent_data **out,
                                                   apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_invoice_sent_data_to_json(const esauti_invoice_sent_data *obj, char **out, apic_error *err);
/** Descriptor of esauti_invoice_sent_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_invoice_sent_data_desc;

/**
 * invoice_viewed_data
 * The data of a `invoice.viewed` event (version 1).
 */
struct esauti_invoice_viewed_data {
    /**
     * The invoice's id in your system.
     * Required.
     */
    char *invoice_id;
    /**
     * The human-readable invoice number.
     * Required.
     */
    char *invoice_number;
    /**
     * Where the customer opened it from.
     * Required.
     */
    esauti_invoice_viewed_data_viewed_via_val viewed_via;
    bool has_view_count; /**< true when view_count is set */
    /**
     * How many times the customer has viewed it so far.
     * Format: int32.
     */
    int32_t view_count;
    /**
     * IP address the invoice was viewed from.
     * Personal data.
     */
    char *ip_address;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_invoice_viewed_data_free(esauti_invoice_viewed_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_invoice_viewed_data_free(). */
APIC_EXPORT int esauti_invoice_viewed_data_from_json(const char *json, size_t len, esauti_invoice_viewed_data **out,
                                                     apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_invoice_viewed_data_to_json(const esauti_invoice_viewed_data *obj, char **out, apic_error *err);
/** Descriptor of esauti_invoice_viewed_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_invoice_viewed_data_desc;

/**
 * invoice_reminder_sent_data
 * The data of a `invoice.reminder_sent` event (version 1).
 */
struct esauti_invoice_reminder_sent_data {
    /**
     * The invoice's id in your system.
     * Required.
     */
    char *invoice_id;
    /** The human-readable invoice number. */
    char *invoice_number;
    /**
     * Amount still due in minor units.
     * Format: int64.
     * Required.
     */
    int64_t amount_due;
    /**
     * ISO 4217 code of the amount.
     * Format: currency.
     * Required.
     */
    char *currency;
    /**
     * The invoice's due date.
     * Format: date.
     * Required.
     */
    char *due_date;
    bool has_days_overdue; /**< true when days_overdue is set */
    /**
     * Days past the due date (negative before it).
     * Format: int32.
     */
    int32_t days_overdue;
    bool has_reminder_number; /**< true when reminder_number is set */
    /**
     * Which reminder this is for the invoice (1 for the first).
     * Format: int32.
     */
    int32_t reminder_number;
    /**
     * How the reminder was sent.
     * Required.
     */
    esauti_invoice_reminder_sent_data_channel_val channel;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_invoice_reminder_sent_data_free(esauti_invoice_reminder_sent_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_invoice_reminder_sent_data_free(). */
APIC_EXPORT int esauti_invoice_reminder_sent_data_from_json(const char *json, size_t len,
                                                            esauti_invoice_reminder_sent_data **out, apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_invoice_reminder_sent_data_to_json(const esauti_invoice_reminder_sent_data *obj, char **out,
                                                          apic_error *err);
/** Descriptor of esauti_invoice_reminder_sent_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_invoice_reminder_sent_data_desc;

/**
 * invoice_partially_paid_data
 * The data of a `invoice.partially_paid` event (version 1).
 */
struct esauti_invoice_partially_paid_data {
    /**
     * The invoice's id in your system.
     * Required.
     */
    char *invoice_id;
    /** The human-readable invoice number. */
    char *invoice_number;
    /**
     * Amount received by this payment in minor units.
     * Format: int64.
     * Required.
     */
    int64_t amount_paid;
    /**
     * Balance still due in minor units.
     * Format: int64.
     * Required.
     */
    int64_t amount_remaining;
    /**
     * ISO 4217 code of the amounts.
     * Format: currency.
     * Required.
     */
    char *currency;
    /** The payment that was applied. */
    char *payment_id;
    bool has_method; /**< true when method is set */
    /** How the customer paid. */
    esauti_invoice_partially_paid_data_method_val method;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_invoice_partially_paid_data_free(esauti_invoice_partially_paid_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_invoice_partially_paid_data_free(). */
APIC_EXPORT int esauti_invoice_partially_paid_data_from_json(const char *json, size_t len,
                                                             esauti_invoice_partially_paid_data **out, apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_invoice_partially_paid_data_to_json(const esauti_invoice_partially_paid_data *obj, char **out,
                                                           apic_error *err);
/** Descriptor of esauti_invoice_partially_paid_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_invoice_partially_paid_data_desc;

/**
 * invoice_paid_data
 * The data of a `invoice.paid` event (version 2).
 */
struct esauti_invoice_paid_data {
    /**
     * The invoice's id in your system.
     * Required.
     */
    char *invoice_id;
    /** The human-readable invoice number. */
    char *invoice_number;
    /**
     * Total amount paid in minor units.
     * Format: int64.
     * Required.
     */
    int64_t amount_paid;
    /**
     * ISO 4217 code of the amount.
     * Format: currency.
     * Required.
     */
    char *currency;
    /**
     * The payments that settled the invoice, oldest first.
     * Required.
     */
    apic_string_array payment_ids;
    /**
     * Whether the final payment came after the due date.
     * Required.
     */
    bool paid_late;
    /**
     * Link to the receipt.
     * Format: uri.
     */
    char *receipt_url;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_invoice_paid_data_free(esauti_invoice_paid_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_invoice_paid_data_free(). */
APIC_EXPORT int esauti_invoice_paid_data_from_json(const char *json, size_t len, esauti_invoice_paid_data **out,
                                                   apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_invoice_paid_data_to_json(const esauti_invoice_paid_data *obj, char **out, apic_error *err);
/** Descriptor of esauti_invoice_paid_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_invoice_paid_data_desc;

/**
 * invoice_overdue_data
 * The data of a `invoice.overdue` event (version 1).
 */
struct esauti_invoice_overdue_data {
    /**
     * The invoice's id in your system.
     * Required.
     */
    char *invoice_id;
    /** The human-readable invoice number. */
    char *invoice_number;
    /**
     * Balance still due in minor units.
     * Format: int64.
     * Required.
     */
    int64_t amount_due;
    /**
     * ISO 4217 code of the amount.
     * Format: currency.
     * Required.
     */
    char *currency;
    /**
     * The due date that was missed.
     * Format: date.
     * Required.
     */
    char *due_date;
    bool has_late_fee_amount; /**< true when late_fee_amount is set */
    /**
     * Late fee added to the invoice in minor units (0 if none).
     * Format: int64.
     */
    int64_t late_fee_amount;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_invoice_overdue_data_free(esauti_invoice_overdue_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_invoice_overdue_data_free(). */
APIC_EXPORT int esauti_invoice_overdue_data_from_json(const char *json, size_t len, esauti_invoice_overdue_data **out,
                                                      apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_invoice_overdue_data_to_json(const esauti_invoice_overdue_data *obj, char **out,
                                                    apic_error *err);
/** Descriptor of esauti_invoice_overdue_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_invoice_overdue_data_desc;

/**
 * invoice_voided_data
 * The data of a `invoice.voided` event (version 1).
 */
struct esauti_invoice_voided_data {
    /**
     * The invoice's id in your system.
     * Required.
     */
    char *invoice_id;
    /** The human-readable invoice number. */
    char *invoice_number;
    bool has_amount_due; /**< true when amount_due is set */
    /**
     * Amount that was due in minor units.
     * Format: int64.
     */
    int64_t amount_due;
    /**
     * ISO 4217 code of the amount.
     * Format: currency.
     */
    char *currency;
    /**
     * Why the invoice was voided.
     * Required.
     */
    esauti_invoice_voided_data_reason_val reason;
    /** The corrected invoice that replaces it, if any. */
    char *replaced_by_invoice_id;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_invoice_voided_data_free(esauti_invoice_voided_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_invoice_voided_data_free(). */
APIC_EXPORT int esauti_invoice_voided_data_from_json(const char *json, size_t len, esauti_invoice_voided_data **out,
                                                     apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_invoice_voided_data_to_json(const esauti_invoice_voided_data *obj, char **out, apic_error *err);
/** Descriptor of esauti_invoice_voided_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_invoice_voided_data_desc;

/**
 * invoice_written_off_data
 * The data of a `invoice.written_off` event (version 1).
 */
struct esauti_invoice_written_off_data {
    /**
     * The invoice's id in your system.
     * Required.
     */
    char *invoice_id;
    /** The human-readable invoice number. */
    char *invoice_number;
    /**
     * Balance written off in minor units.
     * Format: int64.
     * Required.
     */
    int64_t amount_written_off;
    /**
     * ISO 4217 code of the amount.
     * Format: currency.
     * Required.
     */
    char *currency;
    /**
     * Why the balance was written off.
     * Required.
     */
    esauti_invoice_written_off_data_reason_val reason;
    /** Internal note from the merchant. */
    char *note;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_invoice_written_off_data_free(esauti_invoice_written_off_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_invoice_written_off_data_free(). */
APIC_EXPORT int esauti_invoice_written_off_data_from_json(const char *json, size_t len,
                                                          esauti_invoice_written_off_data **out, apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_invoice_written_off_data_to_json(const esauti_invoice_written_off_data *obj, char **out,
                                                        apic_error *err);
/** Descriptor of esauti_invoice_written_off_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_invoice_written_off_data_desc;

/**
 * subscription_created_data
 * The data of a `subscription.created` event (version 1).
 */
struct esauti_subscription_created_data {
    /**
     * The subscription's id in your system.
     * Required.
     */
    char *subscription_id;
    /**
     * The plan subscribed to.
     * Required.
     */
    esauti_subscription_created_data_plan *plan;
    /**
     * The subscription's status right after sign-up.
     * Required.
     */
    esauti_subscription_created_data_status_val status;
    /**
     * End of the free trial, when there is one.
     * Format: date-time.
     */
    char *trial_ends_at;
    bool has_signup_channel; /**< true when signup_channel is set */
    /** Where the customer signed up. */
    esauti_subscription_created_data_signup_channel_val signup_channel;
    /** Coupon applied at sign-up, if any. */
    char *coupon_code;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_subscription_created_data_free(esauti_subscription_created_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_subscription_created_data_free(). */
APIC_EXPORT int esauti_subscription_created_data_from_json(const char *json, size_t len,
                                                           esauti_subscription_created_data **out, apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_subscription_created_data_to_json(const esauti_subscription_created_data *obj, char **out,
                                                         apic_error *err);
/** Descriptor of esauti_subscription_created_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_subscription_created_data_desc;

/**
 * subscription_created_data.plan
 * The plan subscribed to.
 */
struct esauti_subscription_created_data_plan {
    /**
     * The plan's id.
     * Required.
     */
    char *id;
    /**
     * The plan's display name.
     * Required.
     */
    char *name;
    /**
     * Price per billing interval in minor units.
     * Format: int64.
     * Required.
     */
    int64_t amount;
    /**
     * ISO 4217 code of the price.
     * Format: currency.
     * Required.
     */
    char *currency;
    /**
     * How often the customer is billed.
     * Required.
     */
    esauti_subscription_created_data_plan_interval_val interval;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_subscription_created_data_plan_free(esauti_subscription_created_data_plan *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_subscription_created_data_plan_free(). */
APIC_EXPORT int esauti_subscription_created_data_plan_from_json(const char *json, size_t len,
                                                                esauti_subscription_created_data_plan **out,
                                                                apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_subscription_created_data_plan_to_json(const esauti_subscription_created_data_plan *obj,
                                                              char **out, apic_error *err);
/** Descriptor of esauti_subscription_created_data_plan for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_subscription_created_data_plan_desc;

/**
 * subscription_trial_started_data
 * The data of a `subscription.trial_started` event (version 1).
 */
struct esauti_subscription_trial_started_data {
    /**
     * The subscription's id in your system.
     * Required.
     */
    char *subscription_id;
    /**
     * The plan being trialled.
     * Required.
     */
    char *plan_id;
    /** The plan's display name. */
    char *plan_name;
    bool has_trial_days; /**< true when trial_days is set */
    /**
     * Length of the trial in days.
     * Format: int32.
     */
    int32_t trial_days;
    /**
     * When the trial ends.
     * Format: date-time.
     * Required.
     */
    char *trial_ends_at;
    bool has_payment_method_on_file; /**< true when payment_method_on_file is set */
    /** Whether the customer has a payment method saved for the first charge. */
    bool payment_method_on_file;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_subscription_trial_started_data_free(esauti_subscription_trial_started_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_subscription_trial_started_data_free(). */
APIC_EXPORT int esauti_subscription_trial_started_data_from_json(const char *json, size_t len,
                                                                 esauti_subscription_trial_started_data **out,
                                                                 apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_subscription_trial_started_data_to_json(const esauti_subscription_trial_started_data *obj,
                                                               char **out, apic_error *err);
/** Descriptor of esauti_subscription_trial_started_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_subscription_trial_started_data_desc;

/**
 * subscription_trial_ended_data
 * The data of a `subscription.trial_ended` event (version 1).
 */
struct esauti_subscription_trial_ended_data {
    /**
     * The subscription's id in your system.
     * Required.
     */
    char *subscription_id;
    /**
     * The plan that was trialled.
     * Required.
     */
    char *plan_id;
    /**
     * What happened at the end of the trial.
     * Required.
     */
    esauti_subscription_trial_ended_data_outcome_val outcome;
    /**
     * When the trial began.
     * Format: date-time.
     */
    char *trial_started_at;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_subscription_trial_ended_data_free(esauti_subscription_trial_ended_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_subscription_trial_ended_data_free(). */
APIC_EXPORT int esauti_subscription_trial_ended_data_from_json(const char *json, size_t len,
                                                               esauti_subscription_trial_ended_data **out,
                                                               apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_subscription_trial_ended_data_to_json(const esauti_subscription_trial_ended_data *obj,
                                                             char **out, apic_error *err);
/** Descriptor of esauti_subscription_trial_ended_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_subscription_trial_ended_data_desc;

/**
 * subscription_activated_data
 * The data of a `subscription.activated` event (version 1).
 */
struct esauti_subscription_activated_data {
    /**
     * The subscription's id in your system.
     * Required.
     */
    char *subscription_id;
    /**
     * The active plan.
     * Required.
     */
    char *plan_id;
    /**
     * Amount of the first charge in minor units.
     * Format: int64.
     * Required.
     */
    int64_t amount;
    /**
     * ISO 4217 code of the amount.
     * Format: currency.
     * Required.
     */
    char *currency;
    bool has_billing_interval; /**< true when billing_interval is set */
    /** How often the customer is billed. */
    esauti_subscription_activated_data_billing_interval_val billing_interval;
    /**
     * End of the first paid period.
     * Format: date-time.
     * Required.
     */
    char *current_period_end;
    /** The payment that activated the subscription. */
    char *first_payment_id;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_subscription_activated_data_free(esauti_subscription_activated_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_subscription_activated_data_free(). */
APIC_EXPORT int esauti_subscription_activated_data_from_json(const char *json, size_t len,
                                                             esauti_subscription_activated_data **out, apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_subscription_activated_data_to_json(const esauti_subscription_activated_data *obj, char **out,
                                                           apic_error *err);
/** Descriptor of esauti_subscription_activated_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_subscription_activated_data_desc;

/**
 * subscription_renewed_data
 * The data of a `subscription.renewed` event (version 1).
 */
struct esauti_subscription_renewed_data {
    /**
     * The subscription's id in your system.
     * Required.
     */
    char *subscription_id;
    /**
     * The plan renewed.
     * Required.
     */
    char *plan_id;
    /**
     * Amount charged in minor units.
     * Format: int64.
     * Required.
     */
    int64_t amount;
    /**
     * ISO 4217 code of the amount.
     * Format: currency.
     * Required.
     */
    char *currency;
    /**
     * Start of the new billing period.
     * Format: date-time.
     * Required.
     */
    char *period_start;
    /**
     * End of the new billing period.
     * Format: date-time.
     * Required.
     */
    char *period_end;
    /** The invoice for this period. */
    char *invoice_id;
    bool has_renewal_count; /**< true when renewal_count is set */
    /**
     * How many times the subscription has renewed, this one included.
     * Format: int32.
     */
    int32_t renewal_count;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_subscription_renewed_data_free(esauti_subscription_renewed_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_subscription_renewed_data_free(). */
APIC_EXPORT int esauti_subscription_renewed_data_from_json(const char *json, size_t len,
                                                           esauti_subscription_renewed_data **out, apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_subscription_renewed_data_to_json(const esauti_subscription_renewed_data *obj, char **out,
                                                         apic_error *err);
/** Descriptor of esauti_subscription_renewed_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_subscription_renewed_data_desc;

/**
 * subscription_renewal_failed_data
 * The data of a `subscription.renewal_failed` event (version 1).
 */
struct esauti_subscription_renewal_failed_data {
    /**
     * The subscription's id in your system.
     * Required.
     */
    char *subscription_id;
    /**
     * Amount that could not be charged in minor units.
     * Format: int64.
     * Required.
     */
    int64_t amount;
    /**
     * ISO 4217 code of the amount.
     * Format: currency.
     * Required.
     */
    char *currency;
    /**
     * Why the charge failed.
     * Required.
     */
    esauti_subscription_renewal_failed_data_failure_reason_val failure_reason;
    /**
     * Which attempt this was (1 for the first).
     * Format: int32.
     * Required.
     */
    int32_t attempt;
    /**
     * When the charge will be retried, if it will be.
     * Format: date-time.
     */
    char *next_retry_at;
    /**
     * When the subscription will be cancelled if it stays unpaid.
     * Format: date-time.
     */
    char *cancels_at;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_subscription_renewal_failed_data_free(esauti_subscription_renewal_failed_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_subscription_renewal_failed_data_free(). */
APIC_EXPORT int esauti_subscription_renewal_failed_data_from_json(const char *json, size_t len,
                                                                  esauti_subscription_renewal_failed_data **out,
                                                                  apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_subscription_renewal_failed_data_to_json(const esauti_subscription_renewal_failed_data *obj,
                                                                char **out, apic_error *err);
/** Descriptor of esauti_subscription_renewal_failed_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_subscription_renewal_failed_data_desc;

/**
 * subscription_plan_changed_data
 * The data of a `subscription.plan_changed` event (version 1).
 */
struct esauti_subscription_plan_changed_data {
    /**
     * The subscription's id in your system.
     * Required.
     */
    char *subscription_id;
    /**
     * The plan before the change.
     * Required.
     */
    char *previous_plan_id;
    /**
     * The plan after the change.
     * Required.
     */
    char *new_plan_id;
    /**
     * Kind of change.
     * Required.
     */
    esauti_subscription_plan_changed_data_change_type_val change_type;
    /**
     * When the new plan takes effect.
     * Format: date-time.
     * Required.
     */
    char *effective_at;
    bool has_proration_amount; /**< true when proration_amount is set */
    /**
     * Amount charged (positive) or credited (negative) for the rest of the period in minor units.
     * Format: int64.
     */
    int64_t proration_amount;
    /**
     * ISO 4217 code of the amount.
     * Format: currency.
     */
    char *currency;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_subscription_plan_changed_data_free(esauti_subscription_plan_changed_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_subscription_plan_changed_data_free(). */
APIC_EXPORT int esauti_subscription_plan_changed_data_from_json(const char *json, size_t len,
                                                                esauti_subscription_plan_changed_data **out,
                                                                apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_subscription_plan_changed_data_to_json(const esauti_subscription_plan_changed_data *obj,
                                                              char **out, apic_error *err);
/** Descriptor of esauti_subscription_plan_changed_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_subscription_plan_changed_data_desc;

/**
 * subscription_paused_data
 * The data of a `subscription.paused` event (version 1).
 */
struct esauti_subscription_paused_data {
    /**
     * The subscription's id in your system.
     * Required.
     */
    char *subscription_id;
    /**
     * Who paused the subscription.
     * Required.
     */
    esauti_subscription_paused_data_paused_by_val paused_by;
    bool has_reason; /**< true when reason is set */
    /** Why it was paused. */
    esauti_subscription_paused_data_reason_val reason;
    /**
     * When it will resume automatically, if a date was set.
     * Format: date-time.
     */
    char *resumes_at;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_subscription_paused_data_free(esauti_subscription_paused_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_subscription_paused_data_free(). */
APIC_EXPORT int esauti_subscription_paused_data_from_json(const char *json, size_t len,
                                                          esauti_subscription_paused_data **out, apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_subscription_paused_data_to_json(const esauti_subscription_paused_data *obj, char **out,
                                                        apic_error *err);
/** Descriptor of esauti_subscription_paused_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_subscription_paused_data_desc;

/**
 * subscription_resumed_data
 * The data of a `subscription.resumed` event (version 1).
 */
struct esauti_subscription_resumed_data {
    /**
     * The subscription's id in your system.
     * Required.
     */
    char *subscription_id;
    /**
     * What resumed it.
     * Required.
     */
    esauti_subscription_resumed_data_resumed_by_val resumed_by;
    bool has_paused_days; /**< true when paused_days is set */
    /**
     * How many days the subscription was paused.
     * Format: int32.
     */
    int32_t paused_days;
    /**
     * When the customer will next be charged.
     * Format: date-time.
     * Required.
     */
    char *next_billing_at;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_subscription_resumed_data_free(esauti_subscription_resumed_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_subscription_resumed_data_free(). */
APIC_EXPORT int esauti_subscription_resumed_data_from_json(const char *json, size_t len,
                                                           esauti_subscription_resumed_data **out, apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_subscription_resumed_data_to_json(const esauti_subscription_resumed_data *obj, char **out,
                                                         apic_error *err);
/** Descriptor of esauti_subscription_resumed_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_subscription_resumed_data_desc;

/**
 * subscription_cancellation_scheduled_data
 * The data of a `subscription.cancellation_scheduled` event (version 1).
 */
struct esauti_subscription_cancellation_scheduled_data {
    /**
     * The subscription's id in your system.
     * Required.
     */
    char *subscription_id;
    /** The current plan. */
    char *plan_id;
    /**
     * When the subscription will end.
     * Format: date-time.
     * Required.
     */
    char *cancel_at;
    /**
     * The reason the customer chose.
     * Required.
     */
    esauti_subscription_cancellation_scheduled_data_reason_val reason;
    /** Free-text feedback from the customer. */
    char *feedback;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_subscription_cancellation_scheduled_data_free(esauti_subscription_cancellation_scheduled_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_subscription_cancellation_scheduled_data_free(). */
APIC_EXPORT int esauti_subscription_cancellation_scheduled_data_from_json(const char *json, size_t len,
                                                                          esauti_subscription_cancellation_scheduled_data **out,
                                                                          apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_subscription_cancellation_scheduled_data_to_json(const esauti_subscription_cancellation_scheduled_data *obj,
                                                                        char **out, apic_error *err);
/** Descriptor of esauti_subscription_cancellation_scheduled_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_subscription_cancellation_scheduled_data_desc;

/**
 * subscription_cancelled_data
 * The data of a `subscription.cancelled` event (version 1).
 */
struct esauti_subscription_cancelled_data {
    /**
     * The subscription's id in your system.
     * Required.
     */
    char *subscription_id;
    /**
     * The plan that was cancelled.
     * Required.
     */
    char *plan_id;
    /**
     * Who cancelled it.
     * Required.
     */
    esauti_subscription_cancelled_data_cancelled_by_val cancelled_by;
    /**
     * Why it was cancelled.
     * Required.
     */
    esauti_subscription_cancelled_data_reason_val reason;
    bool has_refund_amount; /**< true when refund_amount is set */
    /**
     * Amount refunded for the unused period in minor units (0 if none).
     * Format: int64.
     */
    int64_t refund_amount;
    /**
     * ISO 4217 code of the refund.
     * Format: currency.
     */
    char *currency;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_subscription_cancelled_data_free(esauti_subscription_cancelled_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_subscription_cancelled_data_free(). */
APIC_EXPORT int esauti_subscription_cancelled_data_from_json(const char *json, size_t len,
                                                             esauti_subscription_cancelled_data **out, apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_subscription_cancelled_data_to_json(const esauti_subscription_cancelled_data *obj, char **out,
                                                           apic_error *err);
/** Descriptor of esauti_subscription_cancelled_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_subscription_cancelled_data_desc;

/**
 * subscription_expired_data
 * The data of a `subscription.expired` event (version 1).
 */
struct esauti_subscription_expired_data {
    /**
     * The subscription's id in your system.
     * Required.
     */
    char *subscription_id;
    /**
     * The plan that expired.
     * Required.
     */
    char *plan_id;
    /**
     * Why the subscription ended.
     * Required.
     */
    esauti_subscription_expired_data_reason_val reason;
    /**
     * When the subscription started.
     * Format: date-time.
     */
    char *started_at;
    /**
     * Link where the customer can subscribe again.
     * Format: uri.
     */
    char *renewal_url;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_subscription_expired_data_free(esauti_subscription_expired_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_subscription_expired_data_free(). */
APIC_EXPORT int esauti_subscription_expired_data_from_json(const char *json, size_t len,
                                                           esauti_subscription_expired_data **out, apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_subscription_expired_data_to_json(const esauti_subscription_expired_data *obj, char **out,
                                                         apic_error *err);
/** Descriptor of esauti_subscription_expired_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_subscription_expired_data_desc;

/**
 * fulfillment_created_data
 * The data of a `fulfillment.created` event (version 1).
 */
struct esauti_fulfillment_created_data {
    /**
     * The fulfillment's id in your system.
     * Required.
     */
    char *fulfillment_id;
    /**
     * The order being fulfilled.
     * Required.
     */
    char *order_id;
    /** The warehouse or store that packed the items. */
    char *location_id;
    /**
     * How the items will reach the customer.
     * Required.
     */
    esauti_fulfillment_created_data_method_val method;
    /**
     * The items in this fulfillment.
     * Required.
     */
    esauti_fulfillment_created_data_items_item_array items;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_fulfillment_created_data_free(esauti_fulfillment_created_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_fulfillment_created_data_free(). */
APIC_EXPORT int esauti_fulfillment_created_data_from_json(const char *json, size_t len,
                                                          esauti_fulfillment_created_data **out, apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_fulfillment_created_data_to_json(const esauti_fulfillment_created_data *obj, char **out,
                                                        apic_error *err);
/** Descriptor of esauti_fulfillment_created_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_fulfillment_created_data_desc;

/**
 * fulfillment_created_data.items.item
 * A JSON object of the API, which the spec does not describe further: its members follow.
 */
struct esauti_fulfillment_created_data_items_item {
    /**
     * Stock keeping unit.
     * Required.
     */
    char *sku;
    /** Product title. */
    char *title;
    /**
     * Units packed.
     * Format: int32.
     * Required.
     */
    int32_t quantity;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_fulfillment_created_data_items_item_free(esauti_fulfillment_created_data_items_item *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_fulfillment_created_data_items_item_free(). */
APIC_EXPORT int esauti_fulfillment_created_data_items_item_from_json(const char *json, size_t len,
                                                                     esauti_fulfillment_created_data_items_item **out,
                                                                     apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_fulfillment_created_data_items_item_to_json(const esauti_fulfillment_created_data_items_item *obj,
                                                                   char **out, apic_error *err);
/** Descriptor of esauti_fulfillment_created_data_items_item for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_fulfillment_created_data_items_item_desc;

/**
 * fulfillment_cancelled_data
 * The data of a `fulfillment.cancelled` event (version 1).
 */
struct esauti_fulfillment_cancelled_data {
    /**
     * The fulfillment's id in your system.
     * Required.
     */
    char *fulfillment_id;
    /**
     * The order it belonged to.
     * Required.
     */
    char *order_id;
    /**
     * Why the fulfillment was cancelled.
     * Required.
     */
    esauti_fulfillment_cancelled_data_reason_val reason;
    bool has_will_refulfill; /**< true when will_refulfill is set */
    /** Whether the items will be sent in a new fulfillment. */
    bool will_refulfill;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_fulfillment_cancelled_data_free(esauti_fulfillment_cancelled_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_fulfillment_cancelled_data_free(). */
APIC_EXPORT int esauti_fulfillment_cancelled_data_from_json(const char *json, size_t len,
                                                            esauti_fulfillment_cancelled_data **out, apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_fulfillment_cancelled_data_to_json(const esauti_fulfillment_cancelled_data *obj, char **out,
                                                          apic_error *err);
/** Descriptor of esauti_fulfillment_cancelled_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_fulfillment_cancelled_data_desc;

/**
 * shipment_created_data
 * The data of a `shipment.created` event (version 1).
 */
struct esauti_shipment_created_data {
    /**
     * The shipment's id in your system.
     * Required.
     */
    char *shipment_id;
    /**
     * The order shipped.
     * Required.
     */
    char *order_id;
    /**
     * The courier or delivery service.
     * Required.
     */
    char *carrier;
    /** The carrier's tracking number. */
    char *tracking_number;
    /**
     * Link where the customer can track the parcel.
     * Format: uri.
     */
    char *tracking_url;
    /**
     * Date the parcel is expected to arrive.
     * Format: date.
     */
    char *estimated_delivery_date;
    /**
     * Where the parcel is going.
     * Required.
     */
    esauti_shipment_created_data_delivery_address *delivery_address;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_shipment_created_data_free(esauti_shipment_created_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_shipment_created_data_free(). */
APIC_EXPORT int esauti_shipment_created_data_from_json(const char *json, size_t len, esauti_shipment_created_data **out,
                                                       apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_shipment_created_data_to_json(const esauti_shipment_created_data *obj, char **out,
                                                     apic_error *err);
/** Descriptor of esauti_shipment_created_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_shipment_created_data_desc;

/**
 * shipment_created_data.delivery_address
 * Where the parcel is going.
 */
struct esauti_shipment_created_data_delivery_address {
    /**
     * Name of the person receiving the parcel.
     * Required.
     * Personal data.
     */
    char *recipient_name;
    /**
     * Recipient's phone number for the rider.
     * Format: phone.
     * Required.
     * Personal data.
     */
    char *phone;
    /**
     * Street, building and house number.
     * Required.
     * Personal data.
     */
    char *line1;
    /**
     * Nearby landmark to help the rider find the address.
     * Personal data.
     */
    char *landmark;
    /**
     * City or town.
     * Required.
     */
    char *city;
    /** County, region or state. */
    char *region;
    /**
     * ISO 3166-1 alpha-2 country code.
     * Format: country.
     * Required.
     */
    char *country;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_shipment_created_data_delivery_address_free(esauti_shipment_created_data_delivery_address *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_shipment_created_data_delivery_address_free(). */
APIC_EXPORT int esauti_shipment_created_data_delivery_address_from_json(const char *json, size_t len,
                                                                        esauti_shipment_created_data_delivery_address **out,
                                                                        apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_shipment_created_data_delivery_address_to_json(const esauti_shipment_created_data_delivery_address *obj,
                                                                      char **out, apic_error *err);
/** Descriptor of esauti_shipment_created_data_delivery_address for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_shipment_created_data_delivery_address_desc;

/**
 * shipment_dispatched_data
 * The data of a `shipment.dispatched` event (version 1).
 */
struct esauti_shipment_dispatched_data {
    /**
     * The shipment's id in your system.
     * Required.
     */
    char *shipment_id;
    /**
     * The order shipped.
     * Required.
     */
    char *order_id;
    /**
     * The courier or delivery service.
     * Required.
     */
    char *carrier;
    /**
     * The carrier's tracking number.
     * Required.
     */
    char *tracking_number;
    /**
     * Link where the customer can track the parcel.
     * Format: uri.
     */
    char *tracking_url;
    /**
     * Date the parcel is expected to arrive.
     * Format: date.
     */
    char *estimated_delivery_date;
    bool has_package_count; /**< true when package_count is set */
    /**
     * Number of packages in the shipment.
     * Format: int32.
     */
    int32_t package_count;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_shipment_dispatched_data_free(esauti_shipment_dispatched_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_shipment_dispatched_data_free(). */
APIC_EXPORT int esauti_shipment_dispatched_data_from_json(const char *json, size_t len,
                                                          esauti_shipment_dispatched_data **out, apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_shipment_dispatched_data_to_json(const esauti_shipment_dispatched_data *obj, char **out,
                                                        apic_error *err);
/** Descriptor of esauti_shipment_dispatched_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_shipment_dispatched_data_desc;

/**
 * shipment_tracking_updated_data
 * The data of a `shipment.tracking_updated` event (version 1).
 */
struct esauti_shipment_tracking_updated_data {
    /**
     * The shipment's id in your system.
     * Required.
     */
    char *shipment_id;
    /** The carrier's tracking number. */
    char *tracking_number;
    /**
     * The carrier's status at this scan.
     * Required.
     */
    esauti_shipment_tracking_updated_data_status_val status;
    /** Where the parcel was scanned. */
    char *location;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_shipment_tracking_updated_data_free(esauti_shipment_tracking_updated_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_shipment_tracking_updated_data_free(). */
APIC_EXPORT int esauti_shipment_tracking_updated_data_from_json(const char *json, size_t len,
                                                                esauti_shipment_tracking_updated_data **out,
                                                                apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_shipment_tracking_updated_data_to_json(const esauti_shipment_tracking_updated_data *obj,
                                                              char **out, apic_error *err);
/** Descriptor of esauti_shipment_tracking_updated_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_shipment_tracking_updated_data_desc;

/**
 * shipment_delayed_data
 * The data of a `shipment.delayed` event (version 1).
 */
struct esauti_shipment_delayed_data {
    /**
     * The shipment's id in your system.
     * Required.
     */
    char *shipment_id;
    /** The order shipped. */
    char *order_id;
    /**
     * Why the parcel is late.
     * Required.
     */
    esauti_shipment_delayed_data_reason_val reason;
    /**
     * The delivery date announced before.
     * Format: date.
     */
    char *previous_estimated_date;
    /**
     * The new expected delivery date.
     * Format: date.
     * Required.
     */
    char *new_estimated_date;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_shipment_delayed_data_free(esauti_shipment_delayed_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_shipment_delayed_data_free(). */
APIC_EXPORT int esauti_shipment_delayed_data_from_json(const char *json, size_t len, esauti_shipment_delayed_data **out,
                                                       apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_shipment_delayed_data_to_json(const esauti_shipment_delayed_data *obj, char **out,
                                                     apic_error *err);
/** Descriptor of esauti_shipment_delayed_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_shipment_delayed_data_desc;

/**
 * shipment_arrived_at_pickup_point_data
 * The data of a `shipment.arrived_at_pickup_point` event (version 1).
 */
struct esauti_shipment_arrived_at_pickup_point_data {
    /**
     * The shipment's id in your system.
     * Required.
     */
    char *shipment_id;
    /** The order shipped. */
    char *order_id;
    /**
     * Where the parcel can be collected.
     * Required.
     */
    esauti_shipment_arrived_at_pickup_point_data_pickup_point *pickup_point;
    /**
     * Code the customer shows to collect the parcel.
     * Required.
     */
    char *pickup_code;
    /**
     * Last day to collect before the parcel is returned.
     * Format: date.
     * Required.
     */
    char *collect_by;
    bool has_cod_amount; /**< true when cod_amount is set */
    /**
     * Amount to pay on collection in minor units (0 if prepaid).
     * Format: int64.
     */
    int64_t cod_amount;
    /**
     * ISO 4217 code of the amount.
     * Format: currency.
     */
    char *currency;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_shipment_arrived_at_pickup_point_data_free(esauti_shipment_arrived_at_pickup_point_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_shipment_arrived_at_pickup_point_data_free(). */
APIC_EXPORT int esauti_shipment_arrived_at_pickup_point_data_from_json(const char *json, size_t len,
                                                                       esauti_shipment_arrived_at_pickup_point_data **out,
                                                                       apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_shipment_arrived_at_pickup_point_data_to_json(const esauti_shipment_arrived_at_pickup_point_data *obj,
                                                                     char **out, apic_error *err);
/** Descriptor of esauti_shipment_arrived_at_pickup_point_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_shipment_arrived_at_pickup_point_data_desc;

/**
 * shipment_arrived_at_pickup_point_data.pickup_point
 * Where the parcel can be collected.
 */
struct esauti_shipment_arrived_at_pickup_point_data_pickup_point {
    /**
     * The pickup point's id.
     * Required.
     */
    char *id;
    /**
     * The pickup point's display name.
     * Required.
     */
    char *name;
    /**
     * The pickup point's street address.
     * Required.
     */
    char *address;
    /** Opening hours as shown to customers. */
    char *opening_hours;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_shipment_arrived_at_pickup_point_data_pickup_point_free(esauti_shipment_arrived_at_pickup_point_data_pickup_point *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_shipment_arrived_at_pickup_point_data_pickup_point_free(). */
APIC_EXPORT int esauti_shipment_arrived_at_pickup_point_data_pickup_point_from_json(const char *json, size_t len,
                                                                                    esauti_shipment_arrived_at_pickup_point_data_pickup_point **out,
                                                                                    apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_shipment_arrived_at_pickup_point_data_pickup_point_to_json(const esauti_shipment_arrived_at_pickup_point_data_pickup_point *obj,
                                                                                  char **out, apic_error *err);
/** Descriptor of esauti_shipment_arrived_at_pickup_point_data_pickup_point for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_shipment_arrived_at_pickup_point_data_pickup_point_desc;

/**
 * shipment_delivery_failed_data
 * The data of a `shipment.delivery_failed` event (version 1).
 */
struct esauti_shipment_delivery_failed_data {
    /**
     * The shipment's id in your system.
     * Required.
     */
    char *shipment_id;
    /** The order shipped. */
    char *order_id;
    /**
     * Why the delivery failed.
     * Required.
     */
    esauti_shipment_delivery_failed_data_reason_val reason;
    /**
     * Which delivery attempt this was (1 for the first).
     * Format: int32.
     * Required.
     */
    int32_t attempt_number;
    /**
     * Date of the next attempt, if one is planned.
     * Format: date.
     */
    char *next_attempt_date;
    bool has_returning_to_sender; /**< true when returning_to_sender is set */
    /** Whether the parcel is now being returned to the merchant. */
    bool returning_to_sender;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_shipment_delivery_failed_data_free(esauti_shipment_delivery_failed_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_shipment_delivery_failed_data_free(). */
APIC_EXPORT int esauti_shipment_delivery_failed_data_from_json(const char *json, size_t len,
                                                               esauti_shipment_delivery_failed_data **out,
                                                               apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_shipment_delivery_failed_data_to_json(const esauti_shipment_delivery_failed_data *obj,
                                                             char **out, apic_error *err);
/** Descriptor of esauti_shipment_delivery_failed_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_shipment_delivery_failed_data_desc;

/**
 * shipment_delivered_data
 * The data of a `shipment.delivered` event (version 2).
 */
struct esauti_shipment_delivered_data {
    /**
     * The shipment's id in your system.
     * Required.
     */
    char *shipment_id;
    /**
     * The order delivered.
     * Required.
     */
    char *order_id;
    /**
     * Who or what received the parcel.
     * Required.
     */
    esauti_shipment_delivered_data_handed_over_to_val handed_over_to;
    /**
     * Name of the person who signed for the parcel.
     * Personal data.
     */
    char *received_by_name;
    /**
     * Link to the signature or photo taken at delivery.
     * Format: uri.
     */
    char *proof_of_delivery_url;
    bool has_delivered_late; /**< true when delivered_late is set */
    /** Whether it arrived after the first estimated delivery date. */
    bool delivered_late;
    bool has_cod_amount_collected; /**< true when cod_amount_collected is set */
    /**
     * Cash or mobile money collected on delivery in minor units (0 if prepaid).
     * Format: int64.
     */
    int64_t cod_amount_collected;
    /**
     * ISO 4217 code of the amount.
     * Format: currency.
     */
    char *currency;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_shipment_delivered_data_free(esauti_shipment_delivered_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_shipment_delivered_data_free(). */
APIC_EXPORT int esauti_shipment_delivered_data_from_json(const char *json, size_t len,
                                                         esauti_shipment_delivered_data **out, apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_shipment_delivered_data_to_json(const esauti_shipment_delivered_data *obj, char **out,
                                                       apic_error *err);
/** Descriptor of esauti_shipment_delivered_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_shipment_delivered_data_desc;

/**
 * return_requested_data
 * The data of a `return.requested` event (version 1).
 */
struct esauti_return_requested_data {
    /**
     * The return's id in your system.
     * Required.
     */
    char *return_id;
    /**
     * The order the items came from.
     * Required.
     */
    char *order_id;
    /**
     * The items to return.
     * Required.
     */
    esauti_return_requested_data_items_item_array items;
    bool has_return_method; /**< true when return_method is set */
    /** How the customer wants to send the items back. */
    esauti_return_requested_data_return_method_val return_method;
    /**
     * What the customer wants in exchange.
     * Required.
     */
    esauti_return_requested_data_preferred_resolution_val preferred_resolution;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_return_requested_data_free(esauti_return_requested_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_return_requested_data_free(). */
APIC_EXPORT int esauti_return_requested_data_from_json(const char *json, size_t len, esauti_return_requested_data **out,
                                                       apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_return_requested_data_to_json(const esauti_return_requested_data *obj, char **out,
                                                     apic_error *err);
/** Descriptor of esauti_return_requested_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_return_requested_data_desc;

/**
 * return_requested_data.items.item
 * A JSON object of the API, which the spec does not describe further: its members follow.
 */
struct esauti_return_requested_data_items_item {
    /**
     * Stock keeping unit.
     * Required.
     */
    char *sku;
    /**
     * Units to return.
     * Format: int32.
     * Required.
     */
    int32_t quantity;
    /**
     * Why the item is being returned.
     * Required.
     */
    esauti_return_requested_data_items_item_reason_val reason;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_return_requested_data_items_item_free(esauti_return_requested_data_items_item *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_return_requested_data_items_item_free(). */
APIC_EXPORT int esauti_return_requested_data_items_item_from_json(const char *json, size_t len,
                                                                  esauti_return_requested_data_items_item **out,
                                                                  apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_return_requested_data_items_item_to_json(const esauti_return_requested_data_items_item *obj,
                                                                char **out, apic_error *err);
/** Descriptor of esauti_return_requested_data_items_item for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_return_requested_data_items_item_desc;

/**
 * return_approved_data
 * The data of a `return.approved` event (version 1).
 */
struct esauti_return_approved_data {
    /**
     * The return's id in your system.
     * Required.
     */
    char *return_id;
    /**
     * The order the items came from.
     * Required.
     */
    char *order_id;
    /**
     * How the items will come back.
     * Required.
     */
    esauti_return_approved_data_return_method_val return_method;
    /**
     * Last day to send the items back.
     * Format: date.
     * Required.
     */
    char *return_by;
    /**
     * Link to the return label or return code.
     * Format: uri.
     */
    char *return_label_url;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_return_approved_data_free(esauti_return_approved_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_return_approved_data_free(). */
APIC_EXPORT int esauti_return_approved_data_from_json(const char *json, size_t len, esauti_return_approved_data **out,
                                                      apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_return_approved_data_to_json(const esauti_return_approved_data *obj, char **out,
                                                    apic_error *err);
/** Descriptor of esauti_return_approved_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_return_approved_data_desc;

/**
 * return_rejected_data
 * The data of a `return.rejected` event (version 1).
 */
struct esauti_return_rejected_data {
    /**
     * The return's id in your system.
     * Required.
     */
    char *return_id;
    /**
     * The order the items came from.
     * Required.
     */
    char *order_id;
    /**
     * Why the return was rejected.
     * Required.
     */
    esauti_return_rejected_data_reason_val reason;
    /** Explanation shown to the customer. */
    char *note;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_return_rejected_data_free(esauti_return_rejected_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_return_rejected_data_free(). */
APIC_EXPORT int esauti_return_rejected_data_from_json(const char *json, size_t len, esauti_return_rejected_data **out,
                                                      apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_return_rejected_data_to_json(const esauti_return_rejected_data *obj, char **out,
                                                    apic_error *err);
/** Descriptor of esauti_return_rejected_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_return_rejected_data_desc;

/**
 * return_received_data
 * The data of a `return.received` event (version 1).
 */
struct esauti_return_received_data {
    /**
     * The return's id in your system.
     * Required.
     */
    char *return_id;
    /**
     * The order the items came from.
     * Required.
     */
    char *order_id;
    /** The warehouse or store that received the items. */
    char *location_id;
    /**
     * The items received and their condition.
     * Required.
     */
    esauti_return_received_data_items_item_array items;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_return_received_data_free(esauti_return_received_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_return_received_data_free(). */
APIC_EXPORT int esauti_return_received_data_from_json(const char *json, size_t len, esauti_return_received_data **out,
                                                      apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_return_received_data_to_json(const esauti_return_received_data *obj, char **out,
                                                    apic_error *err);
/** Descriptor of esauti_return_received_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_return_received_data_desc;

/**
 * return_received_data.items.item
 * A JSON object of the API, which the spec does not describe further: its members follow.
 */
struct esauti_return_received_data_items_item {
    /**
     * Stock keeping unit.
     * Required.
     */
    char *sku;
    /**
     * Units received.
     * Format: int32.
     * Required.
     */
    int32_t quantity;
    /**
     * Condition found at inspection.
     * Required.
     */
    esauti_return_received_data_items_item_condition_val condition;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_return_received_data_items_item_free(esauti_return_received_data_items_item *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_return_received_data_items_item_free(). */
APIC_EXPORT int esauti_return_received_data_items_item_from_json(const char *json, size_t len,
                                                                 esauti_return_received_data_items_item **out,
                                                                 apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_return_received_data_items_item_to_json(const esauti_return_received_data_items_item *obj,
                                                               char **out, apic_error *err);
/** Descriptor of esauti_return_received_data_items_item for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_return_received_data_items_item_desc;

/**
 * return_completed_data
 * The data of a `return.completed` event (version 1).
 */
struct esauti_return_completed_data {
    /**
     * The return's id in your system.
     * Required.
     */
    char *return_id;
    /**
     * The order the items came from.
     * Required.
     */
    char *order_id;
    /**
     * How the return was settled.
     * Required.
     */
    esauti_return_completed_data_resolution_val resolution;
    /** The refund issued (refunds only). */
    char *refund_id;
    /** The replacement order (exchanges only). */
    char *exchange_order_id;
    bool has_credit_amount; /**< true when credit_amount is set */
    /**
     * Value refunded or credited in minor units (0 for exchanges).
     * Format: int64.
     */
    int64_t credit_amount;
    /**
     * ISO 4217 code of the amount.
     * Format: currency.
     */
    char *currency;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_return_completed_data_free(esauti_return_completed_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_return_completed_data_free(). */
APIC_EXPORT int esauti_return_completed_data_from_json(const char *json, size_t len, esauti_return_completed_data **out,
                                                       apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_return_completed_data_to_json(const esauti_return_completed_data *obj, char **out,
                                                     apic_error *err);
/** Descriptor of esauti_return_completed_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_return_completed_data_desc;

/**
 * coupon_issued_data
 * The data of a `coupon.issued` event (version 1).
 */
struct esauti_coupon_issued_data {
    /**
     * The coupon's id in your system.
     * Required.
     */
    char *coupon_id;
    /**
     * The code the customer enters at checkout.
     * Required.
     */
    char *code;
    /** The campaign that issued the coupon, if any. */
    char *campaign_id;
    /**
     * Kind of discount.
     * Required.
     */
    esauti_coupon_issued_data_discount_type_val discount_type;
    bool has_percent_off; /**< true when percent_off is set */
    /** Discount percentage (percentage coupons only). */
    double percent_off;
    bool has_amount_off; /**< true when amount_off is set */
    /**
     * Discount in minor units (fixed amount coupons only).
     * Format: int64.
     */
    int64_t amount_off;
    bool has_min_order_amount; /**< true when min_order_amount is set */
    /**
     * Smallest order total the coupon applies to in minor units.
     * Format: int64.
     */
    int64_t min_order_amount;
    /**
     * ISO 4217 code of the amounts.
     * Format: currency.
     */
    char *currency;
    /**
     * When the coupon stops being valid.
     * Format: date-time.
     * Required.
     */
    char *expires_at;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_coupon_issued_data_free(esauti_coupon_issued_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_coupon_issued_data_free(). */
APIC_EXPORT int esauti_coupon_issued_data_from_json(const char *json, size_t len, esauti_coupon_issued_data **out,
                                                    apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_coupon_issued_data_to_json(const esauti_coupon_issued_data *obj, char **out, apic_error *err);
/** Descriptor of esauti_coupon_issued_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_coupon_issued_data_desc;

/**
 * coupon_claimed_data
 * The data of a `coupon.claimed` event (version 1).
 */
struct esauti_coupon_claimed_data {
    /**
     * The coupon's id in your system.
     * Required.
     */
    char *coupon_id;
    /**
     * The code the customer enters at checkout.
     * Required.
     */
    char *code;
    /** The campaign behind the offer. */
    char *campaign_id;
    /**
     * Where the customer claimed the coupon.
     * Required.
     */
    esauti_coupon_claimed_data_source_val source;
    /**
     * The page the coupon was claimed on (web sources).
     * Format: uri.
     */
    char *landing_url;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_coupon_claimed_data_free(esauti_coupon_claimed_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_coupon_claimed_data_free(). */
APIC_EXPORT int esauti_coupon_claimed_data_from_json(const char *json, size_t len, esauti_coupon_claimed_data **out,
                                                     apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_coupon_claimed_data_to_json(const esauti_coupon_claimed_data *obj, char **out, apic_error *err);
/** Descriptor of esauti_coupon_claimed_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_coupon_claimed_data_desc;

/**
 * coupon_applied_data
 * The data of a `coupon.applied` event (version 1).
 */
struct esauti_coupon_applied_data {
    /**
     * The coupon's id in your system.
     * Required.
     */
    char *coupon_id;
    /**
     * The code that was applied.
     * Required.
     */
    char *code;
    /**
     * The cart it was applied to.
     * Required.
     */
    char *cart_id;
    /**
     * Discount the coupon gives on this cart in minor units.
     * Format: int64.
     * Required.
     */
    int64_t discount_amount;
    bool has_cart_total_amount; /**< true when cart_total_amount is set */
    /**
     * Cart total after the discount in minor units.
     * Format: int64.
     */
    int64_t cart_total_amount;
    /**
     * ISO 4217 code of the amounts.
     * Format: currency.
     * Required.
     */
    char *currency;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_coupon_applied_data_free(esauti_coupon_applied_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_coupon_applied_data_free(). */
APIC_EXPORT int esauti_coupon_applied_data_from_json(const char *json, size_t len, esauti_coupon_applied_data **out,
                                                     apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_coupon_applied_data_to_json(const esauti_coupon_applied_data *obj, char **out, apic_error *err);
/** Descriptor of esauti_coupon_applied_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_coupon_applied_data_desc;

/**
 * coupon_redeemed_data
 * The data of a `coupon.redeemed` event (version 1).
 */
struct esauti_coupon_redeemed_data {
    /**
     * The coupon's id in your system.
     * Required.
     */
    char *coupon_id;
    /**
     * The code that was redeemed.
     * Required.
     */
    char *code;
    /**
     * The order the coupon was used on.
     * Required.
     */
    char *order_id;
    /**
     * Discount given in minor units.
     * Format: int64.
     * Required.
     */
    int64_t discount_amount;
    bool has_order_total_amount; /**< true when order_total_amount is set */
    /**
     * Order total after the discount in minor units.
     * Format: int64.
     */
    int64_t order_total_amount;
    /**
     * ISO 4217 code of the amounts.
     * Format: currency.
     * Required.
     */
    char *currency;
    bool has_uses_remaining; /**< true when uses_remaining is set */
    /**
     * How many more times the customer can use the coupon.
     * Format: int32.
     */
    int32_t uses_remaining;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_coupon_redeemed_data_free(esauti_coupon_redeemed_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_coupon_redeemed_data_free(). */
APIC_EXPORT int esauti_coupon_redeemed_data_from_json(const char *json, size_t len, esauti_coupon_redeemed_data **out,
                                                      apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_coupon_redeemed_data_to_json(const esauti_coupon_redeemed_data *obj, char **out,
                                                    apic_error *err);
/** Descriptor of esauti_coupon_redeemed_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_coupon_redeemed_data_desc;

/**
 * coupon_redemption_rejected_data
 * The data of a `coupon.redemption_rejected` event (version 1).
 */
struct esauti_coupon_redemption_rejected_data {
    /**
     * The code as the customer entered it.
     * Required.
     */
    char *code;
    /**
     * Why the code was rejected.
     * Required.
     */
    esauti_coupon_redemption_rejected_data_reason_val reason;
    /** The cart the code was entered on. */
    char *cart_id;
    bool has_cart_total_amount; /**< true when cart_total_amount is set */
    /**
     * Cart total at the time in minor units.
     * Format: int64.
     */
    int64_t cart_total_amount;
    /**
     * ISO 4217 code of the amount.
     * Format: currency.
     */
    char *currency;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_coupon_redemption_rejected_data_free(esauti_coupon_redemption_rejected_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_coupon_redemption_rejected_data_free(). */
APIC_EXPORT int esauti_coupon_redemption_rejected_data_from_json(const char *json, size_t len,
                                                                 esauti_coupon_redemption_rejected_data **out,
                                                                 apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_coupon_redemption_rejected_data_to_json(const esauti_coupon_redemption_rejected_data *obj,
                                                               char **out, apic_error *err);
/** Descriptor of esauti_coupon_redemption_rejected_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_coupon_redemption_rejected_data_desc;

/**
 * coupon_expiry_reminder_sent_data
 * The data of a `coupon.expiry_reminder_sent` event (version 1).
 */
struct esauti_coupon_expiry_reminder_sent_data {
    /**
     * The coupon's id in your system.
     * Required.
     */
    char *coupon_id;
    /**
     * The coupon's code.
     * Required.
     */
    char *code;
    /**
     * When the coupon expires.
     * Format: date-time.
     * Required.
     */
    char *expires_at;
    /**
     * How the reminder was sent.
     * Required.
     */
    esauti_coupon_expiry_reminder_sent_data_channel_val channel;
    bool has_days_left; /**< true when days_left is set */
    /**
     * Whole days left before expiry.
     * Format: int32.
     */
    int32_t days_left;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_coupon_expiry_reminder_sent_data_free(esauti_coupon_expiry_reminder_sent_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_coupon_expiry_reminder_sent_data_free(). */
APIC_EXPORT int esauti_coupon_expiry_reminder_sent_data_from_json(const char *json, size_t len,
                                                                  esauti_coupon_expiry_reminder_sent_data **out,
                                                                  apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_coupon_expiry_reminder_sent_data_to_json(const esauti_coupon_expiry_reminder_sent_data *obj,
                                                                char **out, apic_error *err);
/** Descriptor of esauti_coupon_expiry_reminder_sent_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_coupon_expiry_reminder_sent_data_desc;

/**
 * coupon_expired_data
 * The data of a `coupon.expired` event (version 1).
 */
struct esauti_coupon_expired_data {
    /**
     * The coupon's id in your system.
     * Required.
     */
    char *coupon_id;
    /**
     * The coupon's code.
     * Required.
     */
    char *code;
    /** The campaign that issued it. */
    char *campaign_id;
    /**
     * How many times the customer used it before it expired.
     * Format: int32.
     * Required.
     */
    int32_t times_used;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_coupon_expired_data_free(esauti_coupon_expired_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_coupon_expired_data_free(). */
APIC_EXPORT int esauti_coupon_expired_data_from_json(const char *json, size_t len, esauti_coupon_expired_data **out,
                                                     apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_coupon_expired_data_to_json(const esauti_coupon_expired_data *obj, char **out, apic_error *err);
/** Descriptor of esauti_coupon_expired_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_coupon_expired_data_desc;

/**
 * coupon_revoked_data
 * The data of a `coupon.revoked` event (version 1).
 */
struct esauti_coupon_revoked_data {
    /**
     * The coupon's id in your system.
     * Required.
     */
    char *coupon_id;
    /**
     * The coupon's code.
     * Required.
     */
    char *code;
    /**
     * Why the coupon was revoked.
     * Required.
     */
    esauti_coupon_revoked_data_reason_val reason;
    /**
     * Who revoked it.
     * Required.
     */
    esauti_coupon_revoked_data_revoked_by_val revoked_by;
    /** Internal note about the revocation. */
    char *note;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_coupon_revoked_data_free(esauti_coupon_revoked_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_coupon_revoked_data_free(). */
APIC_EXPORT int esauti_coupon_revoked_data_from_json(const char *json, size_t len, esauti_coupon_revoked_data **out,
                                                     apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_coupon_revoked_data_to_json(const esauti_coupon_revoked_data *obj, char **out, apic_error *err);
/** Descriptor of esauti_coupon_revoked_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_coupon_revoked_data_desc;

/**
 * loyalty_enrolled_data
 * The data of a `loyalty.enrolled` event (version 1).
 */
struct esauti_loyalty_enrolled_data {
    /**
     * The customer's loyalty member id.
     * Required.
     */
    char *member_id;
    /**
     * The loyalty programme joined.
     * Required.
     */
    char *program_id;
    /**
     * Starting tier.
     * Required.
     */
    esauti_loyalty_enrolled_data_tier_val tier;
    /**
     * Where the customer enrolled.
     * Required.
     */
    esauti_loyalty_enrolled_data_channel_val channel;
    bool has_welcome_points; /**< true when welcome_points is set */
    /**
     * Points credited on joining (0 if none).
     * Format: int64.
     */
    int64_t welcome_points;
    /** The member who referred the customer, if any. */
    char *referred_by_member_id;
    /**
     * Birth date given for birthday rewards.
     * Format: date.
     * Personal data.
     */
    char *date_of_birth;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_loyalty_enrolled_data_free(esauti_loyalty_enrolled_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_loyalty_enrolled_data_free(). */
APIC_EXPORT int esauti_loyalty_enrolled_data_from_json(const char *json, size_t len, esauti_loyalty_enrolled_data **out,
                                                       apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_loyalty_enrolled_data_to_json(const esauti_loyalty_enrolled_data *obj, char **out,
                                                     apic_error *err);
/** Descriptor of esauti_loyalty_enrolled_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_loyalty_enrolled_data_desc;

/**
 * loyalty_points_earned_data
 * The data of a `loyalty.points_earned` event (version 1).
 */
struct esauti_loyalty_points_earned_data {
    /**
     * The customer's loyalty member id.
     * Required.
     */
    char *member_id;
    /**
     * Points credited.
     * Format: int64.
     * Required.
     */
    int64_t points;
    /**
     * Points balance after the credit.
     * Format: int64.
     * Required.
     */
    int64_t balance_after;
    /**
     * What earned the points.
     * Required.
     */
    esauti_loyalty_points_earned_data_source_val source;
    /** The order that earned them (purchases only). */
    char *order_id;
    /**
     * Date these points expire if unused.
     * Format: date.
     */
    char *expires_on;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_loyalty_points_earned_data_free(esauti_loyalty_points_earned_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_loyalty_points_earned_data_free(). */
APIC_EXPORT int esauti_loyalty_points_earned_data_from_json(const char *json, size_t len,
                                                            esauti_loyalty_points_earned_data **out, apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_loyalty_points_earned_data_to_json(const esauti_loyalty_points_earned_data *obj, char **out,
                                                          apic_error *err);
/** Descriptor of esauti_loyalty_points_earned_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_loyalty_points_earned_data_desc;

/**
 * loyalty_points_redeemed_data
 * The data of a `loyalty.points_redeemed` event (version 1).
 */
struct esauti_loyalty_points_redeemed_data {
    /**
     * The customer's loyalty member id.
     * Required.
     */
    char *member_id;
    /**
     * Points spent.
     * Format: int64.
     * Required.
     */
    int64_t points;
    /**
     * Points balance after redemption.
     * Format: int64.
     * Required.
     */
    int64_t balance_after;
    /**
     * The reward the points were exchanged for.
     * Required.
     */
    esauti_loyalty_points_redeemed_data_reward *reward;
    /** The order the reward was used on, if any. */
    char *order_id;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_loyalty_points_redeemed_data_free(esauti_loyalty_points_redeemed_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_loyalty_points_redeemed_data_free(). */
APIC_EXPORT int esauti_loyalty_points_redeemed_data_from_json(const char *json, size_t len,
                                                              esauti_loyalty_points_redeemed_data **out,
                                                              apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_loyalty_points_redeemed_data_to_json(const esauti_loyalty_points_redeemed_data *obj, char **out,
                                                            apic_error *err);
/** Descriptor of esauti_loyalty_points_redeemed_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_loyalty_points_redeemed_data_desc;

/**
 * loyalty_points_redeemed_data.reward
 * The reward the points were exchanged for.
 */
struct esauti_loyalty_points_redeemed_data_reward {
    /**
     * The reward's id.
     * Required.
     */
    char *id;
    /**
     * Kind of reward.
     * Required.
     */
    esauti_loyalty_points_redeemed_data_reward_kind_val kind;
    /** The reward as shown to the member. */
    char *title;
    bool has_value_amount; /**< true when value_amount is set */
    /**
     * Monetary value of the reward in minor units.
     * Format: int64.
     */
    int64_t value_amount;
    /**
     * ISO 4217 code of the value.
     * Format: currency.
     */
    char *currency;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_loyalty_points_redeemed_data_reward_free(esauti_loyalty_points_redeemed_data_reward *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_loyalty_points_redeemed_data_reward_free(). */
APIC_EXPORT int esauti_loyalty_points_redeemed_data_reward_from_json(const char *json, size_t len,
                                                                     esauti_loyalty_points_redeemed_data_reward **out,
                                                                     apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_loyalty_points_redeemed_data_reward_to_json(const esauti_loyalty_points_redeemed_data_reward *obj,
                                                                   char **out, apic_error *err);
/** Descriptor of esauti_loyalty_points_redeemed_data_reward for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_loyalty_points_redeemed_data_reward_desc;

/**
 * loyalty_points_expired_data
 * The data of a `loyalty.points_expired` event (version 1).
 */
struct esauti_loyalty_points_expired_data {
    /**
     * The customer's loyalty member id.
     * Required.
     */
    char *member_id;
    /**
     * Points that expired.
     * Format: int64.
     * Required.
     */
    int64_t points;
    /**
     * Points balance after the expiry.
     * Format: int64.
     * Required.
     */
    int64_t balance_after;
    /**
     * The expired points were earned before this date.
     * Format: date.
     */
    char *earned_before;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_loyalty_points_expired_data_free(esauti_loyalty_points_expired_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_loyalty_points_expired_data_free(). */
APIC_EXPORT int esauti_loyalty_points_expired_data_from_json(const char *json, size_t len,
                                                             esauti_loyalty_points_expired_data **out, apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_loyalty_points_expired_data_to_json(const esauti_loyalty_points_expired_data *obj, char **out,
                                                           apic_error *err);
/** Descriptor of esauti_loyalty_points_expired_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_loyalty_points_expired_data_desc;

/**
 * loyalty_tier_upgraded_data
 * The data of a `loyalty.tier_upgraded` event (version 1).
 */
struct esauti_loyalty_tier_upgraded_data {
    /**
     * The customer's loyalty member id.
     * Required.
     */
    char *member_id;
    /**
     * Tier before the upgrade.
     * Required.
     */
    esauti_loyalty_tier_upgraded_data_previous_tier_val previous_tier;
    /**
     * Tier after the upgrade.
     * Required.
     */
    esauti_loyalty_tier_upgraded_data_new_tier_val new_tier;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_loyalty_tier_upgraded_data_free(esauti_loyalty_tier_upgraded_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_loyalty_tier_upgraded_data_free(). */
APIC_EXPORT int esauti_loyalty_tier_upgraded_data_from_json(const char *json, size_t len,
                                                            esauti_loyalty_tier_upgraded_data **out, apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_loyalty_tier_upgraded_data_to_json(const esauti_loyalty_tier_upgraded_data *obj, char **out,
                                                          apic_error *err);
/** Descriptor of esauti_loyalty_tier_upgraded_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_loyalty_tier_upgraded_data_desc;

/**
 * loyalty_tier_changed_data
 * The data of a `loyalty.tier_changed` event (version 2).
 */
struct esauti_loyalty_tier_changed_data {
    /**
     * The customer's loyalty member id.
     * Required.
     */
    char *member_id;
    /**
     * Tier before the change.
     * Required.
     */
    esauti_loyalty_tier_changed_data_previous_tier_val previous_tier;
    /**
     * Tier after the change.
     * Required.
     */
    esauti_loyalty_tier_changed_data_new_tier_val new_tier;
    /**
     * Whether the member moved up or down.
     * Required.
     */
    esauti_loyalty_tier_changed_data_direction_val direction;
    bool has_reason; /**< true when reason is set */
    /** What caused the change. */
    esauti_loyalty_tier_changed_data_reason_val reason;
    bool has_qualifying_points; /**< true when qualifying_points is set */
    /**
     * Points counted towards the tier in the qualifying period.
     * Format: int64.
     */
    int64_t qualifying_points;
    /**
     * Date until which the new tier is held.
     * Format: date.
     */
    char *valid_until;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_loyalty_tier_changed_data_free(esauti_loyalty_tier_changed_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_loyalty_tier_changed_data_free(). */
APIC_EXPORT int esauti_loyalty_tier_changed_data_from_json(const char *json, size_t len,
                                                           esauti_loyalty_tier_changed_data **out, apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_loyalty_tier_changed_data_to_json(const esauti_loyalty_tier_changed_data *obj, char **out,
                                                         apic_error *err);
/** Descriptor of esauti_loyalty_tier_changed_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_loyalty_tier_changed_data_desc;

/**
 * wallet_opened_data
 * The data of a `wallet.opened` event (version 1).
 */
struct esauti_wallet_opened_data {
    /**
     * The wallet's id.
     * Required.
     */
    char *wallet_id;
    /**
     * ISO 4217 code the wallet holds.
     * Format: currency.
     * Required.
     */
    char *currency;
    /**
     * Identity verification level, which sets the wallet's limits.
     * Required.
     */
    esauti_wallet_opened_data_kyc_level_val kyc_level;
    bool has_welcome_credit_amount; /**< true when welcome_credit_amount is set */
    /**
     * Credit given on opening in minor units (0 if none).
     * Format: int64.
     */
    int64_t welcome_credit_amount;
    bool has_channel; /**< true when channel is set */
    /** Where the wallet was opened. */
    esauti_wallet_opened_data_channel_val channel;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_wallet_opened_data_free(esauti_wallet_opened_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_wallet_opened_data_free(). */
APIC_EXPORT int esauti_wallet_opened_data_from_json(const char *json, size_t len, esauti_wallet_opened_data **out,
                                                    apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_wallet_opened_data_to_json(const esauti_wallet_opened_data *obj, char **out, apic_error *err);
/** Descriptor of esauti_wallet_opened_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_wallet_opened_data_desc;

/**
 * wallet_topped_up_data
 * The data of a `wallet.topped_up` event (version 1).
 */
struct esauti_wallet_topped_up_data {
    /**
     * The wallet's id.
     * Required.
     */
    char *wallet_id;
    /**
     * The wallet transaction's id.
     * Required.
     */
    char *transaction_id;
    /**
     * Amount added in minor units.
     * Format: int64.
     * Required.
     */
    int64_t amount;
    /**
     * ISO 4217 code of the amounts.
     * Format: currency.
     * Required.
     */
    char *currency;
    /**
     * Wallet balance after the top-up in minor units.
     * Format: int64.
     * Required.
     */
    int64_t balance_after;
    /**
     * Where the money came from.
     * Required.
     */
    esauti_wallet_topped_up_data_source_val source;
    /** The payment provider's reference, for external sources. */
    char *provider_reference;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_wallet_topped_up_data_free(esauti_wallet_topped_up_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_wallet_topped_up_data_free(). */
APIC_EXPORT int esauti_wallet_topped_up_data_from_json(const char *json, size_t len, esauti_wallet_topped_up_data **out,
                                                       apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_wallet_topped_up_data_to_json(const esauti_wallet_topped_up_data *obj, char **out,
                                                     apic_error *err);
/** Descriptor of esauti_wallet_topped_up_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_wallet_topped_up_data_desc;

/**
 * wallet_top_up_failed_data
 * The data of a `wallet.top_up_failed` event (version 1).
 */
struct esauti_wallet_top_up_failed_data {
    /**
     * The wallet's id.
     * Required.
     */
    char *wallet_id;
    /**
     * Amount the customer tried to add in minor units.
     * Format: int64.
     * Required.
     */
    int64_t amount;
    /**
     * ISO 4217 code of the amount.
     * Format: currency.
     * Required.
     */
    char *currency;
    /**
     * Where the money was to come from.
     * Required.
     */
    esauti_wallet_top_up_failed_data_source_val source;
    /**
     * Why the top-up failed.
     * Required.
     */
    esauti_wallet_top_up_failed_data_failure_reason_val failure_reason;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_wallet_top_up_failed_data_free(esauti_wallet_top_up_failed_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_wallet_top_up_failed_data_free(). */
APIC_EXPORT int esauti_wallet_top_up_failed_data_from_json(const char *json, size_t len,
                                                           esauti_wallet_top_up_failed_data **out, apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_wallet_top_up_failed_data_to_json(const esauti_wallet_top_up_failed_data *obj, char **out,
                                                         apic_error *err);
/** Descriptor of esauti_wallet_top_up_failed_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_wallet_top_up_failed_data_desc;

/**
 * wallet_debited_data
 * The data of a `wallet.debited` event (version 1).
 */
struct esauti_wallet_debited_data {
    /**
     * The wallet's id.
     * Required.
     */
    char *wallet_id;
    /**
     * The wallet transaction's id.
     * Required.
     */
    char *transaction_id;
    /**
     * Amount debited in minor units.
     * Format: int64.
     * Required.
     */
    int64_t amount;
    /**
     * ISO 4217 code of the amounts.
     * Format: currency.
     * Required.
     */
    char *currency;
    /**
     * Wallet balance after the debit in minor units.
     * Format: int64.
     * Required.
     */
    int64_t balance_after;
    /**
     * What the money was used for.
     * Required.
     */
    esauti_wallet_debited_data_purpose_val purpose;
    /** The order, subscription or invoice paid, when there is one. */
    char *reference_id;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_wallet_debited_data_free(esauti_wallet_debited_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_wallet_debited_data_free(). */
APIC_EXPORT int esauti_wallet_debited_data_from_json(const char *json, size_t len, esauti_wallet_debited_data **out,
                                                     apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_wallet_debited_data_to_json(const esauti_wallet_debited_data *obj, char **out, apic_error *err);
/** Descriptor of esauti_wallet_debited_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_wallet_debited_data_desc;

/**
 * wallet_transfer_sent_data
 * The data of a `wallet.transfer_sent` event (version 1).
 */
struct esauti_wallet_transfer_sent_data {
    /**
     * The sender's wallet id.
     * Required.
     */
    char *wallet_id;
    /**
     * The transfer's id, shared with the matching wallet.transfer_received.
     * Required.
     */
    char *transfer_id;
    /**
     * Amount sent in minor units.
     * Format: int64.
     * Required.
     */
    int64_t amount;
    bool has_fee_amount; /**< true when fee_amount is set */
    /**
     * Fee charged to the sender in minor units.
     * Format: int64.
     */
    int64_t fee_amount;
    /**
     * ISO 4217 code of the amounts.
     * Format: currency.
     * Required.
     */
    char *currency;
    /**
     * Sender's balance after the transfer in minor units.
     * Format: int64.
     * Required.
     */
    int64_t balance_after;
    /**
     * Who received the money.
     * Required.
     */
    esauti_wallet_transfer_sent_data_recipient *recipient;
    /** Message the sender attached. */
    char *note;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_wallet_transfer_sent_data_free(esauti_wallet_transfer_sent_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_wallet_transfer_sent_data_free(). */
APIC_EXPORT int esauti_wallet_transfer_sent_data_from_json(const char *json, size_t len,
                                                           esauti_wallet_transfer_sent_data **out, apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_wallet_transfer_sent_data_to_json(const esauti_wallet_transfer_sent_data *obj, char **out,
                                                         apic_error *err);
/** Descriptor of esauti_wallet_transfer_sent_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_wallet_transfer_sent_data_desc;

/**
 * wallet_transfer_sent_data.recipient
 * Who received the money.
 */
struct esauti_wallet_transfer_sent_data_recipient {
    /**
     * The recipient's wallet id.
     * Required.
     */
    char *wallet_id;
    /**
     * The recipient's name as shown to the sender.
     * Personal data.
     */
    char *name;
    /**
     * The recipient's phone number.
     * Format: phone.
     * Personal data.
     */
    char *phone;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_wallet_transfer_sent_data_recipient_free(esauti_wallet_transfer_sent_data_recipient *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_wallet_transfer_sent_data_recipient_free(). */
APIC_EXPORT int esauti_wallet_transfer_sent_data_recipient_from_json(const char *json, size_t len,
                                                                     esauti_wallet_transfer_sent_data_recipient **out,
                                                                     apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_wallet_transfer_sent_data_recipient_to_json(const esauti_wallet_transfer_sent_data_recipient *obj,
                                                                   char **out, apic_error *err);
/** Descriptor of esauti_wallet_transfer_sent_data_recipient for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_wallet_transfer_sent_data_recipient_desc;

/**
 * wallet_transfer_received_data
 * The data of a `wallet.transfer_received` event (version 1).
 */
struct esauti_wallet_transfer_received_data {
    /**
     * The recipient's wallet id.
     * Required.
     */
    char *wallet_id;
    /**
     * The transfer's id, shared with the matching wallet.transfer_sent.
     * Required.
     */
    char *transfer_id;
    /**
     * Amount received in minor units.
     * Format: int64.
     * Required.
     */
    int64_t amount;
    /**
     * ISO 4217 code of the amounts.
     * Format: currency.
     * Required.
     */
    char *currency;
    /**
     * Recipient's balance after the transfer in minor units.
     * Format: int64.
     * Required.
     */
    int64_t balance_after;
    /**
     * Who sent the money.
     * Required.
     */
    esauti_wallet_transfer_received_data_sender *sender;
    /** Message the sender attached. */
    char *note;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_wallet_transfer_received_data_free(esauti_wallet_transfer_received_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_wallet_transfer_received_data_free(). */
APIC_EXPORT int esauti_wallet_transfer_received_data_from_json(const char *json, size_t len,
                                                               esauti_wallet_transfer_received_data **out,
                                                               apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_wallet_transfer_received_data_to_json(const esauti_wallet_transfer_received_data *obj,
                                                             char **out, apic_error *err);
/** Descriptor of esauti_wallet_transfer_received_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_wallet_transfer_received_data_desc;

/**
 * wallet_transfer_received_data.sender
 * Who sent the money.
 */
struct esauti_wallet_transfer_received_data_sender {
    /**
     * The sender's wallet id.
     * Required.
     */
    char *wallet_id;
    /**
     * The sender's name as shown to the recipient.
     * Personal data.
     */
    char *name;
    /**
     * The sender's phone number.
     * Format: phone.
     * Personal data.
     */
    char *phone;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_wallet_transfer_received_data_sender_free(esauti_wallet_transfer_received_data_sender *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_wallet_transfer_received_data_sender_free(). */
APIC_EXPORT int esauti_wallet_transfer_received_data_sender_from_json(const char *json, size_t len,
                                                                      esauti_wallet_transfer_received_data_sender **out,
                                                                      apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_wallet_transfer_received_data_sender_to_json(const esauti_wallet_transfer_received_data_sender *obj,
                                                                    char **out, apic_error *err);
/** Descriptor of esauti_wallet_transfer_received_data_sender for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_wallet_transfer_received_data_sender_desc;

/**
 * review_requested_data
 * The data of a `review.requested` event (version 1).
 */
struct esauti_review_requested_data {
    /**
     * The order the customer is asked to review.
     * Required.
     */
    char *order_id;
    /**
     * How the request was sent.
     * Required.
     */
    esauti_review_requested_data_channel_val channel;
    /**
     * Link to the review form.
     * Format: uri.
     * Required.
     */
    char *review_url;
    bool has_products; /**< true when products is set */
    /** The products the customer is asked to review. */
    esauti_review_requested_data_products_item_array products;
    bool has_request_number; /**< true when request_number is set */
    /**
     * Which request this is for the order (1 for the first, higher for follow-ups).
     * Format: int32.
     */
    int32_t request_number;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_review_requested_data_free(esauti_review_requested_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_review_requested_data_free(). */
APIC_EXPORT int esauti_review_requested_data_from_json(const char *json, size_t len, esauti_review_requested_data **out,
                                                       apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_review_requested_data_to_json(const esauti_review_requested_data *obj, char **out,
                                                     apic_error *err);
/** Descriptor of esauti_review_requested_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_review_requested_data_desc;

/**
 * review_requested_data.products.item
 * A JSON object of the API, which the spec does not describe further: its members follow.
 */
struct esauti_review_requested_data_products_item {
    /**
     * The product's id.
     * Required.
     */
    char *product_id;
    /** Product title. */
    char *title;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_review_requested_data_products_item_free(esauti_review_requested_data_products_item *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_review_requested_data_products_item_free(). */
APIC_EXPORT int esauti_review_requested_data_products_item_from_json(const char *json, size_t len,
                                                                     esauti_review_requested_data_products_item **out,
                                                                     apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_review_requested_data_products_item_to_json(const esauti_review_requested_data_products_item *obj,
                                                                   char **out, apic_error *err);
/** Descriptor of esauti_review_requested_data_products_item for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_review_requested_data_products_item_desc;

/**
 * review_submitted_data
 * The data of a `review.submitted` event (version 1).
 */
struct esauti_review_submitted_data {
    /**
     * The review's id.
     * Required.
     */
    char *review_id;
    /**
     * The product or service reviewed.
     * Required.
     */
    char *product_id;
    /** The order the product was bought in. */
    char *order_id;
    /**
     * Star rating from 1 to 5.
     * Format: int32.
     * Required.
     */
    int32_t rating;
    /** The review's headline. */
    char *title;
    /** The review text. */
    char *body;
    bool has_photo_urls; /**< true when photo_urls is set */
    /** Photos attached to the review. */
    apic_string_array photo_urls;
    bool has_verified_purchase; /**< true when verified_purchase is set */
    /** Whether the customer bought the product from the merchant. */
    bool verified_purchase;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_review_submitted_data_free(esauti_review_submitted_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_review_submitted_data_free(). */
APIC_EXPORT int esauti_review_submitted_data_from_json(const char *json, size_t len, esauti_review_submitted_data **out,
                                                       apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_review_submitted_data_to_json(const esauti_review_submitted_data *obj, char **out,
                                                     apic_error *err);
/** Descriptor of esauti_review_submitted_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_review_submitted_data_desc;

/**
 * review_published_data
 * The data of a `review.published` event (version 1).
 */
struct esauti_review_published_data {
    /**
     * The review's id.
     * Required.
     */
    char *review_id;
    /**
     * The product or service reviewed.
     * Required.
     */
    char *product_id;
    /**
     * Star rating from 1 to 5.
     * Format: int32.
     * Required.
     */
    int32_t rating;
    /**
     * How the review was approved.
     * Required.
     */
    esauti_review_published_data_moderation_val moderation;
    /**
     * Link to the published review.
     * Format: uri.
     */
    char *review_url;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_review_published_data_free(esauti_review_published_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_review_published_data_free(). */
APIC_EXPORT int esauti_review_published_data_from_json(const char *json, size_t len, esauti_review_published_data **out,
                                                       apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_review_published_data_to_json(const esauti_review_published_data *obj, char **out,
                                                     apic_error *err);
/** Descriptor of esauti_review_published_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_review_published_data_desc;

/**
 * review_rejected_data
 * The data of a `review.rejected` event (version 1).
 */
struct esauti_review_rejected_data {
    /**
     * The review's id.
     * Required.
     */
    char *review_id;
    /**
     * The product or service reviewed.
     * Required.
     */
    char *product_id;
    /**
     * Why the review was rejected.
     * Required.
     */
    esauti_review_rejected_data_reason_val reason;
    /** Explanation that may be shown to the customer. */
    char *note;
    bool has_can_resubmit; /**< true when can_resubmit is set */
    /** Whether the customer may edit and submit it again. */
    bool can_resubmit;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_review_rejected_data_free(esauti_review_rejected_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_review_rejected_data_free(). */
APIC_EXPORT int esauti_review_rejected_data_from_json(const char *json, size_t len, esauti_review_rejected_data **out,
                                                      apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_review_rejected_data_to_json(const esauti_review_rejected_data *obj, char **out,
                                                    apic_error *err);
/** Descriptor of esauti_review_rejected_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_review_rejected_data_desc;

/**
 * review_updated_data
 * The data of a `review.updated` event (version 1).
 */
struct esauti_review_updated_data {
    /**
     * The review's id.
     * Required.
     */
    char *review_id;
    /**
     * The product or service reviewed.
     * Required.
     */
    char *product_id;
    bool has_previous_rating; /**< true when previous_rating is set */
    /**
     * Star rating before the edit.
     * Format: int32.
     */
    int32_t previous_rating;
    /**
     * Star rating after the edit.
     * Format: int32.
     * Required.
     */
    int32_t rating;
    /**
     * What the customer changed.
     * Required.
     */
    esauti_review_updated_data_changed_fields_item_array changed_fields;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_review_updated_data_free(esauti_review_updated_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_review_updated_data_free(). */
APIC_EXPORT int esauti_review_updated_data_from_json(const char *json, size_t len, esauti_review_updated_data **out,
                                                     apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_review_updated_data_to_json(const esauti_review_updated_data *obj, char **out, apic_error *err);
/** Descriptor of esauti_review_updated_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_review_updated_data_desc;

/**
 * review_replied_data
 * The data of a `review.replied` event (version 1).
 */
struct esauti_review_replied_data {
    /**
     * The review replied to.
     * Required.
     */
    char *review_id;
    /**
     * The reply's id.
     * Required.
     */
    char *reply_id;
    /**
     * The reply text.
     * Required.
     */
    char *reply_body;
    /**
     * Who wrote the reply.
     * Required.
     */
    esauti_review_replied_data_replied_by_val replied_by;
    /**
     * Link to the review and its reply.
     * Format: uri.
     */
    char *review_url;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_review_replied_data_free(esauti_review_replied_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_review_replied_data_free(). */
APIC_EXPORT int esauti_review_replied_data_from_json(const char *json, size_t len, esauti_review_replied_data **out,
                                                     apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_review_replied_data_to_json(const esauti_review_replied_data *obj, char **out, apic_error *err);
/** Descriptor of esauti_review_replied_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_review_replied_data_desc;

/**
 * review_deleted_data
 * The data of a `review.deleted` event (version 1).
 */
struct esauti_review_deleted_data {
    /**
     * The review's id.
     * Required.
     */
    char *review_id;
    /**
     * The product or service reviewed.
     * Required.
     */
    char *product_id;
    /**
     * Who deleted the review.
     * Required.
     */
    esauti_review_deleted_data_deleted_by_val deleted_by;
    /** Why it was deleted, if a reason was given. */
    char *reason;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_review_deleted_data_free(esauti_review_deleted_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_review_deleted_data_free(). */
APIC_EXPORT int esauti_review_deleted_data_from_json(const char *json, size_t len, esauti_review_deleted_data **out,
                                                     apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_review_deleted_data_to_json(const esauti_review_deleted_data *obj, char **out, apic_error *err);
/** Descriptor of esauti_review_deleted_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_review_deleted_data_desc;

/**
 * ticket_created_data
 * The data of a `ticket.created` event (version 1).
 */
struct esauti_ticket_created_data {
    /**
     * The ticket's id in the helpdesk.
     * Required.
     */
    char *ticket_id;
    /**
     * Short summary of the request as entered by the customer.
     * Required.
     */
    char *subject;
    /**
     * Where the ticket was raised.
     * Required.
     */
    esauti_ticket_created_data_channel_val channel;
    /**
     * Initial priority of the ticket.
     * Required.
     */
    esauti_ticket_created_data_priority_val priority;
    bool has_category; /**< true when category is set */
    /** Topic the ticket was filed under. */
    esauti_ticket_created_data_category_val category;
    /** Id of the order the ticket is about if any. */
    char *order_id;
    bool has_tags; /**< true when tags is set */
    /** Free-form labels attached when the ticket was created. */
    apic_string_array tags;
    /**
     * When the ticket was opened (UTC).
     * Format: date-time.
     * Required.
     */
    char *created_at;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_ticket_created_data_free(esauti_ticket_created_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_ticket_created_data_free(). */
APIC_EXPORT int esauti_ticket_created_data_from_json(const char *json, size_t len, esauti_ticket_created_data **out,
                                                     apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_ticket_created_data_to_json(const esauti_ticket_created_data *obj, char **out, apic_error *err);
/** Descriptor of esauti_ticket_created_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_ticket_created_data_desc;

/**
 * ticket_assigned_data
 * The data of a `ticket.assigned` event (version 1).
 */
struct esauti_ticket_assigned_data {
    /**
     * The ticket's id in the helpdesk.
     * Required.
     */
    char *ticket_id;
    /**
     * Id of the agent now responsible for the ticket.
     * Required.
     */
    char *assignee_id;
    /**
     * Display name of the agent.
     * Personal data.
     */
    char *assignee_name;
    /** Team or queue the ticket was routed to. */
    char *team;
    /** Id of the agent who held the ticket before on a reassignment. */
    char *previous_assignee_id;
    bool has_assignment_method; /**< true when assignment_method is set */
    /** How the assignee was chosen. */
    esauti_ticket_assigned_data_assignment_method_val assignment_method;
    /**
     * When the assignment took effect (UTC).
     * Format: date-time.
     * Required.
     */
    char *assigned_at;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_ticket_assigned_data_free(esauti_ticket_assigned_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_ticket_assigned_data_free(). */
APIC_EXPORT int esauti_ticket_assigned_data_from_json(const char *json, size_t len, esauti_ticket_assigned_data **out,
                                                      apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_ticket_assigned_data_to_json(const esauti_ticket_assigned_data *obj, char **out,
                                                    apic_error *err);
/** Descriptor of esauti_ticket_assigned_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_ticket_assigned_data_desc;

/**
 * ticket_status_changed_data
 * The data of a `ticket.status_changed` event (version 1).
 */
struct esauti_ticket_status_changed_data {
    /**
     * The ticket's id in the helpdesk.
     * Required.
     */
    char *ticket_id;
    /**
     * Status before the change.
     * Required.
     */
    esauti_ticket_status_changed_data_from_status_val from_status;
    /**
     * Status after the change.
     * Required.
     */
    esauti_ticket_status_changed_data_to_status_val to_status;
    bool has_changed_by; /**< true when changed_by is set */
    /** Who or what made the change. */
    esauti_ticket_status_changed_data_changed_by_val changed_by;
    /** Id of the agent who made the change when changed_by is agent. */
    char *agent_id;
    /**
     * When the status changed (UTC).
     * Format: date-time.
     * Required.
     */
    char *changed_at;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_ticket_status_changed_data_free(esauti_ticket_status_changed_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_ticket_status_changed_data_free(). */
APIC_EXPORT int esauti_ticket_status_changed_data_from_json(const char *json, size_t len,
                                                            esauti_ticket_status_changed_data **out, apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_ticket_status_changed_data_to_json(const esauti_ticket_status_changed_data *obj, char **out,
                                                          apic_error *err);
/** Descriptor of esauti_ticket_status_changed_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_ticket_status_changed_data_desc;

/**
 * ticket_agent_replied_data
 * The data of a `ticket.agent_replied` event (version 1).
 */
struct esauti_ticket_agent_replied_data {
    /**
     * The ticket's id in the helpdesk.
     * Required.
     */
    char *ticket_id;
    /**
     * Id of the reply within the ticket thread.
     * Required.
     */
    char *message_id;
    /**
     * Id of the agent who replied.
     * Required.
     */
    char *agent_id;
    /**
     * Channel the reply was sent on.
     * Required.
     */
    esauti_ticket_agent_replied_data_channel_val channel;
    bool has_is_first_response; /**< true when is_first_response is set */
    /** True when this is the first agent reply on the ticket. */
    bool is_first_response;
    bool has_response_time_seconds; /**< true when response_time_seconds is set */
    /** Seconds since the customer's last message. */
    int64_t response_time_seconds;
    /**
     * When the reply was sent (UTC).
     * Format: date-time.
     * Required.
     */
    char *replied_at;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_ticket_agent_replied_data_free(esauti_ticket_agent_replied_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_ticket_agent_replied_data_free(). */
APIC_EXPORT int esauti_ticket_agent_replied_data_from_json(const char *json, size_t len,
                                                           esauti_ticket_agent_replied_data **out, apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_ticket_agent_replied_data_to_json(const esauti_ticket_agent_replied_data *obj, char **out,
                                                         apic_error *err);
/** Descriptor of esauti_ticket_agent_replied_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_ticket_agent_replied_data_desc;

/**
 * ticket_customer_replied_data
 * The data of a `ticket.customer_replied` event (version 1).
 */
struct esauti_ticket_customer_replied_data {
    /**
     * The ticket's id in the helpdesk.
     * Required.
     */
    char *ticket_id;
    /**
     * Id of the message within the ticket thread.
     * Required.
     */
    char *message_id;
    /**
     * Channel the customer wrote on.
     * Required.
     */
    esauti_ticket_customer_replied_data_channel_val channel;
    bool has_attachment_count; /**< true when attachment_count is set */
    /**
     * Number of files attached to the message.
     * Format: int32.
     */
    int32_t attachment_count;
    /**
     * When the message was received (UTC).
     * Format: date-time.
     * Required.
     */
    char *replied_at;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_ticket_customer_replied_data_free(esauti_ticket_customer_replied_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_ticket_customer_replied_data_free(). */
APIC_EXPORT int esauti_ticket_customer_replied_data_from_json(const char *json, size_t len,
                                                              esauti_ticket_customer_replied_data **out,
                                                              apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_ticket_customer_replied_data_to_json(const esauti_ticket_customer_replied_data *obj, char **out,
                                                            apic_error *err);
/** Descriptor of esauti_ticket_customer_replied_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_ticket_customer_replied_data_desc;

/**
 * ticket_escalated_data
 * The data of a `ticket.escalated` event (version 1).
 */
struct esauti_ticket_escalated_data {
    /**
     * The ticket's id in the helpdesk.
     * Required.
     */
    char *ticket_id;
    /**
     * Why the ticket was escalated.
     * Required.
     */
    esauti_ticket_escalated_data_reason_val reason;
    bool has_from_tier; /**< true when from_tier is set */
    /**
     * Support tier before escalation (1 is front line).
     * Format: int32.
     */
    int32_t from_tier;
    bool has_to_tier; /**< true when to_tier is set */
    /**
     * Support tier after escalation.
     * Format: int32.
     */
    int32_t to_tier;
    bool has_escalated_by; /**< true when escalated_by is set */
    /** Who escalated the ticket. */
    esauti_ticket_escalated_data_escalated_by_val escalated_by;
    /** Free-text reason given by the agent. */
    char *note;
    /**
     * When the ticket was escalated (UTC).
     * Format: date-time.
     * Required.
     */
    char *escalated_at;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_ticket_escalated_data_free(esauti_ticket_escalated_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_ticket_escalated_data_free(). */
APIC_EXPORT int esauti_ticket_escalated_data_from_json(const char *json, size_t len, esauti_ticket_escalated_data **out,
                                                       apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_ticket_escalated_data_to_json(const esauti_ticket_escalated_data *obj, char **out,
                                                     apic_error *err);
/** Descriptor of esauti_ticket_escalated_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_ticket_escalated_data_desc;

/**
 * ticket_sla_breached_data
 * The data of a `ticket.sla_breached` event (version 1).
 */
struct esauti_ticket_sla_breached_data {
    /**
     * The ticket's id in the helpdesk.
     * Required.
     */
    char *ticket_id;
    /** Id of the SLA policy that applied. */
    char *sla_policy_id;
    /**
     * Which target was missed.
     * Required.
     */
    esauti_ticket_sla_breached_data_sla_metric_val sla_metric;
    bool has_priority; /**< true when priority is set */
    /** Ticket priority when the target was missed. */
    esauti_ticket_sla_breached_data_priority_val priority;
    /**
     * When the target was due (UTC).
     * Format: date-time.
     * Required.
     */
    char *due_at;
    /**
     * When the breach was detected (UTC).
     * Format: date-time.
     * Required.
     */
    char *breached_at;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_ticket_sla_breached_data_free(esauti_ticket_sla_breached_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_ticket_sla_breached_data_free(). */
APIC_EXPORT int esauti_ticket_sla_breached_data_from_json(const char *json, size_t len,
                                                          esauti_ticket_sla_breached_data **out, apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_ticket_sla_breached_data_to_json(const esauti_ticket_sla_breached_data *obj, char **out,
                                                        apic_error *err);
/** Descriptor of esauti_ticket_sla_breached_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_ticket_sla_breached_data_desc;

/**
 * ticket_resolved_data
 * The data of a `ticket.resolved` event (version 2).
 */
struct esauti_ticket_resolved_data {
    /**
     * The ticket's id in the helpdesk.
     * Required.
     */
    char *ticket_id;
    /**
     * Outcome category of the ticket.
     * Required.
     */
    esauti_ticket_resolved_data_resolution_code_val resolution_code;
    /** Short summary written by the agent. */
    char *resolution_note;
    /** Id of the agent who solved the ticket. */
    char *resolved_by;
    bool has_reply_count; /**< true when reply_count is set */
    /**
     * Number of public replies on the ticket.
     * Format: int32.
     */
    int32_t reply_count;
    bool has_resolution_time_seconds; /**< true when resolution_time_seconds is set */
    /** Seconds from creation to resolution. */
    int64_t resolution_time_seconds;
    /**
     * When the ticket was solved (UTC).
     * Format: date-time.
     * Required.
     */
    char *resolved_at;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_ticket_resolved_data_free(esauti_ticket_resolved_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_ticket_resolved_data_free(). */
APIC_EXPORT int esauti_ticket_resolved_data_from_json(const char *json, size_t len, esauti_ticket_resolved_data **out,
                                                      apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_ticket_resolved_data_to_json(const esauti_ticket_resolved_data *obj, char **out,
                                                    apic_error *err);
/** Descriptor of esauti_ticket_resolved_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_ticket_resolved_data_desc;

/**
 * ticket_reopened_data
 * The data of a `ticket.reopened` event (version 1).
 */
struct esauti_ticket_reopened_data {
    /**
     * The ticket's id in the helpdesk.
     * Required.
     */
    char *ticket_id;
    /**
     * Who reopened the ticket.
     * Required.
     */
    esauti_ticket_reopened_data_reopened_by_val reopened_by;
    bool has_previous_status; /**< true when previous_status is set */
    /** Status the ticket had before reopening. */
    esauti_ticket_reopened_data_previous_status_val previous_status;
    bool has_reopen_count; /**< true when reopen_count is set */
    /**
     * How many times the ticket has been reopened including this one.
     * Format: int32.
     */
    int32_t reopen_count;
    /**
     * When the ticket was reopened (UTC).
     * Format: date-time.
     * Required.
     */
    char *reopened_at;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_ticket_reopened_data_free(esauti_ticket_reopened_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_ticket_reopened_data_free(). */
APIC_EXPORT int esauti_ticket_reopened_data_from_json(const char *json, size_t len, esauti_ticket_reopened_data **out,
                                                      apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_ticket_reopened_data_to_json(const esauti_ticket_reopened_data *obj, char **out,
                                                    apic_error *err);
/** Descriptor of esauti_ticket_reopened_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_ticket_reopened_data_desc;

/**
 * ticket_closed_data
 * The data of a `ticket.closed` event (version 1).
 */
struct esauti_ticket_closed_data {
    /**
     * The ticket's id in the helpdesk.
     * Required.
     */
    char *ticket_id;
    bool has_close_reason; /**< true when close_reason is set */
    /** Why the ticket was closed. */
    esauti_ticket_closed_data_close_reason_val close_reason;
    /** Id of the surviving ticket when close_reason is merged. */
    char *merged_into_ticket_id;
    /**
     * When the ticket was closed (UTC).
     * Format: date-time.
     * Required.
     */
    char *closed_at;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_ticket_closed_data_free(esauti_ticket_closed_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_ticket_closed_data_free(). */
APIC_EXPORT int esauti_ticket_closed_data_from_json(const char *json, size_t len, esauti_ticket_closed_data **out,
                                                    apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_ticket_closed_data_to_json(const esauti_ticket_closed_data *obj, char **out, apic_error *err);
/** Descriptor of esauti_ticket_closed_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_ticket_closed_data_desc;

/**
 * ticket_satisfaction_rated_data
 * The data of a `ticket.satisfaction_rated` event (version 1).
 */
struct esauti_ticket_satisfaction_rated_data {
    /**
     * The ticket's id in the helpdesk.
     * Required.
     */
    char *ticket_id;
    /**
     * The customer's verdict on the support received.
     * Required.
     */
    esauti_ticket_satisfaction_rated_data_rating_val rating;
    bool has_score; /**< true when score is set */
    /**
     * Score from 1 to 5 when a five-point scale is used.
     * Format: int32.
     */
    int32_t score;
    /**
     * Free-text comment left by the customer.
     * Personal data.
     */
    char *comment;
    /** Id of the agent who solved the ticket. */
    char *agent_id;
    /**
     * When the rating was submitted (UTC).
     * Format: date-time.
     * Required.
     */
    char *rated_at;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_ticket_satisfaction_rated_data_free(esauti_ticket_satisfaction_rated_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_ticket_satisfaction_rated_data_free(). */
APIC_EXPORT int esauti_ticket_satisfaction_rated_data_from_json(const char *json, size_t len,
                                                                esauti_ticket_satisfaction_rated_data **out,
                                                                apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_ticket_satisfaction_rated_data_to_json(const esauti_ticket_satisfaction_rated_data *obj,
                                                              char **out, apic_error *err);
/** Descriptor of esauti_ticket_satisfaction_rated_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_ticket_satisfaction_rated_data_desc;

/**
 * email_sent_data
 * The data of a `email.sent` event (version 1).
 */
struct esauti_email_sent_data {
    /**
     * eSauti id of the outbound message.
     * Required.
     */
    char *message_id;
    /** Campaign or journey that sent the email if any. */
    char *campaign_id;
    /** Id of the email template used. */
    char *template_id;
    /**
     * Subject line as sent after personalisation.
     * Required.
     */
    char *subject;
    /**
     * Whether the email is promotional or tied to an action of the customer.
     * Required.
     */
    esauti_email_sent_data_category_val category;
    /**
     * Sender address the email was sent from.
     * Format: email.
     */
    char *from_address;
    /**
     * When the provider accepted the email (UTC).
     * Format: date-time.
     * Required.
     */
    char *sent_at;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_email_sent_data_free(esauti_email_sent_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_email_sent_data_free(). */
APIC_EXPORT int esauti_email_sent_data_from_json(const char *json, size_t len, esauti_email_sent_data **out,
                                                 apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_email_sent_data_to_json(const esauti_email_sent_data *obj, char **out, apic_error *err);
/** Descriptor of esauti_email_sent_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_email_sent_data_desc;

/**
 * email_delivered_data
 * The data of a `email.delivered` event (version 1).
 */
struct esauti_email_delivered_data {
    /**
     * eSauti id of the outbound message.
     * Required.
     */
    char *message_id;
    /** Campaign or journey that sent the email if any. */
    char *campaign_id;
    /** Receiving mailbox provider as detected such as gmail or outlook. */
    char *mailbox_provider;
    bool has_delivery_seconds; /**< true when delivery_seconds is set */
    /**
     * Seconds between sending and delivery.
     * Format: int32.
     */
    int32_t delivery_seconds;
    /**
     * When the receiving server accepted the email (UTC).
     * Format: date-time.
     * Required.
     */
    char *delivered_at;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_email_delivered_data_free(esauti_email_delivered_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_email_delivered_data_free(). */
APIC_EXPORT int esauti_email_delivered_data_from_json(const char *json, size_t len, esauti_email_delivered_data **out,
                                                      apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_email_delivered_data_to_json(const esauti_email_delivered_data *obj, char **out,
                                                    apic_error *err);
/** Descriptor of esauti_email_delivered_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_email_delivered_data_desc;

/**
 * email_opened_data
 * The data of a `email.opened` event (version 2).
 */
struct esauti_email_opened_data {
    /**
     * eSauti id of the outbound message.
     * Required.
     */
    char *message_id;
    /** Campaign or journey that sent the email if any. */
    char *campaign_id;
    /**
     * True when the open was most likely made by a privacy proxy.
     * Required.
     */
    bool machine_open;
    bool has_open_count; /**< true when open_count is set */
    /**
     * How many times this email has been opened including this one.
     * Format: int32.
     */
    int32_t open_count;
    /** User agent of the client that loaded the pixel. */
    char *user_agent;
    /**
     * IP address that loaded the pixel.
     * Personal data.
     */
    char *ip_address;
    /**
     * When the email was opened (UTC).
     * Format: date-time.
     * Required.
     */
    char *opened_at;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_email_opened_data_free(esauti_email_opened_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_email_opened_data_free(). */
APIC_EXPORT int esauti_email_opened_data_from_json(const char *json, size_t len, esauti_email_opened_data **out,
                                                   apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_email_opened_data_to_json(const esauti_email_opened_data *obj, char **out, apic_error *err);
/** Descriptor of esauti_email_opened_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_email_opened_data_desc;

/**
 * email_clicked_data
 * The data of a `email.clicked` event (version 1).
 */
struct esauti_email_clicked_data {
    /**
     * eSauti id of the outbound message.
     * Required.
     */
    char *message_id;
    /** Campaign or journey that sent the email if any. */
    char *campaign_id;
    /**
     * Destination of the clicked link without tracking parameters.
     * Format: uri.
     * Required.
     */
    char *url;
    /** Name given to the link in the template. */
    char *link_label;
    /** User agent of the browser that followed the link. */
    char *user_agent;
    /**
     * IP address the click came from.
     * Personal data.
     */
    char *ip_address;
    /**
     * When the link was clicked (UTC).
     * Format: date-time.
     * Required.
     */
    char *clicked_at;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_email_clicked_data_free(esauti_email_clicked_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_email_clicked_data_free(). */
APIC_EXPORT int esauti_email_clicked_data_from_json(const char *json, size_t len, esauti_email_clicked_data **out,
                                                    apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_email_clicked_data_to_json(const esauti_email_clicked_data *obj, char **out, apic_error *err);
/** Descriptor of esauti_email_clicked_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_email_clicked_data_desc;

/**
 * email_bounced_data
 * The data of a `email.bounced` event (version 1).
 */
struct esauti_email_bounced_data {
    /**
     * eSauti id of the outbound message.
     * Required.
     */
    char *message_id;
    /** Campaign or journey that sent the email if any. */
    char *campaign_id;
    /**
     * Permanent failure or temporary failure or rejection by policy.
     * Required.
     */
    esauti_email_bounced_data_bounce_type_val bounce_type;
    bool has_reason; /**< true when reason is set */
    /** Normalised bounce reason. */
    esauti_email_bounced_data_reason_val reason;
    /** SMTP status code returned by the server such as 5.1.1. */
    char *smtp_code;
    bool has_address_suppressed; /**< true when address_suppressed is set */
    /** True when the address was added to the suppression list. */
    bool address_suppressed;
    /**
     * When the bounce was received (UTC).
     * Format: date-time.
     * Required.
     */
    char *bounced_at;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_email_bounced_data_free(esauti_email_bounced_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_email_bounced_data_free(). */
APIC_EXPORT int esauti_email_bounced_data_from_json(const char *json, size_t len, esauti_email_bounced_data **out,
                                                    apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_email_bounced_data_to_json(const esauti_email_bounced_data *obj, char **out, apic_error *err);
/** Descriptor of esauti_email_bounced_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_email_bounced_data_desc;

/**
 * sms_sent_data
 * The data of a `sms.sent` event (version 1).
 */
struct esauti_sms_sent_data {
    /**
     * eSauti id of the outbound message.
     * Required.
     */
    char *message_id;
    /** Campaign or journey that sent the SMS if any. */
    char *campaign_id;
    /**
     * Alphanumeric sender id or short code shown to the customer.
     * Required.
     */
    char *sender_id;
    /**
     * Number of SMS parts the text was split into.
     * Format: int32.
     * Required.
     */
    int32_t segments;
    /**
     * Whether the SMS is promotional or tied to an action of the customer.
     * Required.
     */
    esauti_sms_sent_data_category_val category;
    bool has_cost_amount; /**< true when cost_amount is set */
    /**
     * Sending cost in minor units.
     * Format: int64.
     */
    int64_t cost_amount;
    /**
     * ISO 4217 code of cost_amount.
     * Format: currency.
     */
    char *currency;
    /**
     * When the operator accepted the SMS (UTC).
     * Format: date-time.
     * Required.
     */
    char *sent_at;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_sms_sent_data_free(esauti_sms_sent_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_sms_sent_data_free(). */
APIC_EXPORT int esauti_sms_sent_data_from_json(const char *json, size_t len, esauti_sms_sent_data **out,
                                               apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_sms_sent_data_to_json(const esauti_sms_sent_data *obj, char **out, apic_error *err);
/** Descriptor of esauti_sms_sent_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_sms_sent_data_desc;

/**
 * sms_delivered_data
 * The data of a `sms.delivered` event (version 1).
 */
struct esauti_sms_delivered_data {
    /**
     * eSauti id of the outbound message.
     * Required.
     */
    char *message_id;
    /** Campaign or journey that sent the SMS if any. */
    char *campaign_id;
    /** Mobile network that delivered the SMS as reported by the aggregator. */
    char *network;
    /**
     * Country of the destination number.
     * Format: country.
     */
    char *country;
    /**
     * When the handset received the SMS (UTC).
     * Format: date-time.
     * Required.
     */
    char *delivered_at;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_sms_delivered_data_free(esauti_sms_delivered_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_sms_delivered_data_free(). */
APIC_EXPORT int esauti_sms_delivered_data_from_json(const char *json, size_t len, esauti_sms_delivered_data **out,
                                                    apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_sms_delivered_data_to_json(const esauti_sms_delivered_data *obj, char **out, apic_error *err);
/** Descriptor of esauti_sms_delivered_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_sms_delivered_data_desc;

/**
 * sms_failed_data
 * The data of a `sms.failed` event (version 1).
 */
struct esauti_sms_failed_data {
    /**
     * eSauti id of the outbound message.
     * Required.
     */
    char *message_id;
    /** Campaign or journey that sent the SMS if any. */
    char *campaign_id;
    /**
     * Normalised failure reason.
     * Required.
     */
    esauti_sms_failed_data_reason_val reason;
    /** Raw status code from the operator or aggregator. */
    char *operator_code;
    bool has_permanent; /**< true when permanent is set */
    /** True when retrying the same number will not succeed. */
    bool permanent;
    /**
     * When the failure was reported (UTC).
     * Format: date-time.
     * Required.
     */
    char *failed_at;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_sms_failed_data_free(esauti_sms_failed_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_sms_failed_data_free(). */
APIC_EXPORT int esauti_sms_failed_data_from_json(const char *json, size_t len, esauti_sms_failed_data **out,
                                                 apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_sms_failed_data_to_json(const esauti_sms_failed_data *obj, char **out, apic_error *err);
/** Descriptor of esauti_sms_failed_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_sms_failed_data_desc;

/**
 * sms_clicked_data
 * The data of a `sms.clicked` event (version 1).
 */
struct esauti_sms_clicked_data {
    /**
     * eSauti id of the outbound message.
     * Required.
     */
    char *message_id;
    /** Campaign or journey that sent the SMS if any. */
    char *campaign_id;
    /**
     * Destination of the shortened link.
     * Format: uri.
     * Required.
     */
    char *url;
    /**
     * The short link as it appeared in the SMS.
     * Format: uri.
     */
    char *short_url;
    /** User agent of the browser that opened the link. */
    char *user_agent;
    /**
     * When the link was opened (UTC).
     * Format: date-time.
     * Required.
     */
    char *clicked_at;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_sms_clicked_data_free(esauti_sms_clicked_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_sms_clicked_data_free(). */
APIC_EXPORT int esauti_sms_clicked_data_from_json(const char *json, size_t len, esauti_sms_clicked_data **out,
                                                  apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_sms_clicked_data_to_json(const esauti_sms_clicked_data *obj, char **out, apic_error *err);
/** Descriptor of esauti_sms_clicked_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_sms_clicked_data_desc;

/**
 * sms_opted_out_data
 * The data of a `sms.opted_out` event (version 1).
 */
struct esauti_sms_opted_out_data {
    /**
     * eSauti id of the SMS the customer replied to.
     * Required.
     */
    char *message_id;
    /** Campaign or journey that sent the SMS if any. */
    char *campaign_id;
    /**
     * Opt-out keyword the customer sent in upper case.
     * Required.
     */
    char *keyword;
    /** Short code or sender id the reply was sent to. */
    char *short_code;
    /**
     * When the opt-out was received (UTC).
     * Format: date-time.
     * Required.
     */
    char *opted_out_at;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_sms_opted_out_data_free(esauti_sms_opted_out_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_sms_opted_out_data_free(). */
APIC_EXPORT int esauti_sms_opted_out_data_from_json(const char *json, size_t len, esauti_sms_opted_out_data **out,
                                                    apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_sms_opted_out_data_to_json(const esauti_sms_opted_out_data *obj, char **out, apic_error *err);
/** Descriptor of esauti_sms_opted_out_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_sms_opted_out_data_desc;

/**
 * whatsapp_sent_data
 * The data of a `whatsapp.sent` event (version 1).
 */
struct esauti_whatsapp_sent_data {
    /**
     * eSauti id of the outbound message.
     * Required.
     */
    char *message_id;
    /** Message id assigned by WhatsApp. */
    char *wa_message_id;
    /** Campaign or journey that sent the message if any. */
    char *campaign_id;
    /**
     * Kind of WhatsApp message sent.
     * Required.
     */
    esauti_whatsapp_sent_data_message_type_val message_type;
    /** Approved template name when message_type is template. */
    char *template_name;
    /**
     * WhatsApp pricing category of the conversation.
     * Required.
     */
    esauti_whatsapp_sent_data_conversation_category_val conversation_category;
    /**
     * When WhatsApp accepted the message (UTC).
     * Format: date-time.
     * Required.
     */
    char *sent_at;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_whatsapp_sent_data_free(esauti_whatsapp_sent_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_whatsapp_sent_data_free(). */
APIC_EXPORT int esauti_whatsapp_sent_data_from_json(const char *json, size_t len, esauti_whatsapp_sent_data **out,
                                                    apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_whatsapp_sent_data_to_json(const esauti_whatsapp_sent_data *obj, char **out, apic_error *err);
/** Descriptor of esauti_whatsapp_sent_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_whatsapp_sent_data_desc;

/**
 * whatsapp_delivered_data
 * The data of a `whatsapp.delivered` event (version 1).
 */
struct esauti_whatsapp_delivered_data {
    /**
     * eSauti id of the outbound message.
     * Required.
     */
    char *message_id;
    /** Message id assigned by WhatsApp. */
    char *wa_message_id;
    /** Campaign or journey that sent the message if any. */
    char *campaign_id;
    /**
     * When the device received the message (UTC).
     * Format: date-time.
     * Required.
     */
    char *delivered_at;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_whatsapp_delivered_data_free(esauti_whatsapp_delivered_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_whatsapp_delivered_data_free(). */
APIC_EXPORT int esauti_whatsapp_delivered_data_from_json(const char *json, size_t len,
                                                         esauti_whatsapp_delivered_data **out, apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_whatsapp_delivered_data_to_json(const esauti_whatsapp_delivered_data *obj, char **out,
                                                       apic_error *err);
/** Descriptor of esauti_whatsapp_delivered_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_whatsapp_delivered_data_desc;

/**
 * whatsapp_read_data
 * The data of a `whatsapp.read` event (version 1).
 */
struct esauti_whatsapp_read_data {
    /**
     * eSauti id of the outbound message.
     * Required.
     */
    char *message_id;
    /** Message id assigned by WhatsApp. */
    char *wa_message_id;
    /** Campaign or journey that sent the message if any. */
    char *campaign_id;
    /**
     * When the message was read (UTC).
     * Format: date-time.
     * Required.
     */
    char *read_at;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_whatsapp_read_data_free(esauti_whatsapp_read_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_whatsapp_read_data_free(). */
APIC_EXPORT int esauti_whatsapp_read_data_from_json(const char *json, size_t len, esauti_whatsapp_read_data **out,
                                                    apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_whatsapp_read_data_to_json(const esauti_whatsapp_read_data *obj, char **out, apic_error *err);
/** Descriptor of esauti_whatsapp_read_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_whatsapp_read_data_desc;

/**
 * whatsapp_clicked_data
 * The data of a `whatsapp.clicked` event (version 1).
 */
struct esauti_whatsapp_clicked_data {
    /**
     * eSauti id of the outbound message.
     * Required.
     */
    char *message_id;
    /** Campaign or journey that sent the message if any. */
    char *campaign_id;
    /**
     * What the customer tapped.
     * Required.
     */
    esauti_whatsapp_clicked_data_click_type_val click_type;
    /** Label of the tapped button. */
    char *button_text;
    /**
     * Destination for URL buttons and links.
     * Format: uri.
     */
    char *url;
    /**
     * When the customer tapped (UTC).
     * Format: date-time.
     * Required.
     */
    char *clicked_at;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_whatsapp_clicked_data_free(esauti_whatsapp_clicked_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_whatsapp_clicked_data_free(). */
APIC_EXPORT int esauti_whatsapp_clicked_data_from_json(const char *json, size_t len, esauti_whatsapp_clicked_data **out,
                                                       apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_whatsapp_clicked_data_to_json(const esauti_whatsapp_clicked_data *obj, char **out,
                                                     apic_error *err);
/** Descriptor of esauti_whatsapp_clicked_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_whatsapp_clicked_data_desc;

/**
 * whatsapp_failed_data
 * The data of a `whatsapp.failed` event (version 1).
 */
struct esauti_whatsapp_failed_data {
    /**
     * eSauti id of the outbound message.
     * Required.
     */
    char *message_id;
    /** Campaign or journey that sent the message if any. */
    char *campaign_id;
    /**
     * Normalised failure reason.
     * Required.
     */
    esauti_whatsapp_failed_data_reason_val reason;
    /** Error code returned by the WhatsApp Business Platform. */
    char *error_code;
    /**
     * When the failure was reported (UTC).
     * Format: date-time.
     * Required.
     */
    char *failed_at;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_whatsapp_failed_data_free(esauti_whatsapp_failed_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_whatsapp_failed_data_free(). */
APIC_EXPORT int esauti_whatsapp_failed_data_from_json(const char *json, size_t len, esauti_whatsapp_failed_data **out,
                                                      apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_whatsapp_failed_data_to_json(const esauti_whatsapp_failed_data *obj, char **out,
                                                    apic_error *err);
/** Descriptor of esauti_whatsapp_failed_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_whatsapp_failed_data_desc;

/**
 * push_sent_data
 * The data of a `push.sent` event (version 1).
 */
struct esauti_push_sent_data {
    /**
     * eSauti id of the outbound message.
     * Required.
     */
    char *message_id;
    /** Campaign or journey that sent the notification if any. */
    char *campaign_id;
    /**
     * eSauti id of the registered device.
     * Required.
     */
    char *device_id;
    /**
     * Platform of the target device.
     * Required.
     */
    esauti_push_sent_data_platform_val platform;
    /** Notification title as sent. */
    char *title;
    /**
     * Link opened in the app when the notification is tapped.
     * Format: uri.
     */
    char *deep_link;
    /**
     * When the push service accepted the notification (UTC).
     * Format: date-time.
     * Required.
     */
    char *sent_at;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_push_sent_data_free(esauti_push_sent_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_push_sent_data_free(). */
APIC_EXPORT int esauti_push_sent_data_from_json(const char *json, size_t len, esauti_push_sent_data **out,
                                                apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_push_sent_data_to_json(const esauti_push_sent_data *obj, char **out, apic_error *err);
/** Descriptor of esauti_push_sent_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_push_sent_data_desc;

/**
 * push_delivered_data
 * The data of a `push.delivered` event (version 1).
 */
struct esauti_push_delivered_data {
    /**
     * eSauti id of the outbound message.
     * Required.
     */
    char *message_id;
    /** Campaign or journey that sent the notification if any. */
    char *campaign_id;
    /**
     * eSauti id of the registered device.
     * Required.
     */
    char *device_id;
    bool has_platform; /**< true when platform is set */
    /** Platform of the device. */
    esauti_push_delivered_data_platform_val platform;
    /**
     * When the device received the notification (UTC).
     * Format: date-time.
     * Required.
     */
    char *delivered_at;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_push_delivered_data_free(esauti_push_delivered_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_push_delivered_data_free(). */
APIC_EXPORT int esauti_push_delivered_data_from_json(const char *json, size_t len, esauti_push_delivered_data **out,
                                                     apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_push_delivered_data_to_json(const esauti_push_delivered_data *obj, char **out, apic_error *err);
/** Descriptor of esauti_push_delivered_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_push_delivered_data_desc;

/**
 * push_opened_data
 * The data of a `push.opened` event (version 1).
 */
struct esauti_push_opened_data {
    /**
     * eSauti id of the outbound message.
     * Required.
     */
    char *message_id;
    /** Campaign or journey that sent the notification if any. */
    char *campaign_id;
    /**
     * eSauti id of the registered device.
     * Required.
     */
    char *device_id;
    bool has_platform; /**< true when platform is set */
    /** Platform of the device. */
    esauti_push_opened_data_platform_val platform;
    /** Id of the action button tapped if not the notification body. */
    char *action_id;
    /**
     * When the notification was tapped (UTC).
     * Format: date-time.
     * Required.
     */
    char *opened_at;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_push_opened_data_free(esauti_push_opened_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_push_opened_data_free(). */
APIC_EXPORT int esauti_push_opened_data_from_json(const char *json, size_t len, esauti_push_opened_data **out,
                                                  apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_push_opened_data_to_json(const esauti_push_opened_data *obj, char **out, apic_error *err);
/** Descriptor of esauti_push_opened_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_push_opened_data_desc;

/**
 * push_dismissed_data
 * The data of a `push.dismissed` event (version 1).
 */
struct esauti_push_dismissed_data {
    /**
     * eSauti id of the outbound message.
     * Required.
     */
    char *message_id;
    /** Campaign or journey that sent the notification if any. */
    char *campaign_id;
    /**
     * eSauti id of the registered device.
     * Required.
     */
    char *device_id;
    bool has_platform; /**< true when platform is set */
    /** Platform of the device. */
    esauti_push_dismissed_data_platform_val platform;
    /**
     * When the notification was dismissed (UTC).
     * Format: date-time.
     * Required.
     */
    char *dismissed_at;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_push_dismissed_data_free(esauti_push_dismissed_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_push_dismissed_data_free(). */
APIC_EXPORT int esauti_push_dismissed_data_from_json(const char *json, size_t len, esauti_push_dismissed_data **out,
                                                     apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_push_dismissed_data_to_json(const esauti_push_dismissed_data *obj, char **out, apic_error *err);
/** Descriptor of esauti_push_dismissed_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_push_dismissed_data_desc;

/**
 * push_failed_data
 * The data of a `push.failed` event (version 1).
 */
struct esauti_push_failed_data {
    /**
     * eSauti id of the outbound message.
     * Required.
     */
    char *message_id;
    /** Campaign or journey that sent the notification if any. */
    char *campaign_id;
    /**
     * eSauti id of the registered device.
     * Required.
     */
    char *device_id;
    bool has_platform; /**< true when platform is set */
    /** Platform of the device. */
    esauti_push_failed_data_platform_val platform;
    /**
     * Normalised failure reason.
     * Required.
     */
    esauti_push_failed_data_reason_val reason;
    bool has_device_disabled; /**< true when device_disabled is set */
    /** True when the device was disabled after this failure. */
    bool device_disabled;
    /**
     * When the failure was reported (UTC).
     * Format: date-time.
     * Required.
     */
    char *failed_at;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_push_failed_data_free(esauti_push_failed_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_push_failed_data_free(). */
APIC_EXPORT int esauti_push_failed_data_from_json(const char *json, size_t len, esauti_push_failed_data **out,
                                                  apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_push_failed_data_to_json(const esauti_push_failed_data *obj, char **out, apic_error *err);
/** Descriptor of esauti_push_failed_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_push_failed_data_desc;

/**
 * campaign_entered_data
 * The data of a `campaign.entered` event (version 1).
 */
struct esauti_campaign_entered_data {
    /**
     * eSauti id of the campaign.
     * Required.
     */
    char *campaign_id;
    /** Name of the campaign at the time of entry. */
    char *campaign_name;
    /**
     * Kind of campaign.
     * Required.
     */
    esauti_campaign_entered_data_campaign_type_val campaign_type;
    /**
     * How the customer came into the campaign.
     * Required.
     */
    esauti_campaign_entered_data_entry_source_val entry_source;
    /** Event type that triggered entry when entry_source is trigger_event. */
    char *trigger_event;
    /** Audience segment the customer matched when entry_source is segment. */
    char *segment_id;
    /**
     * When the customer entered (UTC).
     * Format: date-time.
     * Required.
     */
    char *entered_at;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_campaign_entered_data_free(esauti_campaign_entered_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_campaign_entered_data_free(). */
APIC_EXPORT int esauti_campaign_entered_data_from_json(const char *json, size_t len, esauti_campaign_entered_data **out,
                                                       apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_campaign_entered_data_to_json(const esauti_campaign_entered_data *obj, char **out,
                                                     apic_error *err);
/** Descriptor of esauti_campaign_entered_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_campaign_entered_data_desc;

/**
 * campaign_variant_assigned_data
 * The data of a `campaign.variant_assigned` event (version 1).
 */
struct esauti_campaign_variant_assigned_data {
    /**
     * eSauti id of the campaign.
     * Required.
     */
    char *campaign_id;
    /**
     * Id of the A/B test within the campaign.
     * Required.
     */
    char *experiment_id;
    /**
     * Key of the assigned variant such as A or B.
     * Required.
     */
    char *variant;
    /**
     * True when the customer is held out and receives nothing.
     * Required.
     */
    bool is_control;
    bool has_split_percent; /**< true when split_percent is set */
    /** Share of the audience allocated to this variant in percent. */
    double split_percent;
    /**
     * When the assignment was made (UTC).
     * Format: date-time.
     * Required.
     */
    char *assigned_at;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_campaign_variant_assigned_data_free(esauti_campaign_variant_assigned_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_campaign_variant_assigned_data_free(). */
APIC_EXPORT int esauti_campaign_variant_assigned_data_from_json(const char *json, size_t len,
                                                                esauti_campaign_variant_assigned_data **out,
                                                                apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_campaign_variant_assigned_data_to_json(const esauti_campaign_variant_assigned_data *obj,
                                                              char **out, apic_error *err);
/** Descriptor of esauti_campaign_variant_assigned_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_campaign_variant_assigned_data_desc;

/**
 * campaign_step_completed_data
 * The data of a `campaign.step_completed` event (version 1).
 */
struct esauti_campaign_step_completed_data {
    /**
     * eSauti id of the campaign.
     * Required.
     */
    char *campaign_id;
    /**
     * Id of the step within the journey.
     * Required.
     */
    char *step_id;
    /**
     * Kind of step.
     * Required.
     */
    esauti_campaign_step_completed_data_step_type_val step_type;
    /** Branch taken when the step is a condition such as yes or no. */
    char *branch;
    /** Id of the step the customer moves to next. */
    char *next_step_id;
    /**
     * When the step finished for this customer (UTC).
     * Format: date-time.
     * Required.
     */
    char *completed_at;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_campaign_step_completed_data_free(esauti_campaign_step_completed_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_campaign_step_completed_data_free(). */
APIC_EXPORT int esauti_campaign_step_completed_data_from_json(const char *json, size_t len,
                                                              esauti_campaign_step_completed_data **out,
                                                              apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_campaign_step_completed_data_to_json(const esauti_campaign_step_completed_data *obj, char **out,
                                                            apic_error *err);
/** Descriptor of esauti_campaign_step_completed_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_campaign_step_completed_data_desc;

/**
 * campaign_message_suppressed_data
 * The data of a `campaign.message_suppressed` event (version 1).
 */
struct esauti_campaign_message_suppressed_data {
    /**
     * eSauti id of the campaign.
     * Required.
     */
    char *campaign_id;
    /** Id of the journey step whose message was held back. */
    char *step_id;
    /**
     * Channel of the held-back message.
     * Required.
     */
    esauti_campaign_message_suppressed_data_channel_val channel;
    /**
     * Why the message was not sent.
     * Required.
     */
    esauti_campaign_message_suppressed_data_reason_val reason;
    /**
     * When the message will be tried again if it was deferred (UTC).
     * Format: date-time.
     */
    char *rescheduled_for;
    /**
     * When the message was held back (UTC).
     * Format: date-time.
     * Required.
     */
    char *suppressed_at;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_campaign_message_suppressed_data_free(esauti_campaign_message_suppressed_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_campaign_message_suppressed_data_free(). */
APIC_EXPORT int esauti_campaign_message_suppressed_data_from_json(const char *json, size_t len,
                                                                  esauti_campaign_message_suppressed_data **out,
                                                                  apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_campaign_message_suppressed_data_to_json(const esauti_campaign_message_suppressed_data *obj,
                                                                char **out, apic_error *err);
/** Descriptor of esauti_campaign_message_suppressed_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_campaign_message_suppressed_data_desc;

/**
 * campaign_goal_reached_data
 * The data of a `campaign.goal_reached` event (version 1).
 */
struct esauti_campaign_goal_reached_data {
    /**
     * eSauti id of the campaign.
     * Required.
     */
    char *campaign_id;
    /**
     * Name of the goal that was met.
     * Required.
     */
    char *goal;
    /**
     * When the goal was met (UTC).
     * Format: date-time.
     * Required.
     */
    char *reached_at;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_campaign_goal_reached_data_free(esauti_campaign_goal_reached_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_campaign_goal_reached_data_free(). */
APIC_EXPORT int esauti_campaign_goal_reached_data_from_json(const char *json, size_t len,
                                                            esauti_campaign_goal_reached_data **out, apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_campaign_goal_reached_data_to_json(const esauti_campaign_goal_reached_data *obj, char **out,
                                                          apic_error *err);
/** Descriptor of esauti_campaign_goal_reached_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_campaign_goal_reached_data_desc;

/**
 * campaign_converted_data
 * The data of a `campaign.converted` event (version 2).
 */
struct esauti_campaign_converted_data {
    /**
     * eSauti id of the campaign.
     * Required.
     */
    char *campaign_id;
    /**
     * Kind of goal that was met.
     * Required.
     */
    esauti_campaign_converted_data_goal_type_val goal_type;
    /** Id of the order that counted as the conversion if any. */
    char *order_id;
    bool has_revenue_amount; /**< true when revenue_amount is set */
    /**
     * Revenue attributed to the campaign in minor units.
     * Format: int64.
     */
    int64_t revenue_amount;
    /**
     * ISO 4217 code of revenue_amount.
     * Format: currency.
     */
    char *currency;
    /** Id of the last campaign message the customer engaged with. */
    char *attributed_message_id;
    bool has_attributed_channel; /**< true when attributed_channel is set */
    /** Channel of the attributed message. */
    esauti_campaign_converted_data_attributed_channel_val attributed_channel;
    bool has_attribution_model; /**< true when attribution_model is set */
    /** Rule used to credit the campaign. */
    esauti_campaign_converted_data_attribution_model_val attribution_model;
    /**
     * When the goal was met (UTC).
     * Format: date-time.
     * Required.
     */
    char *converted_at;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_campaign_converted_data_free(esauti_campaign_converted_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_campaign_converted_data_free(). */
APIC_EXPORT int esauti_campaign_converted_data_from_json(const char *json, size_t len,
                                                         esauti_campaign_converted_data **out, apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_campaign_converted_data_to_json(const esauti_campaign_converted_data *obj, char **out,
                                                       apic_error *err);
/** Descriptor of esauti_campaign_converted_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_campaign_converted_data_desc;

/**
 * campaign_unsubscribed_data
 * The data of a `campaign.unsubscribed` event (version 1).
 */
struct esauti_campaign_unsubscribed_data {
    /**
     * eSauti id of the campaign.
     * Required.
     */
    char *campaign_id;
    /** Id of the message whose unsubscribe link or keyword was used. */
    char *message_id;
    /**
     * Channel the customer unsubscribed from.
     * Required.
     */
    esauti_campaign_unsubscribed_data_channel_val channel;
    /**
     * What the customer stopped receiving.
     * Required.
     */
    esauti_campaign_unsubscribed_data_scope_val scope;
    bool has_reason; /**< true when reason is set */
    /** Reason picked on the preference page if any. */
    esauti_campaign_unsubscribed_data_reason_val reason;
    /**
     * When the customer unsubscribed (UTC).
     * Format: date-time.
     * Required.
     */
    char *unsubscribed_at;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_campaign_unsubscribed_data_free(esauti_campaign_unsubscribed_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_campaign_unsubscribed_data_free(). */
APIC_EXPORT int esauti_campaign_unsubscribed_data_from_json(const char *json, size_t len,
                                                            esauti_campaign_unsubscribed_data **out, apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_campaign_unsubscribed_data_to_json(const esauti_campaign_unsubscribed_data *obj, char **out,
                                                          apic_error *err);
/** Descriptor of esauti_campaign_unsubscribed_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_campaign_unsubscribed_data_desc;

/**
 * campaign_coupon_issued_data
 * The data of a `campaign.coupon_issued` event (version 1).
 */
struct esauti_campaign_coupon_issued_data {
    /**
     * eSauti id of the campaign.
     * Required.
     */
    char *campaign_id;
    /**
     * The single-use discount code issued to the customer.
     * Required.
     */
    char *coupon_code;
    /**
     * How the discount is applied.
     * Required.
     */
    esauti_campaign_coupon_issued_data_discount_type_val discount_type;
    bool has_percent_off; /**< true when percent_off is set */
    /** Discount in percent when discount_type is percentage. */
    double percent_off;
    bool has_amount_off; /**< true when amount_off is set */
    /**
     * Discount in minor units when discount_type is fixed_amount.
     * Format: int64.
     */
    int64_t amount_off;
    /**
     * ISO 4217 code of amount_off.
     * Format: currency.
     */
    char *currency;
    /**
     * When the code stops being valid (UTC).
     * Format: date-time.
     * Required.
     */
    char *expires_at;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_campaign_coupon_issued_data_free(esauti_campaign_coupon_issued_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_campaign_coupon_issued_data_free(). */
APIC_EXPORT int esauti_campaign_coupon_issued_data_from_json(const char *json, size_t len,
                                                             esauti_campaign_coupon_issued_data **out, apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_campaign_coupon_issued_data_to_json(const esauti_campaign_coupon_issued_data *obj, char **out,
                                                           apic_error *err);
/** Descriptor of esauti_campaign_coupon_issued_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_campaign_coupon_issued_data_desc;

/**
 * campaign_exited_data
 * The data of a `campaign.exited` event (version 1).
 */
struct esauti_campaign_exited_data {
    /**
     * eSauti id of the campaign.
     * Required.
     */
    char *campaign_id;
    /**
     * Why the customer left.
     * Required.
     */
    esauti_campaign_exited_data_exit_reason_val exit_reason;
    /** Id of the last journey step the customer reached. */
    char *last_step_id;
    bool has_messages_sent; /**< true when messages_sent is set */
    /**
     * Number of messages the campaign sent to the customer.
     * Format: int32.
     */
    int32_t messages_sent;
    /**
     * When the customer left (UTC).
     * Format: date-time.
     * Required.
     */
    char *exited_at;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_campaign_exited_data_free(esauti_campaign_exited_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_campaign_exited_data_free(). */
APIC_EXPORT int esauti_campaign_exited_data_from_json(const char *json, size_t len, esauti_campaign_exited_data **out,
                                                      apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_campaign_exited_data_to_json(const esauti_campaign_exited_data *obj, char **out,
                                                    apic_error *err);
/** Descriptor of esauti_campaign_exited_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_campaign_exited_data_desc;

/**
 * form_viewed_data
 * The data of a `form.viewed` event (version 1).
 */
struct esauti_form_viewed_data {
    /**
     * eSauti id of the form.
     * Required.
     */
    char *form_id;
    /** Name of the form in eSauti. */
    char *form_name;
    /**
     * How the form was shown.
     * Required.
     */
    esauti_form_viewed_data_display_type_val display_type;
    /**
     * Page the form was shown on.
     * Format: uri.
     * Required.
     */
    char *page_url;
    /**
     * Page the visitor came from.
     * Format: uri.
     */
    char *referrer_url;
    /**
     * When the form was displayed (UTC).
     * Format: date-time.
     * Required.
     */
    char *viewed_at;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_form_viewed_data_free(esauti_form_viewed_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_form_viewed_data_free(). */
APIC_EXPORT int esauti_form_viewed_data_from_json(const char *json, size_t len, esauti_form_viewed_data **out,
                                                  apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_form_viewed_data_to_json(const esauti_form_viewed_data *obj, char **out, apic_error *err);
/** Descriptor of esauti_form_viewed_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_form_viewed_data_desc;

/**
 * form_started_data
 * The data of a `form.started` event (version 1).
 */
struct esauti_form_started_data {
    /**
     * eSauti id of the form.
     * Required.
     */
    char *form_id;
    /** Name of the form in eSauti. */
    char *form_name;
    /**
     * Page the form is on.
     * Format: uri.
     * Required.
     */
    char *page_url;
    /** Key of the field the visitor started with. */
    char *first_field;
    /**
     * When the visitor started filling in the form (UTC).
     * Format: date-time.
     * Required.
     */
    char *started_at;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_form_started_data_free(esauti_form_started_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_form_started_data_free(). */
APIC_EXPORT int esauti_form_started_data_from_json(const char *json, size_t len, esauti_form_started_data **out,
                                                   apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_form_started_data_to_json(const esauti_form_started_data *obj, char **out, apic_error *err);
/** Descriptor of esauti_form_started_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_form_started_data_desc;

/**
 * form_submitted_data
 * The data of a `form.submitted` event (version 2).
 */
struct esauti_form_submitted_data {
    /**
     * eSauti id of the form.
     * Required.
     */
    char *form_id;
    /**
     * Unique id of this submission.
     * Format: uuid.
     * Required.
     */
    char *submission_id;
    /**
     * Page the form was submitted from.
     * Format: uri.
     */
    char *page_url;
    /**
     * Contact details entered in the form.
     * Required.
     */
    esauti_form_submitted_data_contact *contact;
    bool has_consents; /**< true when consents is set */
    /** Marketing consent given or refused per channel. */
    esauti_form_submitted_data_consents_item_array consents;
    bool has_fields; /**< true when fields is set */
    /**
     * Other answers keyed by field key as entered by the visitor.
     * Personal data.
     */
    apic_string_map fields;
    /**
     * When the form was submitted (UTC).
     * Format: date-time.
     * Required.
     */
    char *submitted_at;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_form_submitted_data_free(esauti_form_submitted_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_form_submitted_data_free(). */
APIC_EXPORT int esauti_form_submitted_data_from_json(const char *json, size_t len, esauti_form_submitted_data **out,
                                                     apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_form_submitted_data_to_json(const esauti_form_submitted_data *obj, char **out, apic_error *err);
/** Descriptor of esauti_form_submitted_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_form_submitted_data_desc;

/**
 * form_submitted_data.contact
 * Contact details entered in the form.
 */
struct esauti_form_submitted_data_contact {
    /**
     * First name entered.
     * Personal data.
     */
    char *first_name;
    /**
     * Last name entered.
     * Personal data.
     */
    char *last_name;
    /**
     * Email address entered.
     * Format: email.
     * Personal data.
     */
    char *email;
    /**
     * Phone number entered in E.164 form.
     * Format: phone.
     * Personal data.
     */
    char *phone;
    /**
     * Country selected in the form.
     * Format: country.
     */
    char *country;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_form_submitted_data_contact_free(esauti_form_submitted_data_contact *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_form_submitted_data_contact_free(). */
APIC_EXPORT int esauti_form_submitted_data_contact_from_json(const char *json, size_t len,
                                                             esauti_form_submitted_data_contact **out, apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_form_submitted_data_contact_to_json(const esauti_form_submitted_data_contact *obj, char **out,
                                                           apic_error *err);
/** Descriptor of esauti_form_submitted_data_contact for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_form_submitted_data_contact_desc;

/**
 * form_submitted_data.consents.item
 * A JSON object of the API, which the spec does not describe further: its members follow.
 */
struct esauti_form_submitted_data_consents_item {
    /**
     * Channel the consent applies to.
     * Required.
     */
    esauti_form_submitted_data_consents_item_channel_val channel;
    /**
     * True when the box was ticked.
     * Required.
     */
    bool granted;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_form_submitted_data_consents_item_free(esauti_form_submitted_data_consents_item *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_form_submitted_data_consents_item_free(). */
APIC_EXPORT int esauti_form_submitted_data_consents_item_from_json(const char *json, size_t len,
                                                                   esauti_form_submitted_data_consents_item **out,
                                                                   apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_form_submitted_data_consents_item_to_json(const esauti_form_submitted_data_consents_item *obj,
                                                                 char **out, apic_error *err);
/** Descriptor of esauti_form_submitted_data_consents_item for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_form_submitted_data_consents_item_desc;

/**
 * form_abandoned_data
 * The data of a `form.abandoned` event (version 1).
 */
struct esauti_form_abandoned_data {
    /**
     * eSauti id of the form.
     * Required.
     */
    char *form_id;
    /**
     * Page the form is on.
     * Format: uri.
     */
    char *page_url;
    /**
     * Key of the last field the visitor touched.
     * Required.
     */
    char *last_field;
    bool has_fields_completed; /**< true when fields_completed is set */
    /**
     * Number of fields filled in before leaving.
     * Format: int32.
     */
    int32_t fields_completed;
    bool has_fields_total; /**< true when fields_total is set */
    /**
     * Number of fields on the form.
     * Format: int32.
     */
    int32_t fields_total;
    /**
     * When the visitor's last activity on the form happened (UTC).
     * Format: date-time.
     * Required.
     */
    char *abandoned_at;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_form_abandoned_data_free(esauti_form_abandoned_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_form_abandoned_data_free(). */
APIC_EXPORT int esauti_form_abandoned_data_from_json(const char *json, size_t len, esauti_form_abandoned_data **out,
                                                     apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_form_abandoned_data_to_json(const esauti_form_abandoned_data *obj, char **out, apic_error *err);
/** Descriptor of esauti_form_abandoned_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_form_abandoned_data_desc;

/**
 * form_submission_rejected_data
 * The data of a `form.submission_rejected` event (version 1).
 */
struct esauti_form_submission_rejected_data {
    /**
     * eSauti id of the form.
     * Required.
     */
    char *form_id;
    /**
     * Why the submission was refused.
     * Required.
     */
    esauti_form_submission_rejected_data_reason_val reason;
    bool has_invalid_fields; /**< true when invalid_fields is set */
    /** Keys of the fields that failed validation. */
    apic_string_array invalid_fields;
    /**
     * IP address the submission came from.
     * Personal data.
     */
    char *ip_address;
    /**
     * When the submission was refused (UTC).
     * Format: date-time.
     * Required.
     */
    char *rejected_at;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_form_submission_rejected_data_free(esauti_form_submission_rejected_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_form_submission_rejected_data_free(). */
APIC_EXPORT int esauti_form_submission_rejected_data_from_json(const char *json, size_t len,
                                                               esauti_form_submission_rejected_data **out,
                                                               apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_form_submission_rejected_data_to_json(const esauti_form_submission_rejected_data *obj,
                                                             char **out, apic_error *err);
/** Descriptor of esauti_form_submission_rejected_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_form_submission_rejected_data_desc;

/**
 * survey_sent_data
 * The data of a `survey.sent` event (version 1).
 */
struct esauti_survey_sent_data {
    /**
     * eSauti id of the survey.
     * Required.
     */
    char *survey_id;
    /**
     * Kind of survey.
     * Required.
     */
    esauti_survey_sent_data_survey_type_val survey_type;
    /**
     * Channel the invitation went out on.
     * Required.
     */
    esauti_survey_sent_data_channel_val channel;
    /** Event type that caused the invitation such as order.delivered. */
    char *trigger;
    /**
     * Personal link to the survey.
     * Format: uri.
     */
    char *survey_url;
    /**
     * When the invitation was sent (UTC).
     * Format: date-time.
     * Required.
     */
    char *sent_at;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_survey_sent_data_free(esauti_survey_sent_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_survey_sent_data_free(). */
APIC_EXPORT int esauti_survey_sent_data_from_json(const char *json, size_t len, esauti_survey_sent_data **out,
                                                  apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_survey_sent_data_to_json(const esauti_survey_sent_data *obj, char **out, apic_error *err);
/** Descriptor of esauti_survey_sent_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_survey_sent_data_desc;

/**
 * survey_started_data
 * The data of a `survey.started` event (version 1).
 */
struct esauti_survey_started_data {
    /**
     * eSauti id of the survey.
     * Required.
     */
    char *survey_id;
    /**
     * Id of the customer's response.
     * Format: uuid.
     * Required.
     */
    char *response_id;
    bool has_channel; /**< true when channel is set */
    /** Channel the customer answered on. */
    esauti_survey_started_data_channel_val channel;
    bool has_question_count; /**< true when question_count is set */
    /**
     * Number of questions in the survey.
     * Format: int32.
     */
    int32_t question_count;
    /**
     * When the first answer was given (UTC).
     * Format: date-time.
     * Required.
     */
    char *started_at;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_survey_started_data_free(esauti_survey_started_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_survey_started_data_free(). */
APIC_EXPORT int esauti_survey_started_data_from_json(const char *json, size_t len, esauti_survey_started_data **out,
                                                     apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_survey_started_data_to_json(const esauti_survey_started_data *obj, char **out, apic_error *err);
/** Descriptor of esauti_survey_started_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_survey_started_data_desc;

/**
 * survey_completed_data
 * The data of a `survey.completed` event (version 1).
 */
struct esauti_survey_completed_data {
    /**
     * eSauti id of the survey.
     * Required.
     */
    char *survey_id;
    /**
     * Id of the customer's response.
     * Format: uuid.
     * Required.
     */
    char *response_id;
    /**
     * Kind of survey.
     * Required.
     */
    esauti_survey_completed_data_survey_type_val survey_type;
    bool has_score; /**< true when score is set */
    /**
     * Main score given (0 to 10 for NPS and 1 to 5 for CSAT).
     * Format: int32.
     */
    int32_t score;
    bool has_nps_group; /**< true when nps_group is set */
    /** NPS group derived from the score. */
    esauti_survey_completed_data_nps_group_val nps_group;
    bool has_answers; /**< true when answers is set */
    /** The answers given in question order. */
    esauti_survey_completed_data_answers_item_array answers;
    /**
     * When the survey was submitted (UTC).
     * Format: date-time.
     * Required.
     */
    char *completed_at;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_survey_completed_data_free(esauti_survey_completed_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_survey_completed_data_free(). */
APIC_EXPORT int esauti_survey_completed_data_from_json(const char *json, size_t len, esauti_survey_completed_data **out,
                                                       apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_survey_completed_data_to_json(const esauti_survey_completed_data *obj, char **out,
                                                     apic_error *err);
/** Descriptor of esauti_survey_completed_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_survey_completed_data_desc;

/**
 * survey_completed_data.answers.item
 * A JSON object of the API, which the spec does not describe further: its members follow.
 */
struct esauti_survey_completed_data_answers_item {
    /**
     * Id of the question.
     * Required.
     */
    char *question_id;
    /**
     * The answer as text.
     * Required.
     * Personal data.
     */
    char *answer;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_survey_completed_data_answers_item_free(esauti_survey_completed_data_answers_item *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_survey_completed_data_answers_item_free(). */
APIC_EXPORT int esauti_survey_completed_data_answers_item_from_json(const char *json, size_t len,
                                                                    esauti_survey_completed_data_answers_item **out,
                                                                    apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_survey_completed_data_answers_item_to_json(const esauti_survey_completed_data_answers_item *obj,
                                                                  char **out, apic_error *err);
/** Descriptor of esauti_survey_completed_data_answers_item for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_survey_completed_data_answers_item_desc;

/**
 * survey_abandoned_data
 * The data of a `survey.abandoned` event (version 1).
 */
struct esauti_survey_abandoned_data {
    /**
     * eSauti id of the survey.
     * Required.
     */
    char *survey_id;
    /**
     * Id of the partial response.
     * Format: uuid.
     * Required.
     */
    char *response_id;
    /**
     * Number of questions answered before leaving.
     * Format: int32.
     * Required.
     */
    int32_t questions_answered;
    /** Id of the last question answered. */
    char *last_question_id;
    /**
     * When the customer's last answer was given (UTC).
     * Format: date-time.
     * Required.
     */
    char *abandoned_at;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_survey_abandoned_data_free(esauti_survey_abandoned_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_survey_abandoned_data_free(). */
APIC_EXPORT int esauti_survey_abandoned_data_from_json(const char *json, size_t len, esauti_survey_abandoned_data **out,
                                                       apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_survey_abandoned_data_to_json(const esauti_survey_abandoned_data *obj, char **out,
                                                     apic_error *err);
/** Descriptor of esauti_survey_abandoned_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_survey_abandoned_data_desc;

/**
 * booking_requested_data
 * The data of a `booking.requested` event (version 1).
 */
struct esauti_booking_requested_data {
    /**
     * eSauti id of the booking request.
     * Required.
     */
    char *booking_id;
    /**
     * Id of the service asked for.
     * Required.
     */
    char *service_id;
    /** Name of the service asked for. */
    char *service_name;
    /** Branch or location where the service would take place. */
    char *location_id;
    /** Staff member the customer asked for if any. */
    char *staff_id;
    /**
     * Start of the requested slot (UTC).
     * Format: date-time.
     * Required.
     */
    char *requested_start;
    bool has_duration_minutes; /**< true when duration_minutes is set */
    /**
     * Expected length of the service in minutes.
     * Format: int32.
     */
    int32_t duration_minutes;
    /**
     * How the request was made.
     * Required.
     */
    esauti_booking_requested_data_channel_val channel;
    /**
     * Notes the customer left with the request.
     * Personal data.
     */
    char *notes;
    /**
     * When the request was made (UTC).
     * Format: date-time.
     * Required.
     */
    char *requested_at;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_booking_requested_data_free(esauti_booking_requested_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_booking_requested_data_free(). */
APIC_EXPORT int esauti_booking_requested_data_from_json(const char *json, size_t len,
                                                        esauti_booking_requested_data **out, apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_booking_requested_data_to_json(const esauti_booking_requested_data *obj, char **out,
                                                      apic_error *err);
/** Descriptor of esauti_booking_requested_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_booking_requested_data_desc;

/**
 * booking_confirmed_data
 * The data of a `booking.confirmed` event (version 1).
 */
struct esauti_booking_confirmed_data {
    /**
     * eSauti id of the booking request.
     * Required.
     */
    char *booking_id;
    /**
     * Id of the appointment created from the booking.
     * Required.
     */
    char *appointment_id;
    /**
     * Confirmed start time (UTC).
     * Format: date-time.
     * Required.
     */
    char *start_at;
    /**
     * Whether a person or an auto-accept rule confirmed the booking.
     * Required.
     */
    esauti_booking_confirmed_data_confirmed_by_val confirmed_by;
    bool has_deposit_amount; /**< true when deposit_amount is set */
    /**
     * Deposit required to hold the slot in minor units.
     * Format: int64.
     */
    int64_t deposit_amount;
    /**
     * ISO 4217 code of deposit_amount.
     * Format: currency.
     */
    char *currency;
    /**
     * When the booking was confirmed (UTC).
     * Format: date-time.
     * Required.
     */
    char *confirmed_at;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_booking_confirmed_data_free(esauti_booking_confirmed_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_booking_confirmed_data_free(). */
APIC_EXPORT int esauti_booking_confirmed_data_from_json(const char *json, size_t len,
                                                        esauti_booking_confirmed_data **out, apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_booking_confirmed_data_to_json(const esauti_booking_confirmed_data *obj, char **out,
                                                      apic_error *err);
/** Descriptor of esauti_booking_confirmed_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_booking_confirmed_data_desc;

/**
 * booking_declined_data
 * The data of a `booking.declined` event (version 1).
 */
struct esauti_booking_declined_data {
    /**
     * eSauti id of the booking request.
     * Required.
     */
    char *booking_id;
    /**
     * Why the request was not accepted.
     * Required.
     */
    esauti_booking_declined_data_reason_val reason;
    /**
     * Another slot offered to the customer if any (UTC).
     * Format: date-time.
     */
    char *alternative_start;
    /** Note sent to the customer with the decline. */
    char *message;
    /**
     * When the request was declined (UTC).
     * Format: date-time.
     * Required.
     */
    char *declined_at;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_booking_declined_data_free(esauti_booking_declined_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_booking_declined_data_free(). */
APIC_EXPORT int esauti_booking_declined_data_from_json(const char *json, size_t len, esauti_booking_declined_data **out,
                                                       apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_booking_declined_data_to_json(const esauti_booking_declined_data *obj, char **out,
                                                     apic_error *err);
/** Descriptor of esauti_booking_declined_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_booking_declined_data_desc;

/**
 * appointment_scheduled_data
 * The data of a `appointment.scheduled` event (version 1).
 */
struct esauti_appointment_scheduled_data {
    /**
     * eSauti id of the appointment.
     * Required.
     */
    char *appointment_id;
    /** Booking the appointment came from if any. */
    char *booking_id;
    /**
     * Id of the booked service.
     * Required.
     */
    char *service_id;
    /** Staff member who will serve the customer. */
    char *staff_id;
    /** Branch or location of the appointment. */
    char *location_id;
    /**
     * Start of the appointment (UTC).
     * Format: date-time.
     * Required.
     */
    char *start_at;
    /**
     * Planned end of the appointment (UTC).
     * Format: date-time.
     * Required.
     */
    char *end_at;
    /**
     * How the appointment was created.
     * Required.
     */
    esauti_appointment_scheduled_data_source_val source;
    bool has_price_amount; /**< true when price_amount is set */
    /**
     * Quoted price of the service in minor units.
     * Format: int64.
     */
    int64_t price_amount;
    /**
     * ISO 4217 code of price_amount.
     * Format: currency.
     */
    char *currency;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_appointment_scheduled_data_free(esauti_appointment_scheduled_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_appointment_scheduled_data_free(). */
APIC_EXPORT int esauti_appointment_scheduled_data_from_json(const char *json, size_t len,
                                                            esauti_appointment_scheduled_data **out, apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_appointment_scheduled_data_to_json(const esauti_appointment_scheduled_data *obj, char **out,
                                                          apic_error *err);
/** Descriptor of esauti_appointment_scheduled_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_appointment_scheduled_data_desc;

/**
 * appointment_rescheduled_data
 * The data of a `appointment.rescheduled` event (version 2).
 */
struct esauti_appointment_rescheduled_data {
    /**
     * eSauti id of the appointment.
     * Required.
     */
    char *appointment_id;
    /**
     * Start time before the change (UTC).
     * Format: date-time.
     * Required.
     */
    char *previous_start_at;
    /**
     * New start time (UTC).
     * Format: date-time.
     * Required.
     */
    char *start_at;
    /** Staff member before the change if it changed. */
    char *previous_staff_id;
    /** Staff member after the change. */
    char *staff_id;
    /**
     * Who asked for the change.
     * Required.
     */
    esauti_appointment_rescheduled_data_requested_by_val requested_by;
    bool has_reschedule_count; /**< true when reschedule_count is set */
    /**
     * Number of times the appointment has been moved including this one.
     * Format: int32.
     */
    int32_t reschedule_count;
    /**
     * When the change was made (UTC).
     * Format: date-time.
     * Required.
     */
    char *rescheduled_at;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_appointment_rescheduled_data_free(esauti_appointment_rescheduled_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_appointment_rescheduled_data_free(). */
APIC_EXPORT int esauti_appointment_rescheduled_data_from_json(const char *json, size_t len,
                                                              esauti_appointment_rescheduled_data **out,
                                                              apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_appointment_rescheduled_data_to_json(const esauti_appointment_rescheduled_data *obj, char **out,
                                                            apic_error *err);
/** Descriptor of esauti_appointment_rescheduled_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_appointment_rescheduled_data_desc;

/**
 * appointment_cancelled_data
 * The data of a `appointment.cancelled` event (version 1).
 */
struct esauti_appointment_cancelled_data {
    /**
     * eSauti id of the appointment.
     * Required.
     */
    char *appointment_id;
    /**
     * Who cancelled.
     * Required.
     */
    esauti_appointment_cancelled_data_cancelled_by_val cancelled_by;
    bool has_reason; /**< true when reason is set */
    /** Why the appointment was cancelled. */
    esauti_appointment_cancelled_data_reason_val reason;
    /**
     * Start time the appointment had (UTC).
     * Format: date-time.
     * Required.
     */
    char *start_at;
    bool has_late_cancellation; /**< true when late_cancellation is set */
    /** True when cancelled inside the business's cancellation window. */
    bool late_cancellation;
    bool has_refund_amount; /**< true when refund_amount is set */
    /**
     * Deposit refunded to the customer in minor units.
     * Format: int64.
     */
    int64_t refund_amount;
    /**
     * ISO 4217 code of refund_amount.
     * Format: currency.
     */
    char *currency;
    /**
     * When the appointment was cancelled (UTC).
     * Format: date-time.
     * Required.
     */
    char *cancelled_at;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_appointment_cancelled_data_free(esauti_appointment_cancelled_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_appointment_cancelled_data_free(). */
APIC_EXPORT int esauti_appointment_cancelled_data_from_json(const char *json, size_t len,
                                                            esauti_appointment_cancelled_data **out, apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_appointment_cancelled_data_to_json(const esauti_appointment_cancelled_data *obj, char **out,
                                                          apic_error *err);
/** Descriptor of esauti_appointment_cancelled_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_appointment_cancelled_data_desc;

/**
 * appointment_reminder_sent_data
 * The data of a `appointment.reminder_sent` event (version 1).
 */
struct esauti_appointment_reminder_sent_data {
    /**
     * eSauti id of the appointment.
     * Required.
     */
    char *appointment_id;
    /**
     * Channel the reminder went out on.
     * Required.
     */
    esauti_appointment_reminder_sent_data_channel_val channel;
    /** Id of the reminder message in eSauti. */
    char *message_id;
    bool has_hours_before; /**< true when hours_before is set */
    /**
     * Hours between the reminder and the appointment start.
     * Format: int32.
     */
    int32_t hours_before;
    /**
     * Start of the appointment (UTC).
     * Format: date-time.
     * Required.
     */
    char *start_at;
    /**
     * When the reminder was sent (UTC).
     * Format: date-time.
     * Required.
     */
    char *sent_at;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_appointment_reminder_sent_data_free(esauti_appointment_reminder_sent_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_appointment_reminder_sent_data_free(). */
APIC_EXPORT int esauti_appointment_reminder_sent_data_from_json(const char *json, size_t len,
                                                                esauti_appointment_reminder_sent_data **out,
                                                                apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_appointment_reminder_sent_data_to_json(const esauti_appointment_reminder_sent_data *obj,
                                                              char **out, apic_error *err);
/** Descriptor of esauti_appointment_reminder_sent_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_appointment_reminder_sent_data_desc;

/**
 * appointment_checked_in_data
 * The data of a `appointment.checked_in` event (version 1).
 */
struct esauti_appointment_checked_in_data {
    /**
     * eSauti id of the appointment.
     * Required.
     */
    char *appointment_id;
    /**
     * How the customer checked in.
     * Required.
     */
    esauti_appointment_checked_in_data_method_val method;
    /** Branch or location where the customer checked in. */
    char *location_id;
    bool has_minutes_late; /**< true when minutes_late is set */
    /**
     * Minutes after the start time the customer arrived (negative when early).
     * Format: int32.
     */
    int32_t minutes_late;
    /**
     * When the customer checked in (UTC).
     * Format: date-time.
     * Required.
     */
    char *checked_in_at;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_appointment_checked_in_data_free(esauti_appointment_checked_in_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_appointment_checked_in_data_free(). */
APIC_EXPORT int esauti_appointment_checked_in_data_from_json(const char *json, size_t len,
                                                             esauti_appointment_checked_in_data **out, apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_appointment_checked_in_data_to_json(const esauti_appointment_checked_in_data *obj, char **out,
                                                           apic_error *err);
/** Descriptor of esauti_appointment_checked_in_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_appointment_checked_in_data_desc;

/**
 * appointment_completed_data
 * The data of a `appointment.completed` event (version 1).
 */
struct esauti_appointment_completed_data {
    /**
     * eSauti id of the appointment.
     * Required.
     */
    char *appointment_id;
    /** Staff member who delivered the service. */
    char *staff_id;
    bool has_services; /**< true when services is set */
    /** Services delivered including any added on the day. */
    esauti_appointment_completed_data_services_item_array services;
    bool has_total_amount; /**< true when total_amount is set */
    /**
     * Total paid for the appointment in minor units.
     * Format: int64.
     */
    int64_t total_amount;
    /**
     * ISO 4217 code of the amounts.
     * Format: currency.
     */
    char *currency;
    bool has_payment_method; /**< true when payment_method is set */
    /** How the customer paid. */
    esauti_appointment_completed_data_payment_method_val payment_method;
    /**
     * When the appointment was marked as done (UTC).
     * Format: date-time.
     * Required.
     */
    char *completed_at;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_appointment_completed_data_free(esauti_appointment_completed_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_appointment_completed_data_free(). */
APIC_EXPORT int esauti_appointment_completed_data_from_json(const char *json, size_t len,
                                                            esauti_appointment_completed_data **out, apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_appointment_completed_data_to_json(const esauti_appointment_completed_data *obj, char **out,
                                                          apic_error *err);
/** Descriptor of esauti_appointment_completed_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_appointment_completed_data_desc;

/**
 * appointment_completed_data.services.item
 * A JSON object of the API, which the spec does not describe further: its members follow.
 */
struct esauti_appointment_completed_data_services_item {
    /**
     * Id of the service.
     * Required.
     */
    char *service_id;
    /** Name of the service. */
    char *name;
    /**
     * Price charged for the service in minor units.
     * Format: int64.
     * Required.
     */
    int64_t price_amount;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_appointment_completed_data_services_item_free(esauti_appointment_completed_data_services_item *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_appointment_completed_data_services_item_free(). */
APIC_EXPORT int esauti_appointment_completed_data_services_item_from_json(const char *json, size_t len,
                                                                          esauti_appointment_completed_data_services_item **out,
                                                                          apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_appointment_completed_data_services_item_to_json(const esauti_appointment_completed_data_services_item *obj,
                                                                        char **out, apic_error *err);
/** Descriptor of esauti_appointment_completed_data_services_item for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_appointment_completed_data_services_item_desc;

/**
 * appointment_no_show_data
 * The data of a `appointment.no_show` event (version 1).
 */
struct esauti_appointment_no_show_data {
    /**
     * eSauti id of the appointment.
     * Required.
     */
    char *appointment_id;
    /**
     * Start time of the missed appointment (UTC).
     * Format: date-time.
     * Required.
     */
    char *start_at;
    /**
     * Who marked the no-show.
     * Required.
     */
    esauti_appointment_no_show_data_marked_by_val marked_by;
    bool has_deposit_forfeited; /**< true when deposit_forfeited is set */
    /** True when the deposit was kept under the no-show policy. */
    bool deposit_forfeited;
    bool has_no_show_count; /**< true when no_show_count is set */
    /**
     * Number of no-shows on record for this customer including this one.
     * Format: int32.
     */
    int32_t no_show_count;
    /**
     * When the no-show was recorded (UTC).
     * Format: date-time.
     * Required.
     */
    char *marked_at;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_appointment_no_show_data_free(esauti_appointment_no_show_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_appointment_no_show_data_free(). */
APIC_EXPORT int esauti_appointment_no_show_data_from_json(const char *json, size_t len,
                                                          esauti_appointment_no_show_data **out, apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_appointment_no_show_data_to_json(const esauti_appointment_no_show_data *obj, char **out,
                                                        apic_error *err);
/** Descriptor of esauti_appointment_no_show_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_appointment_no_show_data_desc;

/**
 * verify_code_requested_data
 * The data of a `verify.code_requested` event (version 1).
 */
struct esauti_verify_code_requested_data {
    /**
     * eSauti id of the verification.
     * Required.
     */
    char *verification_id;
    /**
     * Channel the code will be delivered on.
     * Required.
     */
    esauti_verify_code_requested_data_channel_val channel;
    /**
     * What the verification protects.
     * Required.
     */
    esauti_verify_code_requested_data_purpose_val purpose;
    /**
     * Phone number or email the code goes to with the middle hidden.
     * Personal data.
     */
    char *destination_masked;
    bool has_code_length; /**< true when code_length is set */
    /**
     * Number of digits in the code.
     * Format: int32.
     */
    int32_t code_length;
    /**
     * IP address of the end user who asked for the code.
     * Personal data.
     */
    char *ip_address;
    /**
     * When the code stops being accepted (UTC).
     * Format: date-time.
     * Required.
     */
    char *expires_at;
    /**
     * When the verification was started (UTC).
     * Format: date-time.
     * Required.
     */
    char *requested_at;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_verify_code_requested_data_free(esauti_verify_code_requested_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_verify_code_requested_data_free(). */
APIC_EXPORT int esauti_verify_code_requested_data_from_json(const char *json, size_t len,
                                                            esauti_verify_code_requested_data **out, apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_verify_code_requested_data_to_json(const esauti_verify_code_requested_data *obj, char **out,
                                                          apic_error *err);
/** Descriptor of esauti_verify_code_requested_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_verify_code_requested_data_desc;

/**
 * verify_code_sent_data
 * The data of a `verify.code_sent` event (version 1).
 */
struct esauti_verify_code_sent_data {
    /**
     * eSauti id of the verification.
     * Required.
     */
    char *verification_id;
    /**
     * Channel the code was sent on.
     * Required.
     */
    esauti_verify_code_sent_data_channel_val channel;
    /** eSauti id of the message that carried the code. */
    char *message_id;
    bool has_attempt_number; /**< true when attempt_number is set */
    /**
     * Send number within the verification (1 for the first send).
     * Format: int32.
     */
    int32_t attempt_number;
    bool has_cost_amount; /**< true when cost_amount is set */
    /**
     * Sending cost in minor units.
     * Format: int64.
     */
    int64_t cost_amount;
    /**
     * ISO 4217 code of cost_amount.
     * Format: currency.
     */
    char *currency;
    /**
     * When the provider accepted the message (UTC).
     * Format: date-time.
     * Required.
     */
    char *sent_at;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_verify_code_sent_data_free(esauti_verify_code_sent_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_verify_code_sent_data_free(). */
APIC_EXPORT int esauti_verify_code_sent_data_from_json(const char *json, size_t len, esauti_verify_code_sent_data **out,
                                                       apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_verify_code_sent_data_to_json(const esauti_verify_code_sent_data *obj, char **out,
                                                     apic_error *err);
/** Descriptor of esauti_verify_code_sent_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_verify_code_sent_data_desc;

/**
 * verify_code_resent_data
 * The data of a `verify.code_resent` event (version 1).
 */
struct esauti_verify_code_resent_data {
    /**
     * eSauti id of the verification.
     * Required.
     */
    char *verification_id;
    /**
     * Channel the new code was sent on.
     * Required.
     */
    esauti_verify_code_resent_data_channel_val channel;
    bool has_previous_channel; /**< true when previous_channel is set */
    /** Channel of the previous send. */
    esauti_verify_code_resent_data_previous_channel_val previous_channel;
    /**
     * Why the code was sent again.
     * Required.
     */
    esauti_verify_code_resent_data_reason_val reason;
    bool has_resend_count; /**< true when resend_count is set */
    /**
     * Number of resends so far in this verification.
     * Format: int32.
     */
    int32_t resend_count;
    /**
     * When the new code was sent (UTC).
     * Format: date-time.
     * Required.
     */
    char *resent_at;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_verify_code_resent_data_free(esauti_verify_code_resent_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_verify_code_resent_data_free(). */
APIC_EXPORT int esauti_verify_code_resent_data_from_json(const char *json, size_t len,
                                                         esauti_verify_code_resent_data **out, apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_verify_code_resent_data_to_json(const esauti_verify_code_resent_data *obj, char **out,
                                                       apic_error *err);
/** Descriptor of esauti_verify_code_resent_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_verify_code_resent_data_desc;

/**
 * verify_code_verified_data
 * The data of a `verify.code_verified` event (version 1).
 */
struct esauti_verify_code_verified_data {
    /**
     * eSauti id of the verification.
     * Required.
     */
    char *verification_id;
    /**
     * Channel of the code that was accepted.
     * Required.
     */
    esauti_verify_code_verified_data_channel_val channel;
    bool has_purpose; /**< true when purpose is set */
    /** What the verification protected. */
    esauti_verify_code_verified_data_purpose_val purpose;
    /**
     * Number of check attempts including the successful one.
     * Format: int32.
     * Required.
     */
    int32_t attempts;
    bool has_seconds_to_verify; /**< true when seconds_to_verify is set */
    /**
     * Seconds from the first send to the successful check.
     * Format: int32.
     */
    int32_t seconds_to_verify;
    /**
     * When the code was accepted (UTC).
     * Format: date-time.
     * Required.
     */
    char *verified_at;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_verify_code_verified_data_free(esauti_verify_code_verified_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_verify_code_verified_data_free(). */
APIC_EXPORT int esauti_verify_code_verified_data_from_json(const char *json, size_t len,
                                                           esauti_verify_code_verified_data **out, apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_verify_code_verified_data_to_json(const esauti_verify_code_verified_data *obj, char **out,
                                                         apic_error *err);
/** Descriptor of esauti_verify_code_verified_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_verify_code_verified_data_desc;

/**
 * verify_code_failed_data
 * The data of a `verify.code_failed` event (version 2).
 */
struct esauti_verify_code_failed_data {
    /**
     * eSauti id of the verification.
     * Required.
     */
    char *verification_id;
    /**
     * Channel of the code being checked.
     * Required.
     */
    esauti_verify_code_failed_data_channel_val channel;
    /**
     * Number of this check attempt within the verification.
     * Format: int32.
     * Required.
     */
    int32_t attempt_number;
    /**
     * Checks still allowed before the verification is locked.
     * Format: int32.
     * Required.
     */
    int32_t attempts_remaining;
    /**
     * IP address the check came from.
     * Personal data.
     */
    char *ip_address;
    /**
     * When the check was rejected (UTC).
     * Format: date-time.
     * Required.
     */
    char *failed_at;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_verify_code_failed_data_free(esauti_verify_code_failed_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_verify_code_failed_data_free(). */
APIC_EXPORT int esauti_verify_code_failed_data_from_json(const char *json, size_t len,
                                                         esauti_verify_code_failed_data **out, apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_verify_code_failed_data_to_json(const esauti_verify_code_failed_data *obj, char **out,
                                                       apic_error *err);
/** Descriptor of esauti_verify_code_failed_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_verify_code_failed_data_desc;

/**
 * verify_code_expired_data
 * The data of a `verify.code_expired` event (version 1).
 */
struct esauti_verify_code_expired_data {
    /**
     * eSauti id of the verification.
     * Required.
     */
    char *verification_id;
    /**
     * Channel of the last code sent.
     * Required.
     */
    esauti_verify_code_expired_data_channel_val channel;
    /**
     * Number of check attempts made before expiry.
     * Format: int32.
     * Required.
     */
    int32_t attempts;
    bool has_validity_seconds; /**< true when validity_seconds is set */
    /**
     * How long the code was valid in seconds.
     * Format: int32.
     */
    int32_t validity_seconds;
    /**
     * When the code expired (UTC).
     * Format: date-time.
     * Required.
     */
    char *expired_at;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_verify_code_expired_data_free(esauti_verify_code_expired_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_verify_code_expired_data_free(). */
APIC_EXPORT int esauti_verify_code_expired_data_from_json(const char *json, size_t len,
                                                          esauti_verify_code_expired_data **out, apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_verify_code_expired_data_to_json(const esauti_verify_code_expired_data *obj, char **out,
                                                        apic_error *err);
/** Descriptor of esauti_verify_code_expired_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_verify_code_expired_data_desc;

/**
 * verify_max_attempts_reached_data
 * The data of a `verify.max_attempts_reached` event (version 1).
 */
struct esauti_verify_max_attempts_reached_data {
    /**
     * eSauti id of the verification.
     * Required.
     */
    char *verification_id;
    /**
     * Channel of the last code sent.
     * Required.
     */
    esauti_verify_max_attempts_reached_data_channel_val channel;
    /**
     * Attempt limit that was reached.
     * Format: int32.
     * Required.
     */
    int32_t max_attempts;
    /**
     * When the customer may request a new code (UTC).
     * Format: date-time.
     */
    char *locked_until;
    /**
     * IP address of the last failed check.
     * Personal data.
     */
    char *ip_address;
    /**
     * When the limit was reached (UTC).
     * Format: date-time.
     * Required.
     */
    char *reached_at;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_verify_max_attempts_reached_data_free(esauti_verify_max_attempts_reached_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_verify_max_attempts_reached_data_free(). */
APIC_EXPORT int esauti_verify_max_attempts_reached_data_from_json(const char *json, size_t len,
                                                                  esauti_verify_max_attempts_reached_data **out,
                                                                  apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_verify_max_attempts_reached_data_to_json(const esauti_verify_max_attempts_reached_data *obj,
                                                                char **out, apic_error *err);
/** Descriptor of esauti_verify_max_attempts_reached_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_verify_max_attempts_reached_data_desc;

/**
 * verify_delivery_failed_data
 * The data of a `verify.delivery_failed` event (version 1).
 */
struct esauti_verify_delivery_failed_data {
    /**
     * eSauti id of the verification.
     * Required.
     */
    char *verification_id;
    /**
     * Channel the delivery failed on.
     * Required.
     */
    esauti_verify_delivery_failed_data_channel_val channel;
    /**
     * Normalised failure reason.
     * Required.
     */
    esauti_verify_delivery_failed_data_reason_val reason;
    /** eSauti id of the failed message. */
    char *message_id;
    bool has_fallback_channel; /**< true when fallback_channel is set */
    /** Channel Verify will try next if fallback is enabled. */
    esauti_verify_delivery_failed_data_fallback_channel_val fallback_channel;
    /**
     * When the failure was reported (UTC).
     * Format: date-time.
     * Required.
     */
    char *failed_at;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_verify_delivery_failed_data_free(esauti_verify_delivery_failed_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_verify_delivery_failed_data_free(). */
APIC_EXPORT int esauti_verify_delivery_failed_data_from_json(const char *json, size_t len,
                                                             esauti_verify_delivery_failed_data **out, apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_verify_delivery_failed_data_to_json(const esauti_verify_delivery_failed_data *obj, char **out,
                                                           apic_error *err);
/** Descriptor of esauti_verify_delivery_failed_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_verify_delivery_failed_data_desc;


#ifdef __cplusplus
}
#endif
#endif
