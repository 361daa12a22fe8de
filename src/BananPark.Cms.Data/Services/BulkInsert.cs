using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace BananPark.Cms.Data.Services;

/// <summary>
/// Inserts many new rows through one prepared INSERT inside the open transaction, bypassing the change
/// tracker: for imports, where EF's per-entity bookkeeping cost more than the database. Columns, names and
/// value conversions come from the EF model, so the statement follows the migrations on every provider;
/// database-generated keys are left to the database (the rows' key properties are not set).
/// </summary>
public static class BulkInsert
{
    public static async Task InsertAsync<T>(DbContext db, IReadOnlyList<T> rows, CancellationToken cancellationToken) where T : class
    {
        if (rows.Count == 0)
        {
            return;
        }

        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var columns = entity.GetProperties().Where(p => p.ValueGenerated != ValueGenerated.OnAdd).ToList();
        var sql = db.GetService<ISqlGenerationHelper>();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("A bulk insert needs an open transaction: all its rows commit or none does.");

        await using var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.GetColumnName(table)!)))}) "
            + $"VALUES ({string.Join(", ", columns.Select((_, i) => "@p" + i))})";
        var parameters = columns.Select((c, i) => AddParameter(command, "@p" + i, c)).ToArray();
        var getters = columns.Select(Getter).ToArray();
        await command.PrepareAsync(cancellationToken);
        foreach (var row in rows)
        {
            for (var i = 0; i < parameters.Length; i++)
            {
                parameters[i].Value = getters[i](row) ?? DBNull.Value;
            }

            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    /// <summary>
    /// A parameter typed by the column's mapping (its provider type, e.g. Npgsql's timestamptz), so a first row's
    /// null needs no guess: Npgsql refuses an untyped parameter whose value is DBNull.
    /// </summary>
    private static DbParameter AddParameter(DbCommand command, string name, IProperty property)
    {
        var parameter = property.GetRelationalTypeMapping().CreateParameter(command, name, null, property.IsNullable);
        command.Parameters.Add(parameter);
        return parameter;
    }

    /// <summary>The property's value as the provider stores it (through the mapping's converter, when it has one).</summary>
    private static Func<object, object?> Getter(IProperty property)
    {
        var getter = property.GetGetter();
        var converter = property.GetTypeMapping().Converter;
        return converter is null
            ? row => getter.GetClrValue(row)
            : row => getter.GetClrValue(row) is { } value ? converter.ConvertToProvider(value) : null;
    }
}
