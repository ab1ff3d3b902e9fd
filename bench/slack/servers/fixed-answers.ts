/** The bare server's whole answer. */
export const BARE_BODY = JSON.stringify({ response_type: 'ephemeral', text: 'fixed answer' });

/** The text the Bolt floor acks every slash command with. */
export const FLOOR_TEXT = 'fixed answer from the floor';
