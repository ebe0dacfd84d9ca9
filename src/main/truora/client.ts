// The Truora HTTP client the Backend uses (DESIGN.md §2): every method resolves to a Result, never
// throws, and keeps the operator's key out of every error and log line.
import { fail, type Result } from '@shared/result'
import { checkKey, getAccount, listAccountsPage } from './accounts'
import { createAccount } from './create-account'
import { accountProcesses, processResult } from './identity'
import { fetchPdfFile } from './pdf-file'
import { processPdfStep } from './process-pdf'
import { redact } from './redact'
import { createTransport } from './transport'
import { createValidation, type ValidationForm } from './create-validation'
import { endpointsOnLoopback } from './presigned-url'
import { uploadImage, type ImageUpload } from './upload-image'
import type { CallContext, TruoraClient, TruoraClientOptions, WebTokenInput } from './types'
import { accountValidations, getValidation } from './validations'
import { createWebToken } from './web-token'

/**
 * Errors are values (DESIGN.md §3): whatever goes wrong inside a call, a bad endpoint setting
 * included, comes back as `internal` rather than as an exception, with the key redacted.
 */
function guarded<A extends unknown[], T>(
  call: (ctx: CallContext, ...args: A) => Promise<Result<T>>
): (ctx: CallContext, ...args: A) => Promise<Result<T>> {
  return async (ctx, ...args) => {
    try {
      return await call(ctx, ...args)
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      return fail(
        'internal',
        `The Truora client failed unexpectedly: ${redact(message, [ctx?.apiKey ?? '']).slice(0, 200)}`
      )
    }
  }
}

export function createTruoraClient(options: TruoraClientOptions): TruoraClient {
  const transport = createTransport(options)
  const uploads = {
    fetch: options.fetch,
    timeoutMs: options.uploadTimeoutMs ?? 120_000,
    allowLoopbackHttp: endpointsOnLoopback(options.endpoints),
    now: () => transport.now().getTime(),
    ...(options.log ? { log: options.log } : {})
  }
  return {
    accounts: {
      get: guarded((ctx, accountId: string) => getAccount(transport, ctx, accountId)),
      create: guarded((ctx, fields: Parameters<TruoraClient['accounts']['create']>[1]) =>
        createAccount(transport, ctx, fields)
      ),
      listPage: guarded((ctx, pageOptions?: { startKey?: string; limit?: number }) =>
        listAccountsPage(transport, ctx, pageOptions)
      ),
      validations: guarded((ctx, accountId: string) => accountValidations(transport, ctx, accountId))
    },
    validations: {
      get: guarded((ctx, validationId: string) => getValidation(transport, ctx, validationId)),
      create: guarded((ctx, form: ValidationForm) => createValidation(transport, ctx, form))
    },
    uploads: {
      put: guarded((ctx, upload: ImageUpload) => uploadImage(uploads, ctx, upload))
    },
    identity: {
      processes: guarded((ctx, accountId: string) => accountProcesses(transport, ctx, accountId)),
      result: guarded((ctx, processId: string) => processResult(transport, ctx, processId)),
      pdfStep: guarded((ctx, processId: string) => processPdfStep(transport, ctx, processId))
    },
    files: {
      pdf: (ctx, fileUrl) =>
        fetchPdfFile(
          {
            fetch: options.fetch,
            timeoutMs: options.timeoutMs ?? 15_000,
            allowLoopbackHttp: endpointsOnLoopback(options.endpoints),
            ...(options.log ? { log: options.log } : {})
          },
          ctx,
          fileUrl
        )
    },
    webToken: {
      create: guarded((ctx, input: WebTokenInput) => createWebToken(transport, ctx, input))
    },
    checkKey: guarded((ctx) => checkKey(transport, ctx))
  }
}
