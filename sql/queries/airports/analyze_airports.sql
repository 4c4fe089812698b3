-- Fresh statistics after a load, so the planner sizes the trigram index scans of the search right away.
analyze airports;
