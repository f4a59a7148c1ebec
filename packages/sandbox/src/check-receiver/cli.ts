export async function checkReceiverCommand(_args: string[]): Promise<void> {}
