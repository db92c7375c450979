/* The event the HTTP events benchmarks send (blocking, queued, asynchronous): the quick start's
 * order.created, two lines, so that their figures compare. */
#ifndef BENCH_SAMPLE_ORDER_H
#define BENCH_SAMPLE_ORDER_H

#include <esauti/esauti.h>

static esauti_order_created_data_items_item sample_lines[] = {
    {.sku = "KIKOY-TWL-BLU", .name = "Kikoy beach towel", .quantity = 3, .unit_amount = 150000},
    {.sku = "CHAI-500G", .name = "Kericho tea, 500 g", .quantity = 1, .unit_amount = 45000},
};

static inline esauti_order_created_data sample_order(void)
{
    return (esauti_order_created_data){.order_id = "ord_5001", .currency = "KES", .total_amount = 495000,
                                       .items = {sample_lines, 2}, .placed_at = "2026-04-12T06:50:20Z"};
}

static inline esauti_event_identity sample_who(void)
{
    return (esauti_event_identity){.customer_id = "cus_1001", .entity_id = "ord_5001"};
}

#endif
