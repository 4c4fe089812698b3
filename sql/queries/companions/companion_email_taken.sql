-- Same rule as the unique index travel_companions_created_by_email_key; @ExceptId skips the profile being updated.
select exists (
    select 1
    from travel_companions
    where "createdBy" = @UserId
      and lower(email) = lower(@Email)
      and (@ExceptId::uuid is null or id <> @ExceptId)
);
