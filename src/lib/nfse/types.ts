/**
 * The NFS-e port: a Brazilian service invoice (nota fiscal de serviço eletrônica) for each paid
 * invoice. Production issues through NFE.io (NFEIO_API_KEY + NFEIO_COMPANY_ID); the embedded
 * default has no provider and says so ("NFS-e not configured") — never an error for the client.
 */
export type NfseBorrower = {
  /** CPF (11 digits) or CNPJ (14 digits), digits only. */
  federalTaxNumber: string;
  name: string;
  email?: string;
};

export type NfseRequest = {
  /** Our idempotency key at the provider: the Stripe invoice id. */
  externalId: string;
  borrower: NfseBorrower;
  /** In reais (NFE.io's servicesAmount is a decimal amount, not cents). */
  servicesAmount: number;
  description: string;
};

/** Where the provider is with one NFS-e. */
export type NfseState =
  | { status: 'processing'; providerInvoiceId: string }
  | { status: 'issued'; providerInvoiceId: string; number: string | null; issuedAt: Date | null }
  | { status: 'failed'; providerInvoiceId: string; error: string };

export type NfseDocument = { body: ArrayBuffer; contentType: string };

export interface NfseProvider {
  readonly kind: 'nfeio' | 'none';
  /**
   * Asks for the NFS-e of `request.externalId`, or finds the one already asked for under that id
   * (a retried job must not issue twice). Throws when the provider cannot be reached or refuses
   * (callers retry); `null` from the embedded default, which issues nothing.
   */
  issue(request: NfseRequest): Promise<NfseState | null>;
  /** The NFS-e's PDF or XML, as the provider serves it. Throws when it cannot. */
  download(providerInvoiceId: string, format: 'pdf' | 'xml'): Promise<NfseDocument>;
  /**
   * The provider's webhook, verified on the raw bytes as the provider signs it: the state it
   * announces, or `null` when the signature does not match (or no webhook secret is configured).
   */
  readWebhook(rawBody: string, headers: Headers): NfseWebhook | null;
}

/** A verified webhook: the NFS-e it is about and its state (`null` for a state we do not track). */
export type NfseWebhook = { externalId: string | null; state: NfseState | null };
