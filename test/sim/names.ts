// Name lists for the seeded data: Spanish for CO, MX, PE, CL and Portuguese for BR, with the accents,
// tildes and cedillas real operators type, so search and display are tested on the names they will see.

export const SPANISH_FIRST_NAMES = [
  'José', 'María', 'María José', 'Juan Pablo', 'Ana María', 'Andrés', 'Sofía', 'Julián', 'Valentina',
  'Sebastián', 'Camila', 'Martín', 'Lucía', 'Ramón', 'Inés', 'Álvaro', 'Mónica', 'Raúl', 'Verónica',
  'Jesús', 'Ángela', 'Héctor', 'Nicolás', 'Tomás', 'Isabel', 'Carlos', 'Daniela', 'Joaquín', 'Paula',
  'Óscar', 'Noemí', 'Iván', 'Fabián', 'Rocío', 'Simón', 'Ximena', 'Begoña', 'Germán', 'Dámaso',
  'Efraín', 'Jimena', 'Marisol', 'Luis Ángel', 'Guadalupe', 'Itzel', 'Ñusta', 'Yolanda', 'Matías'
] as const

export const SPANISH_SURNAMES = [
  'García', 'Fernández', 'Rodríguez', 'González', 'Martínez', 'López', 'Sánchez', 'Pérez', 'Gómez',
  'Díaz', 'Hernández', 'Álvarez', 'Jiménez', 'Ramírez', 'Muñoz', 'Rojas', 'Castaño', 'Peña', 'Ibáñez',
  'Núñez', 'Suárez', 'Gutiérrez', 'Vásquez', 'Méndez', 'Ordóñez', 'Villagrán', 'Quiñones', 'Báez',
  'Echeverría', 'Cárdenas', 'Argüello', 'Güemes', 'Montaño', 'Cañas', 'Avendaño', 'Márquez', 'Zúñiga',
  'Benítez', 'Domínguez', 'Valdés', 'Ruiz', 'Torres', 'Mejía', 'Ospina', 'Quispe', 'Mamani'
] as const

export const PORTUGUESE_FIRST_NAMES = [
  'João', 'Maria da Conceição', 'Ana Lúcia', 'Antônio', 'Luíza', 'Sebastião', 'Cauã', 'Júlia',
  'Letícia', 'Vitória', 'Lúcio', 'Estêvão', 'Inês', 'Márcia', 'Flávio', 'Otávio', 'Cecília', 'Thaís',
  'Caio', 'Fábio', 'Débora', 'Mônica', 'Patrícia', 'Beatriz', 'Gonçalo', 'Conceição', 'Raí', 'Lívia',
  'André', 'José Antônio', 'Ângelo', 'Iara', 'Tânia', 'Valéria', 'Joaquim', 'Francisca'
] as const

export const PORTUGUESE_SURNAMES = [
  'Conceição', 'Gonçalves', 'Araújo', 'Magalhães', 'Simões', 'Guimarães', 'Brandão', 'Assunção',
  'Falcão', 'Pereira', 'Souza', 'Oliveira', 'da Silva', 'dos Santos', 'Fonseca', 'Lopes', 'Damião',
  'Loureiro', 'Tavares', 'Lourenço', 'Sá', 'Gusmão', 'Valadão', 'Bragança', 'de Araújo', 'Conceição Ribeiro',
  'Nogueira', 'Carvalho', 'Leão', 'Romão'
] as const

export const EMAIL_DOMAINS = ['gmail.com', 'hotmail.com', 'outlook.com', 'yahoo.com.br', 'uol.com.br', 'correo.co', 'empresa.mx'] as const

export const CITIES: Record<string, readonly string[]> = {
  CO: ['Bogotá', 'Medellín', 'Cali', 'Barranquilla', 'Bucaramanga'],
  MX: ['Ciudad de México', 'Guadalajara', 'Monterrey', 'Querétaro', 'Mérida'],
  BR: ['São Paulo', 'Rio de Janeiro', 'Belo Horizonte', 'Brasília', 'Florianópolis'],
  PE: ['Lima', 'Arequipa', 'Cusco', 'Trujillo', 'Piura'],
  CL: ['Santiago', 'Valparaíso', 'Concepción', 'Temuco', 'Viña del Mar']
}

/** Lower-case ASCII for e-mail local parts: "José García" → "jose.garcia". */
export function asciiSlug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '.')
    .replace(/^\.+|\.+$/g, '')
}
