/** Sends one image to the newsroom upload endpoint; returns its public URL or a readable error. */
export async function uploadImage(file: File): Promise<{ url: string; width: number; height: number } | { error: string }> {
  const body = new FormData();
  body.append('file', file);
  try {
    const res = await fetch('/admin/media', { method: 'POST', body });
    const data = (await res.json().catch(() => null)) as { url?: string; width?: number; height?: number; error?: string } | null;
    if (!res.ok || !data?.url) return { error: data?.error ?? `Upload failed (${res.status}).` };
    return { url: data.url, width: data.width ?? 0, height: data.height ?? 0 };
  } catch {
    return { error: 'Upload failed: the connection was lost. Try again.' };
  }
}
