-- Refreshes the planner's statistics for every table of the database.
analyze;
