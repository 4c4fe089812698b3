alter table airports drop column significance;
drop table airport_significance;
