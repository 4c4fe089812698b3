-- trip_companions and companion_relationships go by cascade, item_companions by trigger.
delete from travel_companions
where id = @Id and "createdBy" = @UserId
returning id;
