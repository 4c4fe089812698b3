using TravelPlanner.Data.Models;
using TravelPlanner.Data.Services;

namespace TravelPlanner.Data.Tests.Builders;

/// <summary>Fresh vouchers for a test: <c>await VoucherBuilder.New().Worth(100m).CreateAsync(vouchers, user.Id)</c>.</summary>
public sealed class VoucherBuilder
{
    private string _type = VoucherType.Flight;
    private string _issuer = "Acme Air";
    private string _number = $"V-{Guid.NewGuid():N}";
    private decimal _totalValue = 100.00m;
    private string _currency = "USD";
    private DateOnly? _expirationDate;
    private string? _notes;

    public static VoucherBuilder New() => new();

    public VoucherBuilder OfType(string type)
    {
        _type = type;
        return this;
    }

    public VoucherBuilder Numbered(string number)
    {
        _number = number;
        return this;
    }

    public VoucherBuilder Worth(decimal totalValue, string currency = "USD")
    {
        _totalValue = totalValue;
        _currency = currency;
        return this;
    }

    public VoucherBuilder Expiring(DateOnly? expirationDate)
    {
        _expirationDate = expirationDate;
        return this;
    }

    public VoucherBuilder WithNotes(string notes)
    {
        _notes = notes;
        return this;
    }

    public VoucherDetails Build() => new(_type, _issuer, _number, _totalValue, _currency, _expirationDate, "FF-12345", _notes);

    public Task<Voucher> CreateAsync(IVoucherService vouchers, Guid userId) => vouchers.CreateVoucherAsync(Build(), userId);
}
