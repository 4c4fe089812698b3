using Npgsql;

namespace TravelPlanner.Data.Repositories;

/// <summary>An open connection and its transaction: the unit of work repository calls share.</summary>
internal sealed record DbTransaction(NpgsqlConnection Connection, NpgsqlTransaction Transaction);
