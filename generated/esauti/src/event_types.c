/* eSauti canonical events: the registry table and the send functions. Generated; do not edit. */
#include <string.h>

#include "internal.h"

static const apic_event_def esauti_event_defs[] = {
    {"customer.created", 1, APIC_IDENTITY_CUSTOMER, NULL, &esauti_customer_created_data_Type},
    {"customer.updated", 2, APIC_IDENTITY_CUSTOMER, NULL, &esauti_customer_updated_data_Type},
    {"customer.deleted", 1, APIC_IDENTITY_CUSTOMER_ID, NULL, &esauti_customer_deleted_data_Type},
    {"customer.merged", 1, APIC_IDENTITY_CUSTOMER_ID, NULL, &esauti_customer_merged_data_Type},
    {"customer.tagged", 1, APIC_IDENTITY_CUSTOMER, NULL, &esauti_customer_tagged_data_Type},
    {"customer.untagged", 1, APIC_IDENTITY_CUSTOMER, NULL, &esauti_customer_untagged_data_Type},
    {"customer.segment_entered", 1, APIC_IDENTITY_CUSTOMER, NULL, &esauti_customer_segment_entered_data_Type},
    {"customer.segment_exited", 1, APIC_IDENTITY_CUSTOMER, NULL, &esauti_customer_segment_exited_data_Type},
    {"contact.subscribed", 1, APIC_IDENTITY_CUSTOMER, NULL, &esauti_contact_subscribed_data_Type},
    {"contact.unsubscribed", 1, APIC_IDENTITY_CUSTOMER, NULL, &esauti_contact_unsubscribed_data_Type},
    {"contact.preferences_updated", 1, APIC_IDENTITY_CUSTOMER, NULL, &esauti_contact_preferences_updated_data_Type},
    {"contact.phone_verified", 1, APIC_IDENTITY_CUSTOMER_PHONE, NULL, &esauti_contact_phone_verified_data_Type},
    {"lead.captured", 1, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "lead", &esauti_lead_captured_data_Type},
    {"lead.updated", 1, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "lead", &esauti_lead_updated_data_Type},
    {"lead.assigned", 1, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "lead", &esauti_lead_assigned_data_Type},
    {"lead.scored", 2, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "lead", &esauti_lead_scored_data_Type},
    {"lead.contacted", 1, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "lead", &esauti_lead_contacted_data_Type},
    {"lead.qualified", 1, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "lead", &esauti_lead_qualified_data_Type},
    {"lead.disqualified", 1, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "lead", &esauti_lead_disqualified_data_Type},
    {"lead.converted", 1, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "lead", &esauti_lead_converted_data_Type},
    {"lead.lost", 1, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "lead", &esauti_lead_lost_data_Type},
    {"lead.status_changed", 1, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "lead", &esauti_lead_status_changed_data_Type},
    {"account.created", 1, APIC_IDENTITY_CUSTOMER, NULL, &esauti_account_created_data_Type},
    {"account.email_verified", 1, APIC_IDENTITY_CUSTOMER_EMAIL, NULL, &esauti_account_email_verified_data_Type},
    {"account.password_changed", 1, APIC_IDENTITY_CUSTOMER, NULL, &esauti_account_password_changed_data_Type},
    {"account.locked", 1, APIC_IDENTITY_CUSTOMER, NULL, &esauti_account_locked_data_Type},
    {"account.unlocked", 1, APIC_IDENTITY_CUSTOMER, NULL, &esauti_account_unlocked_data_Type},
    {"account.closed", 1, APIC_IDENTITY_CUSTOMER, NULL, &esauti_account_closed_data_Type},
    {"auth.login_succeeded", 2, APIC_IDENTITY_CUSTOMER, NULL, &esauti_auth_login_succeeded_data_Type},
    {"auth.login_failed", 1, APIC_IDENTITY_CUSTOMER, NULL, &esauti_auth_login_failed_data_Type},
    {"auth.logged_out", 1, APIC_IDENTITY_CUSTOMER, NULL, &esauti_auth_logged_out_data_Type},
    {"auth.password_reset_requested", 1, APIC_IDENTITY_CUSTOMER, NULL, &esauti_auth_password_reset_requested_data_Type},
    {"auth.password_reset_completed", 1, APIC_IDENTITY_CUSTOMER, NULL, &esauti_auth_password_reset_completed_data_Type},
    {"auth.mfa_enabled", 1, APIC_IDENTITY_CUSTOMER, NULL, &esauti_auth_mfa_enabled_data_Type},
    {"auth.mfa_disabled", 1, APIC_IDENTITY_CUSTOMER, NULL, &esauti_auth_mfa_disabled_data_Type},
    {"auth.new_device_detected", 1, APIC_IDENTITY_CUSTOMER, NULL, &esauti_auth_new_device_detected_data_Type},
    {"session.started", 1, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "session", &esauti_session_started_data_Type},
    {"session.identified", 1, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "session", &esauti_session_identified_data_Type},
    {"session.campaign_attributed", 1, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "session", &esauti_session_campaign_attributed_data_Type},
    {"session.ended", 1, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "session", &esauti_session_ended_data_Type},
    {"page.viewed", 2, APIC_IDENTITY_CUSTOMER, NULL, &esauti_page_viewed_data_Type},
    {"page.scrolled", 1, APIC_IDENTITY_CUSTOMER, NULL, &esauti_page_scrolled_data_Type},
    {"page.link_clicked", 1, APIC_IDENTITY_CUSTOMER, NULL, &esauti_page_link_clicked_data_Type},
    {"page.popup_shown", 1, APIC_IDENTITY_CUSTOMER, NULL, &esauti_page_popup_shown_data_Type},
    {"page.popup_dismissed", 1, APIC_IDENTITY_CUSTOMER, NULL, &esauti_page_popup_dismissed_data_Type},
    {"page.tracked", 1, APIC_IDENTITY_CUSTOMER, NULL, &esauti_page_tracked_data_Type},
    {"product.created", 1, APIC_IDENTITY_ENTITY, "product", &esauti_product_created_data_Type},
    {"product.updated", 1, APIC_IDENTITY_ENTITY, "product", &esauti_product_updated_data_Type},
    {"product.price_changed", 2, APIC_IDENTITY_ENTITY, "product", &esauti_product_price_changed_data_Type},
    {"product.stock_depleted", 1, APIC_IDENTITY_ENTITY, "product", &esauti_product_stock_depleted_data_Type},
    {"product.restocked", 1, APIC_IDENTITY_ENTITY, "product", &esauti_product_restocked_data_Type},
    {"product.viewed", 1, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "product", &esauti_product_viewed_data_Type},
    {"product.wishlisted", 1, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "product", &esauti_product_wishlisted_data_Type},
    {"product.shared", 1, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "product", &esauti_product_shared_data_Type},
    {"product.back_in_stock_requested", 1, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "product", &esauti_product_back_in_stock_requested_data_Type},
    {"category.viewed", 1, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "category", &esauti_category_viewed_data_Type},
    {"catalog.searched", 1, APIC_IDENTITY_CUSTOMER, NULL, &esauti_catalog_searched_data_Type},
    {"catalog.synced", 1, APIC_IDENTITY_ENTITY, "catalog", &esauti_catalog_synced_data_Type},
    {"cart.created", 1, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "cart", &esauti_cart_created_data_Type},
    {"cart.item_added", 1, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "cart", &esauti_cart_item_added_data_Type},
    {"cart.item_removed", 1, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "cart", &esauti_cart_item_removed_data_Type},
    {"cart.item_updated", 1, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "cart", &esauti_cart_item_updated_data_Type},
    {"cart.merged", 1, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "cart", &esauti_cart_merged_data_Type},
    {"cart.emptied", 1, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "cart", &esauti_cart_emptied_data_Type},
    {"cart.abandoned", 2, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "cart", &esauti_cart_abandoned_data_Type},
    {"cart.recovered", 1, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "cart", &esauti_cart_recovered_data_Type},
    {"checkout.started", 1, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "checkout", &esauti_checkout_started_data_Type},
    {"checkout.delivery_selected", 1, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "checkout", &esauti_checkout_delivery_selected_data_Type},
    {"checkout.payment_method_selected", 1, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "checkout", &esauti_checkout_payment_method_selected_data_Type},
    {"checkout.completed", 1, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "checkout", &esauti_checkout_completed_data_Type},
    {"order.created", 1, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "order", &esauti_order_created_data_Type},
    {"order.confirmed", 1, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "order", &esauti_order_confirmed_data_Type},
    {"order.paid", 1, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "order", &esauti_order_paid_data_Type},
    {"order.payment_failed", 1, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "order", &esauti_order_payment_failed_data_Type},
    {"order.updated", 1, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "order", &esauti_order_updated_data_Type},
    {"order.packed", 1, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "order", &esauti_order_packed_data_Type},
    {"order.shipped", 1, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "order", &esauti_order_shipped_data_Type},
    {"order.delivered", 1, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "order", &esauti_order_delivered_data_Type},
    {"order.delivery_failed", 1, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "order", &esauti_order_delivery_failed_data_Type},
    {"order.cancelled", 1, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "order", &esauti_order_cancelled_data_Type},
    {"order.held", 1, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "order", &esauti_order_held_data_Type},
    {"order.reordered", 1, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "order", &esauti_order_reordered_data_Type},
    {"order.refunded", 2, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "order", &esauti_order_refunded_data_Type},
    {"order.completed", 1, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "order", &esauti_order_completed_data_Type},
    {"payment.initiated", 1, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "payment", &esauti_payment_initiated_data_Type},
    {"payment.authorized", 1, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "payment", &esauti_payment_authorized_data_Type},
    {"payment.captured", 1, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "payment", &esauti_payment_captured_data_Type},
    {"payment.succeeded", 2, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "payment", &esauti_payment_succeeded_data_Type},
    {"payment.failed", 1, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "payment", &esauti_payment_failed_data_Type},
    {"payment.cancelled", 1, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "payment", &esauti_payment_cancelled_data_Type},
    {"payment.method_added", 1, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "payment_method", &esauti_payment_method_added_data_Type},
    {"payment.method_removed", 1, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "payment_method", &esauti_payment_method_removed_data_Type},
    {"payment.disputed", 1, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "payment", &esauti_payment_disputed_data_Type},
    {"refund.requested", 1, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "refund", &esauti_refund_requested_data_Type},
    {"refund.succeeded", 1, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "refund", &esauti_refund_succeeded_data_Type},
    {"refund.failed", 1, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "refund", &esauti_refund_failed_data_Type},
    {"invoice.created", 1, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "invoice", &esauti_invoice_created_data_Type},
    {"invoice.sent", 1, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "invoice", &esauti_invoice_sent_data_Type},
    {"invoice.viewed", 1, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "invoice", &esauti_invoice_viewed_data_Type},
    {"invoice.reminder_sent", 1, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "invoice", &esauti_invoice_reminder_sent_data_Type},
    {"invoice.partially_paid", 1, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "invoice", &esauti_invoice_partially_paid_data_Type},
    {"invoice.paid", 2, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "invoice", &esauti_invoice_paid_data_Type},
    {"invoice.overdue", 1, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "invoice", &esauti_invoice_overdue_data_Type},
    {"invoice.voided", 1, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "invoice", &esauti_invoice_voided_data_Type},
    {"invoice.written_off", 1, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "invoice", &esauti_invoice_written_off_data_Type},
    {"subscription.created", 1, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "subscription", &esauti_subscription_created_data_Type},
    {"subscription.trial_started", 1, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "subscription", &esauti_subscription_trial_started_data_Type},
    {"subscription.trial_ended", 1, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "subscription", &esauti_subscription_trial_ended_data_Type},
    {"subscription.activated", 1, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "subscription", &esauti_subscription_activated_data_Type},
    {"subscription.renewed", 1, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "subscription", &esauti_subscription_renewed_data_Type},
    {"subscription.renewal_failed", 1, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "subscription", &esauti_subscription_renewal_failed_data_Type},
    {"subscription.plan_changed", 1, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "subscription", &esauti_subscription_plan_changed_data_Type},
    {"subscription.paused", 1, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "subscription", &esauti_subscription_paused_data_Type},
    {"subscription.resumed", 1, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "subscription", &esauti_subscription_resumed_data_Type},
    {"subscription.cancellation_scheduled", 1, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "subscription", &esauti_subscription_cancellation_scheduled_data_Type},
    {"subscription.cancelled", 1, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "subscription", &esauti_subscription_cancelled_data_Type},
    {"subscription.expired", 1, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "subscription", &esauti_subscription_expired_data_Type},
    {"fulfillment.created", 1, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "fulfillment", &esauti_fulfillment_created_data_Type},
    {"fulfillment.cancelled", 1, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "fulfillment", &esauti_fulfillment_cancelled_data_Type},
    {"shipment.created", 1, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "shipment", &esauti_shipment_created_data_Type},
    {"shipment.dispatched", 1, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "shipment", &esauti_shipment_dispatched_data_Type},
    {"shipment.tracking_updated", 1, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "shipment", &esauti_shipment_tracking_updated_data_Type},
    {"shipment.delayed", 1, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "shipment", &esauti_shipment_delayed_data_Type},
    {"shipment.arrived_at_pickup_point", 1, APIC_IDENTITY_CUSTOMER_PHONE | APIC_IDENTITY_ENTITY, "shipment", &esauti_shipment_arrived_at_pickup_point_data_Type},
    {"shipment.delivery_failed", 1, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "shipment", &esauti_shipment_delivery_failed_data_Type},
    {"shipment.delivered", 2, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "shipment", &esauti_shipment_delivered_data_Type},
    {"return.requested", 1, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "return", &esauti_return_requested_data_Type},
    {"return.approved", 1, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "return", &esauti_return_approved_data_Type},
    {"return.rejected", 1, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "return", &esauti_return_rejected_data_Type},
    {"return.received", 1, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "return", &esauti_return_received_data_Type},
    {"return.completed", 1, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "return", &esauti_return_completed_data_Type},
    {"coupon.issued", 1, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "coupon", &esauti_coupon_issued_data_Type},
    {"coupon.claimed", 1, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "coupon", &esauti_coupon_claimed_data_Type},
    {"coupon.applied", 1, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "coupon", &esauti_coupon_applied_data_Type},
    {"coupon.redeemed", 1, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "coupon", &esauti_coupon_redeemed_data_Type},
    {"coupon.redemption_rejected", 1, APIC_IDENTITY_CUSTOMER, NULL, &esauti_coupon_redemption_rejected_data_Type},
    {"coupon.expiry_reminder_sent", 1, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "coupon", &esauti_coupon_expiry_reminder_sent_data_Type},
    {"coupon.expired", 1, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "coupon", &esauti_coupon_expired_data_Type},
    {"coupon.revoked", 1, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "coupon", &esauti_coupon_revoked_data_Type},
    {"loyalty.enrolled", 1, APIC_IDENTITY_CUSTOMER_ID | APIC_IDENTITY_ENTITY, "loyalty_member", &esauti_loyalty_enrolled_data_Type},
    {"loyalty.points_earned", 1, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "loyalty_member", &esauti_loyalty_points_earned_data_Type},
    {"loyalty.points_redeemed", 1, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "loyalty_member", &esauti_loyalty_points_redeemed_data_Type},
    {"loyalty.points_expired", 1, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "loyalty_member", &esauti_loyalty_points_expired_data_Type},
    {"loyalty.tier_upgraded", 1, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "loyalty_member", &esauti_loyalty_tier_upgraded_data_Type},
    {"loyalty.tier_changed", 2, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "loyalty_member", &esauti_loyalty_tier_changed_data_Type},
    {"wallet.opened", 1, APIC_IDENTITY_CUSTOMER_PHONE | APIC_IDENTITY_ENTITY, "wallet", &esauti_wallet_opened_data_Type},
    {"wallet.topped_up", 1, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "wallet", &esauti_wallet_topped_up_data_Type},
    {"wallet.top_up_failed", 1, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "wallet", &esauti_wallet_top_up_failed_data_Type},
    {"wallet.debited", 1, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "wallet", &esauti_wallet_debited_data_Type},
    {"wallet.transfer_sent", 1, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "wallet", &esauti_wallet_transfer_sent_data_Type},
    {"wallet.transfer_received", 1, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "wallet", &esauti_wallet_transfer_received_data_Type},
    {"review.requested", 1, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "order", &esauti_review_requested_data_Type},
    {"review.submitted", 1, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "review", &esauti_review_submitted_data_Type},
    {"review.published", 1, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "review", &esauti_review_published_data_Type},
    {"review.rejected", 1, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "review", &esauti_review_rejected_data_Type},
    {"review.updated", 1, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "review", &esauti_review_updated_data_Type},
    {"review.replied", 1, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "review", &esauti_review_replied_data_Type},
    {"review.deleted", 1, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "review", &esauti_review_deleted_data_Type},
    {"ticket.created", 1, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "ticket", &esauti_ticket_created_data_Type},
    {"ticket.assigned", 1, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "ticket", &esauti_ticket_assigned_data_Type},
    {"ticket.status_changed", 1, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "ticket", &esauti_ticket_status_changed_data_Type},
    {"ticket.agent_replied", 1, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "ticket", &esauti_ticket_agent_replied_data_Type},
    {"ticket.customer_replied", 1, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "ticket", &esauti_ticket_customer_replied_data_Type},
    {"ticket.escalated", 1, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "ticket", &esauti_ticket_escalated_data_Type},
    {"ticket.sla_breached", 1, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "ticket", &esauti_ticket_sla_breached_data_Type},
    {"ticket.resolved", 2, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "ticket", &esauti_ticket_resolved_data_Type},
    {"ticket.reopened", 1, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "ticket", &esauti_ticket_reopened_data_Type},
    {"ticket.closed", 1, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "ticket", &esauti_ticket_closed_data_Type},
    {"ticket.satisfaction_rated", 1, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "ticket", &esauti_ticket_satisfaction_rated_data_Type},
    {"email.sent", 1, APIC_IDENTITY_CUSTOMER_EMAIL | APIC_IDENTITY_ENTITY, "message", &esauti_email_sent_data_Type},
    {"email.delivered", 1, APIC_IDENTITY_CUSTOMER_EMAIL | APIC_IDENTITY_ENTITY, "message", &esauti_email_delivered_data_Type},
    {"email.opened", 2, APIC_IDENTITY_CUSTOMER_EMAIL | APIC_IDENTITY_ENTITY, "message", &esauti_email_opened_data_Type},
    {"email.clicked", 1, APIC_IDENTITY_CUSTOMER_EMAIL | APIC_IDENTITY_ENTITY, "message", &esauti_email_clicked_data_Type},
    {"email.bounced", 1, APIC_IDENTITY_CUSTOMER_EMAIL | APIC_IDENTITY_ENTITY, "message", &esauti_email_bounced_data_Type},
    {"sms.sent", 1, APIC_IDENTITY_CUSTOMER_PHONE | APIC_IDENTITY_ENTITY, "message", &esauti_sms_sent_data_Type},
    {"sms.delivered", 1, APIC_IDENTITY_CUSTOMER_PHONE | APIC_IDENTITY_ENTITY, "message", &esauti_sms_delivered_data_Type},
    {"sms.failed", 1, APIC_IDENTITY_CUSTOMER_PHONE | APIC_IDENTITY_ENTITY, "message", &esauti_sms_failed_data_Type},
    {"sms.clicked", 1, APIC_IDENTITY_CUSTOMER_PHONE | APIC_IDENTITY_ENTITY, "message", &esauti_sms_clicked_data_Type},
    {"sms.opted_out", 1, APIC_IDENTITY_CUSTOMER_PHONE | APIC_IDENTITY_ENTITY, "message", &esauti_sms_opted_out_data_Type},
    {"whatsapp.sent", 1, APIC_IDENTITY_CUSTOMER_PHONE | APIC_IDENTITY_ENTITY, "message", &esauti_whatsapp_sent_data_Type},
    {"whatsapp.delivered", 1, APIC_IDENTITY_CUSTOMER_PHONE | APIC_IDENTITY_ENTITY, "message", &esauti_whatsapp_delivered_data_Type},
    {"whatsapp.read", 1, APIC_IDENTITY_CUSTOMER_PHONE | APIC_IDENTITY_ENTITY, "message", &esauti_whatsapp_read_data_Type},
    {"whatsapp.clicked", 1, APIC_IDENTITY_CUSTOMER_PHONE | APIC_IDENTITY_ENTITY, "message", &esauti_whatsapp_clicked_data_Type},
    {"whatsapp.failed", 1, APIC_IDENTITY_CUSTOMER_PHONE | APIC_IDENTITY_ENTITY, "message", &esauti_whatsapp_failed_data_Type},
    {"push.sent", 1, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "message", &esauti_push_sent_data_Type},
    {"push.delivered", 1, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "message", &esauti_push_delivered_data_Type},
    {"push.opened", 1, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "message", &esauti_push_opened_data_Type},
    {"push.dismissed", 1, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "message", &esauti_push_dismissed_data_Type},
    {"push.failed", 1, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "message", &esauti_push_failed_data_Type},
    {"campaign.entered", 1, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "campaign", &esauti_campaign_entered_data_Type},
    {"campaign.variant_assigned", 1, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "campaign", &esauti_campaign_variant_assigned_data_Type},
    {"campaign.step_completed", 1, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "campaign", &esauti_campaign_step_completed_data_Type},
    {"campaign.message_suppressed", 1, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "campaign", &esauti_campaign_message_suppressed_data_Type},
    {"campaign.goal_reached", 1, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "campaign", &esauti_campaign_goal_reached_data_Type},
    {"campaign.converted", 2, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "campaign", &esauti_campaign_converted_data_Type},
    {"campaign.unsubscribed", 1, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "campaign", &esauti_campaign_unsubscribed_data_Type},
    {"campaign.coupon_issued", 1, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "campaign", &esauti_campaign_coupon_issued_data_Type},
    {"campaign.exited", 1, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "campaign", &esauti_campaign_exited_data_Type},
    {"form.viewed", 1, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "form", &esauti_form_viewed_data_Type},
    {"form.started", 1, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "form", &esauti_form_started_data_Type},
    {"form.submitted", 2, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "form", &esauti_form_submitted_data_Type},
    {"form.abandoned", 1, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "form", &esauti_form_abandoned_data_Type},
    {"form.submission_rejected", 1, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "form", &esauti_form_submission_rejected_data_Type},
    {"survey.sent", 1, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "survey", &esauti_survey_sent_data_Type},
    {"survey.started", 1, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "survey", &esauti_survey_started_data_Type},
    {"survey.completed", 1, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "survey", &esauti_survey_completed_data_Type},
    {"survey.abandoned", 1, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "survey", &esauti_survey_abandoned_data_Type},
    {"booking.requested", 1, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "booking", &esauti_booking_requested_data_Type},
    {"booking.confirmed", 1, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "booking", &esauti_booking_confirmed_data_Type},
    {"booking.declined", 1, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "booking", &esauti_booking_declined_data_Type},
    {"appointment.scheduled", 1, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "appointment", &esauti_appointment_scheduled_data_Type},
    {"appointment.rescheduled", 2, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "appointment", &esauti_appointment_rescheduled_data_Type},
    {"appointment.cancelled", 1, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "appointment", &esauti_appointment_cancelled_data_Type},
    {"appointment.reminder_sent", 1, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "appointment", &esauti_appointment_reminder_sent_data_Type},
    {"appointment.checked_in", 1, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "appointment", &esauti_appointment_checked_in_data_Type},
    {"appointment.completed", 1, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "appointment", &esauti_appointment_completed_data_Type},
    {"appointment.no_show", 1, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "appointment", &esauti_appointment_no_show_data_Type},
    {"verify.code_requested", 1, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "verification", &esauti_verify_code_requested_data_Type},
    {"verify.code_sent", 1, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "verification", &esauti_verify_code_sent_data_Type},
    {"verify.code_resent", 1, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "verification", &esauti_verify_code_resent_data_Type},
    {"verify.code_verified", 1, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "verification", &esauti_verify_code_verified_data_Type},
    {"verify.code_failed", 2, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "verification", &esauti_verify_code_failed_data_Type},
    {"verify.code_expired", 1, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "verification", &esauti_verify_code_expired_data_Type},
    {"verify.max_attempts_reached", 1, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "verification", &esauti_verify_max_attempts_reached_data_Type},
    {"verify.delivery_failed", 1, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "verification", &esauti_verify_delivery_failed_data_Type},
};

/* Indexes of esauti_event_defs in strcmp order of their names, for apic_event_lookup(). */
static const unsigned short esauti_event_by_name[] = {
    27, 22, 23, 25, 24, 26, 212, 214, 215, 216, 213, 211, 210, 30, 29, 28,
    34, 33, 35, 32, 31, 208, 209, 207, 194, 196, 189, 197, 193, 192, 191, 195,
    190, 64, 58, 63, 59, 60, 61, 62, 65, 56, 57, 55, 69, 67, 68, 66,
    11, 10, 8, 9, 133, 132, 137, 136, 131, 134, 135, 138, 0, 2, 3, 6,
    7, 4, 5, 1, 173, 172, 170, 171, 169, 201, 199, 202, 200, 198, 118, 117,
    96, 102, 101, 100, 99, 97, 98, 103, 104, 14, 12, 16, 19, 18, 20, 17,
    15, 21, 13, 139, 140, 142, 141, 144, 143, 79, 83, 71, 70, 77, 78, 80,
    75, 72, 73, 82, 81, 76, 74, 42, 44, 43, 41, 45, 40, 85, 89, 86,
    92, 88, 84, 90, 91, 87, 54, 46, 48, 50, 53, 49, 47, 51, 52, 185,
    187, 188, 186, 184, 95, 93, 94, 127, 130, 129, 128, 126, 157, 153, 154, 156,
    151, 152, 155, 38, 39, 37, 36, 123, 119, 122, 125, 124, 120, 121, 177, 175,
    176, 178, 174, 108, 114, 115, 105, 116, 112, 111, 110, 109, 113, 107, 106, 206,
    205, 203, 204, 161, 159, 167, 158, 162, 163, 166, 165, 168, 164, 160, 222, 221,
    217, 219, 218, 220, 224, 223, 148, 145, 147, 146, 150, 149, 182, 180, 183, 181,
    179,
};

const apic_event_registry esauti_event_registry = {
    esauti_event_defs, 225, esauti_event_by_name, 32768u,
    "X-eSauti-Source", &esauti_events_ingest_op,
    &esauti_events_ingest_batch_op, 100u
};

const char *esauti_event_type_name(esauti_event_type type)
{
    return type >= 1 && type <= 225 ? esauti_event_defs[type - 1].name : NULL;
}

esauti_event_type esauti_event_type_from_name(const char *name)
{
    return (esauti_event_type)apic_event_lookup(&esauti_event_registry, name);
}

int esauti_events_send_named(esauti_client *client, const char *type_name, const esauti_event_identity *identity,
    const char *data_json, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    void *r = NULL;
    int rc = apic_event_send_json(client, &esauti_event_registry, type_name, identity, data_json,
                                  data_json != NULL ? strlen(data_json) : 0, opts, receipt != NULL ? &r : NULL, err);
    if (receipt != NULL) *receipt = (esauti_event_receipt *)r;
    return rc;
}

int esauti_events_send(esauti_client *client, esauti_event_type type, const esauti_event_identity *identity,
    const char *data_json, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    const char *name = esauti_event_type_name(type);
    if (name == NULL) {
        if (receipt != NULL) *receipt = NULL;
        return apic_error_set(err, APIC_E_ARG, "esauti_events_send: %d is not an event type of this registry", (int)type);
    }
    return esauti_events_send_named(client, name, identity, data_json, opts, receipt, err);
}

int esauti_dead_letter_replay(esauti_client *client, const char *path, apic_replay_report *report, esauti_error *err)
{
    return apic_dead_letter_replay(client, &esauti_event_registry, path, report, err);
}

/* One typed function per event type: the type is the only thing they add to apic_event_send(). */
static int esauti_send_typed(esauti_client *client, esauti_event_type type, const esauti_event_identity *identity,
    const void *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    void *r = NULL;
    int rc = apic_event_send(client, &esauti_event_registry, (int)type, identity, data, opts,
                             receipt != NULL ? &r : NULL, err);
    if (receipt != NULL) *receipt = (esauti_event_receipt *)r;
    return rc;
}

/* Calls an asynchronous send's callback as its own type. */
static void esauti_event_sent_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((esauti_event_sent_callback)typed)(user_data, rc, (esauti_event_receipt *)result, err);
}

int esauti_events_send_customer_created(esauti_client *client, const esauti_event_identity *identity,
    const esauti_customer_created_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_CUSTOMER_CREATED, identity, data, opts, receipt, err);
}

int esauti_events_send_customer_created_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_customer_created_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_CUSTOMER_CREATED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_customer_updated(esauti_client *client, const esauti_event_identity *identity,
    const esauti_customer_updated_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_CUSTOMER_UPDATED, identity, data, opts, receipt, err);
}

int esauti_events_send_customer_updated_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_customer_updated_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_CUSTOMER_UPDATED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_customer_deleted(esauti_client *client, const esauti_event_identity *identity,
    const esauti_customer_deleted_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_CUSTOMER_DELETED, identity, data, opts, receipt, err);
}

int esauti_events_send_customer_deleted_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_customer_deleted_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_CUSTOMER_DELETED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_customer_merged(esauti_client *client, const esauti_event_identity *identity,
    const esauti_customer_merged_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_CUSTOMER_MERGED, identity, data, opts, receipt, err);
}

int esauti_events_send_customer_merged_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_customer_merged_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_CUSTOMER_MERGED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_customer_tagged(esauti_client *client, const esauti_event_identity *identity,
    const esauti_customer_tagged_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_CUSTOMER_TAGGED, identity, data, opts, receipt, err);
}

int esauti_events_send_customer_tagged_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_customer_tagged_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_CUSTOMER_TAGGED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_customer_untagged(esauti_client *client, const esauti_event_identity *identity,
    const esauti_customer_untagged_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_CUSTOMER_UNTAGGED, identity, data, opts, receipt, err);
}

int esauti_events_send_customer_untagged_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_customer_untagged_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_CUSTOMER_UNTAGGED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_customer_segment_entered(esauti_client *client, const esauti_event_identity *identity,
    const esauti_customer_segment_entered_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_CUSTOMER_SEGMENT_ENTERED, identity, data, opts, receipt, err);
}

int esauti_events_send_customer_segment_entered_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_customer_segment_entered_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_CUSTOMER_SEGMENT_ENTERED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_customer_segment_exited(esauti_client *client, const esauti_event_identity *identity,
    const esauti_customer_segment_exited_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_CUSTOMER_SEGMENT_EXITED, identity, data, opts, receipt, err);
}

int esauti_events_send_customer_segment_exited_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_customer_segment_exited_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_CUSTOMER_SEGMENT_EXITED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_contact_subscribed(esauti_client *client, const esauti_event_identity *identity,
    const esauti_contact_subscribed_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_CONTACT_SUBSCRIBED, identity, data, opts, receipt, err);
}

int esauti_events_send_contact_subscribed_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_contact_subscribed_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_CONTACT_SUBSCRIBED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_contact_unsubscribed(esauti_client *client, const esauti_event_identity *identity,
    const esauti_contact_unsubscribed_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_CONTACT_UNSUBSCRIBED, identity, data, opts, receipt, err);
}

int esauti_events_send_contact_unsubscribed_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_contact_unsubscribed_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_CONTACT_UNSUBSCRIBED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_contact_preferences_updated(esauti_client *client, const esauti_event_identity *identity,
    const esauti_contact_preferences_updated_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_CONTACT_PREFERENCES_UPDATED, identity, data, opts, receipt, err);
}

int esauti_events_send_contact_preferences_updated_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_contact_preferences_updated_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_CONTACT_PREFERENCES_UPDATED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_contact_phone_verified(esauti_client *client, const esauti_event_identity *identity,
    const esauti_contact_phone_verified_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_CONTACT_PHONE_VERIFIED, identity, data, opts, receipt, err);
}

int esauti_events_send_contact_phone_verified_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_contact_phone_verified_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_CONTACT_PHONE_VERIFIED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_lead_captured(esauti_client *client, const esauti_event_identity *identity,
    const esauti_lead_captured_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_LEAD_CAPTURED, identity, data, opts, receipt, err);
}

int esauti_events_send_lead_captured_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_lead_captured_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_LEAD_CAPTURED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_lead_updated(esauti_client *client, const esauti_event_identity *identity,
    const esauti_lead_updated_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_LEAD_UPDATED, identity, data, opts, receipt, err);
}

int esauti_events_send_lead_updated_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_lead_updated_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_LEAD_UPDATED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_lead_assigned(esauti_client *client, const esauti_event_identity *identity,
    const esauti_lead_assigned_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_LEAD_ASSIGNED, identity, data, opts, receipt, err);
}

int esauti_events_send_lead_assigned_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_lead_assigned_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_LEAD_ASSIGNED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_lead_scored(esauti_client *client, const esauti_event_identity *identity,
    const esauti_lead_scored_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_LEAD_SCORED, identity, data, opts, receipt, err);
}

int esauti_events_send_lead_scored_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_lead_scored_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_LEAD_SCORED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_lead_contacted(esauti_client *client, const esauti_event_identity *identity,
    const esauti_lead_contacted_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_LEAD_CONTACTED, identity, data, opts, receipt, err);
}

int esauti_events_send_lead_contacted_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_lead_contacted_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_LEAD_CONTACTED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_lead_qualified(esauti_client *client, const esauti_event_identity *identity,
    const esauti_lead_qualified_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_LEAD_QUALIFIED, identity, data, opts, receipt, err);
}

int esauti_events_send_lead_qualified_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_lead_qualified_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_LEAD_QUALIFIED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_lead_disqualified(esauti_client *client, const esauti_event_identity *identity,
    const esauti_lead_disqualified_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_LEAD_DISQUALIFIED, identity, data, opts, receipt, err);
}

int esauti_events_send_lead_disqualified_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_lead_disqualified_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_LEAD_DISQUALIFIED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_lead_converted(esauti_client *client, const esauti_event_identity *identity,
    const esauti_lead_converted_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_LEAD_CONVERTED, identity, data, opts, receipt, err);
}

int esauti_events_send_lead_converted_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_lead_converted_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_LEAD_CONVERTED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_lead_lost(esauti_client *client, const esauti_event_identity *identity,
    const esauti_lead_lost_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_LEAD_LOST, identity, data, opts, receipt, err);
}

int esauti_events_send_lead_lost_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_lead_lost_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_LEAD_LOST, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_lead_status_changed(esauti_client *client, const esauti_event_identity *identity,
    const esauti_lead_status_changed_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_LEAD_STATUS_CHANGED, identity, data, opts, receipt, err);
}

int esauti_events_send_lead_status_changed_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_lead_status_changed_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_LEAD_STATUS_CHANGED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_account_created(esauti_client *client, const esauti_event_identity *identity,
    const esauti_account_created_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_ACCOUNT_CREATED, identity, data, opts, receipt, err);
}

int esauti_events_send_account_created_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_account_created_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_ACCOUNT_CREATED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_account_email_verified(esauti_client *client, const esauti_event_identity *identity,
    const esauti_account_email_verified_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_ACCOUNT_EMAIL_VERIFIED, identity, data, opts, receipt, err);
}

int esauti_events_send_account_email_verified_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_account_email_verified_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_ACCOUNT_EMAIL_VERIFIED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_account_password_changed(esauti_client *client, const esauti_event_identity *identity,
    const esauti_account_password_changed_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_ACCOUNT_PASSWORD_CHANGED, identity, data, opts, receipt, err);
}

int esauti_events_send_account_password_changed_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_account_password_changed_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_ACCOUNT_PASSWORD_CHANGED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_account_locked(esauti_client *client, const esauti_event_identity *identity,
    const esauti_account_locked_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_ACCOUNT_LOCKED, identity, data, opts, receipt, err);
}

int esauti_events_send_account_locked_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_account_locked_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_ACCOUNT_LOCKED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_account_unlocked(esauti_client *client, const esauti_event_identity *identity,
    const esauti_account_unlocked_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_ACCOUNT_UNLOCKED, identity, data, opts, receipt, err);
}

int esauti_events_send_account_unlocked_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_account_unlocked_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_ACCOUNT_UNLOCKED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_account_closed(esauti_client *client, const esauti_event_identity *identity,
    const esauti_account_closed_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_ACCOUNT_CLOSED, identity, data, opts, receipt, err);
}

int esauti_events_send_account_closed_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_account_closed_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_ACCOUNT_CLOSED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_auth_login_succeeded(esauti_client *client, const esauti_event_identity *identity,
    const esauti_auth_login_succeeded_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_AUTH_LOGIN_SUCCEEDED, identity, data, opts, receipt, err);
}

int esauti_events_send_auth_login_succeeded_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_auth_login_succeeded_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_AUTH_LOGIN_SUCCEEDED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_auth_login_failed(esauti_client *client, const esauti_event_identity *identity,
    const esauti_auth_login_failed_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_AUTH_LOGIN_FAILED, identity, data, opts, receipt, err);
}

int esauti_events_send_auth_login_failed_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_auth_login_failed_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_AUTH_LOGIN_FAILED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_auth_logged_out(esauti_client *client, const esauti_event_identity *identity,
    const esauti_auth_logged_out_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_AUTH_LOGGED_OUT, identity, data, opts, receipt, err);
}

int esauti_events_send_auth_logged_out_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_auth_logged_out_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_AUTH_LOGGED_OUT, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_auth_password_reset_requested(esauti_client *client, const esauti_event_identity *identity,
    const esauti_auth_password_reset_requested_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_AUTH_PASSWORD_RESET_REQUESTED, identity, data, opts, receipt, err);
}

int esauti_events_send_auth_password_reset_requested_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_auth_password_reset_requested_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_AUTH_PASSWORD_RESET_REQUESTED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_auth_password_reset_completed(esauti_client *client, const esauti_event_identity *identity,
    const esauti_auth_password_reset_completed_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_AUTH_PASSWORD_RESET_COMPLETED, identity, data, opts, receipt, err);
}

int esauti_events_send_auth_password_reset_completed_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_auth_password_reset_completed_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_AUTH_PASSWORD_RESET_COMPLETED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_auth_mfa_enabled(esauti_client *client, const esauti_event_identity *identity,
    const esauti_auth_mfa_enabled_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_AUTH_MFA_ENABLED, identity, data, opts, receipt, err);
}

int esauti_events_send_auth_mfa_enabled_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_auth_mfa_enabled_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_AUTH_MFA_ENABLED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_auth_mfa_disabled(esauti_client *client, const esauti_event_identity *identity,
    const esauti_auth_mfa_disabled_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_AUTH_MFA_DISABLED, identity, data, opts, receipt, err);
}

int esauti_events_send_auth_mfa_disabled_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_auth_mfa_disabled_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_AUTH_MFA_DISABLED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_auth_new_device_detected(esauti_client *client, const esauti_event_identity *identity,
    const esauti_auth_new_device_detected_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_AUTH_NEW_DEVICE_DETECTED, identity, data, opts, receipt, err);
}

int esauti_events_send_auth_new_device_detected_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_auth_new_device_detected_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_AUTH_NEW_DEVICE_DETECTED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_session_started(esauti_client *client, const esauti_event_identity *identity,
    const esauti_session_started_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_SESSION_STARTED, identity, data, opts, receipt, err);
}

int esauti_events_send_session_started_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_session_started_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_SESSION_STARTED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_session_identified(esauti_client *client, const esauti_event_identity *identity,
    const esauti_session_identified_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_SESSION_IDENTIFIED, identity, data, opts, receipt, err);
}

int esauti_events_send_session_identified_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_session_identified_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_SESSION_IDENTIFIED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_session_campaign_attributed(esauti_client *client, const esauti_event_identity *identity,
    const esauti_session_campaign_attributed_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_SESSION_CAMPAIGN_ATTRIBUTED, identity, data, opts, receipt, err);
}

int esauti_events_send_session_campaign_attributed_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_session_campaign_attributed_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_SESSION_CAMPAIGN_ATTRIBUTED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_session_ended(esauti_client *client, const esauti_event_identity *identity,
    const esauti_session_ended_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_SESSION_ENDED, identity, data, opts, receipt, err);
}

int esauti_events_send_session_ended_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_session_ended_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_SESSION_ENDED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_page_viewed(esauti_client *client, const esauti_event_identity *identity,
    const esauti_page_viewed_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_PAGE_VIEWED, identity, data, opts, receipt, err);
}

int esauti_events_send_page_viewed_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_page_viewed_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_PAGE_VIEWED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_page_scrolled(esauti_client *client, const esauti_event_identity *identity,
    const esauti_page_scrolled_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_PAGE_SCROLLED, identity, data, opts, receipt, err);
}

int esauti_events_send_page_scrolled_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_page_scrolled_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_PAGE_SCROLLED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_page_link_clicked(esauti_client *client, const esauti_event_identity *identity,
    const esauti_page_link_clicked_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_PAGE_LINK_CLICKED, identity, data, opts, receipt, err);
}

int esauti_events_send_page_link_clicked_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_page_link_clicked_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_PAGE_LINK_CLICKED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_page_popup_shown(esauti_client *client, const esauti_event_identity *identity,
    const esauti_page_popup_shown_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_PAGE_POPUP_SHOWN, identity, data, opts, receipt, err);
}

int esauti_events_send_page_popup_shown_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_page_popup_shown_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_PAGE_POPUP_SHOWN, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_page_popup_dismissed(esauti_client *client, const esauti_event_identity *identity,
    const esauti_page_popup_dismissed_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_PAGE_POPUP_DISMISSED, identity, data, opts, receipt, err);
}

int esauti_events_send_page_popup_dismissed_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_page_popup_dismissed_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_PAGE_POPUP_DISMISSED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_page_tracked(esauti_client *client, const esauti_event_identity *identity,
    const esauti_page_tracked_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_PAGE_TRACKED, identity, data, opts, receipt, err);
}

int esauti_events_send_page_tracked_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_page_tracked_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_PAGE_TRACKED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_product_created(esauti_client *client, const esauti_event_identity *identity,
    const esauti_product_created_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_PRODUCT_CREATED, identity, data, opts, receipt, err);
}

int esauti_events_send_product_created_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_product_created_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_PRODUCT_CREATED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_product_updated(esauti_client *client, const esauti_event_identity *identity,
    const esauti_product_updated_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_PRODUCT_UPDATED, identity, data, opts, receipt, err);
}

int esauti_events_send_product_updated_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_product_updated_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_PRODUCT_UPDATED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_product_price_changed(esauti_client *client, const esauti_event_identity *identity,
    const esauti_product_price_changed_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_PRODUCT_PRICE_CHANGED, identity, data, opts, receipt, err);
}

int esauti_events_send_product_price_changed_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_product_price_changed_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_PRODUCT_PRICE_CHANGED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_product_stock_depleted(esauti_client *client, const esauti_event_identity *identity,
    const esauti_product_stock_depleted_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_PRODUCT_STOCK_DEPLETED, identity, data, opts, receipt, err);
}

int esauti_events_send_product_stock_depleted_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_product_stock_depleted_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_PRODUCT_STOCK_DEPLETED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_product_restocked(esauti_client *client, const esauti_event_identity *identity,
    const esauti_product_restocked_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_PRODUCT_RESTOCKED, identity, data, opts, receipt, err);
}

int esauti_events_send_product_restocked_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_product_restocked_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_PRODUCT_RESTOCKED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_product_viewed(esauti_client *client, const esauti_event_identity *identity,
    const esauti_product_viewed_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_PRODUCT_VIEWED, identity, data, opts, receipt, err);
}

int esauti_events_send_product_viewed_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_product_viewed_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_PRODUCT_VIEWED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_product_wishlisted(esauti_client *client, const esauti_event_identity *identity,
    const esauti_product_wishlisted_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_PRODUCT_WISHLISTED, identity, data, opts, receipt, err);
}

int esauti_events_send_product_wishlisted_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_product_wishlisted_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_PRODUCT_WISHLISTED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_product_shared(esauti_client *client, const esauti_event_identity *identity,
    const esauti_product_shared_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_PRODUCT_SHARED, identity, data, opts, receipt, err);
}

int esauti_events_send_product_shared_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_product_shared_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_PRODUCT_SHARED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_product_back_in_stock_requested(esauti_client *client, const esauti_event_identity *identity,
    const esauti_product_back_in_stock_requested_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_PRODUCT_BACK_IN_STOCK_REQUESTED, identity, data, opts, receipt, err);
}

int esauti_events_send_product_back_in_stock_requested_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_product_back_in_stock_requested_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_PRODUCT_BACK_IN_STOCK_REQUESTED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_category_viewed(esauti_client *client, const esauti_event_identity *identity,
    const esauti_category_viewed_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_CATEGORY_VIEWED, identity, data, opts, receipt, err);
}

int esauti_events_send_category_viewed_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_category_viewed_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_CATEGORY_VIEWED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_catalog_searched(esauti_client *client, const esauti_event_identity *identity,
    const esauti_catalog_searched_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_CATALOG_SEARCHED, identity, data, opts, receipt, err);
}

int esauti_events_send_catalog_searched_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_catalog_searched_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_CATALOG_SEARCHED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_catalog_synced(esauti_client *client, const esauti_event_identity *identity,
    const esauti_catalog_synced_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_CATALOG_SYNCED, identity, data, opts, receipt, err);
}

int esauti_events_send_catalog_synced_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_catalog_synced_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_CATALOG_SYNCED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_cart_created(esauti_client *client, const esauti_event_identity *identity,
    const esauti_cart_created_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_CART_CREATED, identity, data, opts, receipt, err);
}

int esauti_events_send_cart_created_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_cart_created_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_CART_CREATED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_cart_item_added(esauti_client *client, const esauti_event_identity *identity,
    const esauti_cart_item_added_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_CART_ITEM_ADDED, identity, data, opts, receipt, err);
}

int esauti_events_send_cart_item_added_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_cart_item_added_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_CART_ITEM_ADDED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_cart_item_removed(esauti_client *client, const esauti_event_identity *identity,
    const esauti_cart_item_removed_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_CART_ITEM_REMOVED, identity, data, opts, receipt, err);
}

int esauti_events_send_cart_item_removed_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_cart_item_removed_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_CART_ITEM_REMOVED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_cart_item_updated(esauti_client *client, const esauti_event_identity *identity,
    const esauti_cart_item_updated_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_CART_ITEM_UPDATED, identity, data, opts, receipt, err);
}

int esauti_events_send_cart_item_updated_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_cart_item_updated_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_CART_ITEM_UPDATED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_cart_merged(esauti_client *client, const esauti_event_identity *identity,
    const esauti_cart_merged_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_CART_MERGED, identity, data, opts, receipt, err);
}

int esauti_events_send_cart_merged_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_cart_merged_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_CART_MERGED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_cart_emptied(esauti_client *client, const esauti_event_identity *identity,
    const esauti_cart_emptied_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_CART_EMPTIED, identity, data, opts, receipt, err);
}

int esauti_events_send_cart_emptied_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_cart_emptied_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_CART_EMPTIED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_cart_abandoned(esauti_client *client, const esauti_event_identity *identity,
    const esauti_cart_abandoned_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_CART_ABANDONED, identity, data, opts, receipt, err);
}

int esauti_events_send_cart_abandoned_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_cart_abandoned_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_CART_ABANDONED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_cart_recovered(esauti_client *client, const esauti_event_identity *identity,
    const esauti_cart_recovered_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_CART_RECOVERED, identity, data, opts, receipt, err);
}

int esauti_events_send_cart_recovered_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_cart_recovered_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_CART_RECOVERED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_checkout_started(esauti_client *client, const esauti_event_identity *identity,
    const esauti_checkout_started_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_CHECKOUT_STARTED, identity, data, opts, receipt, err);
}

int esauti_events_send_checkout_started_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_checkout_started_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_CHECKOUT_STARTED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_checkout_delivery_selected(esauti_client *client, const esauti_event_identity *identity,
    const esauti_checkout_delivery_selected_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_CHECKOUT_DELIVERY_SELECTED, identity, data, opts, receipt, err);
}

int esauti_events_send_checkout_delivery_selected_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_checkout_delivery_selected_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_CHECKOUT_DELIVERY_SELECTED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_checkout_payment_method_selected(esauti_client *client, const esauti_event_identity *identity,
    const esauti_checkout_payment_method_selected_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_CHECKOUT_PAYMENT_METHOD_SELECTED, identity, data, opts, receipt, err);
}

int esauti_events_send_checkout_payment_method_selected_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_checkout_payment_method_selected_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_CHECKOUT_PAYMENT_METHOD_SELECTED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_checkout_completed(esauti_client *client, const esauti_event_identity *identity,
    const esauti_checkout_completed_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_CHECKOUT_COMPLETED, identity, data, opts, receipt, err);
}

int esauti_events_send_checkout_completed_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_checkout_completed_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_CHECKOUT_COMPLETED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_order_created(esauti_client *client, const esauti_event_identity *identity,
    const esauti_order_created_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_ORDER_CREATED, identity, data, opts, receipt, err);
}

int esauti_events_send_order_created_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_order_created_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_ORDER_CREATED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_order_confirmed(esauti_client *client, const esauti_event_identity *identity,
    const esauti_order_confirmed_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_ORDER_CONFIRMED, identity, data, opts, receipt, err);
}

int esauti_events_send_order_confirmed_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_order_confirmed_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_ORDER_CONFIRMED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_order_paid(esauti_client *client, const esauti_event_identity *identity,
    const esauti_order_paid_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_ORDER_PAID, identity, data, opts, receipt, err);
}

int esauti_events_send_order_paid_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_order_paid_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_ORDER_PAID, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_order_payment_failed(esauti_client *client, const esauti_event_identity *identity,
    const esauti_order_payment_failed_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_ORDER_PAYMENT_FAILED, identity, data, opts, receipt, err);
}

int esauti_events_send_order_payment_failed_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_order_payment_failed_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_ORDER_PAYMENT_FAILED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_order_updated(esauti_client *client, const esauti_event_identity *identity,
    const esauti_order_updated_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_ORDER_UPDATED, identity, data, opts, receipt, err);
}

int esauti_events_send_order_updated_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_order_updated_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_ORDER_UPDATED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_order_packed(esauti_client *client, const esauti_event_identity *identity,
    const esauti_order_packed_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_ORDER_PACKED, identity, data, opts, receipt, err);
}

int esauti_events_send_order_packed_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_order_packed_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_ORDER_PACKED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_order_shipped(esauti_client *client, const esauti_event_identity *identity,
    const esauti_order_shipped_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_ORDER_SHIPPED, identity, data, opts, receipt, err);
}

int esauti_events_send_order_shipped_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_order_shipped_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_ORDER_SHIPPED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_order_delivered(esauti_client *client, const esauti_event_identity *identity,
    const esauti_order_delivered_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_ORDER_DELIVERED, identity, data, opts, receipt, err);
}

int esauti_events_send_order_delivered_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_order_delivered_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_ORDER_DELIVERED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_order_delivery_failed(esauti_client *client, const esauti_event_identity *identity,
    const esauti_order_delivery_failed_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_ORDER_DELIVERY_FAILED, identity, data, opts, receipt, err);
}

int esauti_events_send_order_delivery_failed_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_order_delivery_failed_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_ORDER_DELIVERY_FAILED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_order_cancelled(esauti_client *client, const esauti_event_identity *identity,
    const esauti_order_cancelled_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_ORDER_CANCELLED, identity, data, opts, receipt, err);
}

int esauti_events_send_order_cancelled_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_order_cancelled_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_ORDER_CANCELLED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_order_held(esauti_client *client, const esauti_event_identity *identity,
    const esauti_order_held_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_ORDER_HELD, identity, data, opts, receipt, err);
}

int esauti_events_send_order_held_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_order_held_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_ORDER_HELD, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_order_reordered(esauti_client *client, const esauti_event_identity *identity,
    const esauti_order_reordered_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_ORDER_REORDERED, identity, data, opts, receipt, err);
}

int esauti_events_send_order_reordered_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_order_reordered_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_ORDER_REORDERED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_order_refunded(esauti_client *client, const esauti_event_identity *identity,
    const esauti_order_refunded_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_ORDER_REFUNDED, identity, data, opts, receipt, err);
}

int esauti_events_send_order_refunded_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_order_refunded_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_ORDER_REFUNDED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_order_completed(esauti_client *client, const esauti_event_identity *identity,
    const esauti_order_completed_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_ORDER_COMPLETED, identity, data, opts, receipt, err);
}

int esauti_events_send_order_completed_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_order_completed_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_ORDER_COMPLETED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_payment_initiated(esauti_client *client, const esauti_event_identity *identity,
    const esauti_payment_initiated_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_PAYMENT_INITIATED, identity, data, opts, receipt, err);
}

int esauti_events_send_payment_initiated_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_payment_initiated_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_PAYMENT_INITIATED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_payment_authorized(esauti_client *client, const esauti_event_identity *identity,
    const esauti_payment_authorized_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_PAYMENT_AUTHORIZED, identity, data, opts, receipt, err);
}

int esauti_events_send_payment_authorized_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_payment_authorized_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_PAYMENT_AUTHORIZED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_payment_captured(esauti_client *client, const esauti_event_identity *identity,
    const esauti_payment_captured_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_PAYMENT_CAPTURED, identity, data, opts, receipt, err);
}

int esauti_events_send_payment_captured_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_payment_captured_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_PAYMENT_CAPTURED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_payment_succeeded(esauti_client *client, const esauti_event_identity *identity,
    const esauti_payment_succeeded_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_PAYMENT_SUCCEEDED, identity, data, opts, receipt, err);
}

int esauti_events_send_payment_succeeded_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_payment_succeeded_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_PAYMENT_SUCCEEDED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_payment_failed(esauti_client *client, const esauti_event_identity *identity,
    const esauti_payment_failed_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_PAYMENT_FAILED, identity, data, opts, receipt, err);
}

int esauti_events_send_payment_failed_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_payment_failed_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_PAYMENT_FAILED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_payment_cancelled(esauti_client *client, const esauti_event_identity *identity,
    const esauti_payment_cancelled_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_PAYMENT_CANCELLED, identity, data, opts, receipt, err);
}

int esauti_events_send_payment_cancelled_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_payment_cancelled_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_PAYMENT_CANCELLED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_payment_method_added(esauti_client *client, const esauti_event_identity *identity,
    const esauti_payment_method_added_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_PAYMENT_METHOD_ADDED, identity, data, opts, receipt, err);
}

int esauti_events_send_payment_method_added_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_payment_method_added_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_PAYMENT_METHOD_ADDED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_payment_method_removed(esauti_client *client, const esauti_event_identity *identity,
    const esauti_payment_method_removed_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_PAYMENT_METHOD_REMOVED, identity, data, opts, receipt, err);
}

int esauti_events_send_payment_method_removed_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_payment_method_removed_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_PAYMENT_METHOD_REMOVED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_payment_disputed(esauti_client *client, const esauti_event_identity *identity,
    const esauti_payment_disputed_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_PAYMENT_DISPUTED, identity, data, opts, receipt, err);
}

int esauti_events_send_payment_disputed_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_payment_disputed_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_PAYMENT_DISPUTED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_refund_requested(esauti_client *client, const esauti_event_identity *identity,
    const esauti_refund_requested_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_REFUND_REQUESTED, identity, data, opts, receipt, err);
}

int esauti_events_send_refund_requested_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_refund_requested_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_REFUND_REQUESTED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_refund_succeeded(esauti_client *client, const esauti_event_identity *identity,
    const esauti_refund_succeeded_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_REFUND_SUCCEEDED, identity, data, opts, receipt, err);
}

int esauti_events_send_refund_succeeded_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_refund_succeeded_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_REFUND_SUCCEEDED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_refund_failed(esauti_client *client, const esauti_event_identity *identity,
    const esauti_refund_failed_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_REFUND_FAILED, identity, data, opts, receipt, err);
}

int esauti_events_send_refund_failed_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_refund_failed_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_REFUND_FAILED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_invoice_created(esauti_client *client, const esauti_event_identity *identity,
    const esauti_invoice_created_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_INVOICE_CREATED, identity, data, opts, receipt, err);
}

int esauti_events_send_invoice_created_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_invoice_created_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_INVOICE_CREATED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_invoice_sent(esauti_client *client, const esauti_event_identity *identity,
    const esauti_invoice_sent_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_INVOICE_SENT, identity, data, opts, receipt, err);
}

int esauti_events_send_invoice_sent_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_invoice_sent_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_INVOICE_SENT, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_invoice_viewed(esauti_client *client, const esauti_event_identity *identity,
    const esauti_invoice_viewed_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_INVOICE_VIEWED, identity, data, opts, receipt, err);
}

int esauti_events_send_invoice_viewed_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_invoice_viewed_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_INVOICE_VIEWED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_invoice_reminder_sent(esauti_client *client, const esauti_event_identity *identity,
    const esauti_invoice_reminder_sent_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_INVOICE_REMINDER_SENT, identity, data, opts, receipt, err);
}

int esauti_events_send_invoice_reminder_sent_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_invoice_reminder_sent_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_INVOICE_REMINDER_SENT, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_invoice_partially_paid(esauti_client *client, const esauti_event_identity *identity,
    const esauti_invoice_partially_paid_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_INVOICE_PARTIALLY_PAID, identity, data, opts, receipt, err);
}

int esauti_events_send_invoice_partially_paid_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_invoice_partially_paid_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_INVOICE_PARTIALLY_PAID, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_invoice_paid(esauti_client *client, const esauti_event_identity *identity,
    const esauti_invoice_paid_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_INVOICE_PAID, identity, data, opts, receipt, err);
}

int esauti_events_send_invoice_paid_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_invoice_paid_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_INVOICE_PAID, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_invoice_overdue(esauti_client *client, const esauti_event_identity *identity,
    const esauti_invoice_overdue_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_INVOICE_OVERDUE, identity, data, opts, receipt, err);
}

int esauti_events_send_invoice_overdue_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_invoice_overdue_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_INVOICE_OVERDUE, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_invoice_voided(esauti_client *client, const esauti_event_identity *identity,
    const esauti_invoice_voided_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_INVOICE_VOIDED, identity, data, opts, receipt, err);
}

int esauti_events_send_invoice_voided_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_invoice_voided_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_INVOICE_VOIDED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_invoice_written_off(esauti_client *client, const esauti_event_identity *identity,
    const esauti_invoice_written_off_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_INVOICE_WRITTEN_OFF, identity, data, opts, receipt, err);
}

int esauti_events_send_invoice_written_off_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_invoice_written_off_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_INVOICE_WRITTEN_OFF, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_subscription_created(esauti_client *client, const esauti_event_identity *identity,
    const esauti_subscription_created_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_SUBSCRIPTION_CREATED, identity, data, opts, receipt, err);
}

int esauti_events_send_subscription_created_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_subscription_created_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_SUBSCRIPTION_CREATED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_subscription_trial_started(esauti_client *client, const esauti_event_identity *identity,
    const esauti_subscription_trial_started_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_SUBSCRIPTION_TRIAL_STARTED, identity, data, opts, receipt, err);
}

int esauti_events_send_subscription_trial_started_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_subscription_trial_started_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_SUBSCRIPTION_TRIAL_STARTED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_subscription_trial_ended(esauti_client *client, const esauti_event_identity *identity,
    const esauti_subscription_trial_ended_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_SUBSCRIPTION_TRIAL_ENDED, identity, data, opts, receipt, err);
}

int esauti_events_send_subscription_trial_ended_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_subscription_trial_ended_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_SUBSCRIPTION_TRIAL_ENDED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_subscription_activated(esauti_client *client, const esauti_event_identity *identity,
    const esauti_subscription_activated_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_SUBSCRIPTION_ACTIVATED, identity, data, opts, receipt, err);
}

int esauti_events_send_subscription_activated_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_subscription_activated_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_SUBSCRIPTION_ACTIVATED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_subscription_renewed(esauti_client *client, const esauti_event_identity *identity,
    const esauti_subscription_renewed_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_SUBSCRIPTION_RENEWED, identity, data, opts, receipt, err);
}

int esauti_events_send_subscription_renewed_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_subscription_renewed_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_SUBSCRIPTION_RENEWED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_subscription_renewal_failed(esauti_client *client, const esauti_event_identity *identity,
    const esauti_subscription_renewal_failed_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_SUBSCRIPTION_RENEWAL_FAILED, identity, data, opts, receipt, err);
}

int esauti_events_send_subscription_renewal_failed_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_subscription_renewal_failed_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_SUBSCRIPTION_RENEWAL_FAILED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_subscription_plan_changed(esauti_client *client, const esauti_event_identity *identity,
    const esauti_subscription_plan_changed_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_SUBSCRIPTION_PLAN_CHANGED, identity, data, opts, receipt, err);
}

int esauti_events_send_subscription_plan_changed_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_subscription_plan_changed_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_SUBSCRIPTION_PLAN_CHANGED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_subscription_paused(esauti_client *client, const esauti_event_identity *identity,
    const esauti_subscription_paused_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_SUBSCRIPTION_PAUSED, identity, data, opts, receipt, err);
}

int esauti_events_send_subscription_paused_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_subscription_paused_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_SUBSCRIPTION_PAUSED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_subscription_resumed(esauti_client *client, const esauti_event_identity *identity,
    const esauti_subscription_resumed_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_SUBSCRIPTION_RESUMED, identity, data, opts, receipt, err);
}

int esauti_events_send_subscription_resumed_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_subscription_resumed_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_SUBSCRIPTION_RESUMED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_subscription_cancellation_scheduled(esauti_client *client, const esauti_event_identity *identity,
    const esauti_subscription_cancellation_scheduled_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_SUBSCRIPTION_CANCELLATION_SCHEDULED, identity, data, opts, receipt, err);
}

int esauti_events_send_subscription_cancellation_scheduled_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_subscription_cancellation_scheduled_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_SUBSCRIPTION_CANCELLATION_SCHEDULED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_subscription_cancelled(esauti_client *client, const esauti_event_identity *identity,
    const esauti_subscription_cancelled_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_SUBSCRIPTION_CANCELLED, identity, data, opts, receipt, err);
}

int esauti_events_send_subscription_cancelled_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_subscription_cancelled_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_SUBSCRIPTION_CANCELLED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_subscription_expired(esauti_client *client, const esauti_event_identity *identity,
    const esauti_subscription_expired_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_SUBSCRIPTION_EXPIRED, identity, data, opts, receipt, err);
}

int esauti_events_send_subscription_expired_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_subscription_expired_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_SUBSCRIPTION_EXPIRED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_fulfillment_created(esauti_client *client, const esauti_event_identity *identity,
    const esauti_fulfillment_created_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_FULFILLMENT_CREATED, identity, data, opts, receipt, err);
}

int esauti_events_send_fulfillment_created_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_fulfillment_created_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_FULFILLMENT_CREATED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_fulfillment_cancelled(esauti_client *client, const esauti_event_identity *identity,
    const esauti_fulfillment_cancelled_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_FULFILLMENT_CANCELLED, identity, data, opts, receipt, err);
}

int esauti_events_send_fulfillment_cancelled_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_fulfillment_cancelled_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_FULFILLMENT_CANCELLED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_shipment_created(esauti_client *client, const esauti_event_identity *identity,
    const esauti_shipment_created_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_SHIPMENT_CREATED, identity, data, opts, receipt, err);
}

int esauti_events_send_shipment_created_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_shipment_created_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_SHIPMENT_CREATED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_shipment_dispatched(esauti_client *client, const esauti_event_identity *identity,
    const esauti_shipment_dispatched_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_SHIPMENT_DISPATCHED, identity, data, opts, receipt, err);
}

int esauti_events_send_shipment_dispatched_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_shipment_dispatched_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_SHIPMENT_DISPATCHED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_shipment_tracking_updated(esauti_client *client, const esauti_event_identity *identity,
    const esauti_shipment_tracking_updated_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_SHIPMENT_TRACKING_UPDATED, identity, data, opts, receipt, err);
}

int esauti_events_send_shipment_tracking_updated_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_shipment_tracking_updated_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_SHIPMENT_TRACKING_UPDATED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_shipment_delayed(esauti_client *client, const esauti_event_identity *identity,
    const esauti_shipment_delayed_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_SHIPMENT_DELAYED, identity, data, opts, receipt, err);
}

int esauti_events_send_shipment_delayed_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_shipment_delayed_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_SHIPMENT_DELAYED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_shipment_arrived_at_pickup_point(esauti_client *client, const esauti_event_identity *identity,
    const esauti_shipment_arrived_at_pickup_point_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_SHIPMENT_ARRIVED_AT_PICKUP_POINT, identity, data, opts, receipt, err);
}

int esauti_events_send_shipment_arrived_at_pickup_point_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_shipment_arrived_at_pickup_point_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_SHIPMENT_ARRIVED_AT_PICKUP_POINT, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_shipment_delivery_failed(esauti_client *client, const esauti_event_identity *identity,
    const esauti_shipment_delivery_failed_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_SHIPMENT_DELIVERY_FAILED, identity, data, opts, receipt, err);
}

int esauti_events_send_shipment_delivery_failed_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_shipment_delivery_failed_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_SHIPMENT_DELIVERY_FAILED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_shipment_delivered(esauti_client *client, const esauti_event_identity *identity,
    const esauti_shipment_delivered_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_SHIPMENT_DELIVERED, identity, data, opts, receipt, err);
}

int esauti_events_send_shipment_delivered_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_shipment_delivered_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_SHIPMENT_DELIVERED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_return_requested(esauti_client *client, const esauti_event_identity *identity,
    const esauti_return_requested_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_RETURN_REQUESTED, identity, data, opts, receipt, err);
}

int esauti_events_send_return_requested_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_return_requested_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_RETURN_REQUESTED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_return_approved(esauti_client *client, const esauti_event_identity *identity,
    const esauti_return_approved_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_RETURN_APPROVED, identity, data, opts, receipt, err);
}

int esauti_events_send_return_approved_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_return_approved_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_RETURN_APPROVED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_return_rejected(esauti_client *client, const esauti_event_identity *identity,
    const esauti_return_rejected_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_RETURN_REJECTED, identity, data, opts, receipt, err);
}

int esauti_events_send_return_rejected_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_return_rejected_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_RETURN_REJECTED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_return_received(esauti_client *client, const esauti_event_identity *identity,
    const esauti_return_received_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_RETURN_RECEIVED, identity, data, opts, receipt, err);
}

int esauti_events_send_return_received_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_return_received_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_RETURN_RECEIVED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_return_completed(esauti_client *client, const esauti_event_identity *identity,
    const esauti_return_completed_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_RETURN_COMPLETED, identity, data, opts, receipt, err);
}

int esauti_events_send_return_completed_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_return_completed_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_RETURN_COMPLETED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_coupon_issued(esauti_client *client, const esauti_event_identity *identity,
    const esauti_coupon_issued_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_COUPON_ISSUED, identity, data, opts, receipt, err);
}

int esauti_events_send_coupon_issued_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_coupon_issued_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_COUPON_ISSUED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_coupon_claimed(esauti_client *client, const esauti_event_identity *identity,
    const esauti_coupon_claimed_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_COUPON_CLAIMED, identity, data, opts, receipt, err);
}

int esauti_events_send_coupon_claimed_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_coupon_claimed_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_COUPON_CLAIMED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_coupon_applied(esauti_client *client, const esauti_event_identity *identity,
    const esauti_coupon_applied_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_COUPON_APPLIED, identity, data, opts, receipt, err);
}

int esauti_events_send_coupon_applied_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_coupon_applied_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_COUPON_APPLIED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_coupon_redeemed(esauti_client *client, const esauti_event_identity *identity,
    const esauti_coupon_redeemed_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_COUPON_REDEEMED, identity, data, opts, receipt, err);
}

int esauti_events_send_coupon_redeemed_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_coupon_redeemed_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_COUPON_REDEEMED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_coupon_redemption_rejected(esauti_client *client, const esauti_event_identity *identity,
    const esauti_coupon_redemption_rejected_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_COUPON_REDEMPTION_REJECTED, identity, data, opts, receipt, err);
}

int esauti_events_send_coupon_redemption_rejected_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_coupon_redemption_rejected_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_COUPON_REDEMPTION_REJECTED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_coupon_expiry_reminder_sent(esauti_client *client, const esauti_event_identity *identity,
    const esauti_coupon_expiry_reminder_sent_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_COUPON_EXPIRY_REMINDER_SENT, identity, data, opts, receipt, err);
}

int esauti_events_send_coupon_expiry_reminder_sent_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_coupon_expiry_reminder_sent_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_COUPON_EXPIRY_REMINDER_SENT, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_coupon_expired(esauti_client *client, const esauti_event_identity *identity,
    const esauti_coupon_expired_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_COUPON_EXPIRED, identity, data, opts, receipt, err);
}

int esauti_events_send_coupon_expired_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_coupon_expired_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_COUPON_EXPIRED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_coupon_revoked(esauti_client *client, const esauti_event_identity *identity,
    const esauti_coupon_revoked_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_COUPON_REVOKED, identity, data, opts, receipt, err);
}

int esauti_events_send_coupon_revoked_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_coupon_revoked_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_COUPON_REVOKED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_loyalty_enrolled(esauti_client *client, const esauti_event_identity *identity,
    const esauti_loyalty_enrolled_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_LOYALTY_ENROLLED, identity, data, opts, receipt, err);
}

int esauti_events_send_loyalty_enrolled_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_loyalty_enrolled_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_LOYALTY_ENROLLED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_loyalty_points_earned(esauti_client *client, const esauti_event_identity *identity,
    const esauti_loyalty_points_earned_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_LOYALTY_POINTS_EARNED, identity, data, opts, receipt, err);
}

int esauti_events_send_loyalty_points_earned_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_loyalty_points_earned_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_LOYALTY_POINTS_EARNED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_loyalty_points_redeemed(esauti_client *client, const esauti_event_identity *identity,
    const esauti_loyalty_points_redeemed_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_LOYALTY_POINTS_REDEEMED, identity, data, opts, receipt, err);
}

int esauti_events_send_loyalty_points_redeemed_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_loyalty_points_redeemed_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_LOYALTY_POINTS_REDEEMED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_loyalty_points_expired(esauti_client *client, const esauti_event_identity *identity,
    const esauti_loyalty_points_expired_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_LOYALTY_POINTS_EXPIRED, identity, data, opts, receipt, err);
}

int esauti_events_send_loyalty_points_expired_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_loyalty_points_expired_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_LOYALTY_POINTS_EXPIRED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_loyalty_tier_upgraded(esauti_client *client, const esauti_event_identity *identity,
    const esauti_loyalty_tier_upgraded_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_LOYALTY_TIER_UPGRADED, identity, data, opts, receipt, err);
}

int esauti_events_send_loyalty_tier_upgraded_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_loyalty_tier_upgraded_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_LOYALTY_TIER_UPGRADED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_loyalty_tier_changed(esauti_client *client, const esauti_event_identity *identity,
    const esauti_loyalty_tier_changed_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_LOYALTY_TIER_CHANGED, identity, data, opts, receipt, err);
}

int esauti_events_send_loyalty_tier_changed_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_loyalty_tier_changed_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_LOYALTY_TIER_CHANGED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_wallet_opened(esauti_client *client, const esauti_event_identity *identity,
    const esauti_wallet_opened_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_WALLET_OPENED, identity, data, opts, receipt, err);
}

int esauti_events_send_wallet_opened_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_wallet_opened_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_WALLET_OPENED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_wallet_topped_up(esauti_client *client, const esauti_event_identity *identity,
    const esauti_wallet_topped_up_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_WALLET_TOPPED_UP, identity, data, opts, receipt, err);
}

int esauti_events_send_wallet_topped_up_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_wallet_topped_up_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_WALLET_TOPPED_UP, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_wallet_top_up_failed(esauti_client *client, const esauti_event_identity *identity,
    const esauti_wallet_top_up_failed_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_WALLET_TOP_UP_FAILED, identity, data, opts, receipt, err);
}

int esauti_events_send_wallet_top_up_failed_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_wallet_top_up_failed_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_WALLET_TOP_UP_FAILED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_wallet_debited(esauti_client *client, const esauti_event_identity *identity,
    const esauti_wallet_debited_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_WALLET_DEBITED, identity, data, opts, receipt, err);
}

int esauti_events_send_wallet_debited_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_wallet_debited_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_WALLET_DEBITED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_wallet_transfer_sent(esauti_client *client, const esauti_event_identity *identity,
    const esauti_wallet_transfer_sent_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_WALLET_TRANSFER_SENT, identity, data, opts, receipt, err);
}

int esauti_events_send_wallet_transfer_sent_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_wallet_transfer_sent_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_WALLET_TRANSFER_SENT, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_wallet_transfer_received(esauti_client *client, const esauti_event_identity *identity,
    const esauti_wallet_transfer_received_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_WALLET_TRANSFER_RECEIVED, identity, data, opts, receipt, err);
}

int esauti_events_send_wallet_transfer_received_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_wallet_transfer_received_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_WALLET_TRANSFER_RECEIVED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_review_requested(esauti_client *client, const esauti_event_identity *identity,
    const esauti_review_requested_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_REVIEW_REQUESTED, identity, data, opts, receipt, err);
}

int esauti_events_send_review_requested_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_review_requested_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_REVIEW_REQUESTED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_review_submitted(esauti_client *client, const esauti_event_identity *identity,
    const esauti_review_submitted_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_REVIEW_SUBMITTED, identity, data, opts, receipt, err);
}

int esauti_events_send_review_submitted_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_review_submitted_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_REVIEW_SUBMITTED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_review_published(esauti_client *client, const esauti_event_identity *identity,
    const esauti_review_published_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_REVIEW_PUBLISHED, identity, data, opts, receipt, err);
}

int esauti_events_send_review_published_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_review_published_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_REVIEW_PUBLISHED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_review_rejected(esauti_client *client, const esauti_event_identity *identity,
    const esauti_review_rejected_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_REVIEW_REJECTED, identity, data, opts, receipt, err);
}

int esauti_events_send_review_rejected_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_review_rejected_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_REVIEW_REJECTED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_review_updated(esauti_client *client, const esauti_event_identity *identity,
    const esauti_review_updated_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_REVIEW_UPDATED, identity, data, opts, receipt, err);
}

int esauti_events_send_review_updated_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_review_updated_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_REVIEW_UPDATED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_review_replied(esauti_client *client, const esauti_event_identity *identity,
    const esauti_review_replied_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_REVIEW_REPLIED, identity, data, opts, receipt, err);
}

int esauti_events_send_review_replied_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_review_replied_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_REVIEW_REPLIED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_review_deleted(esauti_client *client, const esauti_event_identity *identity,
    const esauti_review_deleted_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_REVIEW_DELETED, identity, data, opts, receipt, err);
}

int esauti_events_send_review_deleted_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_review_deleted_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_REVIEW_DELETED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_ticket_created(esauti_client *client, const esauti_event_identity *identity,
    const esauti_ticket_created_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_TICKET_CREATED, identity, data, opts, receipt, err);
}

int esauti_events_send_ticket_created_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_ticket_created_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_TICKET_CREATED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_ticket_assigned(esauti_client *client, const esauti_event_identity *identity,
    const esauti_ticket_assigned_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_TICKET_ASSIGNED, identity, data, opts, receipt, err);
}

int esauti_events_send_ticket_assigned_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_ticket_assigned_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_TICKET_ASSIGNED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_ticket_status_changed(esauti_client *client, const esauti_event_identity *identity,
    const esauti_ticket_status_changed_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_TICKET_STATUS_CHANGED, identity, data, opts, receipt, err);
}

int esauti_events_send_ticket_status_changed_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_ticket_status_changed_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_TICKET_STATUS_CHANGED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_ticket_agent_replied(esauti_client *client, const esauti_event_identity *identity,
    const esauti_ticket_agent_replied_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_TICKET_AGENT_REPLIED, identity, data, opts, receipt, err);
}

int esauti_events_send_ticket_agent_replied_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_ticket_agent_replied_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_TICKET_AGENT_REPLIED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_ticket_customer_replied(esauti_client *client, const esauti_event_identity *identity,
    const esauti_ticket_customer_replied_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_TICKET_CUSTOMER_REPLIED, identity, data, opts, receipt, err);
}

int esauti_events_send_ticket_customer_replied_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_ticket_customer_replied_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_TICKET_CUSTOMER_REPLIED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_ticket_escalated(esauti_client *client, const esauti_event_identity *identity,
    const esauti_ticket_escalated_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_TICKET_ESCALATED, identity, data, opts, receipt, err);
}

int esauti_events_send_ticket_escalated_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_ticket_escalated_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_TICKET_ESCALATED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_ticket_sla_breached(esauti_client *client, const esauti_event_identity *identity,
    const esauti_ticket_sla_breached_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_TICKET_SLA_BREACHED, identity, data, opts, receipt, err);
}

int esauti_events_send_ticket_sla_breached_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_ticket_sla_breached_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_TICKET_SLA_BREACHED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_ticket_resolved(esauti_client *client, const esauti_event_identity *identity,
    const esauti_ticket_resolved_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_TICKET_RESOLVED, identity, data, opts, receipt, err);
}

int esauti_events_send_ticket_resolved_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_ticket_resolved_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_TICKET_RESOLVED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_ticket_reopened(esauti_client *client, const esauti_event_identity *identity,
    const esauti_ticket_reopened_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_TICKET_REOPENED, identity, data, opts, receipt, err);
}

int esauti_events_send_ticket_reopened_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_ticket_reopened_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_TICKET_REOPENED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_ticket_closed(esauti_client *client, const esauti_event_identity *identity,
    const esauti_ticket_closed_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_TICKET_CLOSED, identity, data, opts, receipt, err);
}

int esauti_events_send_ticket_closed_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_ticket_closed_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_TICKET_CLOSED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_ticket_satisfaction_rated(esauti_client *client, const esauti_event_identity *identity,
    const esauti_ticket_satisfaction_rated_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_TICKET_SATISFACTION_RATED, identity, data, opts, receipt, err);
}

int esauti_events_send_ticket_satisfaction_rated_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_ticket_satisfaction_rated_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_TICKET_SATISFACTION_RATED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_email_sent(esauti_client *client, const esauti_event_identity *identity,
    const esauti_email_sent_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_EMAIL_SENT, identity, data, opts, receipt, err);
}

int esauti_events_send_email_sent_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_email_sent_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_EMAIL_SENT, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_email_delivered(esauti_client *client, const esauti_event_identity *identity,
    const esauti_email_delivered_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_EMAIL_DELIVERED, identity, data, opts, receipt, err);
}

int esauti_events_send_email_delivered_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_email_delivered_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_EMAIL_DELIVERED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_email_opened(esauti_client *client, const esauti_event_identity *identity,
    const esauti_email_opened_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_EMAIL_OPENED, identity, data, opts, receipt, err);
}

int esauti_events_send_email_opened_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_email_opened_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_EMAIL_OPENED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_email_clicked(esauti_client *client, const esauti_event_identity *identity,
    const esauti_email_clicked_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_EMAIL_CLICKED, identity, data, opts, receipt, err);
}

int esauti_events_send_email_clicked_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_email_clicked_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_EMAIL_CLICKED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_email_bounced(esauti_client *client, const esauti_event_identity *identity,
    const esauti_email_bounced_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_EMAIL_BOUNCED, identity, data, opts, receipt, err);
}

int esauti_events_send_email_bounced_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_email_bounced_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_EMAIL_BOUNCED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_sms_sent(esauti_client *client, const esauti_event_identity *identity,
    const esauti_sms_sent_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_SMS_SENT, identity, data, opts, receipt, err);
}

int esauti_events_send_sms_sent_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_sms_sent_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_SMS_SENT, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_sms_delivered(esauti_client *client, const esauti_event_identity *identity,
    const esauti_sms_delivered_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_SMS_DELIVERED, identity, data, opts, receipt, err);
}

int esauti_events_send_sms_delivered_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_sms_delivered_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_SMS_DELIVERED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_sms_failed(esauti_client *client, const esauti_event_identity *identity,
    const esauti_sms_failed_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_SMS_FAILED, identity, data, opts, receipt, err);
}

int esauti_events_send_sms_failed_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_sms_failed_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_SMS_FAILED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_sms_clicked(esauti_client *client, const esauti_event_identity *identity,
    const esauti_sms_clicked_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_SMS_CLICKED, identity, data, opts, receipt, err);
}

int esauti_events_send_sms_clicked_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_sms_clicked_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_SMS_CLICKED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_sms_opted_out(esauti_client *client, const esauti_event_identity *identity,
    const esauti_sms_opted_out_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_SMS_OPTED_OUT, identity, data, opts, receipt, err);
}

int esauti_events_send_sms_opted_out_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_sms_opted_out_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_SMS_OPTED_OUT, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_whatsapp_sent(esauti_client *client, const esauti_event_identity *identity,
    const esauti_whatsapp_sent_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_WHATSAPP_SENT, identity, data, opts, receipt, err);
}

int esauti_events_send_whatsapp_sent_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_whatsapp_sent_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_WHATSAPP_SENT, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_whatsapp_delivered(esauti_client *client, const esauti_event_identity *identity,
    const esauti_whatsapp_delivered_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_WHATSAPP_DELIVERED, identity, data, opts, receipt, err);
}

int esauti_events_send_whatsapp_delivered_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_whatsapp_delivered_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_WHATSAPP_DELIVERED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_whatsapp_read(esauti_client *client, const esauti_event_identity *identity,
    const esauti_whatsapp_read_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_WHATSAPP_READ, identity, data, opts, receipt, err);
}

int esauti_events_send_whatsapp_read_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_whatsapp_read_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_WHATSAPP_READ, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_whatsapp_clicked(esauti_client *client, const esauti_event_identity *identity,
    const esauti_whatsapp_clicked_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_WHATSAPP_CLICKED, identity, data, opts, receipt, err);
}

int esauti_events_send_whatsapp_clicked_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_whatsapp_clicked_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_WHATSAPP_CLICKED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_whatsapp_failed(esauti_client *client, const esauti_event_identity *identity,
    const esauti_whatsapp_failed_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_WHATSAPP_FAILED, identity, data, opts, receipt, err);
}

int esauti_events_send_whatsapp_failed_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_whatsapp_failed_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_WHATSAPP_FAILED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_push_sent(esauti_client *client, const esauti_event_identity *identity,
    const esauti_push_sent_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_PUSH_SENT, identity, data, opts, receipt, err);
}

int esauti_events_send_push_sent_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_push_sent_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_PUSH_SENT, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_push_delivered(esauti_client *client, const esauti_event_identity *identity,
    const esauti_push_delivered_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_PUSH_DELIVERED, identity, data, opts, receipt, err);
}

int esauti_events_send_push_delivered_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_push_delivered_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_PUSH_DELIVERED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_push_opened(esauti_client *client, const esauti_event_identity *identity,
    const esauti_push_opened_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_PUSH_OPENED, identity, data, opts, receipt, err);
}

int esauti_events_send_push_opened_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_push_opened_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_PUSH_OPENED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_push_dismissed(esauti_client *client, const esauti_event_identity *identity,
    const esauti_push_dismissed_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_PUSH_DISMISSED, identity, data, opts, receipt, err);
}

int esauti_events_send_push_dismissed_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_push_dismissed_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_PUSH_DISMISSED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_push_failed(esauti_client *client, const esauti_event_identity *identity,
    const esauti_push_failed_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_PUSH_FAILED, identity, data, opts, receipt, err);
}

int esauti_events_send_push_failed_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_push_failed_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_PUSH_FAILED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_campaign_entered(esauti_client *client, const esauti_event_identity *identity,
    const esauti_campaign_entered_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_CAMPAIGN_ENTERED, identity, data, opts, receipt, err);
}

int esauti_events_send_campaign_entered_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_campaign_entered_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_CAMPAIGN_ENTERED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_campaign_variant_assigned(esauti_client *client, const esauti_event_identity *identity,
    const esauti_campaign_variant_assigned_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_CAMPAIGN_VARIANT_ASSIGNED, identity, data, opts, receipt, err);
}

int esauti_events_send_campaign_variant_assigned_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_campaign_variant_assigned_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_CAMPAIGN_VARIANT_ASSIGNED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_campaign_step_completed(esauti_client *client, const esauti_event_identity *identity,
    const esauti_campaign_step_completed_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_CAMPAIGN_STEP_COMPLETED, identity, data, opts, receipt, err);
}

int esauti_events_send_campaign_step_completed_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_campaign_step_completed_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_CAMPAIGN_STEP_COMPLETED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_campaign_message_suppressed(esauti_client *client, const esauti_event_identity *identity,
    const esauti_campaign_message_suppressed_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_CAMPAIGN_MESSAGE_SUPPRESSED, identity, data, opts, receipt, err);
}

int esauti_events_send_campaign_message_suppressed_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_campaign_message_suppressed_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_CAMPAIGN_MESSAGE_SUPPRESSED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_campaign_goal_reached(esauti_client *client, const esauti_event_identity *identity,
    const esauti_campaign_goal_reached_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_CAMPAIGN_GOAL_REACHED, identity, data, opts, receipt, err);
}

int esauti_events_send_campaign_goal_reached_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_campaign_goal_reached_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_CAMPAIGN_GOAL_REACHED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_campaign_converted(esauti_client *client, const esauti_event_identity *identity,
    const esauti_campaign_converted_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_CAMPAIGN_CONVERTED, identity, data, opts, receipt, err);
}

int esauti_events_send_campaign_converted_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_campaign_converted_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_CAMPAIGN_CONVERTED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_campaign_unsubscribed(esauti_client *client, const esauti_event_identity *identity,
    const esauti_campaign_unsubscribed_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_CAMPAIGN_UNSUBSCRIBED, identity, data, opts, receipt, err);
}

int esauti_events_send_campaign_unsubscribed_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_campaign_unsubscribed_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_CAMPAIGN_UNSUBSCRIBED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_campaign_coupon_issued(esauti_client *client, const esauti_event_identity *identity,
    const esauti_campaign_coupon_issued_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_CAMPAIGN_COUPON_ISSUED, identity, data, opts, receipt, err);
}

int esauti_events_send_campaign_coupon_issued_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_campaign_coupon_issued_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_CAMPAIGN_COUPON_ISSUED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_campaign_exited(esauti_client *client, const esauti_event_identity *identity,
    const esauti_campaign_exited_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_CAMPAIGN_EXITED, identity, data, opts, receipt, err);
}

int esauti_events_send_campaign_exited_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_campaign_exited_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_CAMPAIGN_EXITED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_form_viewed(esauti_client *client, const esauti_event_identity *identity,
    const esauti_form_viewed_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_FORM_VIEWED, identity, data, opts, receipt, err);
}

int esauti_events_send_form_viewed_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_form_viewed_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_FORM_VIEWED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_form_started(esauti_client *client, const esauti_event_identity *identity,
    const esauti_form_started_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_FORM_STARTED, identity, data, opts, receipt, err);
}

int esauti_events_send_form_started_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_form_started_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_FORM_STARTED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_form_submitted(esauti_client *client, const esauti_event_identity *identity,
    const esauti_form_submitted_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_FORM_SUBMITTED, identity, data, opts, receipt, err);
}

int esauti_events_send_form_submitted_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_form_submitted_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_FORM_SUBMITTED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_form_abandoned(esauti_client *client, const esauti_event_identity *identity,
    const esauti_form_abandoned_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_FORM_ABANDONED, identity, data, opts, receipt, err);
}

int esauti_events_send_form_abandoned_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_form_abandoned_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_FORM_ABANDONED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_form_submission_rejected(esauti_client *client, const esauti_event_identity *identity,
    const esauti_form_submission_rejected_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_FORM_SUBMISSION_REJECTED, identity, data, opts, receipt, err);
}

int esauti_events_send_form_submission_rejected_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_form_submission_rejected_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_FORM_SUBMISSION_REJECTED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_survey_sent(esauti_client *client, const esauti_event_identity *identity,
    const esauti_survey_sent_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_SURVEY_SENT, identity, data, opts, receipt, err);
}

int esauti_events_send_survey_sent_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_survey_sent_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_SURVEY_SENT, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_survey_started(esauti_client *client, const esauti_event_identity *identity,
    const esauti_survey_started_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_SURVEY_STARTED, identity, data, opts, receipt, err);
}

int esauti_events_send_survey_started_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_survey_started_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_SURVEY_STARTED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_survey_completed(esauti_client *client, const esauti_event_identity *identity,
    const esauti_survey_completed_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_SURVEY_COMPLETED, identity, data, opts, receipt, err);
}

int esauti_events_send_survey_completed_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_survey_completed_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_SURVEY_COMPLETED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_survey_abandoned(esauti_client *client, const esauti_event_identity *identity,
    const esauti_survey_abandoned_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_SURVEY_ABANDONED, identity, data, opts, receipt, err);
}

int esauti_events_send_survey_abandoned_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_survey_abandoned_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_SURVEY_ABANDONED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_booking_requested(esauti_client *client, const esauti_event_identity *identity,
    const esauti_booking_requested_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_BOOKING_REQUESTED, identity, data, opts, receipt, err);
}

int esauti_events_send_booking_requested_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_booking_requested_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_BOOKING_REQUESTED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_booking_confirmed(esauti_client *client, const esauti_event_identity *identity,
    const esauti_booking_confirmed_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_BOOKING_CONFIRMED, identity, data, opts, receipt, err);
}

int esauti_events_send_booking_confirmed_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_booking_confirmed_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_BOOKING_CONFIRMED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_booking_declined(esauti_client *client, const esauti_event_identity *identity,
    const esauti_booking_declined_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_BOOKING_DECLINED, identity, data, opts, receipt, err);
}

int esauti_events_send_booking_declined_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_booking_declined_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_BOOKING_DECLINED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_appointment_scheduled(esauti_client *client, const esauti_event_identity *identity,
    const esauti_appointment_scheduled_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_APPOINTMENT_SCHEDULED, identity, data, opts, receipt, err);
}

int esauti_events_send_appointment_scheduled_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_appointment_scheduled_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_APPOINTMENT_SCHEDULED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_appointment_rescheduled(esauti_client *client, const esauti_event_identity *identity,
    const esauti_appointment_rescheduled_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_APPOINTMENT_RESCHEDULED, identity, data, opts, receipt, err);
}

int esauti_events_send_appointment_rescheduled_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_appointment_rescheduled_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_APPOINTMENT_RESCHEDULED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_appointment_cancelled(esauti_client *client, const esauti_event_identity *identity,
    const esauti_appointment_cancelled_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_APPOINTMENT_CANCELLED, identity, data, opts, receipt, err);
}

int esauti_events_send_appointment_cancelled_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_appointment_cancelled_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_APPOINTMENT_CANCELLED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_appointment_reminder_sent(esauti_client *client, const esauti_event_identity *identity,
    const esauti_appointment_reminder_sent_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_APPOINTMENT_REMINDER_SENT, identity, data, opts, receipt, err);
}

int esauti_events_send_appointment_reminder_sent_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_appointment_reminder_sent_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_APPOINTMENT_REMINDER_SENT, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_appointment_checked_in(esauti_client *client, const esauti_event_identity *identity,
    const esauti_appointment_checked_in_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_APPOINTMENT_CHECKED_IN, identity, data, opts, receipt, err);
}

int esauti_events_send_appointment_checked_in_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_appointment_checked_in_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_APPOINTMENT_CHECKED_IN, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_appointment_completed(esauti_client *client, const esauti_event_identity *identity,
    const esauti_appointment_completed_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_APPOINTMENT_COMPLETED, identity, data, opts, receipt, err);
}

int esauti_events_send_appointment_completed_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_appointment_completed_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_APPOINTMENT_COMPLETED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_appointment_no_show(esauti_client *client, const esauti_event_identity *identity,
    const esauti_appointment_no_show_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_APPOINTMENT_NO_SHOW, identity, data, opts, receipt, err);
}

int esauti_events_send_appointment_no_show_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_appointment_no_show_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_APPOINTMENT_NO_SHOW, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_verify_code_requested(esauti_client *client, const esauti_event_identity *identity,
    const esauti_verify_code_requested_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_VERIFY_CODE_REQUESTED, identity, data, opts, receipt, err);
}

int esauti_events_send_verify_code_requested_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_verify_code_requested_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_VERIFY_CODE_REQUESTED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_verify_code_sent(esauti_client *client, const esauti_event_identity *identity,
    const esauti_verify_code_sent_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_VERIFY_CODE_SENT, identity, data, opts, receipt, err);
}

int esauti_events_send_verify_code_sent_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_verify_code_sent_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_VERIFY_CODE_SENT, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_verify_code_resent(esauti_client *client, const esauti_event_identity *identity,
    const esauti_verify_code_resent_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_VERIFY_CODE_RESENT, identity, data, opts, receipt, err);
}

int esauti_events_send_verify_code_resent_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_verify_code_resent_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_VERIFY_CODE_RESENT, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_verify_code_verified(esauti_client *client, const esauti_event_identity *identity,
    const esauti_verify_code_verified_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_VERIFY_CODE_VERIFIED, identity, data, opts, receipt, err);
}

int esauti_events_send_verify_code_verified_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_verify_code_verified_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_VERIFY_CODE_VERIFIED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_verify_code_failed(esauti_client *client, const esauti_event_identity *identity,
    const esauti_verify_code_failed_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_VERIFY_CODE_FAILED, identity, data, opts, receipt, err);
}

int esauti_events_send_verify_code_failed_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_verify_code_failed_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_VERIFY_CODE_FAILED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_verify_code_expired(esauti_client *client, const esauti_event_identity *identity,
    const esauti_verify_code_expired_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_VERIFY_CODE_EXPIRED, identity, data, opts, receipt, err);
}

int esauti_events_send_verify_code_expired_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_verify_code_expired_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_VERIFY_CODE_EXPIRED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_verify_max_attempts_reached(esauti_client *client, const esauti_event_identity *identity,
    const esauti_verify_max_attempts_reached_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_VERIFY_MAX_ATTEMPTS_REACHED, identity, data, opts, receipt, err);
}

int esauti_events_send_verify_max_attempts_reached_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_verify_max_attempts_reached_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_VERIFY_MAX_ATTEMPTS_REACHED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

int esauti_events_send_verify_delivery_failed(esauti_client *client, const esauti_event_identity *identity,
    const esauti_verify_delivery_failed_data *data, const esauti_event_options *opts, esauti_event_receipt **receipt, esauti_error *err)
{
    return esauti_send_typed(client, ESAUTI_EVENT_VERIFY_DELIVERY_FAILED, identity, data, opts, receipt, err);
}

int esauti_events_send_verify_delivery_failed_async(esauti_client *client, const esauti_event_identity *identity,
    const esauti_verify_delivery_failed_data *data, const esauti_event_options *opts, esauti_event_sent_callback callback,
    void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_event_send_async(client, &esauti_event_registry, (int)ESAUTI_EVENT_VERIFY_DELIVERY_FAILED, identity, data, opts,
                                 esauti_event_sent_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* The background queue: the registry's batch operation does the sending (apic/queue.h). */
int esauti_events_queue_start(esauti_client *client, const esauti_queue_config *cfg, esauti_error *err)
{
    return apic_event_queue_start(client, &esauti_event_registry, cfg, err);
}

int esauti_events_enqueue_named(esauti_client *client, const char *type_name, const esauti_event_identity *identity,
    const char *data_json, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue_json(client, &esauti_event_registry, type_name, identity, data_json,
                                   data_json != NULL ? strlen(data_json) : 0, opts, err);
}

int esauti_events_enqueue(esauti_client *client, esauti_event_type type, const esauti_event_identity *identity,
    const char *data_json, const esauti_event_options *opts, esauti_error *err)
{
    const char *name = esauti_event_type_name(type);
    if (name == NULL) {
        return apic_error_set(err, APIC_E_ARG, "esauti_events_enqueue: %d is not an event type of this registry", (int)type);
    }
    return esauti_events_enqueue_named(client, name, identity, data_json, opts, err);
}

int esauti_events_flush(esauti_client *client, long timeout_ms, esauti_error *err)
{
    return apic_queue_flush(client, timeout_ms, err);
}

int esauti_events_queue_close(esauti_client *client, long timeout_ms, esauti_error *err)
{
    return apic_queue_close(client, timeout_ms, err);
}

void esauti_events_queue_stats(const esauti_client *client, esauti_queue_stats *out)
{
    apic_queue_get_stats(client, out);
}

int esauti_events_enqueue_customer_created(esauti_client *client, const esauti_event_identity *identity,
    const esauti_customer_created_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_CUSTOMER_CREATED, identity, data, opts, err);
}

int esauti_events_enqueue_customer_updated(esauti_client *client, const esauti_event_identity *identity,
    const esauti_customer_updated_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_CUSTOMER_UPDATED, identity, data, opts, err);
}

int esauti_events_enqueue_customer_deleted(esauti_client *client, const esauti_event_identity *identity,
    const esauti_customer_deleted_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_CUSTOMER_DELETED, identity, data, opts, err);
}

int esauti_events_enqueue_customer_merged(esauti_client *client, const esauti_event_identity *identity,
    const esauti_customer_merged_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_CUSTOMER_MERGED, identity, data, opts, err);
}

int esauti_events_enqueue_customer_tagged(esauti_client *client, const esauti_event_identity *identity,
    const esauti_customer_tagged_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_CUSTOMER_TAGGED, identity, data, opts, err);
}

int esauti_events_enqueue_customer_untagged(esauti_client *client, const esauti_event_identity *identity,
    const esauti_customer_untagged_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_CUSTOMER_UNTAGGED, identity, data, opts, err);
}

int esauti_events_enqueue_customer_segment_entered(esauti_client *client, const esauti_event_identity *identity,
    const esauti_customer_segment_entered_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_CUSTOMER_SEGMENT_ENTERED, identity, data, opts, err);
}

int esauti_events_enqueue_customer_segment_exited(esauti_client *client, const esauti_event_identity *identity,
    const esauti_customer_segment_exited_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_CUSTOMER_SEGMENT_EXITED, identity, data, opts, err);
}

int esauti_events_enqueue_contact_subscribed(esauti_client *client, const esauti_event_identity *identity,
    const esauti_contact_subscribed_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_CONTACT_SUBSCRIBED, identity, data, opts, err);
}

int esauti_events_enqueue_contact_unsubscribed(esauti_client *client, const esauti_event_identity *identity,
    const esauti_contact_unsubscribed_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_CONTACT_UNSUBSCRIBED, identity, data, opts, err);
}

int esauti_events_enqueue_contact_preferences_updated(esauti_client *client, const esauti_event_identity *identity,
    const esauti_contact_preferences_updated_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_CONTACT_PREFERENCES_UPDATED, identity, data, opts, err);
}

int esauti_events_enqueue_contact_phone_verified(esauti_client *client, const esauti_event_identity *identity,
    const esauti_contact_phone_verified_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_CONTACT_PHONE_VERIFIED, identity, data, opts, err);
}

int esauti_events_enqueue_lead_captured(esauti_client *client, const esauti_event_identity *identity,
    const esauti_lead_captured_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_LEAD_CAPTURED, identity, data, opts, err);
}

int esauti_events_enqueue_lead_updated(esauti_client *client, const esauti_event_identity *identity,
    const esauti_lead_updated_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_LEAD_UPDATED, identity, data, opts, err);
}

int esauti_events_enqueue_lead_assigned(esauti_client *client, const esauti_event_identity *identity,
    const esauti_lead_assigned_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_LEAD_ASSIGNED, identity, data, opts, err);
}

int esauti_events_enqueue_lead_scored(esauti_client *client, const esauti_event_identity *identity,
    const esauti_lead_scored_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_LEAD_SCORED, identity, data, opts, err);
}

int esauti_events_enqueue_lead_contacted(esauti_client *client, const esauti_event_identity *identity,
    const esauti_lead_contacted_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_LEAD_CONTACTED, identity, data, opts, err);
}

int esauti_events_enqueue_lead_qualified(esauti_client *client, const esauti_event_identity *identity,
    const esauti_lead_qualified_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_LEAD_QUALIFIED, identity, data, opts, err);
}

int esauti_events_enqueue_lead_disqualified(esauti_client *client, const esauti_event_identity *identity,
    const esauti_lead_disqualified_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_LEAD_DISQUALIFIED, identity, data, opts, err);
}

int esauti_events_enqueue_lead_converted(esauti_client *client, const esauti_event_identity *identity,
    const esauti_lead_converted_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_LEAD_CONVERTED, identity, data, opts, err);
}

int esauti_events_enqueue_lead_lost(esauti_client *client, const esauti_event_identity *identity,
    const esauti_lead_lost_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_LEAD_LOST, identity, data, opts, err);
}

int esauti_events_enqueue_lead_status_changed(esauti_client *client, const esauti_event_identity *identity,
    const esauti_lead_status_changed_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_LEAD_STATUS_CHANGED, identity, data, opts, err);
}

int esauti_events_enqueue_account_created(esauti_client *client, const esauti_event_identity *identity,
    const esauti_account_created_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_ACCOUNT_CREATED, identity, data, opts, err);
}

int esauti_events_enqueue_account_email_verified(esauti_client *client, const esauti_event_identity *identity,
    const esauti_account_email_verified_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_ACCOUNT_EMAIL_VERIFIED, identity, data, opts, err);
}

int esauti_events_enqueue_account_password_changed(esauti_client *client, const esauti_event_identity *identity,
    const esauti_account_password_changed_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_ACCOUNT_PASSWORD_CHANGED, identity, data, opts, err);
}

int esauti_events_enqueue_account_locked(esauti_client *client, const esauti_event_identity *identity,
    const esauti_account_locked_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_ACCOUNT_LOCKED, identity, data, opts, err);
}

int esauti_events_enqueue_account_unlocked(esauti_client *client, const esauti_event_identity *identity,
    const esauti_account_unlocked_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_ACCOUNT_UNLOCKED, identity, data, opts, err);
}

int esauti_events_enqueue_account_closed(esauti_client *client, const esauti_event_identity *identity,
    const esauti_account_closed_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_ACCOUNT_CLOSED, identity, data, opts, err);
}

int esauti_events_enqueue_auth_login_succeeded(esauti_client *client, const esauti_event_identity *identity,
    const esauti_auth_login_succeeded_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_AUTH_LOGIN_SUCCEEDED, identity, data, opts, err);
}

int esauti_events_enqueue_auth_login_failed(esauti_client *client, const esauti_event_identity *identity,
    const esauti_auth_login_failed_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_AUTH_LOGIN_FAILED, identity, data, opts, err);
}

int esauti_events_enqueue_auth_logged_out(esauti_client *client, const esauti_event_identity *identity,
    const esauti_auth_logged_out_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_AUTH_LOGGED_OUT, identity, data, opts, err);
}

int esauti_events_enqueue_auth_password_reset_requested(esauti_client *client, const esauti_event_identity *identity,
    const esauti_auth_password_reset_requested_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_AUTH_PASSWORD_RESET_REQUESTED, identity, data, opts, err);
}

int esauti_events_enqueue_auth_password_reset_completed(esauti_client *client, const esauti_event_identity *identity,
    const esauti_auth_password_reset_completed_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_AUTH_PASSWORD_RESET_COMPLETED, identity, data, opts, err);
}

int esauti_events_enqueue_auth_mfa_enabled(esauti_client *client, const esauti_event_identity *identity,
    const esauti_auth_mfa_enabled_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_AUTH_MFA_ENABLED, identity, data, opts, err);
}

int esauti_events_enqueue_auth_mfa_disabled(esauti_client *client, const esauti_event_identity *identity,
    const esauti_auth_mfa_disabled_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_AUTH_MFA_DISABLED, identity, data, opts, err);
}

int esauti_events_enqueue_auth_new_device_detected(esauti_client *client, const esauti_event_identity *identity,
    const esauti_auth_new_device_detected_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_AUTH_NEW_DEVICE_DETECTED, identity, data, opts, err);
}

int esauti_events_enqueue_session_started(esauti_client *client, const esauti_event_identity *identity,
    const esauti_session_started_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_SESSION_STARTED, identity, data, opts, err);
}

int esauti_events_enqueue_session_identified(esauti_client *client, const esauti_event_identity *identity,
    const esauti_session_identified_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_SESSION_IDENTIFIED, identity, data, opts, err);
}

int esauti_events_enqueue_session_campaign_attributed(esauti_client *client, const esauti_event_identity *identity,
    const esauti_session_campaign_attributed_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_SESSION_CAMPAIGN_ATTRIBUTED, identity, data, opts, err);
}

int esauti_events_enqueue_session_ended(esauti_client *client, const esauti_event_identity *identity,
    const esauti_session_ended_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_SESSION_ENDED, identity, data, opts, err);
}

int esauti_events_enqueue_page_viewed(esauti_client *client, const esauti_event_identity *identity,
    const esauti_page_viewed_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_PAGE_VIEWED, identity, data, opts, err);
}

int esauti_events_enqueue_page_scrolled(esauti_client *client, const esauti_event_identity *identity,
    const esauti_page_scrolled_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_PAGE_SCROLLED, identity, data, opts, err);
}

int esauti_events_enqueue_page_link_clicked(esauti_client *client, const esauti_event_identity *identity,
    const esauti_page_link_clicked_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_PAGE_LINK_CLICKED, identity, data, opts, err);
}

int esauti_events_enqueue_page_popup_shown(esauti_client *client, const esauti_event_identity *identity,
    const esauti_page_popup_shown_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_PAGE_POPUP_SHOWN, identity, data, opts, err);
}

int esauti_events_enqueue_page_popup_dismissed(esauti_client *client, const esauti_event_identity *identity,
    const esauti_page_popup_dismissed_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_PAGE_POPUP_DISMISSED, identity, data, opts, err);
}

int esauti_events_enqueue_page_tracked(esauti_client *client, const esauti_event_identity *identity,
    const esauti_page_tracked_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_PAGE_TRACKED, identity, data, opts, err);
}

int esauti_events_enqueue_product_created(esauti_client *client, const esauti_event_identity *identity,
    const esauti_product_created_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_PRODUCT_CREATED, identity, data, opts, err);
}

int esauti_events_enqueue_product_updated(esauti_client *client, const esauti_event_identity *identity,
    const esauti_product_updated_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_PRODUCT_UPDATED, identity, data, opts, err);
}

int esauti_events_enqueue_product_price_changed(esauti_client *client, const esauti_event_identity *identity,
    const esauti_product_price_changed_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_PRODUCT_PRICE_CHANGED, identity, data, opts, err);
}

int esauti_events_enqueue_product_stock_depleted(esauti_client *client, const esauti_event_identity *identity,
    const esauti_product_stock_depleted_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_PRODUCT_STOCK_DEPLETED, identity, data, opts, err);
}

int esauti_events_enqueue_product_restocked(esauti_client *client, const esauti_event_identity *identity,
    const esauti_product_restocked_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_PRODUCT_RESTOCKED, identity, data, opts, err);
}

int esauti_events_enqueue_product_viewed(esauti_client *client, const esauti_event_identity *identity,
    const esauti_product_viewed_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_PRODUCT_VIEWED, identity, data, opts, err);
}

int esauti_events_enqueue_product_wishlisted(esauti_client *client, const esauti_event_identity *identity,
    const esauti_product_wishlisted_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_PRODUCT_WISHLISTED, identity, data, opts, err);
}

int esauti_events_enqueue_product_shared(esauti_client *client, const esauti_event_identity *identity,
    const esauti_product_shared_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_PRODUCT_SHARED, identity, data, opts, err);
}

int esauti_events_enqueue_product_back_in_stock_requested(esauti_client *client, const esauti_event_identity *identity,
    const esauti_product_back_in_stock_requested_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_PRODUCT_BACK_IN_STOCK_REQUESTED, identity, data, opts, err);
}

int esauti_events_enqueue_category_viewed(esauti_client *client, const esauti_event_identity *identity,
    const esauti_category_viewed_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_CATEGORY_VIEWED, identity, data, opts, err);
}

int esauti_events_enqueue_catalog_searched(esauti_client *client, const esauti_event_identity *identity,
    const esauti_catalog_searched_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_CATALOG_SEARCHED, identity, data, opts, err);
}

int esauti_events_enqueue_catalog_synced(esauti_client *client, const esauti_event_identity *identity,
    const esauti_catalog_synced_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_CATALOG_SYNCED, identity, data, opts, err);
}

int esauti_events_enqueue_cart_created(esauti_client *client, const esauti_event_identity *identity,
    const esauti_cart_created_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_CART_CREATED, identity, data, opts, err);
}

int esauti_events_enqueue_cart_item_added(esauti_client *client, const esauti_event_identity *identity,
    const esauti_cart_item_added_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_CART_ITEM_ADDED, identity, data, opts, err);
}

int esauti_events_enqueue_cart_item_removed(esauti_client *client, const esauti_event_identity *identity,
    const esauti_cart_item_removed_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_CART_ITEM_REMOVED, identity, data, opts, err);
}

int esauti_events_enqueue_cart_item_updated(esauti_client *client, const esauti_event_identity *identity,
    const esauti_cart_item_updated_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_CART_ITEM_UPDATED, identity, data, opts, err);
}

int esauti_events_enqueue_cart_merged(esauti_client *client, const esauti_event_identity *identity,
    const esauti_cart_merged_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_CART_MERGED, identity, data, opts, err);
}

int esauti_events_enqueue_cart_emptied(esauti_client *client, const esauti_event_identity *identity,
    const esauti_cart_emptied_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_CART_EMPTIED, identity, data, opts, err);
}

int esauti_events_enqueue_cart_abandoned(esauti_client *client, const esauti_event_identity *identity,
    const esauti_cart_abandoned_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_CART_ABANDONED, identity, data, opts, err);
}

int esauti_events_enqueue_cart_recovered(esauti_client *client, const esauti_event_identity *identity,
    const esauti_cart_recovered_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_CART_RECOVERED, identity, data, opts, err);
}

int esauti_events_enqueue_checkout_started(esauti_client *client, const esauti_event_identity *identity,
    const esauti_checkout_started_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_CHECKOUT_STARTED, identity, data, opts, err);
}

int esauti_events_enqueue_checkout_delivery_selected(esauti_client *client, const esauti_event_identity *identity,
    const esauti_checkout_delivery_selected_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_CHECKOUT_DELIVERY_SELECTED, identity, data, opts, err);
}

int esauti_events_enqueue_checkout_payment_method_selected(esauti_client *client, const esauti_event_identity *identity,
    const esauti_checkout_payment_method_selected_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_CHECKOUT_PAYMENT_METHOD_SELECTED, identity, data, opts, err);
}

int esauti_events_enqueue_checkout_completed(esauti_client *client, const esauti_event_identity *identity,
    const esauti_checkout_completed_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_CHECKOUT_COMPLETED, identity, data, opts, err);
}

int esauti_events_enqueue_order_created(esauti_client *client, const esauti_event_identity *identity,
    const esauti_order_created_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_ORDER_CREATED, identity, data, opts, err);
}

int esauti_events_enqueue_order_confirmed(esauti_client *client, const esauti_event_identity *identity,
    const esauti_order_confirmed_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_ORDER_CONFIRMED, identity, data, opts, err);
}

int esauti_events_enqueue_order_paid(esauti_client *client, const esauti_event_identity *identity,
    const esauti_order_paid_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_ORDER_PAID, identity, data, opts, err);
}

int esauti_events_enqueue_order_payment_failed(esauti_client *client, const esauti_event_identity *identity,
    const esauti_order_payment_failed_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_ORDER_PAYMENT_FAILED, identity, data, opts, err);
}

int esauti_events_enqueue_order_updated(esauti_client *client, const esauti_event_identity *identity,
    const esauti_order_updated_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_ORDER_UPDATED, identity, data, opts, err);
}

int esauti_events_enqueue_order_packed(esauti_client *client, const esauti_event_identity *identity,
    const esauti_order_packed_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_ORDER_PACKED, identity, data, opts, err);
}

int esauti_events_enqueue_order_shipped(esauti_client *client, const esauti_event_identity *identity,
    const esauti_order_shipped_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_ORDER_SHIPPED, identity, data, opts, err);
}

int esauti_events_enqueue_order_delivered(esauti_client *client, const esauti_event_identity *identity,
    const esauti_order_delivered_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_ORDER_DELIVERED, identity, data, opts, err);
}

int esauti_events_enqueue_order_delivery_failed(esauti_client *client, const esauti_event_identity *identity,
    const esauti_order_delivery_failed_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_ORDER_DELIVERY_FAILED, identity, data, opts, err);
}

int esauti_events_enqueue_order_cancelled(esauti_client *client, const esauti_event_identity *identity,
    const esauti_order_cancelled_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_ORDER_CANCELLED, identity, data, opts, err);
}

int esauti_events_enqueue_order_held(esauti_client *client, const esauti_event_identity *identity,
    const esauti_order_held_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_ORDER_HELD, identity, data, opts, err);
}

int esauti_events_enqueue_order_reordered(esauti_client *client, const esauti_event_identity *identity,
    const esauti_order_reordered_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_ORDER_REORDERED, identity, data, opts, err);
}

int esauti_events_enqueue_order_refunded(esauti_client *client, const esauti_event_identity *identity,
    const esauti_order_refunded_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_ORDER_REFUNDED, identity, data, opts, err);
}

int esauti_events_enqueue_order_completed(esauti_client *client, const esauti_event_identity *identity,
    const esauti_order_completed_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_ORDER_COMPLETED, identity, data, opts, err);
}

int esauti_events_enqueue_payment_initiated(esauti_client *client, const esauti_event_identity *identity,
    const esauti_payment_initiated_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_PAYMENT_INITIATED, identity, data, opts, err);
}

int esauti_events_enqueue_payment_authorized(esauti_client *client, const esauti_event_identity *identity,
    const esauti_payment_authorized_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_PAYMENT_AUTHORIZED, identity, data, opts, err);
}

int esauti_events_enqueue_payment_captured(esauti_client *client, const esauti_event_identity *identity,
    const esauti_payment_captured_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_PAYMENT_CAPTURED, identity, data, opts, err);
}

int esauti_events_enqueue_payment_succeeded(esauti_client *client, const esauti_event_identity *identity,
    const esauti_payment_succeeded_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_PAYMENT_SUCCEEDED, identity, data, opts, err);
}

int esauti_events_enqueue_payment_failed(esauti_client *client, const esauti_event_identity *identity,
    const esauti_payment_failed_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_PAYMENT_FAILED, identity, data, opts, err);
}

int esauti_events_enqueue_payment_cancelled(esauti_client *client, const esauti_event_identity *identity,
    const esauti_payment_cancelled_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_PAYMENT_CANCELLED, identity, data, opts, err);
}

int esauti_events_enqueue_payment_method_added(esauti_client *client, const esauti_event_identity *identity,
    const esauti_payment_method_added_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_PAYMENT_METHOD_ADDED, identity, data, opts, err);
}

int esauti_events_enqueue_payment_method_removed(esauti_client *client, const esauti_event_identity *identity,
    const esauti_payment_method_removed_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_PAYMENT_METHOD_REMOVED, identity, data, opts, err);
}

int esauti_events_enqueue_payment_disputed(esauti_client *client, const esauti_event_identity *identity,
    const esauti_payment_disputed_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_PAYMENT_DISPUTED, identity, data, opts, err);
}

int esauti_events_enqueue_refund_requested(esauti_client *client, const esauti_event_identity *identity,
    const esauti_refund_requested_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_REFUND_REQUESTED, identity, data, opts, err);
}

int esauti_events_enqueue_refund_succeeded(esauti_client *client, const esauti_event_identity *identity,
    const esauti_refund_succeeded_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_REFUND_SUCCEEDED, identity, data, opts, err);
}

int esauti_events_enqueue_refund_failed(esauti_client *client, const esauti_event_identity *identity,
    const esauti_refund_failed_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_REFUND_FAILED, identity, data, opts, err);
}

int esauti_events_enqueue_invoice_created(esauti_client *client, const esauti_event_identity *identity,
    const esauti_invoice_created_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_INVOICE_CREATED, identity, data, opts, err);
}

int esauti_events_enqueue_invoice_sent(esauti_client *client, const esauti_event_identity *identity,
    const esauti_invoice_sent_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_INVOICE_SENT, identity, data, opts, err);
}

int esauti_events_enqueue_invoice_viewed(esauti_client *client, const esauti_event_identity *identity,
    const esauti_invoice_viewed_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_INVOICE_VIEWED, identity, data, opts, err);
}

int esauti_events_enqueue_invoice_reminder_sent(esauti_client *client, const esauti_event_identity *identity,
    const esauti_invoice_reminder_sent_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_INVOICE_REMINDER_SENT, identity, data, opts, err);
}

int esauti_events_enqueue_invoice_partially_paid(esauti_client *client, const esauti_event_identity *identity,
    const esauti_invoice_partially_paid_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_INVOICE_PARTIALLY_PAID, identity, data, opts, err);
}

int esauti_events_enqueue_invoice_paid(esauti_client *client, const esauti_event_identity *identity,
    const esauti_invoice_paid_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_INVOICE_PAID, identity, data, opts, err);
}

int esauti_events_enqueue_invoice_overdue(esauti_client *client, const esauti_event_identity *identity,
    const esauti_invoice_overdue_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_INVOICE_OVERDUE, identity, data, opts, err);
}

int esauti_events_enqueue_invoice_voided(esauti_client *client, const esauti_event_identity *identity,
    const esauti_invoice_voided_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_INVOICE_VOIDED, identity, data, opts, err);
}

int esauti_events_enqueue_invoice_written_off(esauti_client *client, const esauti_event_identity *identity,
    const esauti_invoice_written_off_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_INVOICE_WRITTEN_OFF, identity, data, opts, err);
}

int esauti_events_enqueue_subscription_created(esauti_client *client, const esauti_event_identity *identity,
    const esauti_subscription_created_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_SUBSCRIPTION_CREATED, identity, data, opts, err);
}

int esauti_events_enqueue_subscription_trial_started(esauti_client *client, const esauti_event_identity *identity,
    const esauti_subscription_trial_started_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_SUBSCRIPTION_TRIAL_STARTED, identity, data, opts, err);
}

int esauti_events_enqueue_subscription_trial_ended(esauti_client *client, const esauti_event_identity *identity,
    const esauti_subscription_trial_ended_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_SUBSCRIPTION_TRIAL_ENDED, identity, data, opts, err);
}

int esauti_events_enqueue_subscription_activated(esauti_client *client, const esauti_event_identity *identity,
    const esauti_subscription_activated_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_SUBSCRIPTION_ACTIVATED, identity, data, opts, err);
}

int esauti_events_enqueue_subscription_renewed(esauti_client *client, const esauti_event_identity *identity,
    const esauti_subscription_renewed_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_SUBSCRIPTION_RENEWED, identity, data, opts, err);
}

int esauti_events_enqueue_subscription_renewal_failed(esauti_client *client, const esauti_event_identity *identity,
    const esauti_subscription_renewal_failed_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_SUBSCRIPTION_RENEWAL_FAILED, identity, data, opts, err);
}

int esauti_events_enqueue_subscription_plan_changed(esauti_client *client, const esauti_event_identity *identity,
    const esauti_subscription_plan_changed_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_SUBSCRIPTION_PLAN_CHANGED, identity, data, opts, err);
}

int esauti_events_enqueue_subscription_paused(esauti_client *client, const esauti_event_identity *identity,
    const esauti_subscription_paused_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_SUBSCRIPTION_PAUSED, identity, data, opts, err);
}

int esauti_events_enqueue_subscription_resumed(esauti_client *client, const esauti_event_identity *identity,
    const esauti_subscription_resumed_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_SUBSCRIPTION_RESUMED, identity, data, opts, err);
}

int esauti_events_enqueue_subscription_cancellation_scheduled(esauti_client *client, const esauti_event_identity *identity,
    const esauti_subscription_cancellation_scheduled_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_SUBSCRIPTION_CANCELLATION_SCHEDULED, identity, data, opts, err);
}

int esauti_events_enqueue_subscription_cancelled(esauti_client *client, const esauti_event_identity *identity,
    const esauti_subscription_cancelled_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_SUBSCRIPTION_CANCELLED, identity, data, opts, err);
}

int esauti_events_enqueue_subscription_expired(esauti_client *client, const esauti_event_identity *identity,
    const esauti_subscription_expired_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_SUBSCRIPTION_EXPIRED, identity, data, opts, err);
}

int esauti_events_enqueue_fulfillment_created(esauti_client *client, const esauti_event_identity *identity,
    const esauti_fulfillment_created_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_FULFILLMENT_CREATED, identity, data, opts, err);
}

int esauti_events_enqueue_fulfillment_cancelled(esauti_client *client, const esauti_event_identity *identity,
    const esauti_fulfillment_cancelled_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_FULFILLMENT_CANCELLED, identity, data, opts, err);
}

int esauti_events_enqueue_shipment_created(esauti_client *client, const esauti_event_identity *identity,
    const esauti_shipment_created_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_SHIPMENT_CREATED, identity, data, opts, err);
}

int esauti_events_enqueue_shipment_dispatched(esauti_client *client, const esauti_event_identity *identity,
    const esauti_shipment_dispatched_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_SHIPMENT_DISPATCHED, identity, data, opts, err);
}

int esauti_events_enqueue_shipment_tracking_updated(esauti_client *client, const esauti_event_identity *identity,
    const esauti_shipment_tracking_updated_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_SHIPMENT_TRACKING_UPDATED, identity, data, opts, err);
}

int esauti_events_enqueue_shipment_delayed(esauti_client *client, const esauti_event_identity *identity,
    const esauti_shipment_delayed_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_SHIPMENT_DELAYED, identity, data, opts, err);
}

int esauti_events_enqueue_shipment_arrived_at_pickup_point(esauti_client *client, const esauti_event_identity *identity,
    const esauti_shipment_arrived_at_pickup_point_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_SHIPMENT_ARRIVED_AT_PICKUP_POINT, identity, data, opts, err);
}

int esauti_events_enqueue_shipment_delivery_failed(esauti_client *client, const esauti_event_identity *identity,
    const esauti_shipment_delivery_failed_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_SHIPMENT_DELIVERY_FAILED, identity, data, opts, err);
}

int esauti_events_enqueue_shipment_delivered(esauti_client *client, const esauti_event_identity *identity,
    const esauti_shipment_delivered_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_SHIPMENT_DELIVERED, identity, data, opts, err);
}

int esauti_events_enqueue_return_requested(esauti_client *client, const esauti_event_identity *identity,
    const esauti_return_requested_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_RETURN_REQUESTED, identity, data, opts, err);
}

int esauti_events_enqueue_return_approved(esauti_client *client, const esauti_event_identity *identity,
    const esauti_return_approved_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_RETURN_APPROVED, identity, data, opts, err);
}

int esauti_events_enqueue_return_rejected(esauti_client *client, const esauti_event_identity *identity,
    const esauti_return_rejected_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_RETURN_REJECTED, identity, data, opts, err);
}

int esauti_events_enqueue_return_received(esauti_client *client, const esauti_event_identity *identity,
    const esauti_return_received_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_RETURN_RECEIVED, identity, data, opts, err);
}

int esauti_events_enqueue_return_completed(esauti_client *client, const esauti_event_identity *identity,
    const esauti_return_completed_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_RETURN_COMPLETED, identity, data, opts, err);
}

int esauti_events_enqueue_coupon_issued(esauti_client *client, const esauti_event_identity *identity,
    const esauti_coupon_issued_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_COUPON_ISSUED, identity, data, opts, err);
}

int esauti_events_enqueue_coupon_claimed(esauti_client *client, const esauti_event_identity *identity,
    const esauti_coupon_claimed_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_COUPON_CLAIMED, identity, data, opts, err);
}

int esauti_events_enqueue_coupon_applied(esauti_client *client, const esauti_event_identity *identity,
    const esauti_coupon_applied_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_COUPON_APPLIED, identity, data, opts, err);
}

int esauti_events_enqueue_coupon_redeemed(esauti_client *client, const esauti_event_identity *identity,
    const esauti_coupon_redeemed_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_COUPON_REDEEMED, identity, data, opts, err);
}

int esauti_events_enqueue_coupon_redemption_rejected(esauti_client *client, const esauti_event_identity *identity,
    const esauti_coupon_redemption_rejected_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_COUPON_REDEMPTION_REJECTED, identity, data, opts, err);
}

int esauti_events_enqueue_coupon_expiry_reminder_sent(esauti_client *client, const esauti_event_identity *identity,
    const esauti_coupon_expiry_reminder_sent_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_COUPON_EXPIRY_REMINDER_SENT, identity, data, opts, err);
}

int esauti_events_enqueue_coupon_expired(esauti_client *client, const esauti_event_identity *identity,
    const esauti_coupon_expired_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_COUPON_EXPIRED, identity, data, opts, err);
}

int esauti_events_enqueue_coupon_revoked(esauti_client *client, const esauti_event_identity *identity,
    const esauti_coupon_revoked_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_COUPON_REVOKED, identity, data, opts, err);
}

int esauti_events_enqueue_loyalty_enrolled(esauti_client *client, const esauti_event_identity *identity,
    const esauti_loyalty_enrolled_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_LOYALTY_ENROLLED, identity, data, opts, err);
}

int esauti_events_enqueue_loyalty_points_earned(esauti_client *client, const esauti_event_identity *identity,
    const esauti_loyalty_points_earned_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_LOYALTY_POINTS_EARNED, identity, data, opts, err);
}

int esauti_events_enqueue_loyalty_points_redeemed(esauti_client *client, const esauti_event_identity *identity,
    const esauti_loyalty_points_redeemed_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_LOYALTY_POINTS_REDEEMED, identity, data, opts, err);
}

int esauti_events_enqueue_loyalty_points_expired(esauti_client *client, const esauti_event_identity *identity,
    const esauti_loyalty_points_expired_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_LOYALTY_POINTS_EXPIRED, identity, data, opts, err);
}

int esauti_events_enqueue_loyalty_tier_upgraded(esauti_client *client, const esauti_event_identity *identity,
    const esauti_loyalty_tier_upgraded_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_LOYALTY_TIER_UPGRADED, identity, data, opts, err);
}

int esauti_events_enqueue_loyalty_tier_changed(esauti_client *client, const esauti_event_identity *identity,
    const esauti_loyalty_tier_changed_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_LOYALTY_TIER_CHANGED, identity, data, opts, err);
}

int esauti_events_enqueue_wallet_opened(esauti_client *client, const esauti_event_identity *identity,
    const esauti_wallet_opened_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_WALLET_OPENED, identity, data, opts, err);
}

int esauti_events_enqueue_wallet_topped_up(esauti_client *client, const esauti_event_identity *identity,
    const esauti_wallet_topped_up_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_WALLET_TOPPED_UP, identity, data, opts, err);
}

int esauti_events_enqueue_wallet_top_up_failed(esauti_client *client, const esauti_event_identity *identity,
    const esauti_wallet_top_up_failed_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_WALLET_TOP_UP_FAILED, identity, data, opts, err);
}

int esauti_events_enqueue_wallet_debited(esauti_client *client, const esauti_event_identity *identity,
    const esauti_wallet_debited_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_WALLET_DEBITED, identity, data, opts, err);
}

int esauti_events_enqueue_wallet_transfer_sent(esauti_client *client, const esauti_event_identity *identity,
    const esauti_wallet_transfer_sent_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_WALLET_TRANSFER_SENT, identity, data, opts, err);
}

int esauti_events_enqueue_wallet_transfer_received(esauti_client *client, const esauti_event_identity *identity,
    const esauti_wallet_transfer_received_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_WALLET_TRANSFER_RECEIVED, identity, data, opts, err);
}

int esauti_events_enqueue_review_requested(esauti_client *client, const esauti_event_identity *identity,
    const esauti_review_requested_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_REVIEW_REQUESTED, identity, data, opts, err);
}

int esauti_events_enqueue_review_submitted(esauti_client *client, const esauti_event_identity *identity,
    const esauti_review_submitted_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_REVIEW_SUBMITTED, identity, data, opts, err);
}

int esauti_events_enqueue_review_published(esauti_client *client, const esauti_event_identity *identity,
    const esauti_review_published_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_REVIEW_PUBLISHED, identity, data, opts, err);
}

int esauti_events_enqueue_review_rejected(esauti_client *client, const esauti_event_identity *identity,
    const esauti_review_rejected_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_REVIEW_REJECTED, identity, data, opts, err);
}

int esauti_events_enqueue_review_updated(esauti_client *client, const esauti_event_identity *identity,
    const esauti_review_updated_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_REVIEW_UPDATED, identity, data, opts, err);
}

int esauti_events_enqueue_review_replied(esauti_client *client, const esauti_event_identity *identity,
    const esauti_review_replied_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_REVIEW_REPLIED, identity, data, opts, err);
}

int esauti_events_enqueue_review_deleted(esauti_client *client, const esauti_event_identity *identity,
    const esauti_review_deleted_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_REVIEW_DELETED, identity, data, opts, err);
}

int esauti_events_enqueue_ticket_created(esauti_client *client, const esauti_event_identity *identity,
    const esauti_ticket_created_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_TICKET_CREATED, identity, data, opts, err);
}

int esauti_events_enqueue_ticket_assigned(esauti_client *client, const esauti_event_identity *identity,
    const esauti_ticket_assigned_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_TICKET_ASSIGNED, identity, data, opts, err);
}

int esauti_events_enqueue_ticket_status_changed(esauti_client *client, const esauti_event_identity *identity,
    const esauti_ticket_status_changed_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_TICKET_STATUS_CHANGED, identity, data, opts, err);
}

int esauti_events_enqueue_ticket_agent_replied(esauti_client *client, const esauti_event_identity *identity,
    const esauti_ticket_agent_replied_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_TICKET_AGENT_REPLIED, identity, data, opts, err);
}

int esauti_events_enqueue_ticket_customer_replied(esauti_client *client, const esauti_event_identity *identity,
    const esauti_ticket_customer_replied_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_TICKET_CUSTOMER_REPLIED, identity, data, opts, err);
}

int esauti_events_enqueue_ticket_escalated(esauti_client *client, const esauti_event_identity *identity,
    const esauti_ticket_escalated_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_TICKET_ESCALATED, identity, data, opts, err);
}

int esauti_events_enqueue_ticket_sla_breached(esauti_client *client, const esauti_event_identity *identity,
    const esauti_ticket_sla_breached_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_TICKET_SLA_BREACHED, identity, data, opts, err);
}

int esauti_events_enqueue_ticket_resolved(esauti_client *client, const esauti_event_identity *identity,
    const esauti_ticket_resolved_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_TICKET_RESOLVED, identity, data, opts, err);
}

int esauti_events_enqueue_ticket_reopened(esauti_client *client, const esauti_event_identity *identity,
    const esauti_ticket_reopened_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_TICKET_REOPENED, identity, data, opts, err);
}

int esauti_events_enqueue_ticket_closed(esauti_client *client, const esauti_event_identity *identity,
    const esauti_ticket_closed_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_TICKET_CLOSED, identity, data, opts, err);
}

int esauti_events_enqueue_ticket_satisfaction_rated(esauti_client *client, const esauti_event_identity *identity,
    const esauti_ticket_satisfaction_rated_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_TICKET_SATISFACTION_RATED, identity, data, opts, err);
}

int esauti_events_enqueue_email_sent(esauti_client *client, const esauti_event_identity *identity,
    const esauti_email_sent_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_EMAIL_SENT, identity, data, opts, err);
}

int esauti_events_enqueue_email_delivered(esauti_client *client, const esauti_event_identity *identity,
    const esauti_email_delivered_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_EMAIL_DELIVERED, identity, data, opts, err);
}

int esauti_events_enqueue_email_opened(esauti_client *client, const esauti_event_identity *identity,
    const esauti_email_opened_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_EMAIL_OPENED, identity, data, opts, err);
}

int esauti_events_enqueue_email_clicked(esauti_client *client, const esauti_event_identity *identity,
    const esauti_email_clicked_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_EMAIL_CLICKED, identity, data, opts, err);
}

int esauti_events_enqueue_email_bounced(esauti_client *client, const esauti_event_identity *identity,
    const esauti_email_bounced_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_EMAIL_BOUNCED, identity, data, opts, err);
}

int esauti_events_enqueue_sms_sent(esauti_client *client, const esauti_event_identity *identity,
    const esauti_sms_sent_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_SMS_SENT, identity, data, opts, err);
}

int esauti_events_enqueue_sms_delivered(esauti_client *client, const esauti_event_identity *identity,
    const esauti_sms_delivered_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_SMS_DELIVERED, identity, data, opts, err);
}

int esauti_events_enqueue_sms_failed(esauti_client *client, const esauti_event_identity *identity,
    const esauti_sms_failed_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_SMS_FAILED, identity, data, opts, err);
}

int esauti_events_enqueue_sms_clicked(esauti_client *client, const esauti_event_identity *identity,
    const esauti_sms_clicked_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_SMS_CLICKED, identity, data, opts, err);
}

int esauti_events_enqueue_sms_opted_out(esauti_client *client, const esauti_event_identity *identity,
    const esauti_sms_opted_out_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_SMS_OPTED_OUT, identity, data, opts, err);
}

int esauti_events_enqueue_whatsapp_sent(esauti_client *client, const esauti_event_identity *identity,
    const esauti_whatsapp_sent_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_WHATSAPP_SENT, identity, data, opts, err);
}

int esauti_events_enqueue_whatsapp_delivered(esauti_client *client, const esauti_event_identity *identity,
    const esauti_whatsapp_delivered_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_WHATSAPP_DELIVERED, identity, data, opts, err);
}

int esauti_events_enqueue_whatsapp_read(esauti_client *client, const esauti_event_identity *identity,
    const esauti_whatsapp_read_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_WHATSAPP_READ, identity, data, opts, err);
}

int esauti_events_enqueue_whatsapp_clicked(esauti_client *client, const esauti_event_identity *identity,
    const esauti_whatsapp_clicked_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_WHATSAPP_CLICKED, identity, data, opts, err);
}

int esauti_events_enqueue_whatsapp_failed(esauti_client *client, const esauti_event_identity *identity,
    const esauti_whatsapp_failed_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_WHATSAPP_FAILED, identity, data, opts, err);
}

int esauti_events_enqueue_push_sent(esauti_client *client, const esauti_event_identity *identity,
    const esauti_push_sent_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_PUSH_SENT, identity, data, opts, err);
}

int esauti_events_enqueue_push_delivered(esauti_client *client, const esauti_event_identity *identity,
    const esauti_push_delivered_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_PUSH_DELIVERED, identity, data, opts, err);
}

int esauti_events_enqueue_push_opened(esauti_client *client, const esauti_event_identity *identity,
    const esauti_push_opened_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_PUSH_OPENED, identity, data, opts, err);
}

int esauti_events_enqueue_push_dismissed(esauti_client *client, const esauti_event_identity *identity,
    const esauti_push_dismissed_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_PUSH_DISMISSED, identity, data, opts, err);
}

int esauti_events_enqueue_push_failed(esauti_client *client, const esauti_event_identity *identity,
    const esauti_push_failed_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_PUSH_FAILED, identity, data, opts, err);
}

int esauti_events_enqueue_campaign_entered(esauti_client *client, const esauti_event_identity *identity,
    const esauti_campaign_entered_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_CAMPAIGN_ENTERED, identity, data, opts, err);
}

int esauti_events_enqueue_campaign_variant_assigned(esauti_client *client, const esauti_event_identity *identity,
    const esauti_campaign_variant_assigned_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_CAMPAIGN_VARIANT_ASSIGNED, identity, data, opts, err);
}

int esauti_events_enqueue_campaign_step_completed(esauti_client *client, const esauti_event_identity *identity,
    const esauti_campaign_step_completed_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_CAMPAIGN_STEP_COMPLETED, identity, data, opts, err);
}

int esauti_events_enqueue_campaign_message_suppressed(esauti_client *client, const esauti_event_identity *identity,
    const esauti_campaign_message_suppressed_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_CAMPAIGN_MESSAGE_SUPPRESSED, identity, data, opts, err);
}

int esauti_events_enqueue_campaign_goal_reached(esauti_client *client, const esauti_event_identity *identity,
    const esauti_campaign_goal_reached_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_CAMPAIGN_GOAL_REACHED, identity, data, opts, err);
}

int esauti_events_enqueue_campaign_converted(esauti_client *client, const esauti_event_identity *identity,
    const esauti_campaign_converted_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_CAMPAIGN_CONVERTED, identity, data, opts, err);
}

int esauti_events_enqueue_campaign_unsubscribed(esauti_client *client, const esauti_event_identity *identity,
    const esauti_campaign_unsubscribed_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_CAMPAIGN_UNSUBSCRIBED, identity, data, opts, err);
}

int esauti_events_enqueue_campaign_coupon_issued(esauti_client *client, const esauti_event_identity *identity,
    const esauti_campaign_coupon_issued_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_CAMPAIGN_COUPON_ISSUED, identity, data, opts, err);
}

int esauti_events_enqueue_campaign_exited(esauti_client *client, const esauti_event_identity *identity,
    const esauti_campaign_exited_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_CAMPAIGN_EXITED, identity, data, opts, err);
}

int esauti_events_enqueue_form_viewed(esauti_client *client, const esauti_event_identity *identity,
    const esauti_form_viewed_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_FORM_VIEWED, identity, data, opts, err);
}

int esauti_events_enqueue_form_started(esauti_client *client, const esauti_event_identity *identity,
    const esauti_form_started_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_FORM_STARTED, identity, data, opts, err);
}

int esauti_events_enqueue_form_submitted(esauti_client *client, const esauti_event_identity *identity,
    const esauti_form_submitted_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_FORM_SUBMITTED, identity, data, opts, err);
}

int esauti_events_enqueue_form_abandoned(esauti_client *client, const esauti_event_identity *identity,
    const esauti_form_abandoned_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_FORM_ABANDONED, identity, data, opts, err);
}

int esauti_events_enqueue_form_submission_rejected(esauti_client *client, const esauti_event_identity *identity,
    const esauti_form_submission_rejected_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_FORM_SUBMISSION_REJECTED, identity, data, opts, err);
}

int esauti_events_enqueue_survey_sent(esauti_client *client, const esauti_event_identity *identity,
    const esauti_survey_sent_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_SURVEY_SENT, identity, data, opts, err);
}

int esauti_events_enqueue_survey_started(esauti_client *client, const esauti_event_identity *identity,
    const esauti_survey_started_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_SURVEY_STARTED, identity, data, opts, err);
}

int esauti_events_enqueue_survey_completed(esauti_client *client, const esauti_event_identity *identity,
    const esauti_survey_completed_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_SURVEY_COMPLETED, identity, data, opts, err);
}

int esauti_events_enqueue_survey_abandoned(esauti_client *client, const esauti_event_identity *identity,
    const esauti_survey_abandoned_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_SURVEY_ABANDONED, identity, data, opts, err);
}

int esauti_events_enqueue_booking_requested(esauti_client *client, const esauti_event_identity *identity,
    const esauti_booking_requested_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_BOOKING_REQUESTED, identity, data, opts, err);
}

int esauti_events_enqueue_booking_confirmed(esauti_client *client, const esauti_event_identity *identity,
    const esauti_booking_confirmed_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_BOOKING_CONFIRMED, identity, data, opts, err);
}

int esauti_events_enqueue_booking_declined(esauti_client *client, const esauti_event_identity *identity,
    const esauti_booking_declined_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_BOOKING_DECLINED, identity, data, opts, err);
}

int esauti_events_enqueue_appointment_scheduled(esauti_client *client, const esauti_event_identity *identity,
    const esauti_appointment_scheduled_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_APPOINTMENT_SCHEDULED, identity, data, opts, err);
}

int esauti_events_enqueue_appointment_rescheduled(esauti_client *client, const esauti_event_identity *identity,
    const esauti_appointment_rescheduled_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_APPOINTMENT_RESCHEDULED, identity, data, opts, err);
}

int esauti_events_enqueue_appointment_cancelled(esauti_client *client, const esauti_event_identity *identity,
    const esauti_appointment_cancelled_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_APPOINTMENT_CANCELLED, identity, data, opts, err);
}

int esauti_events_enqueue_appointment_reminder_sent(esauti_client *client, const esauti_event_identity *identity,
    const esauti_appointment_reminder_sent_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_APPOINTMENT_REMINDER_SENT, identity, data, opts, err);
}

int esauti_events_enqueue_appointment_checked_in(esauti_client *client, const esauti_event_identity *identity,
    const esauti_appointment_checked_in_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_APPOINTMENT_CHECKED_IN, identity, data, opts, err);
}

int esauti_events_enqueue_appointment_completed(esauti_client *client, const esauti_event_identity *identity,
    const esauti_appointment_completed_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_APPOINTMENT_COMPLETED, identity, data, opts, err);
}

int esauti_events_enqueue_appointment_no_show(esauti_client *client, const esauti_event_identity *identity,
    const esauti_appointment_no_show_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_APPOINTMENT_NO_SHOW, identity, data, opts, err);
}

int esauti_events_enqueue_verify_code_requested(esauti_client *client, const esauti_event_identity *identity,
    const esauti_verify_code_requested_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_VERIFY_CODE_REQUESTED, identity, data, opts, err);
}

int esauti_events_enqueue_verify_code_sent(esauti_client *client, const esauti_event_identity *identity,
    const esauti_verify_code_sent_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_VERIFY_CODE_SENT, identity, data, opts, err);
}

int esauti_events_enqueue_verify_code_resent(esauti_client *client, const esauti_event_identity *identity,
    const esauti_verify_code_resent_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_VERIFY_CODE_RESENT, identity, data, opts, err);
}

int esauti_events_enqueue_verify_code_verified(esauti_client *client, const esauti_event_identity *identity,
    const esauti_verify_code_verified_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_VERIFY_CODE_VERIFIED, identity, data, opts, err);
}

int esauti_events_enqueue_verify_code_failed(esauti_client *client, const esauti_event_identity *identity,
    const esauti_verify_code_failed_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_VERIFY_CODE_FAILED, identity, data, opts, err);
}

int esauti_events_enqueue_verify_code_expired(esauti_client *client, const esauti_event_identity *identity,
    const esauti_verify_code_expired_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_VERIFY_CODE_EXPIRED, identity, data, opts, err);
}

int esauti_events_enqueue_verify_max_attempts_reached(esauti_client *client, const esauti_event_identity *identity,
    const esauti_verify_max_attempts_reached_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_VERIFY_MAX_ATTEMPTS_REACHED, identity, data, opts, err);
}

int esauti_events_enqueue_verify_delivery_failed(esauti_client *client, const esauti_event_identity *identity,
    const esauti_verify_delivery_failed_data *data, const esauti_event_options *opts, esauti_error *err)
{
    return apic_event_enqueue(client, &esauti_event_registry, ESAUTI_EVENT_VERIFY_DELIVERY_FAILED, identity, data, opts, err);
}
