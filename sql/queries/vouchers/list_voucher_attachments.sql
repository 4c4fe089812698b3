select a.id, a."voucherId", a."flightId", a."travelerId", a."travelerType", a."amountUsed", a."createdAt"
from voucher_attachments a
join vouchers v on v."userId" = a."userId" and v.id = a."voucherId"
where a."voucherId" = @Id and a."userId" = @UserId
order by a."createdAt", a.id;
