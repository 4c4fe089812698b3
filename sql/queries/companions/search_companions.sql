-- Case-insensitive substring match on name and e-mail. The search text is escaped here so that
-- '%', '_' and '\' in it match literally ('\' is LIKE's default escape character).
with term as (
    select '%' || replace(replace(replace(@Query, '\', '\\'), '%', '\%'), '_', '\_') || '%' as pattern
)
select c.id, c."createdBy", c."userId", c.name, c.email, c."dateOfBirth", c.relationship, c."createdAt", c."updatedAt"
from travel_companions c, term
where c."createdBy" = @UserId
  and (c.name ilike term.pattern or c.email ilike term.pattern)
order by lower(c.name), c.id
limit @Limit;
