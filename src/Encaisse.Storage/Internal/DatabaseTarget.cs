using System.Data.Common;
using Npgsql;

namespace Encaisse.Storage.Internal;

/// <summary>Tells a PostgreSQL connection string or URI from a SQLite file path.</summary>
internal static class DatabaseTarget
{
    public static bool IsPostgres(string argument)
    {
        if (IsPostgresUri(argument))
        {
            return true;
        }

        if (!argument.Contains('=', StringComparison.Ordinal))
        {
            return false;
        }

        try
        {
            var builder = new DbConnectionStringBuilder { ConnectionString = argument };
            return builder.ContainsKey("Host") || builder.ContainsKey("Server");
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    public static NpgsqlConnectionStringBuilder PostgresSettings(string argument)
    {
        if (!IsPostgresUri(argument))
        {
            return new NpgsqlConnectionStringBuilder(argument);
        }

        // postgres://user:password@host:port/database?key=value (libpq URI form; Npgsql takes key=value only).
        var uri = new Uri(argument);
        var builder = new NpgsqlConnectionStringBuilder { Host = uri.Host };
        if (!uri.IsDefaultPort && uri.Port > 0)
        {
            builder.Port = uri.Port;
        }

        if (!string.IsNullOrEmpty(uri.UserInfo))
        {
            var parts = uri.UserInfo.Split(':', 2);
            builder.Username = Uri.UnescapeDataString(parts[0]);
            if (parts.Length == 2)
            {
                builder.Password = Uri.UnescapeDataString(parts[1]);
            }
        }

        var database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        if (database.Length > 0)
        {
            builder.Database = database;
        }

        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var keyValue = pair.Split('=', 2);
            var key = Uri.UnescapeDataString(keyValue[0]);
            var value = keyValue.Length == 2 ? Uri.UnescapeDataString(keyValue[1]) : string.Empty;
            builder[key.Equals("sslmode", StringComparison.OrdinalIgnoreCase) ? "SSL Mode" : key] = value;
        }

        return builder;
    }

    private static bool IsPostgresUri(string argument) =>
        argument.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
        || argument.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase);
}
