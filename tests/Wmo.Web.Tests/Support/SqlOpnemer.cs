using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Wmo.Web.Tests.Support;

/// <summary>Records the text of every SQL command that reads (a query), in the order they are sent.</summary>
public sealed class SqlOpnemer(ConcurrentQueue<string> opname) : DbCommandInterceptor
{
    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        opname.Enqueue(command.CommandText.Trim());
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        opname.Enqueue(command.CommandText.Trim());
        return ValueTask.FromResult(result);
    }
}
