-- One page of the creator's companion profiles, then the total (a QueryMultiple batch).
select id, "createdBy", "userId", name, email, "dateOfBirth", relationship, "createdAt", "updatedAt"
from travel_companions
where "createdBy" = @UserId
order by lower(name), id
limit @Limit offset @Offset;

select count(*)::int
from travel_companions
where "createdBy" = @UserId;
