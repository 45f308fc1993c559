-- Drop private.record_request_usage (20261209000100_request_usage.sql): a third writer of
-- usage_events with no production caller. Its only TypeScript caller, metering's
-- recordRequestUsageIn, was never called by a route, action or job, and it was a door through
-- which any signed-in caller could append usage events. Usage is written only by
-- private.record_usage (inside private.finish_generation) and by metering's recordUsage on the
-- privileged connection (hosting hours, bandwidth, storage snapshots).
drop function if exists private.record_request_usage(jsonb);
