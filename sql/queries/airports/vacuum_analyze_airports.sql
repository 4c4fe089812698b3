-- After a load that changed rows (run outside the import's transaction: VACUUM cannot run inside one).
-- Rows inserted after the GIN trigram indexes were built sit in the indexes' pending lists, which the
-- planner prices so high that the search falls back to a sequential scan; ANALYZE alone does not
-- flush them, VACUUM does. ANALYZE refreshes the statistics the search is planned with. A role that
-- does not own the table gets a warning and the step is skipped, not an error.
vacuum (analyze) airports;
