using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using TechconnectEvent.Web.Features.Editions;
using TechconnectEvent.Web.Infrastructure.Auditing;
using TechconnectEvent.Web.Infrastructure.Data;
using TechconnectEvent.Web.Infrastructure.LiveUpdates;
using TechconnectEvent.Web.Infrastructure.Operations;

namespace TechconnectEvent.Web.Features.Connections.Mous;

/// <summary>A stored document and where its bytes are.</summary>
public sealed record MouDocumentFile(MouDocument Document, string Path);

/// <summary>
/// MoU documents: streamed to a temporary file in the documents folder and checked there (size while reading, type
/// from the signature), then moved under a random name and recorded in one transaction with its audit row. A refusal
/// or failure at any step leaves neither a file nor a row.
/// </summary>
public sealed class MouDocumentStore(
    IDbContextFactory<EventDbContext> dbFactory, AuditTrail audit, ICurrentActor currentActor,
    ChangeNotifier<ConnectionChange> changes, TimeProvider time, MouDocumentOptions options)
{
    public const string TooLargeError = "Mou.Document.TooLarge";

    public async Task<OperationResult<int>> AddAsync(int mouId, string? fileName, Stream content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        var actor = await currentActor.GetAsync();
        if (!actor.IsOrganiser)
        {
            return OperationResult<int>.Fail(CommonErrors.Forbidden);
        }
        var name = MouDocumentFiles.CleanName(fileName);
        if (!name.Succeeded)
        {
            return OperationResult<int>.Fail([.. name.Errors]);
        }
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            if (!await db.Mous.AnyAsync(m => m.Id == mouId, cancellationToken))
            {
                return OperationResult<int>.Fail(CommonErrors.NotFound);
            }
        }

        System.IO.Directory.CreateDirectory(options.Folder);
        var temporary = Path.Combine(options.Folder, ".upload-" + MouDocumentFiles.NewStoredName() + ".tmp");
        var storedName = MouDocumentFiles.NewStoredName();
        var stored = Path.Combine(options.Folder, storedName);
        var committed = false;
        try
        {
            var received = await ReceiveAsync(content, temporary, cancellationToken);
            if (!received.Succeeded)
            {
                return OperationResult<int>.Fail([.. received.Errors]);
            }
            var (contentType, length, sha256) = received.Value!;
            var editionId = 0;
            var result = await dbFactory.WriteAsync<EventDbContext, int>(async db =>
            {
                editionId = await db.Mous.Where(m => m.Id == mouId).Select(m => m.EditionId).FirstOrDefaultAsync(cancellationToken);
                if (editionId == 0)
                {
                    return OperationResult<int>.Fail(CommonErrors.NotFound);
                }
                if (await WorkingEditionCheck.RefuseOtherEditionAsync(db, actor, editionId, cancellationToken) is { } otherEdition)
                {
                    return OperationResult<int>.Fail(otherEdition);
                }
                File.Move(temporary, stored);
                var document = new MouDocument
                {
                    MouId = mouId, FileName = name.Value!, StoredName = storedName, ContentType = contentType, Length = length,
                    Sha256 = sha256, UploadedAt = time.GetUtcNow(), UploadedBy = actor.UserName,
                };
                db.MouDocuments.Add(document);
                await db.SaveChangesAsync(cancellationToken);
                audit.Add(db, actor, "mou.document.added", nameof(Mou), mouId, editionId,
                    after: new { document.FileName, document.ContentType, document.Length, document.Sha256 });
                return OperationResult<int>.Ok(document.Id);
            }, cancellationToken, publish: _ => changes.Publish(new ConnectionChange(editionId, ConnectionArea.Mous)));
            committed = result.Succeeded;
            return result;
        }
        finally
        {
            File.Delete(temporary);
            if (!committed)
            {
                File.Delete(stored);
            }
        }
    }

    /// <summary>The document for an organiser to download; null when it does not exist, belongs elsewhere or its file is gone.</summary>
    public async Task<MouDocumentFile?> OpenAsync(int mouId, int documentId, CancellationToken cancellationToken = default)
    {
        if (!(await currentActor.GetAsync()).IsOrganiser)
        {
            return null;
        }
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var document = await db.MouDocuments.AsNoTracking().FirstOrDefaultAsync(d => d.Id == documentId && d.MouId == mouId, cancellationToken);
        var path = document is null ? null : Path.Combine(options.Folder, document.StoredName);
        return path is not null && File.Exists(path) ? new MouDocumentFile(document!, path) : null;
    }

    public async Task<OperationResult<int>> DeleteAsync(int mouId, int documentId, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.GetAsync();
        if (!actor.IsOrganiser)
        {
            return OperationResult<int>.Fail(CommonErrors.Forbidden);
        }
        var editionId = 0;
        string? storedName = null;
        var result = await dbFactory.WriteAsync<EventDbContext, int>(async db =>
        {
            var document = await db.MouDocuments.FirstOrDefaultAsync(d => d.Id == documentId && d.MouId == mouId, cancellationToken);
            editionId = await db.Mous.Where(m => m.Id == mouId).Select(m => m.EditionId).FirstOrDefaultAsync(cancellationToken);
            if (document is null)
            {
                return OperationResult<int>.Fail(CommonErrors.NotFound);
            }
            if (await WorkingEditionCheck.RefuseOtherEditionAsync(db, actor, editionId, cancellationToken) is { } otherEdition)
            {
                return OperationResult<int>.Fail(otherEdition);
            }
            storedName = document.StoredName;
            db.MouDocuments.Remove(document);
            audit.Add(db, actor, "mou.document.deleted", nameof(Mou), mouId, editionId,
                before: new { document.FileName, document.ContentType, document.Length, document.Sha256 });
            return OperationResult<int>.Ok(documentId);
        }, cancellationToken, publish: _ => changes.Publish(new ConnectionChange(editionId, ConnectionArea.Mous)));
        if (result.Succeeded && storedName is not null)
        {
            // The row is gone, so nothing serves the file any more; removing it after the commit never loses a row's file.
            File.Delete(Path.Combine(options.Folder, storedName));
        }
        return result;
    }

    /// <summary>Copies the upload to <paramref name="path"/>, stopping as soon as it passes the limit, then checks its signature.</summary>
    private static async Task<OperationResult<(string ContentType, long Length, string Sha256)>> ReceiveAsync(
        Stream content, string path, CancellationToken cancellationToken)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var head = new byte[MouDocumentFiles.SignatureLength];
        var headLength = 0;
        long length = 0;
        var buffer = new byte[81920];
        await using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
        {
            int read;
            while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
            {
                length += read;
                if (length > ConnectionLimits.DocumentBytes)
                {
                    return OperationResult<(string, long, string)>.Fail(TooLargeError, MouDocumentFiles.LimitInMegabytes);
                }
                var take = Math.Min(read, head.Length - headLength);
                buffer.AsSpan(0, take).CopyTo(head.AsSpan(headLength));
                headLength += take;
                hash.AppendData(buffer, 0, read);
                await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            }
        }
        if (length == 0)
        {
            return OperationResult<(string, long, string)>.Fail("Mou.Document.Empty");
        }
        return MouDocumentFiles.Sniff(head.AsSpan(0, headLength)) is { } contentType
            ? OperationResult<(string, long, string)>.Ok((contentType, length, Convert.ToHexStringLower(hash.GetHashAndReset())))
            : OperationResult<(string, long, string)>.Fail("Mou.Document.TypeRefused");
    }
}
