/**
 * A request main will not carry out, with a message meant for the person or window that asked
 * ("The routine has not started yet."). IPC passes the message back as it is; any other error
 * is logged and answered with a generic one.
 */
export class Refusal extends Error {
  override name = 'Refusal';
}
